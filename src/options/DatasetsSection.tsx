/**
 * Datasets: the bundled dataset, every imported pack and the reader's own layer, each with
 * its switch; packs in the order they win in, with Export and Remove (undoable). Imports
 * come from the file input (the page's first) or a file dropped anywhere on the page.
 */
import { messageOf } from './errors';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AliasConflict, LayerInfo } from '../shared/messages';
import { ConflictList } from './ConflictList';
import type { OptionsEnv } from './env';
import { ACCEPT } from './import-file';
import { ImportOutcome } from './ImportOutcome';
import { layerName, LayerRow } from './LayerRow';
import { Section } from './Section';
import type { Undo } from './undo';
import { useFileDrop } from './use-file-drop';
import { useImport } from './use-import';

interface Props {
  env: OptionsEnv;
  undo: Undo;
  /** Anything the reader's data depends on changed (the other sections reload). */
  onChanged(): void;
  version: number;
}

export function DatasetsSection({ env, undo, onChanged, version }: Props) {
  const { transport, t } = env;
  const [layers, setLayers] = useState<{ layers: LayerInfo[]; conflicts: AliasConflict[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);

  const load = useCallback(
    () => transport.toBackground<'data/layers'>({ type: 'data/layers' }).then(setLayers, (e: unknown) => setError(messageOf(e))),
    [transport],
  );
  useEffect(() => void load(), [load, version]);

  const { run, start, cancel, clear } = useImport(transport, onChanged);
  const startPack = useCallback((file: File) => void start(file, { purpose: 'pack' }), [start]);
  const dragging = useFileDrop(document, startPack);

  const act = async <T,>(p: Promise<T>): Promise<T | undefined> => {
    try {
      const r = await p;
      setError(null);
      return r;
    } catch (e) {
      setError(messageOf(e));
      return undefined;
    }
  };

  const actionsFor = (layer: LayerInfo) => ({
    setEnabled: async (enabled: boolean) => {
      const r = await act(transport.toBackground<'data/pack-set'>({ type: 'data/pack-set', id: layer.id, enabled }));
      if (r) setLayers(r);
      onChanged();
    },
    move: async (by: -1 | 1) => {
      const r = await act(transport.toBackground<'data/pack-set'>({ type: 'data/pack-set', id: layer.id, order: Math.max(0, layer.order + by) }));
      if (r) setLayers(r);
      onChanged();
      // The row moved: keep the keyboard on the same button of the same pack.
      list.current?.querySelector<HTMLButtonElement>(`[data-layer="${layer.id}"] [data-action="${by < 0 ? 'up' : 'down'}"]:not(:disabled)`)?.focus();
    },
    exportPack: async () => {
      const r = await act(transport.toBackground<'data/pack-export'>({ type: 'data/pack-export', id: layer.id }));
      if (r) env.download(r.fileName, r.text, 'application/json');
    },
    remove: async () => {
      const r = await act(transport.toBackground<'data/pack-remove'>({ type: 'data/pack-remove', id: layer.id }));
      if (!r) return;
      list.current?.focus();
      await load();
      onChanged();
      undo.offer({
        label: t('optPackRemoved', [layerName(layer, t)]),
        run: async () => {
          await transport.toBackground<'data/undo'>({ type: 'data/undo', token: r.undo });
          await load();
          onChanged();
        },
      });
    },
  });

  const packs = layers?.layers.filter((l) => l.kind === 'pack') ?? [];
  const names = new Map((layers?.layers ?? []).map((l) => [l.id, layerName(l, t)]));
  return (
    <Section id="datasets" title={t('optDatasets')} intro={t('optDatasetsIntro')}>
      <div class={`import-box${dragging ? ' dragging' : ''}`}>
        <label for="opt-import-file" class="import-label">
          {t('optImportLabel')}
        </label>
        <input
          id="opt-import-file"
          type="file"
          accept={ACCEPT}
          aria-describedby="opt-import-hint"
          disabled={run.status === 'running'}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared so choosing the same file again (after fixing it) imports again.
            input.value = '';
            if (file) startPack(file);
          }}
        />
        <p class="hint" id="opt-import-hint">
          {t('optImportHint')}
        </p>
        <ImportOutcome env={env} run={run} onCancel={() => void cancel()} onRetry={(o) => run.status === 'finished' && void start(run.file, o)} onClear={clear} />
      </div>
      {error ? (
        <p class="state-error" role="alert">
          {error}
        </p>
      ) : null}
      {layers ? (
        <ul class="layers" ref={list} tabIndex={-1} aria-label={t('optLayers')}>
          {layers.layers.map((layer) => (
            <LayerRow
              key={layer.id}
              layer={layer}
              first={packs[0]?.id === layer.id}
              last={packs[packs.length - 1]?.id === layer.id}
              t={t}
              actions={actionsFor(layer)}
            />
          ))}
        </ul>
      ) : (
        <p class="muted">{t('optLoading')}</p>
      )}
      {layers ? <ConflictList conflicts={layers.conflicts} layerNames={names} t={t} /> : null}
    </Section>
  );
}
