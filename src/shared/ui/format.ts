/**
 * Numbers and periods as a reader expects them: money with its currency and a compact
 * scale ("CNY 805 million", "CNY 8.05억"), counts with their unit, and dates as precise as known.
 */
import { intlLocale, type UiLang } from './lang';

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

/** `2025` / `2025-08` / `2025-08-21` / `2025-Q1` / `2025-H1`, in the reader's locale. */
export function formatPeriod(period: string, lang: UiLang): string {
  const quarter = /^(\d{4})-([QH][1-4])$/.exec(period);
  if (quarter) return `${quarter[1]} ${quarter[2]}`;
  const [y, m, d] = period.split('-').map(Number);
  if (m === undefined) return String(y);
  const date = new Date(Date.UTC(y!, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = d === undefined ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intlLocale(lang), opts).format(date);
}
