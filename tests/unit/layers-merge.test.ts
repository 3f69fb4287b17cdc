import { describe, expect, it } from 'vitest';
import { mergeLayers, type LayerInput } from '../../src/shared/dataset/layers';
import type { Company } from '../../src/shared/dataset/schema';
import { company } from './background-fakes';

const fact = (id: string, value: number) => ({ id, label: { en: id, ko: id }, value, source: { kind: 'general' as const } });
const layer = (id: string, kind: 'bundled' | 'pack' | 'own', companies: Company[]): LayerInput => ({
  id,
  origin: { kind, name: id },
  companies: companies.map((c) => ({ company: c })),
});

describe('merging layers field by field', () => {
  it('adds a pack’s aliases and facts to a bundled company; a fact id given again is replaced', () => {
    const bundled = company('xiaomi', { names: { en: 'Xiaomi', 'zh-Hans': '小米' }, aliases: { en: ['MI'] }, facts: [fact('staff', 1), fact('stores', 2)] });
    const pack = company('xiaomi', { names: { en: 'Xiaomi Corp' }, aliases: { en: ['Xiaomi Inc'], ko: ['샤오미'] }, facts: [fact('stores', 3), fact('cars', 4)] });
    const { byId } = mergeLayers({ layers: [layer('bundled', 'bundled', [bundled]), layer('p', 'pack', [pack])], overlays: [], neverMark: [] });
    const m = byId.get('xiaomi')!;
    expect(m.company.names).toEqual({ en: 'Xiaomi Corp', 'zh-Hans': '小米' });
    expect(m.company.aliases).toEqual({ en: ['MI', 'Xiaomi Inc'], ko: ['샤오미'] });
    expect(m.company.facts.map((f) => [f.id, f.value])).toEqual([['staff', 1], ['stores', 3], ['cars', 4]]);
    expect(m.factOrigins).toEqual({ stores: { kind: 'pack', name: 'p' }, cars: { kind: 'pack', name: 'p' } });
    expect(m.origins.map((o) => o.kind)).toEqual(['bundled', 'pack']);
  });

  it('reports a spelling two companies claim, with the higher layer as the winner', () => {
    const a = company('a-corp', { names: { en: 'Alpha' }, aliases: { en: ['AC'] } });
    const b = company('b-corp', { names: { en: 'Beta' }, aliases: { en: ['ac'] } });
    const c = company('c-corp', { names: { en: 'Gamma' }, aliases: { en: ['AC'] } });
    const { conflicts, companies } = mergeLayers({
      layers: [layer('bundled', 'bundled', [a]), layer('p1', 'pack', [b]), layer('p2', 'pack', [c])],
      overlays: [],
      neverMark: [],
    });
    expect(companies.map((m) => m.company.id)).toEqual(['c-corp', 'b-corp', 'a-corp']);
    expect(conflicts).toEqual([
      { alias: 'AC', winner: { companyId: 'c-corp', layer: 'p2' }, losers: [{ companyId: 'b-corp', layer: 'p1' }, { companyId: 'a-corp', layer: 'bundled' }] },
    ]);
  });

  it('applies overlays on top and turns never-mark words into negatives; drops relations to absent companies', () => {
    const a = company('a-corp', { relations: [{ type: 'partner', company: 'gone', source: { kind: 'general' } }, { type: 'partner', company: 'b-corp', source: { kind: 'general' } }] });
    const b = company('b-corp');
    const merged = mergeLayers({
      layers: [layer('bundled', 'bundled', [a, b])],
      overlays: [{ companyId: 'a-corp', overlay: { aliases: { ko: ['에이'] }, neverMark: ['A'], note: 'mine', links: ['http://a.example'] } }],
      neverMark: ['word'],
    });
    const m = merged.byId.get('a-corp')!;
    expect(m.company.aliases.ko).toEqual(['에이']);
    expect(m.company.tagline).toEqual(a.tagline); // an overlay never replaces texts it does not set
    expect(m.company.relations?.map((r) => r.company)).toEqual(['b-corp']);
    expect(m.reader).toEqual({ note: 'mine', links: [{ url: null, text: 'http://a.example' }] });
    expect(merged.neverMark).toEqual(['word', 'A']);
  });
});
