/** Every background message handler, one group per message prefix. */
import type { BackgroundMessageType } from '../shared/messages';
import type { Handlers } from '../shared/router';
import { dataHandlers } from './handlers/data';
import { dbHandlers } from './handlers/db';
import { settingsHandlers } from './handlers/settings';
import { tabHandlers } from './handlers/tab';
import type { Services } from './services';

export function createHandlers(services: Services): Handlers<BackgroundMessageType> {
  return { ...dbHandlers(services), ...settingsHandlers(services), ...tabHandlers(services), ...dataHandlers(services) };
}
