/**
 * Content script entry (every frame runs its own copy). Answers the page/* protocol for
 * the popup and the background, and runs a detection session while the tab's site is
 * switched on; page/enabled switches it live, without a reload.
 */
import { createRouter } from '../shared/router';
import { browserTransport, listen } from '../shared/transport';
import { snapshot, createStats } from './stats';
import { startSession, type Session } from './session';

interface Running {
  controller: AbortController;
  session: Session;
}

let running: Running | undefined;
/** The tab's top-level host, as settings/page answered; page/enabled for other sites is ignored. */
let tabHost: string | undefined;
/** Settles once the initial settings/page question is answered (or failed). */
let initialised: Promise<void>;

function setEnabled(enabled: boolean): void {
  if (enabled === !!running) return;
  if (!enabled) {
    running!.controller.abort();
    running = undefined;
    return;
  }
  const controller = new AbortController();
  const session = startSession(document, controller.signal, {
    loadPatterns: () => browserTransport.toBackground<'db/patterns'>({ type: 'db/patterns' }),
    reportFound: (companyIds) => browserTransport.toBackground<'tab/found'>({ type: 'tab/found', companyIds }),
  });
  running = { controller, session };
}

/** Mentions once this frame's first full scan is over; a request made earlier waits for it. */
async function mentions() {
  await initialised;
  const current = running;
  await current?.session.ready;
  if (!current || current.controller.signal.aborted) return { enabled: false, mentions: [], stats: createStats() };
  const list = current.session.store.list().map((m) => ({ companyId: m.companyId, text: m.text }));
  return { enabled: true, mentions: list, stats: snapshot(current.session.stats) };
}

listen(
  createRouter({
    'page/mentions': mentions,
    'page/info': () => ({ host: location.hostname, url: location.href }),
    'page/reveal': async ({ companyId }) => {
      await running?.session.ready;
      return { revealed: running?.session.reveal(companyId) ?? false };
    },
    'page/next-mention': async () => {
      await running?.session.ready;
      return { found: running?.session.next() ?? false };
    },
    'page/enabled': ({ host, enabled }) => {
      // Before settings/page has answered, its answer already reflects this change.
      if (host === tabHost) setEnabled(enabled);
      return { enabled: !!running };
    },
  }),
);

initialised = browserTransport
  .toBackground<'settings/page'>({ type: 'settings/page' })
  .then(({ host, enabled }) => {
    tabHost = host;
    setEnabled(enabled);
  })
  .catch(() => undefined);
