/**
 * One import at a time from the page (a pack, or a backup to restore): what the progress
 * bar, the problem list and the "already installed" question render from.
 */
import { messageOf } from './errors';
import { useCallback, useRef, useState } from 'preact/hooks';
import type { ImportStatus } from '../shared/messages';
import type { Transport } from '../shared/transport';
import { uploadFile } from '../shared/dataset/pack-upload';
import { precheck, type ImportFile, type ImportOptions, type Refusal } from './import-file';

export type ImportRun =
  | { status: 'idle' }
  | { status: 'refused'; fileName: string; reason: Refusal['reason'] }
  | { status: 'running'; fileName: string; progress: ImportStatus | null }
  | { status: 'finished'; file: ImportFile; options: ImportOptions; result: ImportStatus }
  | { status: 'error'; fileName: string; message: string };

export function useImport(transport: Transport, onDone: (result: ImportStatus) => void) {
  const [run, setRun] = useState<ImportRun>({ status: 'idle' });
  const busy = useRef(false);

  const start = useCallback(
    async (file: ImportFile, options: ImportOptions) => {
      if (busy.current) return;
      const refusal = precheck(file, options.purpose);
      if (refusal) return setRun({ status: 'refused', fileName: file.name, reason: refusal.reason });
      busy.current = true;
      setRun({ status: 'running', fileName: file.name, progress: null });
      try {
        const onProgress = (progress: ImportStatus) => setRun({ status: 'running', fileName: file.name, progress });
        const result = await uploadFile(file, transport.toBackground, { ...options, onProgress });
        setRun({ status: 'finished', file, options, result });
        if (result.state === 'done') onDone(result);
      } catch (error) {
        setRun({ status: 'error', fileName: file.name, message: messageOf(error) });
      } finally {
        busy.current = false;
      }
    },
    [transport, onDone],
  );

  const cancel = useCallback(async () => {
    if (run.status === 'running' && run.progress) {
      await transport.toBackground<'data/import-cancel'>({ type: 'data/import-cancel', importId: run.progress.importId }).catch(() => undefined);
    }
  }, [transport, run]);

  const clear = useCallback(() => setRun({ status: 'idle' }), []);
  return { run, start, cancel, clear };
}
