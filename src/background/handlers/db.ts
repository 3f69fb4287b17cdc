/** db/*: lookups and search over the reader's layers (bundled, packs, own), and the compiled matcher. */
import type { Handlers } from '../../shared/router';
import type { Services } from '../services';

export class UnknownCompanyError extends Error {
  override name = 'UnknownCompanyError';
}

export function dbHandlers(s: Services): Handlers<'db/company' | 'db/search' | 'db/patterns'> {
  return {
    'db/company': async ({ id }) => {
      const found = await s.layers.company(id);
      if (!found) throw new UnknownCompanyError(`Unknown company "${id}": it is not in the dataset`);
      return found;
    },
    'db/search': async ({ query, limit }) => ({ results: await s.search(query, limit) }),
    'db/patterns': () => s.patterns(),
  };
}
