/**
 * A fake background for the settings page's unit tests: enough state (layers, the reader's
 * own data, site switches) to answer the page's messages, and a log of what it was sent.
 */
import { vi } from 'vitest';
import type { AliasConflict, BackgroundMessageType, ImportStatus, LayerInfo, OwnData, Problem, Request, Response } from '../../src/shared/messages';
import type { Transport } from '../../src/shared/transport';
import { DEFAULT_HOVER_PREFS, type HoverPrefs } from '../../src/shared/hover-prefs';
import type { OptionsEnv } from '../../src/options/env';
import { makeOptionsTranslate } from '../../src/options/strings';

export const layer = (id: string, name: string, order: number, kind: LayerInfo['kind'] = 'pack'): LayerInfo => ({
  id, kind, name, version: '1.0.0', counts: { companies: 2, articles: 1, facts: 3 }, enabled: true, order,
});

/** How the fake answers an upload once its last chunk is in. */
export type UploadOutcome =
  | { state: 'done'; pack: LayerInfo }
  | { state: 'failed'; problems: Problem[] }
  | { state: 'conflict'; existing: LayerInfo };

export interface FakeBackground {
  transport: Transport;
  sent: Array<Request<BackgroundMessageType>>;
  layers: LayerInfo[];
  conflicts: AliasConflict[];
  own: OwnData;
  sites: Array<{ host: string; enabled: boolean }>;
  /** Decides each upload's outcome from its start request. */
  outcome(start: Request<'data/import-start'>): UploadOutcome;
  /** Tokens handed out by removals, and what undoing each does. */
  undos: Map<string, () => void>;
}

export function fakeBackground(): FakeBackground {
  let uploads = 0;
  let tokens = 0;
  const starts = new Map<string, Request<'data/import-start'>>();
  const token = (undo: () => void) => {
    const t = `undo-${++tokens}`;
    fake.undos.set(t, undo);
    return t;
  };
  const status = (start: Request<'data/import-start'>, importId: string, patch: Partial<ImportStatus>): ImportStatus => ({
    importId, state: 'receiving', fileName: start.fileName, bytes: 0, total: start.size, companies: 0, articles: 0, problems: [], warnings: [], ...patch,
  });
  const layersAnswer = () => ({ layers: [...fake.layers].sort((a, b) => a.order - b.order), conflicts: fake.conflicts });
  const fake: FakeBackground = {
    sent: [],
    layers: [layer('bundled', 'Company Context', -1, 'bundled'), layer('own', 'Your companies', 1000, 'own')],
    conflicts: [],
    own: { companies: [], overlays: [], neverMark: [] },
    sites: [],
    outcome: () => ({ state: 'done', pack: layer('pack', 'A pack', 0) }),
    undos: new Map(),
    transport: {
      async toBackground<K extends BackgroundMessageType>(request: Request<K>): Promise<Response<K>> {
        const r = request as Request<BackgroundMessageType>;
        fake.sent.push(r);
        const answer = (): unknown => {
          switch (r.type) {
            case 'data/layers':
              return layersAnswer();
            case 'data/import-start': {
              const id = `imp${++uploads}`;
              starts.set(id, r);
              return status(r, id, {});
            }
            case 'data/import-chunk': {
              const start = starts.get(r.importId)!;
              const bytes = Math.min(start.size, (r.seq + 1) * 256 * 1024);
              if (!r.last) return status(start, r.importId, { bytes, companies: r.seq + 1 });
              const outcome = start.onConflict === 'replace' || start.onConflict === 'keep-both' ? { state: 'done' as const, pack: layer('pack', 'A pack', 0) } : fake.outcome(start);
              if (outcome.state === 'done') fake.layers.push(outcome.pack);
              return status(start, r.importId, { bytes, companies: 2, articles: 1, ...outcome });
            }
            case 'data/pack-remove': {
              const removed = fake.layers.find((l) => l.id === r.id)!;
              fake.layers = fake.layers.filter((l) => l !== removed);
              return { undo: token(() => fake.layers.push(removed)) };
            }
            case 'data/pack-set': {
              const l = fake.layers.find((x) => x.id === r.id)!;
              if (r.enabled !== undefined) l.enabled = r.enabled;
              if (r.order !== undefined) {
                // As the background does: the pack takes that place and the others close up.
                const packs = fake.layers.filter((x) => x.kind === 'pack' && x !== l).sort((a, b) => a.order - b.order);
                packs.splice(r.order, 0, l);
                packs.forEach((p, i) => (p.order = i));
              }
              return layersAnswer();
            }
            case 'data/undo': {
              const undo = fake.undos.get(r.token);
              undo?.();
              fake.undos.delete(r.token);
              return { undone: !!undo };
            }
            case 'data/own':
              return structuredClone(fake.own);
            case 'data/own-company-save': {
              const id = r.company.id ?? (r.company.names.en ?? 'company').toLowerCase().replace(/[^a-z0-9]+/g, '-');
              fake.own.companies = [...fake.own.companies.filter((c) => c.id !== id), { id, input: r.company, updatedAt: 1 }];
              return { id };
            }
            case 'data/never-mark': {
              const before = fake.own.neverMark;
              fake.own.neverMark = r.add ? [...before, r.word] : before.filter((w) => w !== r.word);
              return { words: fake.own.neverMark, undo: r.add ? undefined : token(() => (fake.own.neverMark = before)) };
            }
            case 'settings/sites':
              if (r.remove) fake.sites = fake.sites.filter((s) => s.host !== r.remove);
              return { sites: fake.sites };
            case 'settings/site':
              if (r.enabled !== undefined) fake.sites = [...fake.sites.filter((s) => s.host !== r.host), { host: r.host, enabled: r.enabled }];
              return { host: r.host, enabled: r.enabled ?? true };
            case 'settings/global':
              return { enabled: true };
            case 'db/search':
              return { results: [] };
            default:
              throw new Error(`unexpected ${r.type}`);
          }
        };
        return answer() as Response<K>;
      },
      toTab: () => Promise.reject(new Error('no tabs here')),
    },
  };
  return fake;
}

export function fakeEnv(transport: Transport, patch: Partial<OptionsEnv> = {}): OptionsEnv {
  let prefs: HoverPrefs = DEFAULT_HOVER_PREFS;
  return {
    transport,
    t: makeOptionsTranslate(),
    lang: 'en',
    prefs: { get: async () => prefs, set: async (p) => void (prefs = p) },
    storage: { estimate: async () => ({ usage: 2048, quota: 1024 ** 3 }), persisted: async () => false, persist: vi.fn(async () => true) },
    download: vi.fn(),
    addText: null,
    ...patch,
  };
}

/** A File of `text` (happy-dom's File reads through Blob.arrayBuffer like a browser's). */
export const file = (name: string, text: string) => new File([text], name);

/** Chooses `f` in a file input as a reader would. */
export function choose(input: HTMLInputElement, f: File): void {
  Object.defineProperty(input, 'files', { value: [f], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Waits for a condition the page reaches asynchronously (no fixed sleeps). */
export const until = (check: () => unknown) =>
  vi.waitFor(() => {
    if (!check()) throw new Error(`still waiting for ${String(check)}`);
  }, { timeout: 5000, interval: 5 });
