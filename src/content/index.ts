/** PLACEHOLDER content entry (replaced by the detection work): answers the protocol. */
import { createRouter } from '../shared/router';
import { listen } from '../shared/transport';

listen(
  createRouter({
    'page/mentions': () => ({ enabled: true, mentions: [], stats: { scanMs: 0, textNodes: 0, chars: 0 } }),
    'page/info': () => ({ host: location.hostname, url: location.href }),
    'page/reveal': () => ({ revealed: false }),
    'page/next-mention': () => ({ found: false }),
    'page/enabled': ({ enabled }) => ({ enabled }),
  }),
);
