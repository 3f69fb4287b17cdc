/** The layout of data/: one articles file, one file per company named by its id. */
export const ARTICLES_FILE = 'data/articles.json';
const COMPANY_FILE = /^data\/companies\/([^/]+)\.json$/;

export type FileRole = 'articles' | 'company' | 'unexpected';

export function roleOf(path: string): FileRole {
  if (path === ARTICLES_FILE) return 'articles';
  return COMPANY_FILE.test(path) ? 'company' : 'unexpected';
}

/** `data/companies/banma.json` → `banma`: the id the file must hold. */
export function idFromCompanyFile(path: string): string | undefined {
  return COMPANY_FILE.exec(path)?.[1];
}
