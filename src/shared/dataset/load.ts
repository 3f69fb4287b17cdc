/**
 * Turns the raw files of data/ into a validated dataset, or a list of errors that each
 * name the file, the JSON path and the problem. Used by build.mjs and by the unit tests.
 * (First version: JSON + schema only; cross-file rules live in validate.ts.)
 */
import * as v from 'valibot';
import { ArticlesFile, Company, type Article } from './schema';

export interface SourceFile {
  /** Path relative to the project root, e.g. data/companies/banma.json. */
  path: string;
  text: string;
}

export interface DatasetError {
  file: string;
  /** JSON path such as `$.facts[2].source.article`; empty for whole-file problems. */
  path: string;
  message: string;
}

export interface LoadedDataset {
  companies: Company[];
  articles: Article[];
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '$';
  for (const item of issue.path ?? []) {
    out += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  }
  return out;
}

export function loadDataset(files: SourceFile[]): { dataset?: LoadedDataset; errors: DatasetError[] } {
  const errors: DatasetError[] = [];
  const companies: Company[] = [];
  let articles: Article[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (error) {
      errors.push({ file: file.path, path: '', message: `invalid JSON: ${(error as Error).message}` });
      continue;
    }
    const isArticles = /(^|\/)articles\.json$/.test(file.path);
    const result = isArticles ? v.safeParse(ArticlesFile, json) : v.safeParse(Company, json);
    if (!result.success) {
      for (const issue of result.issues) errors.push({ file: file.path, path: issuePath(issue), message: issue.message });
      continue;
    }
    if (isArticles) articles = (result.output as v.InferOutput<typeof ArticlesFile>).articles;
    else companies.push(result.output as Company);
  }
  return errors.length ? { errors } : { dataset: { companies, articles }, errors };
}
