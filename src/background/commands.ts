/** Keyboard commands (manifest "commands"). */
import type { Request } from '../shared/messages';
import type { Platform } from './platform';

export const NEXT_MENTION = 'next-mention';

/** Sends page/next-mention to the active tab's top frame; resolves false when there is none to ask. */
export async function runCommand(tabs: Platform['tabs'], command: string): Promise<boolean> {
  if (command !== NEXT_MENTION) return false;
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return false;
  const message: Request<'page/next-mention'> = { type: 'page/next-mention' };
  // Pages where content scripts cannot run (the browser's own pages) have no receiver.
  return tabs.sendMessage(tab.id, message, { frameId: 0 }).then(
    () => true,
    () => false,
  );
}
