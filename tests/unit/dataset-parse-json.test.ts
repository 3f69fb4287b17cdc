/** Where a data writer must look when a file is not JSON: line and column, as editors count. */
import { describe, expect, it } from 'vitest';
import { firstSyntaxError, parseJson } from '../../src/shared/dataset/parse-json';

describe('parseJson', () => {
  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a": [1, "x", null]}')).toEqual({ ok: true, value: { a: [1, 'x', null] } });
  });

  it('counts lines in CRLF files the way editors do', () => {
    expect(parseJson('{\r\n  "a": 1,\r\n  "b": tru\r\n}')).toMatchObject({ ok: false, line: 3, column: 11 });
  });

  it('points at the end of a file that stops early', () => {
    expect(parseJson('{\n  "a": [1, 2')).toMatchObject({ ok: false, line: 2, column: 13 });
  });

  it('names a byte order mark instead of an invisible token', () => {
    expect(parseJson('\uFEFF{}')).toEqual({ ok: false, line: 1, column: 1, reason: 'starts with a byte order mark (save as UTF-8 without BOM)' });
  });
});

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('firstSyntaxError agrees with JSON.parse on what is valid', () => {
  it.each([
    ['{"a": 1, "b": [true, false, null, -1.5e3, "x\\n\\u00e9"]}', undefined],
    ['[1,]', 3],
    ['{"a": }', 6],
    ['{"a": 01}', 7],
    ['{"a": "x\ny"}', 8],
    ['{"a": 1} x', 9],
    ['', 0],
  ])('%j', (text, offset) => {
    expect(firstSyntaxError(text)).toBe(offset);
    expect(parses(text)).toBe(offset === undefined);
  });
});
