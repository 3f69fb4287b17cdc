/**
 * content.js: the content script of a tab's top frame, which nearly always can show text.
 * It carries the whole content script as one classic script rather than loading
 * content-main.js as a module like the other frames do (see entry.ts): measured on the
 * 46-frame page, a frame that imports the module pays ~2–3 ms more main-thread time than one
 * evaluating the same code as a content script (docs/detection.md, "Start-up in every frame").
 */
import './startup-clock';
import { browserTransport, listen } from '../shared/transport';
import { START_REQUEST } from './entry-protocol';
import { start } from './index';
import { addStartup, startupRecord } from './stats';

// index.ts counted its modules' evaluation (from scriptStart); this is the rest of the task.
const since = performance.now();
const settings = browserTransport.toBackground<'settings/page'>(START_REQUEST);
listen(start({ startup: startupRecord(), settings }));
addStartup(performance.now() - since);
