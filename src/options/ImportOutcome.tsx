/**
 * What an import is doing or did: a progress bar while it runs, what was imported, every
 * problem when it was refused, and the question when the pack is installed already.
 */
import { IMPORT_MAX_BYTES } from '../shared/messages';
import { intlLocale } from '../shared/ui/lang';
import type { OptionsEnv } from './env';
import { ProblemList } from './ProblemList';
import { formatBytes } from './StorageSection';
import type { ImportOptions } from './import-file';
import type { ImportRun } from './use-import';

interface Props {
  env: OptionsEnv;
  run: ImportRun;
  onCancel(): void;
  /** The same file again with the reader's answer to "installed already". */
  onRetry(options: ImportOptions): void;
  onClear(): void;
}

export function ImportOutcome({ env, run, onCancel, onRetry, onClear }: Props) {
  const { t } = env;
  if (run.status === 'idle') return null;
  if (run.status === 'refused') {
    const why =
      run.reason === 'type' ? t('optRefusedType') : run.reason === 'size' ? t('optRefusedSize', [formatBytes(IMPORT_MAX_BYTES, intlLocale(env.lang))]) : t('optRefusedEmpty');
    return (
      <div class="outcome outcome-failed" role="alert" data-outcome="refused">
        <p>{t('optImportRefused', [run.fileName])}</p>
        <ProblemList problems={[{ where: '', message: why }]} />
      </div>
    );
  }
  if (run.status === 'error') {
    return (
      <div class="outcome outcome-failed" role="alert" data-outcome="error">
        <p>{t('optImportError', [run.fileName, run.message])}</p>
      </div>
    );
  }
  if (run.status === 'running') {
    const p = run.progress;
    const committing = p?.state === 'committing';
    const pct = p && p.total > 0 ? Math.min(100, Math.round((p.bytes / p.total) * 100)) : 0;
    return (
      <div class="outcome" data-outcome="running">
        <label for="opt-import-progress">
          {committing ? t('optImportCommitting', [run.fileName]) : t('optImportReading', [run.fileName, String(pct)])}
        </label>
        <progress id="opt-import-progress" max={100} value={committing ? undefined : pct} />
        <p class="hint" role="status">
          {p ? t('optImportCounts', [String(p.companies), String(p.articles)]) : ''}
        </p>
        <button type="button" class="btn" onClick={onCancel}>
          {t('optCancel')}
        </button>
      </div>
    );
  }
  const r = run.result;
  if (r.state === 'done') {
    return (
      <div class="outcome outcome-done" role="status" data-outcome="done">
        <p>
          {r.format === 'backup'
            ? t('optRestored', [run.file.name])
            : t('optImported', [r.pack?.name ?? run.file.name, String(r.companies), String(r.articles)])}
        </p>
        {r.warnings.length > 0 ? (
          <details>
            <summary>{t('optWarnings', [String(r.warnings.length)])}</summary>
            <ProblemList problems={r.warnings} />
          </details>
        ) : null}
        <button type="button" class="btn btn-quiet" onClick={onClear}>
          {t('optDismiss')}
        </button>
      </div>
    );
  }
  if (r.state === 'conflict') {
    return (
      <div class="outcome outcome-question" role="alert" data-outcome="conflict">
        <p>{t('optAlreadyInstalled', [r.existing?.name ?? '', r.existing?.version ?? '', r.existing?.id ?? ''])}</p>
        <div class="buttons">
          <button type="button" class="btn" data-action="replace" onClick={() => onRetry({ ...run.options, onConflict: 'replace' })}>
            {t('optReplace')}
          </button>
          <button type="button" class="btn" data-action="keep-both" onClick={() => onRetry({ ...run.options, onConflict: 'keep-both' })}>
            {t('optKeepBoth')}
          </button>
          <button type="button" class="btn btn-quiet" onClick={onClear}>
            {t('optCancel')}
          </button>
        </div>
      </div>
    );
  }
  if (r.state === 'cancelled') {
    return (
      <p class="outcome" role="status" data-outcome="cancelled">
        {t('optImportCancelled', [run.file.name])}
      </p>
    );
  }
  return (
    <div class="outcome outcome-failed" role="alert" data-outcome="failed">
      <p>{t('optImportFailed', [run.file.name, String(r.problems.length)])}</p>
      <ProblemList problems={r.problems} />
    </div>
  );
}
