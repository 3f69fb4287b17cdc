/**
 * Turns valibot issues into messages a data writer can act on: `expected number or text, got
 * true` instead of `Invalid type: Expected (number | string) but received true`. Messages the
 * schema words itself ("is not a real date") are kept and prefixed with the offending value.
 */
import type * as v from 'valibot';
import { jsonPath, type PathKey } from './json-path';

type Issue = v.BaseIssue<unknown>;

export interface DescribedIssue {
  path: string;
  message: string;
}

export function describeIssues(issues: readonly Issue[], prefix: readonly PathKey[] = []): DescribedIssue[] {
  return issues.map((issue) => ({ path: jsonPath([...prefix, ...keysOf(issue)]), message: describe(issue) }));
}

function keysOf(issue: Issue): PathKey[] {
  return (issue.path ?? []).map((item) => item.key as PathKey);
}

/** valibot's own defaults all begin so; anything else was written in schema.ts. */
const isDefault = (message: string): boolean => message.startsWith('Invalid ');

function describe(issue: Issue): string {
  // A period like 2025-02-30 passes the date format and fails the calendar check: that check
  // says more than the union's "must be a date or a period".
  const specific = issue.type === 'union' ? issue.issues?.find((sub) => sub.type === 'check') : undefined;
  if (specific) return describe(specific);
  if (issue.kind === 'schema') return describeType(issue);
  const message = isDefault(issue.message) ? describeDefault(issue) : issue.message;
  const value = issue.input;
  if ((typeof value === 'string' && value !== '') || typeof value === 'number') return `${show(value)} ${message}`;
  return message;
}

function describeType(issue: Issue): string {
  const lastKey = issue.path?.at(-1);
  if (lastKey?.origin === 'key') return issue.expected === 'never' ? 'unknown field' : 'missing required field';
  if (!isDefault(issue.message)) return issue.message;
  return `expected ${expected(issue.expected)}, got ${received(issue.input)}`;
}

function describeDefault(issue: Issue): string {
  if (issue.type === 'min_value') return `must be at least ${String(issue.requirement)}`;
  if (issue.type === 'max_value') return `must be at most ${String(issue.requirement)}`;
  return issue.message.replace(/^Invalid \w+: /, '').toLowerCase();
}

const WORDS: Record<string, string> = {
  string: 'text',
  number: 'number',
  boolean: 'true or false',
  Array: 'a list',
  Object: 'an object',
  null: 'null',
};

function expected(expects: string | null): string {
  if (!expects) return 'nothing';
  const parts = [...new Set(expects.replace(/[()]/g, '').split(' | ').map((p) => WORDS[p] ?? p))];
  return parts.length <= 2 ? parts.join(' or ') : `one of ${parts.join(', ')}`;
}

function received(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  return show(value);
}

/** The value as JSON, cut short: a 2,000-character description would bury the message. */
export function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 48 ? `${text.slice(0, 46)}…${text.at(-1)}` : text;
}
