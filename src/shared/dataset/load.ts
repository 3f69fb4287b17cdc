/**
 * Turns the raw files of data/ into a validated dataset, or the full list of errors, each
 * naming the file, the JSON path and the problem. Used by build.mjs and by the unit tests.
 * Here: file roles, JSON syntax and the schema; the cross-file rules live in validate.ts.
 */
import * as v from 'valibot';
import type { ArticleDoc, CompanyDoc, DatasetDraft, DatasetError } from './draft';
import { idFromCompanyFile, roleOf } from './files';
import { parseJson } from './parse-json';
import { ArticlesFile, Company, type Article } from './schema';
import { describeIssues } from './schema-issues';
import { validateDraft } from './validate';
import { viewArticles, viewCompany } from './views';

export type { DatasetError } from './draft';

export interface SourceFile {
  /** Path relative to the project root, e.g. data/companies/banma.json. */
  path: string;
  text: string;
}

export interface LoadedDataset {
  companies: Company[];
  articles: Article[];
}

interface Collected {
  errors: DatasetError[];
  /** What the schema accepted: the dataset, if nothing else fails. */
  companies: Company[];
  articles: Article[];
  /** What the cross-file rules read, valid or not. */
  views: { companies: CompanyDoc[]; articles: ArticleDoc[] };
  companyIds: Set<string>;
  articleIds: Set<string>;
}

export function loadDataset(files: SourceFile[]): { dataset?: LoadedDataset; errors: DatasetError[] } {
  const found: Collected = { errors: [], companies: [], articles: [], views: { companies: [], articles: [] }, companyIds: new Set(), articleIds: new Set() };
  for (const file of files) {
    const role = roleOf(file.path);
    if (role === 'unexpected') continue; // reported by a rule; its content means nothing to us
    const parsed = parseJson(file.text);
    if (!parsed.ok) {
      const message = `invalid JSON at line ${parsed.line}, column ${parsed.column}: ${parsed.reason}`;
      found.errors.push({ file: file.path, path: '', message });
      if (role === 'company') found.companyIds.add(idFromCompanyFile(file.path)!);
    } else if (role === 'articles') collectArticles(file.path, parsed.value, found);
    else collectCompany(file.path, parsed.value, found);
  }
  const draft: DatasetDraft = {
    paths: files.map((f) => f.path),
    companies: found.views.companies,
    articles: found.views.articles,
    knownCompanyIds: found.companyIds,
    knownArticleIds: found.articleIds,
  };
  // One list in file order: a writer fixing banma.json sees all of banma.json's problems together.
  const errors = byFile([...found.errors, ...validateDraft(draft)]);
  if (errors.length) return { errors };
  return { dataset: { companies: found.companies, articles: found.articles }, errors };
}

function collectCompany(file: string, json: unknown, found: Collected): void {
  const view = viewCompany(json);
  found.views.companies.push({ file, company: view });
  // While the id is broken, the file name stands in for it: no "unknown company" echoes.
  found.companyIds.add(view.id ?? idFromCompanyFile(file)!);
  const result = v.safeParse(Company, json);
  if (result.success) found.companies.push(result.output);
  else for (const issue of describeIssues(result.issues)) found.errors.push({ file, ...issue });
}

function collectArticles(file: string, json: unknown, found: Collected): void {
  viewArticles(json).forEach((article, index) => {
    found.views.articles.push({ file, index, article });
    if (article.id !== undefined) found.articleIds.add(article.id);
  });
  const result = v.safeParse(ArticlesFile, json);
  if (result.success) found.articles.push(...result.output.articles);
  else for (const issue of describeIssues(result.issues)) found.errors.push({ file, ...issue });
}

/** Stable: within a file, errors keep the order of the checks. */
function byFile(errors: DatasetError[]): DatasetError[] {
  return [...errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
