/**
 * The content script checks page/* requests by hand (no valibot in content.js); these cases
 * hold the hand check to exactly the verdicts of pageRequestSchemas, the protocol's source.
 */
import { describe, expect, it } from 'vitest';
import { checkPageRequest } from '../../src/content/page-request-check';
import { pageRequestSchemas } from '../../src/shared/page-messages';
import { parseRequest } from '../../src/shared/router';

describe('the content script hand check of page requests', () => {
  const samples: unknown[] = [
    { type: 'page/mentions' },
    { type: 'page/info' },
    { type: 'page/next-mention' },
    { type: 'page/reveal', companyId: 'meituan' },
    { type: 'page/enabled', host: 'news.example.co.kr', enabled: false },
    { type: 'page/enabled', host: '[::1]', enabled: true },
    { type: 'page/patterns', version: 'abc123' },
    // refused
    null,
    'page/info',
    [],
    { type: 7 },
    { type: 'page/unknown' },
    { type: 'toString' },
    { type: 'page/mentions', extra: 1 },
    { type: 'page/reveal' },
    { type: 'page/reveal', companyId: 'Meituan!' },
    { type: 'page/reveal', companyId: 'x'.repeat(65) },
    { type: 'page/enabled', host: 'example.com' },
    { type: 'page/enabled', host: 'example.com:8080', enabled: true },
    { type: 'page/enabled', host: 'a'.repeat(254), enabled: true },
    { type: 'page/enabled', host: 'example.com', enabled: 'yes' },
    { type: 'page/patterns', version: 'v'.repeat(201) },
    { type: 'page/patterns', version: 3 },
    { type: 'page/enabled', host: 'Example.COM', enabled: true },
    { type: 'page/reveal', companyId: 'meituan', type2: 1 },
    Object.assign(Object.create({ inherited: 1 }), { type: 'page/info' }),
  ];
  const accepts = (check: (m: unknown) => unknown) => (m: unknown) => {
    try {
      check(m);
      return true;
    } catch {
      return false;
    }
  };

  it('accepts and refuses exactly what pageRequestSchemas do', () => {
    const byHand = samples.map(accepts(checkPageRequest));
    const bySchema = samples.map(accepts((m) => parseRequest(m, pageRequestSchemas)));
    expect(byHand).toEqual(bySchema);
    expect(byHand.filter(Boolean)).toHaveLength(8);
  });

  it('knows every page/* type the protocol has', () => {
    for (const type of Object.keys(pageRequestSchemas)) {
      const needs: Record<string, unknown> = { companyId: 'meituan', host: 'example.com', enabled: true, version: 'v' };
      const shape = pageRequestSchemas[type as keyof typeof pageRequestSchemas].entries;
      const message = Object.fromEntries(Object.keys(shape).map((k) => [k, k === 'type' ? type : needs[k]]));
      expect(() => checkPageRequest(message)).not.toThrow();
    }
  });
});
