/**
 * The words of the visually hidden page summary: which companies are marked, most mentioned
 * first (as spelled on the page), and the key that visits them. A screen reader meets it in
 * the landmarks list, since the marks themselves add no node to the accessibility tree.
 */
import type { Translate } from '../../shared/ui/i18n';

const MAX_NAMED = 8;

export function pageSummary(mentions: ReadonlyArray<{ companyId: string; text: string }>, t: Translate, shortcut: string | null): string {
  if (mentions.length === 0) return '';
  const byId = new Map<string, { text: string; count: number }>();
  for (const m of mentions) {
    const c = byId.get(m.companyId);
    if (c) c.count++;
    else byId.set(m.companyId, { text: m.text, count: 1 });
  }
  const named = [...byId.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_NAMED)
    .map((c) => `${c.text} (${c.count})`);
  const marked = t('cardPageSummary', [named.join(', ')]);
  return shortcut ? `${marked} ${t('cardPageSummaryKey', [shortcut])}` : marked;
}
