/** Every kind of bad file a reader may hand the import, and the message they see for it. */
import { beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '../../src/shared/messages';
import { uploadFile } from '../../src/shared/dataset/pack-upload';
import { backgroundUnderTest, freshIndexedDB } from './background-fakes';
import { fileOf, packJson, upload } from './pack-fixtures';

beforeEach(freshIndexedDB);

const messages = (s: { problems: Array<{ where: string; message: string }> }) => s.problems.map((p) => `${p.where}: ${p.message}`);

async function installed(send: ReturnType<typeof backgroundUnderTest>['send']) {
  return (await send({ type: 'data/layers' })).layers.filter((l) => l.kind === 'pack').map((l) => l.id);
}

describe('files that are not packs', () => {
  it('refuses a file that is neither .json nor .csv', async () => {
    const { send } = backgroundUnderTest();
    const s = await upload(send, 'companies.txt', 'name\nNIO\n');
    expect(s.state).toBe('failed');
    expect(messages(s)).toEqual([': "companies.txt" is neither a JSON pack (.json) nor a CSV list (.csv).']);
  });

  it('refuses a .json file that is not JSON', async () => {
    const { send } = backgroundUnderTest();
    const s = await upload(send, 'pack.json', 'name,aliases\nNIO,蔚来\n');
    expect(messages(s)).toEqual(['line 1, column 1: is not a JSON pack: it must start with "{"']);
  });

  it('refuses an empty file before reading it', async () => {
    const { send } = backgroundUnderTest();
    expect(messages(await upload(send, 'pack.json', ''))).toEqual([': The file is empty.']);
    expect(messages(await upload(send, 'list.csv', ' \n'))).toContain('line 1, column 1: is empty (no header row)');
  });

  it('refuses a file over the limit from its size alone, before a byte is read', async () => {
    const { send } = backgroundUnderTest();
    let read = 0;
    const big = { name: 'huge.json', size: IMPORT_MAX_BYTES + 1, slice: () => ((read++, { arrayBuffer: async () => new ArrayBuffer(0) })) };
    const s = await uploadFile(big, (r) => send(r));
    expect(s.state).toBe('failed');
    expect(messages(s)).toEqual([': The file is 64.0 MB; the limit is 64 MB.']);
    expect(read).toBe(0);
  });

  it('refuses UTF-16 with or without a byte order mark, and accepts UTF-8 with one', async () => {
    const { send } = backgroundUnderTest();
    const text = JSON.stringify(packJson());
    const utf16 = (bom: boolean) => {
      const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
      if (bom) out.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) out[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i) & 0xff, out[(bom ? 3 : 1) + i * 2] = text.charCodeAt(i) >> 8;
      return out;
    };
    expect(messages(await upload(send, 'p.json', utf16(true)))).toEqual([': The file is UTF-16 text. Save it as UTF-8 (with or without BOM) and import it again.']);
    expect(messages(await upload(send, 'p.json', utf16(false)))[0]).toMatch(/looks like UTF-16 text/);
    expect((await upload(send, 'p.json', `\uFEFF${text}`)).state).toBe('done');
  });

  it('refuses bytes that are not UTF-8', async () => {
    const { send } = backgroundUnderTest();
    const s = await upload(send, 'l.csv', new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xc3, 0x28, 0x0a]));
    expect(messages(s)[0]).toMatch(/is not UTF-8 text/);
  });
});

describe('schema problems', () => {
  it('lists every problem with its JSON path, and names the missing article', async () => {
    const { send } = backgroundUnderTest();
    const pack = packJson();
    const c = pack.companies[0] as Record<string, unknown>;
    delete c.tagline;
    (c.facts as Array<Record<string, unknown>>).push({ id: 'rev', label: { en: 'Revenue' }, value: 1, asOf: '2024-13', source: { kind: 'article', article: 'no-such-story' } });
    (pack.articles[0] as Record<string, unknown>).date = 'May 2024';
    const s = await upload(send, 'p.json', JSON.stringify(pack, null, 2));
    expect(s.state).toBe('failed');
    expect(messages(s)).toEqual([
      '$.companies[0].tagline: missing required field',
      '$.companies[0].facts[1].asOf: "2024-13" is not a real date',
      '$.articles[0].date: "May 2024" must be YYYY, YYYY-MM or YYYY-MM-DD',
      '$.companies[0].facts[1].source.article: cites article "no-such-story", which this pack does not contain',
    ]);
    expect(await installed(send)).toEqual([]);
  });

  it('gives the line and column of a JSON syntax error inside an entry', async () => {
    const { send } = backgroundUnderTest();
    const text = JSON.stringify(packJson(), null, 2).replace('"Maker of TikTok"', '"Maker of TikTok",');
    const s = await upload(send, 'p.json', text);
    const line = text.split('\n').findIndex((l) => l.includes('Maker of TikTok')) + 2;
    expect(messages(s)[0]).toMatch(new RegExp(`^line ${line}, column \\d+: invalid JSON`));
  });

  it('lists CSV problems by line and column', async () => {
    const { send } = backgroundUnderTest();
    const csv = 'name,aliases,colour\nNIO,蔚来|<b>NIO</b>,red\n,니오,\nNIO,,\n';
    const s = await upload(send, 'l.csv', csv);
    expect(messages(s)).toEqual([
      'line 1, column 14: unknown column "colour" (columns: name, aliases, negatives, note, url, tagline)',
      'line 2, column 5: alias "<b>NIO</b>" must be plain text, not markup',
      'line 3, column 1: the name is empty',
      'line 4, column 1: duplicate name "NIO" (first on line 2)',
    ]);
  });

  /** The problems of a CSV list, read through the import (the BOM is the decoder's to drop). */
  async function csvProblems(csv: string | Uint8Array) {
    const { send } = backgroundUnderTest();
    return messages(await upload(send, 'l.csv', csv));
  }

  /** Where `needle` starts in `text`, as an editor shows it: lines end at CRLF, CR or LF; columns count characters. */
  function editorPlace(text: string, needle: string) {
    const before = text.slice(0, text.indexOf(needle)).split(/\r\n|\r|\n/);
    return `line ${before.length}, column ${[...before[before.length - 1]!].length + 1}`;
  }

  it('names the physical line after quoted fields that span lines, blank lines, CRLF, lone CR and a BOM', async () => {
    const lines = [
      '',
      '',
      'name,note,aliases',
      'Xiaomi,"A phone maker',
      'whose note spans',
      'three lines",小米',
      '"NIO ""EV""",plain,<i>nio</i>',
      '',
      '"蔚来 汽车","two',
      'lines",<b>x</b>',
    ];
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = lines.join(eol) + eol;
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
      expect(await csvProblems(bytes), JSON.stringify(eol)).toEqual([
        `${editorPlace(text, '<i>')}: alias "<i>nio</i>" must be plain text, not markup`,
        `${editorPlace(text, '<b>')}: alias "<b>x</b>" must be plain text, not markup`,
      ]);
      expect(editorPlace(text, '<b>')).toBe('line 10, column 8');
    }
  });

  it('gives the same places whatever the chunks the file arrives in', async () => {
    const { createCsvReader } = await import('../../src/shared/dataset/csv-list');
    const text = 'name,aliases\r\n"Multi\r\nline",<b>a</b>\r\n\r\nB,"x\r\ny|<i>b</i>"\r\nC,\r\nC,';
    const whole = createCsvReader();
    whole.feed(text);
    whole.finish();
    expect(whole.problems.map((p) => p.where)).toEqual(['line 3, column 7', 'line 5, column 3', 'line 8, column 1']);
    expect(whole.problems[2]!.message).toBe('duplicate name "C" (first on line 7)');
    // Cut everywhere, even between the CR and LF of one line break.
    for (const size of [1, 2, 3, 7]) {
      const reader = createCsvReader();
      for (let i = 0; i < text.length; i += size) reader.feed(text.slice(i, i + size));
      reader.finish();
      expect(reader.problems, `chunks of ${size}`).toEqual(whole.problems);
    }
  });

  it('refuses duplicate company and article ids', async () => {
    const { send } = backgroundUnderTest();
    const pack = packJson();
    pack.companies.push({ ...pack.companies[0]!, names: { en: 'Other', 'zh-Hans': '其他' }, aliases: {} as { ko: string[] } });
    pack.articles.push({ ...pack.articles[0]! });
    const s = await upload(send, 'p.json', JSON.stringify(pack));
    expect(messages(s)).toEqual([
      '$.companies[1].id: duplicate company id "bytedance" (first at $.companies[0])',
      '$.articles[1].id: duplicate article id "bd-story" (first at $.articles[0])',
    ]);
  });

  it('refuses markup in any text', async () => {
    const { send } = backgroundUnderTest();
    const pack = packJson();
    (pack.companies[0] as { description: unknown }).description = { en: 'A <script>alert(1)</script> company' };
    const s = await upload(send, 'p.json', JSON.stringify(pack));
    expect(messages(s)).toEqual(['$.companies[0].description.en: "A <script>alert(1)</script> company" must be plain text, not markup']);
  });

  it('keeps an address that is not https as text, with a warning', async () => {
    const { send } = backgroundUnderTest();
    const pack = packJson();
    (pack.articles[0] as { url: string }).url = 'http://example.com/bd';
    const s = await upload(send, 'p.json', JSON.stringify(pack));
    expect(s.state).toBe('done');
    expect(messages({ problems: s.warnings })).toEqual(['$.articles[0].url: "http://example.com/bd" is not an https address: kept as text, not linked']);
    const { articles } = await send({ type: 'db/company', id: 'bytedance' });
    expect(articles[0]).toMatchObject({ url: null, textAddress: 'http://example.com/bd' });
    expect(articles[0]).not.toHaveProperty('citedUrl');
  });

  it('drops a relation to a company no layer has, with a warning', async () => {
    const { send } = backgroundUnderTest();
    const pack = packJson();
    (pack.companies[0] as { relations: unknown[] }).relations.push({ type: 'partner', company: 'nowhere-inc', source: { kind: 'article', article: 'bd-story' } });
    const s = await upload(send, 'p.json', JSON.stringify(pack));
    expect(s.state).toBe('done');
    expect(messages({ problems: s.warnings })).toEqual(['$.companies[0].relations[1].company: relation to unknown company "nowhere-inc": dropped']);
    const { company } = await send({ type: 'db/company', id: 'bytedance' });
    expect(company.relations?.map((r) => r.company)).toEqual(['alibaba']);
  });
});

describe('a pack id that is installed already', () => {
  it('asks, then replaces or keeps both as the request says', async () => {
    const { send } = backgroundUnderTest();
    await upload(send, 'p.json', JSON.stringify(packJson()));
    const second = packJson({ pack: { id: 'test-pack', name: 'Test pack', version: '2' } });
    const asked = await upload(send, 'p.json', JSON.stringify(second));
    expect(asked.state).toBe('conflict');
    expect(asked.existing).toMatchObject({ id: 'test-pack', version: '1' });
    expect((await upload(send, 'p.json', JSON.stringify(second), { onConflict: 'replace' })).state).toBe('done');
    let layers = (await send({ type: 'data/layers' })).layers.filter((l) => l.kind === 'pack');
    expect(layers.map((l) => [l.id, l.version])).toEqual([['test-pack', '2']]);
    const kept = await upload(send, 'p.json', JSON.stringify(second), { onConflict: 'keep-both' });
    expect(kept.pack?.id).toBe('test-pack-2');
    layers = (await send({ type: 'data/layers' })).layers.filter((l) => l.kind === 'pack');
    expect(layers.map((l) => l.id)).toEqual(['test-pack', 'test-pack-2']);
  });
});

describe('backups', () => {
  it('refuses a backup made by a newer version, changing nothing', async () => {
    const { send } = backgroundUnderTest();
    await upload(send, 'p.json', JSON.stringify(packJson()));
    const newer = JSON.stringify({ format: 'company-context-backup', version: 2, packs: [] });
    const s = await upload(send, 'backup.json', newer, { purpose: 'backup', restore: 'replace' });
    expect(s.state).toBe('failed');
    expect(messages(s)[0]).toMatch(/^\$\.version: This backup was made by a newer version of Company Context \(backup format 2; this one reads format 1\)/);
    expect(await installed(send)).toEqual(['test-pack']);
  });
});

describe('the upload helper', () => {
  it('sends the file in order, and the background refuses chunks out of order', async () => {
    const { send } = backgroundUnderTest();
    const start = await send({ type: 'data/import-start', fileName: 'p.json', size: 10 });
    const s = await send({ type: 'data/import-chunk', importId: start.importId, seq: 1, base64: btoa('{}'), last: true });
    expect(messages(s)).toEqual([': Chunk 1 arrived, 0 was expected: import the file again.']);
    expect(fileOf('a', 'b').size).toBe(1);
  });
});
