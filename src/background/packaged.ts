/**
 * The files build.mjs compiles into dist/<browser>/data/. Read once per worker life:
 * they only change with an extension update, which restarts the worker anyway.
 */
import type { CompiledDataset } from '../shared/dataset/schema';
import type { CompiledPatterns } from '../shared/messages';
import type { Platform } from './platform';

export const DATASET_FILE = 'data/dataset.json';
export const PATTERNS_FILE = 'data/patterns.json';

/** Memoises a loader, forgetting failures so the next call tries again. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The dataset was validated by build.mjs; this only refuses a file that is not one at all. */
export async function loadDataset(platform: Platform): Promise<CompiledDataset> {
  const data = await platform.readPackaged(DATASET_FILE);
  if (!isObject(data) || typeof data.version !== 'string' || !Array.isArray(data.companies) || !Array.isArray(data.articles)) {
    throw new Error(`${DATASET_FILE} is not a compiled dataset`);
  }
  return data as unknown as CompiledDataset;
}

export async function loadPatterns(platform: Platform): Promise<CompiledPatterns> {
  const data = await platform.readPackaged(PATTERNS_FILE);
  if (!isObject(data) || typeof data.version !== 'string' || !Array.isArray(data.companyIds)) {
    throw new Error(`${PATTERNS_FILE} is not a compiled matcher`);
  }
  return data as unknown as CompiledPatterns;
}
