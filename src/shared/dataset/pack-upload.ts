/**
 * The settings page's half of an import: reads a File in IMPORT_CHUNK_BYTES slices and
 * hands them to the background one at a time (data/import-start, then data/import-chunk),
 * so neither side ever holds the whole file as one string and every answer is a progress
 * report. The size limit is checked on File.size before a single byte is read.
 */
import { IMPORT_CHUNK_BYTES, IMPORT_MAX_BYTES, type ImportStatus, type Request, type Response } from '../messages';

/** The part of a File this needs (a Blob works; tests pass a fake). */
export interface UploadFile {
  name: string;
  size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export type SendData = <K extends 'data/import-start' | 'data/import-chunk'>(request: Request<K>) => Promise<Response<K>>;

export interface UploadOptions {
  purpose?: 'pack' | 'backup';
  onConflict?: 'replace' | 'keep-both';
  restore?: 'replace' | 'merge';
  /** Called with every status the background answers (progress, then the outcome). */
  onProgress?(status: ImportStatus): void;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Resolves with the final status: `done`, `failed` (see `problems`), `conflict` (ask, then retry with onConflict) or `cancelled`. */
export async function uploadFile(file: UploadFile, send: SendData, options: UploadOptions = {}): Promise<ImportStatus> {
  let status = await send<'data/import-start'>({
    type: 'data/import-start',
    fileName: file.name,
    // The background refuses an oversized file from this number alone, before any byte is sent.
    size: file.size,
    purpose: options.purpose,
    onConflict: options.onConflict,
    restore: options.restore,
  });
  options.onProgress?.(status);
  let seq = 0;
  for (let start = 0; status.state === 'receiving'; start += IMPORT_CHUNK_BYTES) {
    if (start >= IMPORT_MAX_BYTES) break;
    const end = Math.min(file.size, start + IMPORT_CHUNK_BYTES);
    const bytes = new Uint8Array(await file.slice(start, end).arrayBuffer());
    status = await send<'data/import-chunk'>({
      type: 'data/import-chunk',
      importId: status.importId,
      seq: seq++,
      base64: toBase64(bytes),
      last: end >= file.size,
    });
    options.onProgress?.(status);
  }
  return status;
}
