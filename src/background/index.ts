/**
 * Background entry (service worker on Chrome, event page on Firefox). Listeners must be
 * registered synchronously at start-up so a message that woke the worker is not lost.
 */
import { createRouter } from '../shared/router';
import { listen } from '../shared/transport';
import { handlers } from './handlers';

listen(createRouter(handlers));
