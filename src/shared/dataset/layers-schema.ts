/**
 * What the reader writes themselves: their own companies, overlays on bundled or pack
 * companies, and links. Derived from the dataset schema (schema.ts) so a spelling, an id
 * or a note obeys exactly the rules the bundled data does (plain text, no markup).
 */
import * as v from 'valibot';
import { Aliases, Id, LANGS, Names, Text } from './schema';

/** Text in any of the languages, at least one (a reader may write English only). */
export const AnyLocalText = v.pipe(
  v.strictObject({ en: v.optional(Text), ko: v.optional(Text), zh: v.optional(Text) }),
  v.check((t) => t.en !== undefined || t.ko !== undefined || t.zh !== undefined, 'needs at least one language (en, ko or zh)'),
);

/** Names in any of the five languages, at least one. */
export const AnyNames = v.pipe(
  v.strictObject({ ...Names.entries, en: v.optional(Text) }),
  v.check((n) => LANGS.some((l) => n[l] !== undefined), 'needs a name in at least one language (en, ko, zh-Hans, zh-Hant, ja)'),
);

/**
 * A link the reader keeps. Only an https address is ever made a link; anything else (an
 * http:// address, a bare word) is kept and shown as text, never "upgraded" by guessing.
 */
export const ReaderLink = v.pipe(v.string(), v.maxLength(2000), v.minLength(1, 'must not be empty'));

const WordList = v.pipe(v.array(Text), v.maxLength(1000));

/** A company the reader adds (My companies). `id` absent: the background derives one from the name. */
export const OwnCompanyInput = v.strictObject({
  id: v.optional(Id),
  names: AnyNames,
  aliases: v.optional(Aliases),
  /** Words never to mark for this company (小米粥 next to 小米). */
  negatives: v.optional(WordList),
  tagline: v.optional(AnyLocalText),
  note: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
  links: v.optional(v.pipe(v.array(ReaderLink), v.maxLength(100))),
});

/**
 * The reader's edits on a bundled or pack company, kept apart from it: bundled files and
 * packs are never rewritten, and a new bundled version keeps the overlay.
 */
export const Overlay = v.strictObject({
  /** Extra spellings that mark this company. */
  aliases: v.optional(Aliases),
  /** Spellings of this company never to mark on their own (a longer alias still marks). */
  neverMark: v.optional(WordList),
  note: v.optional(v.pipe(v.string(), v.maxLength(10_000))),
  links: v.optional(v.pipe(v.array(ReaderLink), v.maxLength(100))),
});

export type AnyLocalText = v.InferOutput<typeof AnyLocalText>;
export type OwnCompanyInput = v.InferOutput<typeof OwnCompanyInput>;
export type Overlay = v.InferOutput<typeof Overlay>;
