/**
 * The My companies form as plain data: one text field per name, one line per alias, word,
 * or link. Turned into the background's input and validated with the very schemas the
 * background validates with (layers-schema.ts), so the page shows each problem next to its
 * field before anything is sent.
 */
import * as v from 'valibot';
import { Overlay, OwnCompanyInput } from '../shared/dataset/layers-schema';
import { LANGS, type Lang } from '../shared/dataset/schema';
import { langOfScript } from '../shared/text/script-lang';

export const TAGLINE_LANGS = ['en', 'ko', 'zh'] as const;
type TaglineLang = (typeof TAGLINE_LANGS)[number];

export interface CompanyForm {
  /** `own`: a company the reader made (id set when editing); `overlay`: edits on a bundled or pack company. */
  kind: 'own' | 'overlay';
  id?: string;
  names: Record<Lang, string>;
  /** One alias per line, per language. */
  aliases: Record<Lang, string>;
  /** Words never to mark, one per line (own: negatives; overlay: neverMark). */
  neverMark: string;
  tagline: Record<TaglineLang, string>;
  note: string;
  /** One link per line. */
  links: string;
}

/** A field of the form (`names.en`, `aliases.ko`, `neverMark`…) and what is wrong with it. */
export interface FieldError {
  field: string;
  message: string;
}

const byLang = <T>(value: (l: Lang) => T) => Object.fromEntries(LANGS.map((l) => [l, value(l)])) as Record<Lang, T>;

export function emptyForm(kind: CompanyForm['kind'] = 'own'): CompanyForm {
  return { kind, names: byLang(() => ''), aliases: byLang(() => ''), neverMark: '', tagline: { en: '', ko: '', zh: '' }, note: '', links: '' };
}

/**
 * "Add “…” as a company": the selection becomes the name in the language its script says
 * (as a CSV list's spellings do: Hangul ko, kana ja, Han zh-Hans, else en).
 */
export function prefilledForm(text: string): CompanyForm {
  const form = emptyForm('own');
  form.names[langOfScript(text)] = text;
  return form;
}

const lines = (text: string): string[] => [...new Set(text.split('\n').map((l) => l.trim()).filter(Boolean))];
const joinLines = (list: readonly string[] | undefined) => (list ?? []).join('\n');
const optional = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);

function aliasesOf(form: CompanyForm) {
  const out: Partial<Record<Lang, string[]>> = {};
  for (const l of LANGS) {
    const list = lines(form.aliases[l]);
    if (list.length) out[l] = list;
  }
  return Object.keys(out).length ? out : undefined;
}

export function formFromOwn(id: string, input: OwnCompanyInput): CompanyForm {
  const form = emptyForm('own');
  form.id = id;
  for (const l of LANGS) {
    form.names[l] = input.names[l] ?? '';
    form.aliases[l] = joinLines(input.aliases?.[l]);
  }
  form.neverMark = joinLines(input.negatives);
  for (const l of TAGLINE_LANGS) form.tagline[l] = input.tagline?.[l] ?? '';
  form.note = input.note ?? '';
  form.links = joinLines(input.links);
  return form;
}

export function formFromOverlay(companyId: string, overlay: Overlay): CompanyForm {
  const form = emptyForm('overlay');
  form.id = companyId;
  for (const l of LANGS) form.aliases[l] = joinLines(overlay.aliases?.[l]);
  form.neverMark = joinLines(overlay.neverMark);
  form.note = overlay.note ?? '';
  form.links = joinLines(overlay.links);
  return form;
}

/** valibot's path → the form's field; list items name their line (1-based) in the message. */
function toFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((p) => p.key as string | number);
    let [top, second, third] = keys;
    if (top === 'negatives') top = 'neverMark';
    const named = typeof second === 'string' && (top === 'names' || top === 'aliases' || top === 'tagline');
    const field = named ? `${top}.${second}` : String(top ?? 'names');
    const item = named ? third : second;
    const message = typeof item === 'number' ? `line ${item + 1}: ${issue.message}` : issue.message;
    if (seen.has(`${field}|${message}`)) continue;
    seen.add(`${field}|${message}`);
    out.push({ field, message });
  }
  return out;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function checkOwn(form: CompanyForm): Checked<OwnCompanyInput> {
  const names = Object.fromEntries(LANGS.map((l) => [l, form.names[l].trim()]).filter(([, n]) => n));
  const tagline = Object.fromEntries(TAGLINE_LANGS.map((l) => [l, form.tagline[l].trim()]).filter(([, n]) => n));
  const input = {
    ...(form.id ? { id: form.id } : {}),
    names,
    aliases: aliasesOf(form),
    negatives: optional(lines(form.neverMark)),
    tagline: Object.keys(tagline).length ? tagline : undefined,
    note: form.note.trim() || undefined,
    links: optional(lines(form.links)),
  };
  const r = v.safeParse(OwnCompanyInput, input);
  return r.success ? { ok: true, value: r.output } : { ok: false, errors: toFieldErrors(r.issues) };
}

export function checkOverlay(form: CompanyForm): Checked<Overlay> {
  const input = {
    aliases: aliasesOf(form),
    neverMark: optional(lines(form.neverMark)),
    note: form.note.trim() || undefined,
    links: optional(lines(form.links)),
  };
  const r = v.safeParse(Overlay, input);
  return r.success ? { ok: true, value: r.output } : { ok: false, errors: toFieldErrors(r.issues) };
}
