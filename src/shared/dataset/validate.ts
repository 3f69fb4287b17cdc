/**
 * The rules the schema cannot express because they span entries or files. Each is one small
 * function from the draft to its errors; `RULES` lists them in the order of the spec
 * (docs/dataset-validation.md). JSON syntax and the schema itself are checked in load.ts.
 */
import { claimsOf, matchKey, negativesOf, type Claim } from './alias-claims';
import type { CompanyDoc, DatasetDraft, DatasetError } from './draft';
import { ARTICLES_FILE, idFromCompanyFile, roleOf } from './files';
import { jsonPath } from './json-path';
import { EDITORIAL_FIELDS, placeholderReason } from './placeholders';
import type { CitingView, TextLeaf } from './views';

export type Rule = (draft: DatasetDraft) => DatasetError[];

export function articlesFileExists(draft: DatasetDraft): DatasetError[] {
  if (draft.paths.includes(ARTICLES_FILE)) return [];
  return [{ file: ARTICLES_FILE, path: '', message: 'missing: every dataset needs its list of articles' }];
}

export function noUnexpectedFiles(draft: DatasetDraft): DatasetError[] {
  return draft.paths
    .filter((path) => roleOf(path) === 'unexpected')
    .map((file) => ({ file, path: '', message: 'unexpected file: data/ holds only articles.json and companies/<id>.json' }));
}

export function companyFileNamedAfterId(draft: DatasetDraft): DatasetError[] {
  return draft.companies.flatMap(({ file, company: { id } }) =>
    id === undefined || idFromCompanyFile(file) === id
      ? []
      : [{ file, path: '$.id', message: `id "${id}" does not match the file name (expected data/companies/${id}.json)` }],
  );
}

/** The file named after the id owns it, so the error lands on the copy. */
export function companyIdsUnique(draft: DatasetDraft): DatasetError[] {
  const firstFile = new Map<string, string>();
  const errors: DatasetError[] = [];
  const named = (doc: CompanyDoc): boolean => idFromCompanyFile(doc.file) === doc.company.id;
  for (const { file, company: { id } } of [...draft.companies.filter(named), ...draft.companies.filter((d) => !named(d))]) {
    if (id === undefined) continue;
    const first = firstFile.get(id);
    if (first === undefined) firstFile.set(id, file);
    else errors.push({ file, path: '$.id', message: `duplicate company id "${id}" (also in ${first})` });
  }
  return errors;
}

export function articleIdsUnique(draft: DatasetDraft): DatasetError[] {
  const first = new Map<string, number>();
  const errors: DatasetError[] = [];
  for (const { file, index, article: { id } } of draft.articles) {
    if (id === undefined) continue;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else errors.push({ file, path: jsonPath(['articles', index, 'id']), message: `duplicate article id "${id}" (first at $.articles[${earlier}])` });
  }
  return errors;
}

/** Facts and series are looked up by id within their company, each list on its own. */
export function factAndSeriesIdsUnique(draft: DatasetDraft): DatasetError[] {
  return draft.companies.flatMap(({ file, company }) => [
    ...duplicateIds(company.facts, 'facts', 'fact').map((e) => ({ file, ...e })),
    ...duplicateIds(company.series, 'series', 'series').map((e) => ({ file, ...e })),
  ]);
}

function duplicateIds(items: readonly CitingView[], list: string, noun: string): Omit<DatasetError, 'file'>[] {
  const first = new Map<string, number>();
  const errors: Omit<DatasetError, 'file'>[] = [];
  items.forEach(({ id }, i) => {
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else errors.push({ path: jsonPath([list, i, 'id']), message: `duplicate ${noun} id "${id}" (first at $.${list}[${earlier}])` });
  });
  return errors;
}

export function citationsResolve(draft: DatasetDraft): DatasetError[] {
  const errors: DatasetError[] = [];
  for (const { file, company } of draft.companies) {
    const lists: [string, readonly CitingView[]][] = [
      ['facts', company.facts],
      ['series', company.series],
      ['relations', company.relations],
    ];
    for (const [list, items] of lists) {
      items.forEach(({ article }, i) => {
        if (article !== undefined && !draft.knownArticleIds.has(article)) {
          errors.push({ file, path: jsonPath([list, i, 'source', 'article']), message: `cites unknown article "${article}"` });
        }
      });
    }
  }
  return errors;
}

export function relationsResolve(draft: DatasetDraft): DatasetError[] {
  return draft.companies.flatMap(({ file, company }) =>
    company.relations.flatMap(({ company: other }, i) => {
      const path = jsonPath(['relations', i, 'company']);
      if (other === undefined) return [];
      if (other === company.id) return [{ file, path, message: `relation to itself ("${other}")` }];
      if (!draft.knownCompanyIds.has(other)) return [{ file, path, message: `relation to unknown company "${other}"` }];
      return [];
    }),
  );
}

export function articleCompaniesResolve(draft: DatasetDraft): DatasetError[] {
  return draft.articles.flatMap(({ file, index, article }) =>
    article.companies.flatMap((id, j) =>
      id === undefined || draft.knownCompanyIds.has(id) ? [] : [{ file, path: jsonPath(['articles', index, 'companies', j]), message: `lists unknown company "${id}"` }],
    ),
  );
}

interface Owner {
  companyId: string;
  file: string;
  claim: Claim;
}

/** A company is named by its id, or by its file while the id is broken. */
const nameOf = (id: string | undefined, file: string): string => id ?? idFromCompanyFile(file) ?? file;
const where = (owner: Owner): string => `${owner.file} at ${jsonPath(owner.claim.path)}`;
const asWritten = (claim: Claim, owner: Owner): string => (owner.claim.text === claim.text ? '' : ` as "${owner.claim.text}"`);

/**
 * A spelling marks one company: two claimants would make the card a coin toss. Names are
 * claimed before aliases, so the error lands on the alias that borrows another's name.
 */
export function aliasesUnique(draft: DatasetDraft): DatasetError[] {
  const all = draft.companies.flatMap(({ file, company }) =>
    claimsOf(company).map((claim): Owner => ({ companyId: nameOf(company.id, file), file, claim })),
  );
  const isName = (o: Owner): boolean => o.claim.path[0] === 'names';
  const owners = new Map<string, Owner>();
  const errors: DatasetError[] = [];
  for (const claimant of [...all.filter(isName), ...all.filter((o) => !isName(o))]) {
    const key = matchKey(claimant.claim.text);
    const owner = owners.get(key);
    if (!owner) owners.set(key, claimant);
    // Two files with one id are already a duplicate-id error; their shared names are not news.
    else if (owner.companyId !== claimant.companyId) {
      const { file, claim } = claimant;
      const message = `"${claim.text}" is also claimed by ${owner.companyId}${asWritten(claim, owner)} (${where(owner)})`;
      errors.push({ file, path: jsonPath(claim.path), message });
    }
  }
  return errors;
}

/** Negative words mark nothing, so an alias equal to one would never mark its company. */
export function aliasesAreNotNegatives(draft: DatasetDraft): DatasetError[] {
  const negatives = new Map<string, Owner>();
  for (const { file, company } of draft.companies) {
    for (const claim of negativesOf(company)) {
      const key = matchKey(claim.text);
      if (!negatives.has(key)) negatives.set(key, { companyId: nameOf(company.id, file), file, claim });
    }
  }
  return draft.companies.flatMap(({ file, company }) =>
    claimsOf(company).flatMap((claim) => {
      const owner = negatives.get(matchKey(claim.text));
      if (!owner) return [];
      const message = `"${claim.text}" is also a negative word of ${owner.companyId}${asWritten(claim, owner)} (${where(owner)})`;
      return [{ file, path: jsonPath(claim.path), message }];
    }),
  );
}

/**
 * Missing data is absent (null or left out), never a sentence standing in for it: whatever a
 * text field holds is shown to a reader. Editorial fields (urlNote, dateNote) are exempt.
 */
export function noPlaceholderText(draft: DatasetDraft): DatasetError[] {
  const check = (file: string, texts: readonly TextLeaf[]): DatasetError[] =>
    texts.flatMap(({ path, text }) => {
      if (path.some((key) => typeof key === 'string' && EDITORIAL_FIELDS.has(key))) return [];
      const reason = placeholderReason(text);
      return reason ? [{ file, path: jsonPath(path), message: `"${text}" is placeholder text (${reason}): leave the value out or use null` }] : [];
    });
  return [
    ...draft.companies.flatMap(({ file, company }) => check(file, company.texts)),
    ...draft.articles.flatMap(({ file, article }) => check(file, article.texts)),
  ];
}

/** In the order of the spec; JSON syntax and the schema come before all of these. */
export const RULES: readonly Rule[] = [
  articlesFileExists,
  noUnexpectedFiles,
  companyIdsUnique,
  companyFileNamedAfterId,
  articleIdsUnique,
  factAndSeriesIdsUnique,
  citationsResolve,
  relationsResolve,
  articleCompaniesResolve,
  aliasesUnique,
  aliasesAreNotNegatives,
  noPlaceholderText,
];

export function validateDraft(draft: DatasetDraft): DatasetError[] {
  return RULES.flatMap((rule) => rule(draft));
}
