/** Related companies as buttons; choosing one switches the view to that company. */
import type { Relation } from '../dataset/schema';
import { formatQuantity } from './format';
import type { Translate } from './i18n';
import type { UiLang } from './lang';

/** "alibaba-group" → "Alibaba Group", until the related company's own name has loaded. */
export function nameFromId(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`);
}

export function RelationChips(props: {
  relations: readonly Relation[];
  names: Readonly<Record<string, string>>;
  lang: UiLang;
  t: Translate;
  onSelect?: ((id: string) => void) | undefined;
}) {
  const { relations, names, lang, t, onSelect } = props;
  if (relations.length === 0) return null;
  return (
    <section class="cc-section" aria-label={t('cardRelated')}>
      <h3 class="cc-h">{t('cardRelated')}</h3>
      <ul class="cc-chips">
        {relations.map((r) => (
          <li key={`${r.type}-${r.company}`}>
            <button type="button" class="cc-chip" data-company={r.company} data-relation={r.type} onClick={() => onSelect?.(r.company)}>
              {names[r.company] ?? nameFromId(r.company)}
              {r.stake !== undefined ? <span class="cc-stake"> {formatQuantity({ value: r.stake, unit: '%' }, lang)}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
