import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMatcher } from '../../src/shared/matcher';
import { backgroundUnderTest, freshIndexedDB } from './background-fakes';
import { upload } from './pack-fixtures';

beforeEach(freshIndexedDB);
vi.setConfig({ testTimeout: 60_000 }); // the first compiled matcher folds every code point once

describe('the example pack and list in examples/', () => {
  it('import without a problem or warning, and their companies are marked', async () => {
    const { send } = backgroundUnderTest();
    const pack = await upload(send, 'pack-seed-mentions.json', readFileSync('examples/pack-seed-mentions.json', 'utf8'));
    expect(pack.problems).toEqual([]);
    // Relations point at bundled companies the test dataset lacks (xiaomi, alibaba): warned, not refused.
    expect(pack.warnings.every((w) => w.message.includes('dropped') || w.message.includes('not shown'))).toBe(true);
    expect(pack.pack).toMatchObject({ id: 'seed-mentions', counts: { companies: 4, articles: 3 } });
    const list = await upload(send, 'list-ev-makers.csv', readFileSync('examples/list-ev-makers.csv', 'utf8'));
    expect(list.problems).toEqual([]);
    const patterns = await send({ type: 'db/patterns' });
    const m = createMatcher(patterns);
    const ids = m.find('징둥 공식 스토어, 天猫, 헤이즈마즈넝, 紫光展锐, 蔚来').map((h) => patterns.companyIds[h.company]);
    expect(ids).toEqual(['jd', 'tmall', 'black-sesame', 'unisoc', 'nio']);
  });
});
