/**
 * The build refuses a bad data/ folder and says where: each case starts from a tiny valid
 * dataset, breaks one thing, and expects exactly the errors the build would print.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset, type SourceFile } from '../../src/shared/dataset/load';

// Loose on purpose: each case breaks the data in a way its type would forbid.
type Json = Record<string, any>;

const SEED = '000_215c145faab00e39.txt';

function company(id: string, name: string): Json {
  return {
    id,
    names: { en: name, ko: `${name} 코리아` },
    aliases: {},
    tagline: { en: `${name} makes things`, ko: `${name}는 물건을 만든다` },
    description: { en: `${name} is a company.`, ko: `${name}는 회사다.` },
    facts: [
      { id: 'founded', label: { en: 'Founded', ko: '설립' }, value: 2001, source: { kind: 'article', article: 'a1' } },
      { id: 'hq', label: { en: 'Headquarters', ko: '본사' }, value: 'Hangzhou', source: { kind: 'general' } },
    ],
  };
}

function article(id: string, companies: string[]): Json {
  return {
    id,
    title: '알파와 베타',
    titleEn: 'Alpha and Beta',
    publisher: 'Example Daily',
    date: '2025-01-02',
    url: `https://example.com/${id}`,
    language: 'ko',
    summary: { en: 'Alpha and Beta team up.', ko: '알파와 베타가 손잡았다.' },
    companies,
    seed: SEED,
  };
}

interface Dataset {
  companies: Json[];
  articles: Json[];
}

function valid(): Dataset {
  return { companies: [company('alpha', 'Alpha'), company('beta', 'Beta')], articles: [article('a1', ['alpha', 'beta'])] };
}

function filesOf(data: Dataset): SourceFile[] {
  return [
    { path: 'data/articles.json', text: JSON.stringify({ articles: data.articles }, null, 2) },
    ...data.companies.map((c) => ({ path: `data/companies/${String(c.id)}.json`, text: JSON.stringify(c, null, 2) })),
  ];
}

/** Errors for the valid dataset after `breakIt` changed it. */
function errorsAfter(breakIt: (data: Dataset) => void): unknown[] {
  const data = valid();
  breakIt(data);
  return loadDataset(filesOf(data)).errors;
}

const A = 'data/companies/alpha.json';
const B = 'data/companies/beta.json';
const ARTICLES = 'data/articles.json';

describe('a valid dataset', () => {
  it('loads with no errors and keeps every company and article', () => {
    const { dataset, errors } = loadDataset(filesOf(valid()));
    expect(errors).toEqual([]);
    expect(dataset?.companies.map((c) => c.id)).toEqual(['alpha', 'beta']);
    expect(dataset?.articles.map((a) => a.id)).toEqual(['a1']);
  });

  it('accepts the optional parts: series, relations, aliases, negatives, quarters', () => {
    const errors = errorsAfter(({ companies: [alpha] }) => {
      alpha!.aliases = { 'zh-Hans': ['阿尔法'], en: ['Alpha Group'] };
      alpha!.negatives = ['阿尔法粥'];
      alpha!.relations = [{ type: 'shareholder', company: 'beta', stake: 44.72, voting: 40.17, source: { kind: 'article', article: 'a1' } }];
      alpha!.series = [
        {
          id: 'revenue',
          label: { en: 'Revenue', ko: '매출' },
          currency: 'CNY',
          points: [{ period: '2024', value: 1 }, { period: '2025-Q1', value: 2 }],
          source: { kind: 'article', article: 'a1' },
        },
      ];
    });
    expect(errors).toEqual([]);
  });
});

describe('rule 1: invalid JSON names line and column', () => {
  it('uses the position node reports', () => {
    const files = filesOf(valid());
    files[1] = { path: A, text: '{\n  "id": "alpha"\n  "names": {}\n}' };
    expect(loadDataset(files).errors).toEqual([
      { file: A, path: '', message: "invalid JSON at line 3, column 3: Expected ',' or '}' after property value" },
    ]);
  });

  it('finds the position itself where node gives none', () => {
    const files = filesOf(valid());
    files[1] = { path: A, text: '{\n  "id": \n}' };
    expect(loadDataset(files).errors).toEqual([{ file: A, path: '', message: "invalid JSON at line 3, column 1: Unexpected token '}'" }]);
  });
});

describe('rule 2: missing or wrong-typed fields, in words', () => {
  it('a fact value of the wrong type', () => {
    expect(errorsAfter(({ companies: [alpha] }) => (alpha!.facts[0].value = true))).toEqual([
      { file: A, path: '$.facts[0].value', message: 'expected number or text, got true' },
    ]);
  });

  it('a missing field and a misspelt one', () => {
    const errors = errorsAfter(({ companies: [alpha] }) => {
      delete alpha!.tagline;
      alpha!.facts[1].vlaue = alpha!.facts[1].value;
      delete alpha!.facts[1].value;
    });
    expect(errors).toEqual([
      { file: A, path: '$.tagline', message: 'missing required field' },
      { file: A, path: '$.facts[1].value', message: 'missing required field' },
      { file: A, path: '$.facts[1].vlaue', message: 'unknown field' },
    ]);
  });

  it('a name that is not text, under a key that needs brackets', () => {
    expect(errorsAfter(({ companies: [alpha] }) => (alpha!.names['zh-Hans'] = 5))).toEqual([
      { file: A, path: '$.names["zh-Hans"]', message: 'expected text, got 5' },
    ]);
  });

  it('an unknown relation type and an unknown source kind', () => {
    const errors = errorsAfter(({ companies: [alpha] }) => {
      alpha!.relations = [{ type: 'owner', company: 'beta', source: { kind: 'rumour' } }];
    });
    expect(errors).toEqual([
      {
        file: A,
        path: '$.relations[0].type',
        message:
          'expected one of "parent", "subsidiary", "shareholder", "investee", "founder", "partner", "affiliate", "competitor", got "owner"',
      },
      { file: A, path: '$.relations[0].source.kind', message: 'expected "article" or "general", got "rumour"' },
    ]);
  });

  it('a stake over 100 percent', () => {
    const errors = errorsAfter(({ companies: [alpha] }) => {
      alpha!.relations = [{ type: 'shareholder', company: 'beta', stake: 120, source: { kind: 'general' } }];
    });
    expect(errors).toEqual([{ file: A, path: '$.relations[0].stake', message: '120 must be at most 100' }]);
  });

  it('an article with a bad field is reported under its index, and the others still count', () => {
    const errors = errorsAfter((data) => {
      data.articles.push(article('a2', ['beta']));
      data.articles[0]!.publisher = '';
      data.companies[1]!.facts[0].source.article = 'a2';
    });
    expect(errors).toEqual([{ file: ARTICLES, path: '$.articles[0].publisher', message: 'must not be empty' }]);
  });
});

describe('rule 3: duplicate ids and file names', () => {
  it('a company id used by two files', () => {
    const files = filesOf(valid());
    // Sorted before alpha.json, yet alpha.json (named after the id) keeps it.
    files.splice(1, 0, { path: 'data/companies/alpha-0.json', text: JSON.stringify(company('alpha', 'Alpha Two')) });
    expect(loadDataset(files).errors).toEqual([
      { file: 'data/companies/alpha-0.json', path: '$.id', message: `duplicate company id "alpha" (also in ${A})` },
      { file: 'data/companies/alpha-0.json', path: '$.id', message: 'id "alpha" does not match the file name (expected data/companies/alpha.json)' },
    ]);
  });

  it('a file whose name is not its id', () => {
    const files = filesOf(valid());
    files[2] = { path: 'data/companies/bteta.json', text: files[2]!.text };
    expect(loadDataset(files).errors).toEqual([
      { file: 'data/companies/bteta.json', path: '$.id', message: 'id "beta" does not match the file name (expected data/companies/beta.json)' },
    ]);
  });

  it('two articles with one id', () => {
    expect(errorsAfter((data) => data.articles.push(article('a1', ['beta'])))).toEqual([
      { file: ARTICLES, path: '$.articles[1].id', message: 'duplicate article id "a1" (first at $.articles[0])' },
    ]);
  });

  it('two facts (or two series) with one id in a company', () => {
    const errors = errorsAfter(({ companies: [alpha] }) => (alpha!.facts[1].id = 'founded'));
    expect(errors).toEqual([{ file: A, path: '$.facts[1].id', message: 'duplicate fact id "founded" (first at $.facts[0])' }]);
  });
});

describe('rule 4: citations must resolve', () => {
  it('a fact, a series and a relation citing an unknown article', () => {
    const errors = errorsAfter(({ companies: [alpha] }) => {
      const cite = { kind: 'article', article: 'nope' };
      alpha!.facts[0].source = cite;
      alpha!.series = [{ id: 's', label: { en: 'S', ko: '에스' }, points: [{ period: '2024', value: 1 }, { period: '2025', value: 2 }], source: cite }];
      alpha!.relations = [{ type: 'partner', company: 'beta', source: cite }];
    });
    expect(errors).toEqual([
      { file: A, path: '$.facts[0].source.article', message: 'cites unknown article "nope"' },
      { file: A, path: '$.series[0].source.article', message: 'cites unknown article "nope"' },
      { file: A, path: '$.relations[0].source.article', message: 'cites unknown article "nope"' },
    ]);
  });
});

describe('rule 5: relations point at another known company', () => {
  it('an unknown company and the company itself', () => {
    const errors = errorsAfter(({ companies: [alpha] }) => {
      alpha!.relations = [
        { type: 'partner', company: 'gamma', source: { kind: 'general' } },
        { type: 'parent', company: 'alpha', source: { kind: 'general' } },
      ];
    });
    expect(errors).toEqual([
      { file: A, path: '$.relations[0].company', message: 'relation to unknown company "gamma"' },
      { file: A, path: '$.relations[1].company', message: 'relation to itself ("alpha")' },
    ]);
  });
});

describe('rule 6: articles list known companies', () => {
  it('an unknown company in an article', () => {
    expect(errorsAfter((data) => data.articles[0]!.companies.push('gamma'))).toEqual([
      { file: ARTICLES, path: '$.articles[0].companies[2]', message: 'lists unknown company "gamma"' },
    ]);
  });

  it('a company whose file fails the schema is still known, so one typo is reported once', () => {
    expect(errorsAfter(({ companies: [, beta] }) => (beta!.facts[0].value = null))).toEqual([
      { file: B, path: '$.facts[0].value', message: 'expected number or text, got null' },
    ]);
  });
});

describe('rule 7: a spelling belongs to one company (after NFKC + lowercase)', () => {
  it('an alias equal to another company name, in another case and width', () => {
    const errors = errorsAfter(({ companies: [, beta] }) => (beta!.aliases = { en: ['Beta Labs', 'ＡＬＰＨＡ'] }));
    expect(errors).toEqual([
      { file: B, path: '$.aliases.en[1]', message: `"ＡＬＰＨＡ" is also claimed by alpha as "Alpha" (${A} at $.names.en)` },
    ]);
  });

  it('the same name in two companies', () => {
    const errors = errorsAfter(({ companies: [alpha, beta] }) => {
      alpha!.names['zh-Hans'] = '斑马';
      beta!.names['zh-Hans'] = '斑马';
    });
    expect(errors).toEqual([
      { file: B, path: '$.names["zh-Hans"]', message: `"斑马" is also claimed by alpha (${A} at $.names["zh-Hans"])` },
    ]);
  });

  it('repeating a spelling within one company is harmless', () => {
    expect(errorsAfter(({ companies: [alpha] }) => (alpha!.aliases = { en: ['alpha'] }))).toEqual([]);
  });
});

describe('rule 8: an alias is never a negative word', () => {
  it('an alias equal to any company negative', () => {
    const errors = errorsAfter(({ companies: [alpha, beta] }) => {
      alpha!.aliases = { 'zh-Hans': ['斑马线'] };
      beta!.negatives = ['斑马线'];
    });
    expect(errors).toEqual([
      { file: A, path: '$.aliases["zh-Hans"][0]', message: `"斑马线" is also a negative word of beta (${B} at $.negatives[0])` },
    ]);
  });
});

describe('rule 9: article URLs are https', () => {
  it('a plain-http url', () => {
    expect(errorsAfter((data) => (data.articles[0]!.url = 'http://example.com/a1'))).toEqual([
      { file: ARTICLES, path: '$.articles[0].url', message: '"http://example.com/a1" must be an https URL' },
    ]);
  });
});

describe('rule 9b: a quoted address (citedUrl) is http or https, kept as written', () => {
  it('accepts a plain-http quoted address beside a null url', () => {
    const errors = errorsAfter((data) => {
      data.articles[0]!.url = null;
      data.articles[0]!.citedUrl = 'http://example.com/story?id=1&x=2';
    });
    expect(errors).toEqual([]);
  });

  it('refuses an address a reader cannot open in a tab', () => {
    const errors = errorsAfter((data) => {
      data.articles[0]!.url = null;
      data.articles[0]!.citedUrl = 'javascript:alert(1)';
    });
    expect(errors).toEqual([{ file: ARTICLES, path: '$.articles[0].citedUrl', message: '"javascript:alert(1)" must be an http or https URL' }]);
  });
});

describe('rule 10: dates are real', () => {
  it('an article date and a fact as-of date that do not exist', () => {
    const errors = errorsAfter((data) => {
      data.articles[0]!.date = '2025-02-30';
      data.companies[0]!.facts[0].asOf = '2024-02-30';
    });
    expect(errors).toEqual([
      { file: ARTICLES, path: '$.articles[0].date', message: '"2025-02-30" is not a real date' },
      { file: A, path: '$.facts[0].asOf', message: '"2024-02-30" is not a real date' },
    ]);
  });
});

describe('rule 11: text is plain', () => {
  it('markup and an HTML entity in text fields', () => {
    const errors = errorsAfter((data) => {
      data.companies[0]!.tagline.en = '<b>Alpha</b> makes things';
      data.articles[0]!.summary.ko = '알파&amp;베타';
    });
    expect(errors).toEqual([
      { file: ARTICLES, path: '$.articles[0].summary.ko', message: '"알파&amp;베타" must be plain text, not markup' },
      { file: A, path: '$.tagline.en', message: '"<b>Alpha</b> makes things" must be plain text, not markup' },
    ]);
  });
});

describe('rule 13: no placeholder text', () => {
  it('accepts a publisher the source does not name as null', () => {
    expect(errorsAfter((data) => (data.articles[0]!.publisher = null))).toEqual([]);
  });

  it('refuses text that stands in for missing data, wherever a reader would see it', () => {
    const errors = errorsAfter((data) => {
      data.articles[0]!.publisher = 'Publisher not named in the seed';
      data.companies[0]!.facts[1].value = 'N/A';
      data.companies[0]!.description.ko = 'TODO 설명';
      data.companies[1]!.tagline.en = 'Unknown.';
      data.companies[1]!.description.en = 'The seed articles say little about Beta.';
    });
    expect(errors).toEqual([
      { file: ARTICLES, path: '$.articles[0].publisher', message: '"Publisher not named in the seed" is placeholder text (a note about the source standing in for a value): leave the value out or use null' },
      { file: A, path: '$.description.ko', message: '"TODO 설명" is placeholder text (a to-do marker): leave the value out or use null' },
      { file: A, path: '$.facts[1].value', message: '"N/A" is placeholder text (a placeholder value): leave the value out or use null' },
      { file: B, path: '$.tagline.en', message: '"Unknown." is placeholder text (a placeholder value): leave the value out or use null' },
      { file: B, path: '$.description.en', message: '"The seed articles say little about Beta." is placeholder text (editorial jargon ("the seed")): leave the value out or use null' },
    ]);
  });

  it('lets editorial notes (urlNote, dateNote) speak of the seed, and real words through', () => {
    const errors = errorsAfter((data) => {
      data.articles[0]!.urlNote = 'The seed does not give the address.';
      data.articles[0]!.dateNote = 'Inferred from the seed file.';
      data.companies[0]!.description.en = 'Alpha raised a seed round; it knows no unknowns.';
    });
    expect(errors).toEqual([]);
  });
});

describe('rule 12: the layout of data/', () => {
  it('no articles.json', () => {
    const data = valid();
    for (const c of data.companies) for (const f of c.facts) f.source = { kind: 'general' };
    const files = filesOf(data).filter((f) => f.path !== ARTICLES);
    expect(loadDataset(files).errors).toEqual([
      { file: ARTICLES, path: '', message: 'missing: every dataset needs its list of articles' },
    ]);
  });

  it('files outside the layout, whatever they hold', () => {
    const files = filesOf(valid());
    files.push({ path: 'data/notes.json', text: 'not even JSON' }, { path: 'data/companies/old/alpha.json', text: '{}' });
    const unexpected = 'unexpected file: data/ holds only articles.json and companies/<id>.json';
    expect(loadDataset(files).errors).toEqual([
      { file: 'data/companies/old/alpha.json', path: '', message: unexpected },
      { file: 'data/notes.json', path: '', message: unexpected },
    ]);
  });
});

describe('every problem at once', () => {
  it('still checks citations and aliases of a file that fails the schema', () => {
    const errors = errorsAfter(({ companies: [alpha] }) => {
      alpha!.tagline.en = '';
      alpha!.facts[0].source.article = 'nope';
      alpha!.aliases = { en: ['beta'] };
    });
    expect(errors).toEqual([
      { file: A, path: '$.tagline.en', message: 'must not be empty' },
      { file: A, path: '$.facts[0].source.article', message: 'cites unknown article "nope"' },
      { file: A, path: '$.aliases.en[0]', message: `"beta" is also claimed by beta as "Beta" (${B} at $.names.en)` },
    ]);
  });

  it('reports problems from several files and rules together, grouped by file', () => {
    const files = filesOf(valid());
    files[0] = { path: ARTICLES, text: files[0]!.text.replace('"2025-01-02"', '"2025-13-01"') };
    files[1] = { path: A, text: '{' };
    files[2] = { path: B, text: files[2]!.text.replace('"a1"', '"a9"') };
    const { dataset, errors } = loadDataset(files);
    expect(dataset).toBeUndefined();
    expect(errors).toEqual([
      { file: ARTICLES, path: '$.articles[0].date', message: '"2025-13-01" is not a real date' },
      { file: A, path: '', message: 'invalid JSON at line 1, column 2: Expected property name or \'}\'' },
      { file: B, path: '$.facts[0].source.article', message: 'cites unknown article "a9"' },
    ]);
  });
});
