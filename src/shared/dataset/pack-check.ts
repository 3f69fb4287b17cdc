/**
 * Checks a pack entry by entry, as it streams in, and remembers only what the rules across
 * entries need (ids, citations, relation targets, alias keys): never the entries themselves.
 * Problems refuse the import; warnings (a relation to a company no layer has, an http://
 * address kept as text, a spelling another company of the pack claims too) do not.
 */
import * as v from 'valibot';
import type { Problem } from '../messages';
import { claimsOf, matchKey } from './alias-claims';
import { jsonPath, type PathKey } from './json-path';
import { PackArticle, PackCompany, PackHeader } from './pack-schema';
import { describeIssues } from './schema-issues';
import { factAndSeriesIdsUnique } from './validate';
import { viewCompany } from './views';

/** More than this and the reader has the wrong file; listing them all helps no one. */
export const MAX_PROBLEMS = 500;

export interface CheckResult {
  problems: Problem[];
  warnings: Problem[];
}

export function createPackChecker() {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const companyIds = new Map<string, number>();
  const articleIds = new Map<string, number>();
  const citations: Array<{ where: string; article: string }> = [];
  const relationTargets: Array<{ where: string; company: string }> = [];
  const articleCompanies: Array<{ where: string; company: string }> = [];
  const aliasOwners = new Map<string, string>();
  let header: PackHeader | undefined;
  let sawHeader = false;

  const problem = (where: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ where, message });
  };
  const warn = (where: string, message: string) => {
    if (warnings.length < MAX_PROBLEMS) warnings.push({ where, message });
  };
  const schemaIssues = (issues: Parameters<typeof describeIssues>[0], prefix: PathKey[]) => {
    // One problem per place: a value failing two checks of one rule ("May 2024") reads better once.
    const seen = new Set<string>();
    for (const i of describeIssues(issues, prefix)) if (!seen.has(i.path) && seen.add(i.path)) problem(i.path, i.message);
  };

  return {
    problems,
    warnings,
    get failed() {
      return problems.length > 0;
    },
    get header() {
      return header;
    },
    header_(json: unknown): PackHeader | undefined {
      sawHeader = true;
      const r = v.safeParse(PackHeader, json);
      if (r.success) header = r.output;
      else schemaIssues(r.issues, ['pack']);
      return header;
    },
    unknownKey(key: string) {
      problem(jsonPath([key]), 'unknown field (a pack has "pack", "companies" and "articles")');
    },
    /** `where(path)` turns a JSON path inside the entry into the reader's position (CSV: line and column). */
    company(json: unknown, index: number): PackCompany | undefined {
      const prefix: PathKey[] = ['companies', index];
      const at = (...keys: PathKey[]) => jsonPath([...prefix, ...keys]);
      const view = viewCompany(json);
      if (view.id !== undefined) {
        const first = companyIds.get(view.id);
        if (first !== undefined) problem(at('id'), `duplicate company id "${view.id}" (first at $.companies[${first}])`);
        else companyIds.set(view.id, index);
      }
      for (const e of factAndSeriesIdsUnique({ paths: [], companies: [{ file: '', company: view }], articles: [], knownCompanyIds: new Set(), knownArticleIds: new Set() })) {
        problem(jsonPath(prefix) + e.path.slice(1), e.message);
      }
      const lists = [['facts', view.facts], ['series', view.series], ['relations', view.relations]] as const;
      for (const [list, items] of lists) {
        items.forEach((item, i) => item.article !== undefined && citations.push({ where: at(list, i, 'source', 'article'), article: item.article }));
      }
      view.relations.forEach((r, i) => {
        if (r.company === undefined) return;
        if (r.company === view.id) problem(at('relations', i, 'company'), `relation to itself ("${r.company}")`);
        else relationTargets.push({ where: at('relations', i, 'company'), company: r.company });
      });
      for (const claim of claimsOf(view)) {
        const key = matchKey(claim.text);
        const owner = aliasOwners.get(key);
        if (owner === undefined && view.id !== undefined) aliasOwners.set(key, view.id);
        else if (owner !== undefined && owner !== view.id) warn(at(...claim.path), `"${claim.text}" is also claimed by ${owner} in this pack; ${owner} marks it`);
      }
      const r = v.safeParse(PackCompany, json);
      if (!r.success) return void schemaIssues(r.issues, prefix);
      return r.output;
    },
    article(json: unknown, index: number): PackArticle | undefined {
      const prefix: PathKey[] = ['articles', index];
      const raw = json !== null && typeof json === 'object' && !Array.isArray(json) ? { ...(json as Record<string, unknown>) } : json;
      if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
        const entry = raw as Record<string, unknown>;
        // An address that is not https is kept, as text: never linked, never guessed into https.
        if (typeof entry.url === 'string' && !entry.url.startsWith('https://') && entry.textAddress === undefined) {
          warn(jsonPath([...prefix, 'url']), `"${entry.url.slice(0, 80)}" is not an https address: kept as text, not linked`);
          entry.textAddress = entry.url;
          entry.url = null;
        }
        if (typeof entry.id === 'string') {
          const first = articleIds.get(entry.id);
          if (first !== undefined) problem(jsonPath([...prefix, 'id']), `duplicate article id "${entry.id}" (first at $.articles[${first}])`);
          else articleIds.set(entry.id, index);
        }
        if (Array.isArray(entry.companies)) {
          entry.companies.forEach((c, j) => typeof c === 'string' && articleCompanies.push({ where: jsonPath([...prefix, 'companies', j]), company: c }));
        }
      }
      const r = v.safeParse(PackArticle, raw);
      if (!r.success) return void schemaIssues(r.issues, prefix);
      return r.output;
    },
    problem,
    warn,
    /**
     * The rules across entries, once everything arrived. `known` answers whether another
     * layer (bundled, other packs, the reader's own) has a company id.
     */
    finish(known: (companyId: string) => boolean, options: { needHeader: boolean }): CheckResult {
      if (options.needHeader && !sawHeader) problem('$.pack', 'missing required field (the pack\'s id, name and version)');
      for (const c of citations) {
        if (!articleIds.has(c.article)) problem(c.where, `cites article "${c.article}", which this pack does not contain`);
      }
      for (const r of relationTargets) {
        if (!companyIds.has(r.company) && !known(r.company)) warn(r.where, `relation to unknown company "${r.company}": dropped`);
      }
      for (const a of articleCompanies) {
        if (!companyIds.has(a.company) && !known(a.company)) warn(a.where, `lists unknown company "${a.company}": the article is not shown for it`);
      }
      return { problems, warnings };
    },
  };
}

export type PackChecker = ReturnType<typeof createPackChecker>;
