/**
 * The compiled matcher travels as base64. A big one is encoded in steps (one task each);
 * the pieces must join into exactly the base64 of the whole array, or every tab receives
 * a corrupt automaton.
 */
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, toBase64Steps } from '../../src/shared/matcher/base64';
import { mulberry32 } from '../../src/shared/matcher/synthesize';

describe('base64 of typed arrays', () => {
  it('encodes in several steps exactly what one encoding gives, for every length near a step boundary', () => {
    const rand = mulberry32(3);
    const step = 3 * 64 * 1024;
    for (const length of [0, 1, 2, step - 1, step, step + 1, 3 * step + 2]) {
      const bytes = Uint8Array.from({ length }, () => Math.floor(rand() * 256));
      const steps = toBase64Steps(bytes);
      let r = steps.next();
      let yields = 0;
      for (; !r.done; r = steps.next()) yields++;
      expect(yields).toBe(Math.max(0, Math.ceil(length / step) - 1));
      expect(r.value).toBe(Buffer.from(bytes).toString('base64'));
    }
  });

  it('round-trips a view into a larger buffer (its own bytes only)', () => {
    const all = new Uint16Array([1, 2, 0xfffd, 0x4e00, 7]);
    const text = toBase64(all.subarray(1, 4));
    expect([...new Uint16Array(fromBase64(text, 2))]).toEqual([2, 0xfffd, 0x4e00]);
  });
});
