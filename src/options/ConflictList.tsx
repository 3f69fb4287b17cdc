/** Spellings two companies claim, and which one marks it: never decided silently. */
import type { AliasConflict } from '../shared/messages';
import type { OptionsTranslate } from './strings';

export function ConflictList({ conflicts, layerNames, t }: { conflicts: readonly AliasConflict[]; layerNames: ReadonlyMap<string, string>; t: OptionsTranslate }) {
  if (conflicts.length === 0) return null;
  const layer = (id: string) => layerNames.get(id) ?? id;
  return (
    <div class="conflicts" id="opt-conflicts">
      <h3>{t('optConflicts', [String(conflicts.length)])}</h3>
      <p class="muted">{t('optConflictsIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('optAlias')}</th>
            <th scope="col">{t('optWinner')}</th>
            <th scope="col">{t('optAlsoClaimed')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => (
            <tr key={c.alias} data-alias={c.alias}>
              <th scope="row">{c.alias}</th>
              <td class="winner">
                {c.winner.companyId} <span class="muted">({layer(c.winner.layer)})</span>
              </td>
              <td>{c.losers.map((l) => `${l.companyId} (${layer(l.layer)})`).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
