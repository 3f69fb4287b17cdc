/** Related companies as buttons; choosing one switches the view to that company. */
import type { Relation } from '../dataset/schema';
import { formatQuantity } from './format';
import type { Translate } from './i18n';
import type { UiLang } from './lang';

/** "alibaba-group" → "Alibaba Group", until the related company's own name has loaded. */
export function nameFromId(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`);
}

interface Chip {
  company: string;
  types: string[];
  stake: number | undefined;
}

/** One chip per company, however many ways it is related (Alibaba: parent, shareholder, founder). */
export function byCompany(relations: readonly Relation[]): Chip[] {
  const chips = new Map<string, Chip>();
  for (const r of relations) {
    const chip = chips.get(r.company) ?? { company: r.company, types: [], stake: undefined };
    chip.types.push(r.type);
    chip.stake ??= r.stake;
    chips.set(r.company, chip);
  }
  return [...chips.values()];
}

export function RelationChips(props: {
  relations: readonly Relation[];
  names: Readonly<Record<string, string>>;
  lang: UiLang;
  t: Translate;
  onSelect?: ((id: string) => void) | undefined;
}) {
  const { relations, names, lang, t, onSelect } = props;
  const chips = byCompany(relations);
  if (chips.length === 0) return null;
  return (
    <section class="cc-section" aria-label={t('cardRelated')}>
      <h3 class="cc-h">{t('cardRelated')}</h3>
      <ul class="cc-chips">
        {chips.map((r) => (
          <li key={r.company}>
            <button type="button" class="cc-chip" data-company={r.company} data-relation={r.types.join(' ')} onClick={() => onSelect?.(r.company)}>
              {names[r.company] ?? nameFromId(r.company)}
              {r.stake !== undefined ? <span class="cc-stake"> {formatQuantity({ value: r.stake, unit: '%' }, lang)}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
