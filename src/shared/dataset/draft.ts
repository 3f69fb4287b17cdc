/**
 * What the cross-file rules see: a view of every company and article that parsed as JSON
 * (valid against the schema or not), with the file and index it came from, so each rule
 * can point at the exact JSON path it refuses.
 */
import type { ArticleView, CompanyView } from './views';

export interface DatasetError {
  /** Path relative to the project root, e.g. data/companies/banma.json. */
  file: string;
  /** JSON path such as `$.facts[2].source.article`; empty for whole-file problems. */
  path: string;
  message: string;
}

export interface CompanyDoc {
  file: string;
  company: CompanyView;
}

export interface ArticleDoc {
  file: string;
  /** Position in the file's `articles` list, for `$.articles[i]` paths. */
  index: number;
  article: ArticleView;
}

export interface DatasetDraft {
  /** Every file handed to the loader. */
  paths: readonly string[];
  companies: readonly CompanyDoc[];
  articles: readonly ArticleDoc[];
  /**
   * Company ids, plus the file name of each company file that is not even JSON: a reference
   * to a company whose file has one typo is not also reported as "unknown company".
   */
  knownCompanyIds: ReadonlySet<string>;
  knownArticleIds: ReadonlySet<string>;
}
