/**
 * Numbers and periods as a reader expects them: money with its currency and a compact
 * scale ("CNY 805 million", "CNY 8.05억"), counts with their unit, and dates as precise as known.
 */
import type { Fact } from '../dataset/schema';
import { intlLocale, localText, type UiLang } from './lang';

export interface Quantity {
  value: number | string;
  unit?: string | undefined;
  currency?: string | undefined;
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${compact}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}), maximumFractionDigits: 2 });
    cache.set(key, nf);
  }
  return nf;
}

export function formatQuantity(q: Quantity, lang: UiLang, opts: { compact?: boolean } = {}): string {
  if (typeof q.value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(q.value)) return formatPeriod(q.value, lang);
    return q.unit ? `${q.value} ${q.unit}` : q.value;
  }
  // A bare four-digit integer is a year ("founded 2015"), never "2,015".
  if (!q.unit && !q.currency && Number.isInteger(q.value) && q.value >= 1000 && q.value < 10_000) return String(q.value);
  // Percentages and small counts read better in full; money and big counts compactly.
  const compact = opts.compact ?? (q.unit !== '%' && Math.abs(q.value) >= 10_000);
  // Intl's currency style ignores compactDisplay "long" ("CNY 3.50B"): write the code ourselves.
  const n = numberFormat(intlLocale(lang), compact).format(q.value);
  if (q.currency) return `${q.currency} ${n}`;
  if (!q.unit) return n;
  return q.unit === '%' ? `${n}%` : `${n} ${q.unit}`;
}

const tickFormats = new Map<string, Intl.NumberFormat>();
/** A short axis label: "878M", "8.78억", "8.78亿". */
export function formatTick(value: number, lang: UiLang): string {
  const locale = intlLocale(lang);
  let nf = tickFormats.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'short', maximumSignificantDigits: 3 });
    tickFormats.set(locale, nf);
  }
  return nf.format(value);
}

const QUARTER_ZH = ['一', '二', '三', '四'];

/** "2017 Q3" / "2025 H1" in the reader's words: Q3 2017, 2017년 3분기, 2017年第三季度. */
function formatPart(year: string, part: string, lang: UiLang): string {
  const n = Number(part.slice(1));
  const half = part[0] === 'H';
  switch (lang) {
    case 'ko':
      return half ? `${year}년 ${n === 1 ? '상' : '하'}반기` : `${year}년 ${n}분기`;
    case 'zh-Hans':
      return half ? `${year}年${n === 1 ? '上' : '下'}半年` : `${year}年第${QUARTER_ZH[n - 1]}季度`;
    case 'zh-Hant':
      return half ? `${year}年${n === 1 ? '上' : '下'}半年` : `${year}年第${QUARTER_ZH[n - 1]}季`;
    default:
      return `${part} ${year}`;
  }
}

/** `2025` / `2025-08` / `2025-08-21` / `2025-Q1` / `2025-H1`, in the reader's locale. */
export function formatPeriod(period: string, lang: UiLang): string {
  const quarter = /^(\d{4})-([QH][1-4])$/.exec(period);
  if (quarter) return formatPart(quarter[1]!, quarter[2]!, lang);
  const [y, m, d] = period.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions =
    m === undefined ? { year: 'numeric' } : d === undefined ? { year: 'numeric', month: 'short' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(intlLocale(lang), { ...opts, timeZone: 'UTC' }).format(date);
}


/**
 * A fact's value and note as shown, without saying a name twice. Many text facts are a name
 * with its Chinese form, `Beijing (北京)`, and a note that only glosses it (`Beijing` / `베이징`
 * / `北京`): printing both gave "Beijing (北京) Beijing". A gloss replaces the name in the
 * reader's language and keeps the Chinese form once; a note equal to the value is dropped.
 */
export function factText(f: Fact, lang: UiLang): { value: string; note: string | undefined } {
  const note = f.note ? localText(f.note, lang) : undefined;
  if (typeof f.value !== 'string' || !f.note) return { value: formatQuantity(f, lang), note };
  const value = f.value;
  const named = /^(.+?) \(([^()]+)\)$/.exec(value);
  const gloss = f.note.en === value || (named && (f.note.en.startsWith(named[1]!) || f.note.zh === named[2]));
  if (!gloss) return { value: formatQuantity(f, lang), note: note === value ? undefined : note };
  if (!named) return { value: note!, note: undefined };
  const [, latin, han] = named as unknown as [string, string, string];
  if (lang === 'en') return { value: f.note.en === latin ? value : joinName(f.note.en, han), note: undefined };
  if (note === han || note!.includes(han)) return { value: note!, note: undefined };
  return { value: joinName(note!, han), note: undefined };
}

/** "베이징 (北京)"; a name that already carries brackets takes the form after a middle dot. */
function joinName(name: string, han: string): string {
  return name.includes('(') ? `${name} · ${han}` : `${name} (${han})`;
}
