import { render } from 'preact';
import { useRenderRoot } from './render-root';
import { describe, expect, it, vi } from 'vitest';
import { CompanyDetail, type DetailData } from '../../src/shared/ui/CompanyDetail';
import { makeTranslate } from '../../src/shared/ui/i18n';
import type { UiLang } from '../../src/shared/ui/lang';
import { article, banma, banmaData, HOSTILE } from './card-fixtures';

const t = makeTranslate();
const getRoot = useRenderRoot();

function show(data: DetailData, props: { lang?: UiLang; onSelectCompany?: (id: string) => void; relatedNames?: Record<string, string> } = {}) {
  render(<CompanyDetail data={data} lang={props.lang ?? 'en'} t={t} relatedNames={props.relatedNames} onSelectCompany={props.onSelectCompany} />, getRoot());
  return getRoot();
}


describe('CompanyDetail', () => {
  it('names the company in the reader language with its other names', () => {
    show(banmaData(), { lang: 'ko' });
    expect(getRoot().querySelector('.cc-name')?.textContent).toBe('반마');
    expect(getRoot().querySelector('.cc-aka')?.textContent).toContain('Banma');
    expect(getRoot().querySelector('.cc-aka')?.textContent).toContain('斑马智行');
    expect(getRoot().querySelector('.cc-tagline')?.textContent).toBe('알리바바와 SAIC의 차량 OS 회사');
  });

  it('shows each fact with its currency, as-of date and source article', () => {
    show(banmaData());
    const revenue = getRoot().querySelector('[data-fact="revenue-2024"]')!;
    expect(revenue.querySelector('.cc-value')?.textContent).toBe('CNY 3.5 billion');
    expect(revenue.querySelector('.cc-asof')?.textContent).toContain('as of 2024');
    const cite = revenue.querySelector('cite')!;
    expect(cite.textContent).toContain('Banma files for Hong Kong IPO');
    expect(cite.textContent).toContain('Herald');
    expect(cite.querySelector('a')?.getAttribute('href')).toBe('https://news.example/a-ipo');
  });

  it('marks approximate facts and links a quoted http source as written, marked not secure', () => {
    show(banmaData());
    const vehicles = getRoot().querySelector('[data-fact="vehicles"]')!;
    expect(vehicles.querySelector('.cc-approx')).not.toBeNull();
    expect(vehicles.querySelector('.cc-value')?.textContent).toMatch(/~8 million vehicles/);
    expect(vehicles.querySelector('cite a')?.getAttribute('href')).toBe('http://plain.example/story');
    expect(vehicles.querySelector('cite a .cc-not-secure')?.textContent).toContain('Not secure');
  });

  it('shows a founding year as a year, not a grouped number', () => {
    show(banmaData());
    expect(getRoot().querySelector('[data-fact="founded"] .cc-value')?.textContent).toBe('2015');
    expect(getRoot().querySelector('[data-fact="founded"] cite')?.textContent).toBe('General knowledge');
  });

  it('formats money compactly in Korean', () => {
    show(banmaData(), { lang: 'ko' });
    expect(getRoot().querySelector('[data-fact="revenue-2024"] .cc-value')?.textContent).toMatch(/35억/);
  });

  it('lists each related company once as a chip with its stake, and a chip switches company', () => {
    const onSelect = vi.fn();
    show(banmaData(), { relatedNames: { alibaba: 'Alibaba' }, onSelectCompany: onSelect });
    const chips = [...getRoot().querySelectorAll<HTMLButtonElement>('.cc-chip')];
    expect(chips.map((c) => c.textContent)).toEqual(['Alibaba 44.72%', 'Saic']);
    chips[0]!.click();
    expect(onSelect).toHaveBeenCalledWith('alibaba');
  });

  it('links every article with an http(s) address, in a new tab without opener or referrer', () => {
    show(banmaData());
    const items = [...getRoot().querySelectorAll('.cc-articles li')];
    expect(items).toHaveLength(3);
    const links = [...getRoot().querySelectorAll<HTMLAnchorElement>('.cc-articles a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://news.example/a-ipo', 'http://plain.example/story']);
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(getRoot().querySelector('[data-article="a-js"]')?.textContent).toContain('Script link story');
    expect(getRoot().querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('renders markup in the data as text, creating no element', () => {
    const data = banmaData();
    data.company = banma({ tagline: { en: HOSTILE, ko: HOSTILE }, names: { en: HOSTILE } });
    data.articles = [article('a-ipo', { titleEn: HOSTILE, publisher: HOSTILE })];
    show(data);
    expect(getRoot().querySelector('img')).toBeNull();
    expect(getRoot().querySelector('.cc-name')?.textContent).toBe(HOSTILE);
    expect(getRoot().querySelector('.cc-tagline')?.textContent).toBe(HOSTILE);
    expect(getRoot().querySelector('.cc-articles')?.textContent).toContain(HOSTILE);
  });

  it('calls the actions with the company name', () => {
    const onSearch = vi.fn();
    const onTurnOff = vi.fn();
    render(<CompanyDetail data={banmaData()} lang="en" t={t} actions={{ onSearch, onTurnOff }} />, getRoot());
    getRoot().querySelector<HTMLButtonElement>('[data-action="search"]')!.click();
    getRoot().querySelector<HTMLButtonElement>('[data-action="turn-off"]')!.click();
    expect(onSearch).toHaveBeenCalledWith('Banma');
    expect(onTurnOff).toHaveBeenCalledOnce();
  });
});

describe('CompanyDetail’s first view (the card)', () => {
  const NOW = Date.UTC(2026, 10, 30);
  function compact(data: DetailData) {
    render(<CompanyDetail data={data} lang="en" t={t} compact now={NOW} />, getRoot());
    return getRoot();
  }
  const old = () => {
    const data = banmaData();
    data.company.facts.push({ id: 'target-2017', label: { en: 'Target', ko: '목표' }, value: 1000, asOf: '2017-11', source: { kind: 'general' } });
    return data;
  };

  it('shows the newest facts first, the newest article and More; the rest waits', () => {
    const root = compact(old());
    expect([...root.querySelectorAll('.cc-fact')].map((f) => f.getAttribute('data-fact'))).toEqual(['vehicles', 'revenue-2024', 'founded', 'target-2017']);
    expect(root.querySelectorAll('.cc-articles li')).toHaveLength(1);
    expect(root.querySelector('.cc-articles li')?.getAttribute('data-article')).toBe('a-ipo');
    expect(root.querySelector('.cc-chart')).toBeNull();
    expect(root.querySelector('.cc-chips')).toBeNull();
    const more = root.querySelector<HTMLButtonElement>('.cc-more')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector(`[id="${more.getAttribute('aria-controls')}"]`)).not.toBeNull();
  });

  it('says visibly that a fact is older than three years', () => {
    const root = compact(old());
    expect(root.querySelector('[data-fact="target-2017"] .cc-asof')?.textContent?.trim()).toBe('as of Nov 2017 · older than 3 years');
    expect(root.querySelector('[data-fact="vehicles"] .cc-asof')?.textContent?.trim()).toBe('as of Mar 2025');
  });

  it('expands in place on More: chart, related companies, every article', async () => {
    const root = compact(old());
    root.querySelector<HTMLButtonElement>('.cc-more')!.click();
    await vi.waitFor(() => expect(root.querySelector('.cc-chart')).not.toBeNull());
    expect(root.querySelector('.cc-more')?.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('.cc-more')?.textContent).toContain('Less');
    expect(root.querySelector('.cc-chips')).not.toBeNull();
    expect(root.querySelectorAll('.cc-articles li')).toHaveLength(3);
  });
});
