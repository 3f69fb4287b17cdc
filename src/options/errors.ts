/** An error as the reader sees it: the message a handler threw (the polyfill forwards it), never "Error: …". */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
