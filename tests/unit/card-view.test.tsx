import { render } from 'preact';
import { useRenderRoot } from './render-root';
import { describe, expect, it, vi } from 'vitest';
import type { CardDeps } from '../../src/content/card/api';
import { Card } from '../../src/content/card/Card';
import { CompanyCache } from '../../src/content/card/company-cache';
import type { DetailData } from '../../src/shared/ui/CompanyDetail';
import { banmaData } from './card-fixtures';

const getRoot = useRenderRoot();

function deps(loadCompany: (id: string) => Promise<DetailData>): CardDeps {
  return {
    lang: 'en',
    getMessage: () => '',
    loadCompany,
    openSearch: vi.fn(),
    turnOffSite: vi.fn(async () => undefined),
    neverMark: vi.fn(async () => undefined),
    requestClose: vi.fn(),
    onContentShown: vi.fn(),
    shortcut: async () => 'Alt+Shift+K',
    openSettings: vi.fn(),
  };
}

function mount(d: CardDeps, focus = false, announce?: (text: string) => void) {
  const range = document.createRange();
  render(
    <Card request={{ companyId: 'banma', range, text: 'Banma', focus }} deps={d} cache={new CompanyCache(d.loadCompany)} onElement={() => undefined} announce={announce} />,
    getRoot(),
  );
}

const card = () => getRoot().querySelector<HTMLElement>('.cc-card')!;
/** Opens the rest of the detail (the chart, other facts, related companies, actions). */
const more = async () => {
  const button = getRoot().querySelector<HTMLButtonElement>('.cc-more')!;
  expect(button.getAttribute('aria-expanded')).toBe('false');
  expect(getRoot().querySelector('.cc-rest')).toBeNull();
  button.click();
  await vi.waitFor(() => expect(getRoot().querySelector('.cc-rest')).not.toBeNull());
  expect(getRoot().querySelector('.cc-more')!.getAttribute('aria-expanded')).toBe('true');
};

describe('the card', () => {
  it('shows a loading state labelled with the mention, then the company', async () => {
    let resolve: ((d: DetailData) => void) | undefined;
    const d = deps(() => new Promise((r) => (resolve = r)));
    mount(d);
    expect(card().dataset.state).toBe('loading');
    expect(card().getAttribute('aria-label')).toBe('Banma');
    expect(getRoot().querySelector('[role=status]')?.textContent).toBe('Loading…');
    await vi.waitFor(() => expect(resolve).toBeDefined());
    resolve!(banmaData());
    await vi.waitFor(() => expect(card().dataset.state).toBe('ready'));
    expect(getRoot().querySelector('.cc-name')?.textContent).toBe('Banma');
    expect(d.onContentShown).toHaveBeenCalled();
  });

  it('shows an error with a retry that loads again', async () => {
    const load = vi.fn<(id: string) => Promise<DetailData>>().mockRejectedValueOnce(new Error('db down')).mockResolvedValue(banmaData());
    mount(deps(load));
    await vi.waitFor(() => expect(card().dataset.state).toBe('error'));
    expect(getRoot().querySelector('[role=alert]')?.textContent).toContain('Could not load this company.');
    getRoot().querySelector<HTMLButtonElement>('[data-action="retry"]')!.click();
    await vi.waitFor(() => expect(card().dataset.state).toBe('ready'));
    expect(load).toHaveBeenCalledTimes(2 + 2); // banma twice, then its two related companies
  });

  it('switches to a related company when its chip is chosen', async () => {
    const alibaba = banmaData();
    alibaba.company = { ...alibaba.company, id: 'alibaba', names: { en: 'Alibaba' }, relations: [] };
    mount(deps(async (id) => (id === 'alibaba' ? alibaba : banmaData())));
    await vi.waitFor(() => expect(card().dataset.state).toBe('ready'));
    await more();
    await vi.waitFor(() => expect(getRoot().querySelector('.cc-chip[data-company="alibaba"]')?.textContent).toBe('Alibaba 44.72%'));
    getRoot().querySelector<HTMLButtonElement>('.cc-chip[data-company="alibaba"]')!.click();
    await vi.waitFor(() => expect(getRoot().querySelector('.cc-name')?.textContent).toBe('Alibaba'));
  });

  it('is a dialog when opened from the keyboard, a region on hover', async () => {
    mount(deps(async () => banmaData()), true);
    expect(card().getAttribute('role')).toBe('dialog');
    render(null, getRoot());
    mount(deps(async () => banmaData()), false);
    expect(card().getAttribute('role')).toBe('region');
  });

  it('sends the actions: search by name, and turn off once', async () => {
    const d = deps(async () => banmaData());
    mount(d);
    await vi.waitFor(() => expect(card().dataset.state).toBe('ready'));
    await more();
    getRoot().querySelector<HTMLButtonElement>('[data-action="search"]')!.click();
    expect(d.openSearch).toHaveBeenCalledWith('Banma');
    getRoot().querySelector<HTMLButtonElement>('[data-action="turn-off"]')!.click();
    expect(d.turnOffSite).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(getRoot().querySelector('[data-action="turn-off"]')).toBeNull());
  });

  it('says a hover card through the live region, but not a focused dialog (its focus move is announced)', async () => {
    const said = vi.fn();
    mount(deps(async () => banmaData()), false, said);
    await vi.waitFor(() => expect(said).toHaveBeenCalledWith('Banma. Car operating systems, backed by Alibaba and SAIC'));
    render(null, getRoot());
    const quiet = vi.fn();
    mount(deps(async () => banmaData()), true, quiet);
    await vi.waitFor(() => expect(card().dataset.state).toBe('ready'));
    expect(card().getAttribute('aria-modal')).toBe('false');
    expect(getRoot().querySelector(`[id="${card().getAttribute('aria-labelledby')}"]`)?.textContent).toBe('Banma');
    expect(quiet).not.toHaveBeenCalled();
  });

  it('shows the keyboard shortcut and a settings cog; close and cog are named buttons', async () => {
    const d = deps(async () => banmaData());
    mount(d);
    await vi.waitFor(() => expect(getRoot().querySelector('.cc-shortcut')?.textContent).toBe('Alt+Shift+K: next company on the page'));
    getRoot().querySelector<HTMLButtonElement>('[data-action="settings"]')!.click();
    expect(d.openSettings).toHaveBeenCalledOnce();
    expect(getRoot().querySelector('.cc-close')?.getAttribute('aria-label')).toBe('Close');
  });

  it('puts the mention’s exact text on the never-mark list (under More) and closes', async () => {
    const d = deps(async () => banmaData());
    mount(d);
    await vi.waitFor(() => expect(card().dataset.state).toBe('ready'));
    await more();
    const never = getRoot().querySelector<HTMLButtonElement>('[data-action="never-mark"]')!;
    expect(never.textContent).toBe('Don’t mark “Banma”');
    never.click();
    expect(d.neverMark).toHaveBeenCalledWith('Banma');
    expect(d.requestClose).toHaveBeenCalledOnce();
  });
});
