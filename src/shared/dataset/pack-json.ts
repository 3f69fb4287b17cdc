/**
 * Splits a JSON pack into its parts while it arrives, chunk by chunk: the `pack` header and
 * each entry of `companies` and `articles` come out as their own small JSON text, so an
 * import never holds (or parses) the whole file at once. Only the top-level structure is
 * scanned here (strings, escapes, nesting); each part is then parsed with JSON.parse, and a
 * syntax error inside it is reported at its line and column in the file.
 */
import { parseJson } from './parse-json';

export interface JsonPart {
  /** The top-level key (`pack`, `companies`, `articles`, or an unknown one). */
  key: string;
  /** Position in the key's list; -1 for a value that is not inside a list. */
  index: number;
  text: string;
  /** 1-based position of the part's first character in the file. */
  line: number;
  column: number;
}

export interface SplitProblem {
  line: number;
  column: number;
  message: string;
}

/** Lists whose entries are split one by one; other top-level values come out whole. */
const LISTS = new Set(['companies', 'articles']);
/** One company or article bigger than this is refused rather than buffered. */
const MAX_PART_CHARS = 16 * 1024 * 1024;

type State =
  | 'start' // before the top-level '{'
  | 'key' // expecting a key or '}'
  | 'colon'
  | 'value' // expecting a top-level value
  | 'comma' // after a top-level value: ',' or '}'
  | 'item' // inside a split list: an entry or ']'
  | 'item-comma' // after an entry: ',' or ']'
  | 'end';

export function createJsonSplitter() {
  let state: State = 'start';
  let line = 1;
  let column = 0;
  let failed: SplitProblem | null = null;
  // The key or part being read.
  let key = '';
  let keyText: string | null = null;
  let index = 0;
  let carry = '';
  let capturing = false;
  let depth = 0; // nesting inside the captured part
  let inString = false;
  let escaped = false;
  let primitive = false; // a captured number/literal ends at a delimiter, not a bracket
  let partLine = 0;
  let partColumn = 0;
  let firstItem = true;
  let afterKeyComma = false;
  const seenKeys = new Set<string>();

  const fail = (message: string): void => {
    failed ??= { line, column, message };
  };

  function feed(chunk: string): JsonPart[] {
    const out: JsonPart[] = [];
    if (failed || state === 'end' && chunk.trim() === '') return out;
    let start = capturing || keyText !== null ? 0 : -1;
    const emit = (endExclusive: number) => {
      const text = carry + chunk.slice(start, endExclusive);
      carry = '';
      capturing = false;
      start = -1;
      out.push({ key, index: state === 'item' ? index++ : -1, text, line: partLine, column: partColumn });
      state = state === 'item' ? 'item-comma' : 'comma';
    };
    const begin = (i: number) => {
      capturing = true;
      start = i;
      depth = 0;
      partLine = line;
      partColumn = column;
    };
    for (let i = 0; i < chunk.length && !failed; i++) {
      const ch = chunk[i]!;
      if (ch === '\n') {
        line++;
        column = 0;
      } else column++;
      if (keyText !== null) {
        // Reading a top-level key (a JSON string).
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') {
          const raw = carry + chunk.slice(start, i + 1);
          carry = '';
          keyText = null;
          start = -1;
          const parsed = parseJson(raw);
          key = parsed.ok ? String(parsed.value) : raw;
          if (seenKeys.has(key)) fail(`"${key}" appears twice`);
          seenKeys.add(key);
          state = 'colon';
        }
        continue;
      }
      if (capturing) {
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === '\\') escaped = true;
          else if (ch === '"') {
            inString = false;
            if (depth === 0 && !primitive) emit(i + 1);
          }
          continue;
        }
        if (primitive) {
          if (ch === ',' || ch === ']' || ch === '}' || ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
            emit(i);
            i--; // the delimiter belongs to the surrounding structure
            if (ch === '\n') line--;
            else column--;
            primitive = false;
          }
          continue;
        }
        if (ch === '"') inString = true;
        else if (ch === '{' || ch === '[') depth++;
        else if (ch === '}' || ch === ']') {
          depth--;
          if (depth === 0) emit(i + 1);
        }
        continue;
      }
      if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') continue;
      switch (state) {
        case 'start':
          if (ch === '{') state = 'key';
          else fail('is not a JSON pack: it must start with "{"');
          break;
        case 'key':
          if (ch === '"') {
            keyText = '';
            start = i;
          } else if (ch === '}' && !afterKeyComma) state = 'end';
          else fail('expected a key in double quotes');
          afterKeyComma = false;
          break;
        case 'colon':
          if (ch === ':') state = 'value';
          else fail(`expected ":" after "${key}"`);
          break;
        case 'value':
          if (ch === '[' && LISTS.has(key)) {
            state = 'item';
            index = 0;
            firstItem = true;
          } else startValue(i, ch);
          break;
        case 'comma':
          if (ch === ',') {
            state = 'key';
            afterKeyComma = true;
          } else if (ch === '}') state = 'end';
          else fail('expected "," or "}"');
          break;
        case 'item':
          if (ch === ']' && firstItem) state = 'comma';
          else {
            firstItem = false;
            startValue(i, ch);
          }
          break;
        case 'item-comma':
          if (ch === ',') state = 'item';
          else if (ch === ']') state = 'comma';
          else fail('expected "," or "]" between entries');
          break;
        case 'end':
          fail('unexpected text after the end of the pack');
          break;
      }
    }
    function startValue(i: number, ch: string) {
      begin(i);
      if (ch === '{' || ch === '[') depth = 1;
      else if (ch === '"') inString = true;
      else if (/[-0-9tfn]/.test(ch)) primitive = true;
      else return fail(`unexpected "${ch}"`);
    }
    if (capturing || keyText !== null) {
      carry += chunk.slice(Math.max(start, 0));
      if (carry.length > MAX_PART_CHARS) fail(`one entry is larger than ${MAX_PART_CHARS / 1024 / 1024} MB`);
    }
    return out;
  }

  /** Called after the last chunk: a structure problem, if any. */
  function finish(): SplitProblem | null {
    if (!failed && primitive && capturing) {
      // A pack cannot end in a bare number; the structure check below says so.
    }
    if (!failed && state !== 'end') fail(state === 'start' ? 'is empty (no JSON in it)' : 'ends too early: the file looks cut short');
    return failed;
  }

  return { feed, finish, problem: () => failed };
}

export type JsonSplitter = ReturnType<typeof createJsonSplitter>;
