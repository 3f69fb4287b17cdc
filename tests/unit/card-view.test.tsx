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
    openOptions: vi.fn(),
    requestClose: vi.fn(),
    onContentShown: vi.fn(),
  };
}

function mount(d: CardDeps, focus = false) {
  const range = document.createRange();
  render(
    <Card request={{ companyId: 'banma', range, text: 'Banma', focus }} deps={d} cache={new CompanyCache(d.loadCompany)} onElement={() => undefined} />,
    getRoot(),
  );
}

const card = () => getRoot().querySelector<HTMLElement>('.cc-card')!;

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
    getRoot().querySelector<HTMLButtonElement>('[data-action="search"]')!.click();
    expect(d.openSearch).toHaveBeenCalledWith('Banma');
    getRoot().querySelector<HTMLButtonElement>('[data-action="turn-off"]')!.click();
    expect(d.turnOffSite).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(getRoot().querySelector('[data-action="turn-off"]')).toBeNull());
  });

  it('puts the mention’s exact text on the never-mark list and closes; the cog opens the settings', async () => {
    const d = deps(async () => banmaData());
    mount(d);
    await vi.waitFor(() => expect(card().dataset.state).toBe('ready'));
    const never = getRoot().querySelector<HTMLButtonElement>('[data-action="never-mark"]')!;
    expect(never.textContent).toBe('Don’t mark “Banma”');
    never.click();
    expect(d.neverMark).toHaveBeenCalledWith('Banma');
    expect(d.requestClose).toHaveBeenCalledOnce();
    const cog = getRoot().querySelector<HTMLButtonElement>('[data-action="settings"]')!;
    expect(cog.getAttribute('aria-label')).toBe('Settings');
    cog.click();
    expect(d.openOptions).toHaveBeenCalledOnce();
  });
});
