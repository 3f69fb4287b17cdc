/**
 * Backup: everything the reader made (packs, own companies, overlays, never-mark words,
 * switches, settings) as one JSON file, and its restore — replacing what is there or
 * merging into it. The background validates the whole file before it changes anything.
 */
import { messageOf } from './errors';
import { useState } from 'preact/hooks';
import type { OptionsEnv } from './env';
import { ImportOutcome } from './ImportOutcome';
import { Section } from './Section';
import { useImport } from './use-import';

export function BackupSection({ env, onChanged }: { env: OptionsEnv; onChanged(): void }) {
  const { transport, t } = env;
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [error, setError] = useState<string | null>(null);
  const { run, start, cancel, clear } = useImport(transport, onChanged);

  const exportAll = async () => {
    try {
      const r = await transport.toBackground<'data/backup-export'>({ type: 'data/backup-export' });
      env.download(r.fileName, r.text, 'application/json');
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <Section id="backup" title={t('optBackup')} intro={t('optBackupIntro')}>
      <div class="buttons">
        <button type="button" class="btn btn-primary" id="opt-backup-export" onClick={() => void exportAll()}>
          {t('optBackupExport')}
        </button>
      </div>
      {error ? <p class="state-error" role="alert">{error}</p> : null}
      <form
        class="restore"
        onSubmit={(e) => {
          e.preventDefault();
          if (file) void start(file, { purpose: 'backup', restore: mode });
        }}
      >
        <h3>{t('optRestore')}</h3>
        <div class="field">
          <label for="opt-restore-file">{t('optRestoreFile')}</label>
          <input id="opt-restore-file" type="file" accept=".json" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
        </div>
        <fieldset>
          <legend>{t('optRestoreMode')}</legend>
          <label class="radio">
            <input type="radio" name="opt-restore-mode" value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            {t('optRestoreMerge')}
          </label>
          <label class="radio">
            <input type="radio" name="opt-restore-mode" value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            {t('optRestoreReplace')}
          </label>
        </fieldset>
        <button type="submit" class="btn" id="opt-restore" disabled={!file || run.status === 'running'}>
          {t('optRestoreButton')}
        </button>
      </form>
      <ImportOutcome env={env} run={run} onCancel={() => void cancel()} onRetry={(o) => run.status === 'finished' && void start(run.file, o)} onClear={clear} />
    </Section>
  );
}
