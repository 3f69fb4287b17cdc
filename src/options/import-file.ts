/**
 * What the page checks before handing a file to the background's upload (pack-upload.ts):
 * the file types it offers and the size limit, so a wrong or huge file is refused before a
 * byte is read. The background checks the same again.
 */
import { IMPORT_MAX_BYTES } from '../shared/messages';
import type { UploadFile, UploadOptions } from '../shared/dataset/pack-upload';

export type ImportFile = UploadFile;
export type ImportOptions = Omit<UploadOptions, 'onProgress'>;

export const ACCEPT = '.json,.csv';

export interface Refusal {
  reason: 'type' | 'size' | 'empty';
}

export function precheck(file: Pick<ImportFile, 'name' | 'size'>, purpose: ImportOptions['purpose'] = 'pack'): Refusal | null {
  const type = purpose === 'backup' ? /\.json$/i : /\.(json|csv)$/i;
  if (!type.test(file.name)) return { reason: 'type' };
  if (file.size > IMPORT_MAX_BYTES) return { reason: 'size' };
  if (file.size === 0) return { reason: 'empty' };
  return null;
}
