/**
 * JSON.parse with a line and column for syntax errors. Node 20's messages give "at position N"
 * for some errors and no position at all for others ("Unexpected token '}', ... is not valid
 * JSON"), so the offset comes from a small grammar scan and node's text only supplies the reason.
 */

export type ParsedJson =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; reason: string };

export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = positionIn(message) ?? firstSyntaxError(text) ?? text.length;
    // Node shows a BOM as an invisible "unexpected token"; name it instead.
    const reason = text.startsWith('\uFEFF') ? 'starts with a byte order mark (save as UTF-8 without BOM)' : reasonIn(message);
    return { ok: false, ...lineColumn(text, offset), reason };
  }
}

/** 1-based line and column of a UTF-16 offset, as editors show them. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

function positionIn(message: string): number | undefined {
  const match = /at position (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** Node's reason without the position and without the quoted copy of the input. */
function reasonIn(message: string): string {
  return message
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '');
}

/** Offset of the first character the JSON grammar refuses; undefined if the text is valid. */
export function firstSyntaxError(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (s: string): void => {
    for (const ch of s) if (text[i++] !== ch) (i--, fail());
  };
  const string = (): void => {
    expect('"');
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') fail();
      i++;
      if (ch === '"') return;
      if (ch === '\\') {
        const esc = text[i];
        if (esc === 'u') (i++, /^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4)) ? (i += 4) : fail());
        else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
        else fail();
      }
    }
  };
  const number = (): void => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!match) fail();
    i += match![0].length;
  };
  const list = (close: string, item: () => void): void => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === close) return void i++;
      expect(',');
      space();
    }
  };
  const value = (): void => {
    space();
    const ch = text[i];
    if (ch === '{') {
      list('}', () => {
        string();
        space();
        expect(':');
        value();
      });
    } else if (ch === '[') list(']', value);
    else if (ch === '"') string();
    else if (ch === 't') expect('true');
    else if (ch === 'f') expect('false');
    else if (ch === 'n') expect('null');
    else number();
  };
  try {
    value();
    space();
    return i < text.length ? i : undefined;
  } catch (offset) {
    return offset as number;
  }
}
