/**
 * The card and the popup treat pack and personal data like bundled data, and say where it
 * comes from: a fact of a pack names the pack, one of the reader's own says "your note";
 * the reader's note and links show as text, only https addresses becoming links.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CompanyDetail, type DetailData } from '../../src/shared/ui/CompanyDetail';
import { makeTranslate } from '../../src/shared/ui/i18n';
import { banmaData } from './card-fixtures';
import { useRenderRoot } from './render-root';

const t = makeTranslate();
const getRoot = useRenderRoot();

function show(data: DetailData, compact = false) {
  render(<CompanyDetail data={data} lang="en" t={t} compact={compact} />, getRoot());
  return getRoot();
}

describe('where facts come from', () => {
  it('names the pack of a pack’s fact and says “your note” for the reader’s own; bundled facts carry no label', () => {
    const root = show({ ...banmaData(), factOrigins: { 'revenue-2024': { kind: 'pack', name: 'EV makers <2025>' }, vehicles: { kind: 'own', name: 'own' }, founded: { kind: 'bundled', name: 'bundled' } } });
    expect(root.querySelector('[data-fact="revenue-2024"] .cc-origin')?.textContent).toBe(' · from “EV makers <2025>”');
    expect(root.querySelector('[data-fact="vehicles"] .cc-origin')?.textContent).toBe(' · your note');
    expect(root.querySelector('[data-fact="founded"] .cc-origin')).toBeNull();
    expect(root.querySelectorAll('.cc-origin')).toHaveLength(2);
  });

  it('shows nothing of the kind for a bundled-only company', () => {
    const root = show(banmaData());
    expect(root.querySelector('.cc-origin, .cc-reader')).toBeNull();
  });
});

describe('the reader’s note and links', () => {
  it('shows the note as text in the first view, links only https addresses, and keeps the rest as text', () => {
    const root = show(
      {
        ...banmaData(),
        reader: {
          note: 'Watch <b>this</b>\nsecond line',
          links: [
            { url: 'https://banma.example/', text: 'https://banma.example' },
            { url: null, text: 'http://plain.example/banma' },
            { url: null, text: 'javascript:alert(1)' },
          ],
        },
      },
      true,
    );
    const section = root.querySelector('.cc-reader')!;
    expect(section.getAttribute('aria-label')).toBe('Your notes');
    expect(section.querySelector('.cc-reader-note')?.textContent).toBe('Watch <b>this</b>\nsecond line');
    expect(section.querySelector('b')).toBeNull();
    const links = [...section.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.target, a.rel])).toEqual([['https://banma.example/', '_blank', 'noopener noreferrer']]);
    expect([...section.querySelectorAll('.cc-reader-text')].map((s) => s.textContent)).toEqual(['http://plain.example/banma', 'javascript:alert(1)']);
  });
});
