/**
 * The content script proper: content-main.js, imported by content.js (entry.ts): in the top frame at
 * once, in a frame below the top once it can show text. Answers the page/*
 * protocol for the popup and the background, and runs a detection session while the tab's site
 * is switched on; page/enabled switches it live, without a reload.
 */
import { scriptStart } from './startup-clock';
import type { CompiledPatterns } from '../shared/messages';
import { parseHoverPrefs, type HoverPrefs } from '../shared/hover-prefs';
import { createDispatcher } from '../shared/router';
import { browserTransport } from '../shared/transport';
import type { ContentMain } from './entry-protocol';
import { checkPageRequest } from './page-request-check';
import { pageInfo } from './page-info';
import { addStartup, joinStartup, snapshot, createStats } from './stats';
import { startSession, type Session } from './session';
import { dropEarlySheet } from './highlight-style';
import { earlySheetMs } from './early-sheet-record';

interface Running {
  controller: AbortController;
  session: Session;
}

let running: Running | undefined;
/** The tab's top-level host, as settings/page answered; page/enabled for other sites is ignored. */
let tabHost: string | undefined;
/** The reader's hover settings as last known: settings/page's, then each change a session saw. */
let hoverPrefs: HoverPrefs | undefined;
/** Settles once the initial settings/page question is answered (or failed). */
let initialised: Promise<void>;

/**
 * `patterns`: the matcher settings/page brought along (one round trip at start-up); only the
 * session started with them uses them, so a session started later (patterns changed, the
 * site switched on again, document.open()) always asks db/patterns for the current ones.
 */
function setEnabled(enabled: boolean, patterns?: CompiledPatterns): void {
  // A sheet adopted at document_start that no session took (no mention yet) goes with the switch.
  if (!enabled) dropEarlySheet(document);
  if (enabled === !!running) return;
  if (!enabled) {
    running!.controller.abort();
    running = undefined;
    return;
  }
  const controller = new AbortController();
  const session = startSession(document, controller.signal, {
    loadPatterns: () => {
      const given = patterns;
      patterns = undefined;
      return given ? Promise.resolve(given) : browserTransport.toBackground<'db/patterns'>({ type: 'db/patterns' });
    },
    hoverPrefs,
    onHoverPrefs: (prefs) => (hoverPrefs = prefs),
    reportFound: (companyIds) => browserTransport.toBackground<'tab/found'>({ type: 'tab/found', companyIds }),
    onDocumentReplaced: () => {
      setEnabled(false);
      setEnabled(true);
    },
  });
  running = { controller, session };
}

/** The session once its first full scan is over (requests made earlier wait); none when off. */
async function scanned(): Promise<Session | undefined> {
  await initialised;
  const current = running;
  await current?.session.ready;
  if (!current || current.controller.signal.aborted) return undefined;
  // Nothing is reported that is not painted: restore what the page may have unregistered.
  current.session.check();
  return current.session;
}

async function mentions() {
  const session = await scanned();
  if (!session) return { enabled: false, mentions: [], stats: createStats() };
  const list = session.store.list().map((m) => ({ companyId: m.companyId, text: m.text }));
  return { enabled: true, mentions: list, stats: snapshot(session.stats) };
}

const dispatch = createDispatcher(checkPageRequest, {
  'page/mentions': mentions,
  'page/info': pageInfo,
  'page/reveal': async ({ companyId }) => ({ revealed: (await scanned())?.reveal(companyId) ?? false }),
  'page/next-mention': async () => ({ found: (await scanned())?.next() ?? false }),
  'page/enabled': ({ host, enabled }) => {
    // Before settings/page has answered, its answer already reflects this change.
    if (host === tabHost) setEnabled(enabled);
    return { enabled: !!running };
  },
  // The reader's layers changed (a pack, an own company, a never-mark word): a new session
  // fetches the new matcher and rescans; aborting the old one removes every old mark.
  'page/patterns': () => {
    if (!running) return { rescanned: false };
    setEnabled(false);
    setEnabled(true);
    return { rescanned: true };
  },
});

/** The modules' evaluation so far (from scriptStart), counted once start() joins the entry's record. */
addStartup(performance.now() - scriptStart);
// The document_start stylesheet script's run, in the top frame of a site that is on: start-up of ours too.
addStartup(earlySheetMs());

/** Called once by the bundle's entry, whose listener hands every page/* message to `dispatch` from then on. */
export const start: ContentMain['start'] = ({ startup, settings }) => {
  const since = performance.now();
  joinStartup(startup);
  initialised = settings
    .then(({ host, enabled, patterns, hoverPrefs: prefs }) => {
      const since = performance.now();
      tabHost = host;
      if (prefs !== undefined) hoverPrefs = parseHoverPrefs(prefs);
      setEnabled(enabled, patterns);
      addStartup(performance.now() - since);
    })
    .catch(() => undefined);
  addStartup(performance.now() - since);
  return dispatch;
};
