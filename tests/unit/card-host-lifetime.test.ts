/**
 * The card's host is the one element we add to a page, and it must go with the session. The
 * page summary that puts it in the page waits for the shortcut's answer from the background;
 * a session that ends meanwhile (switched off, or document.open() gave the page a new
 * document, whose new session adds a host of its own) must leave nothing behind. CI caught
 * the stale host sitting before the new session's one in the rewritten document.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardDeps } from '../../src/content/card/api';
import { viewFor } from '../../src/content/card/chunk';
import { HOST_ATTRIBUTE } from '../../src/content/card/host';

function deps(shortcut: Promise<string | null>): CardDeps {
  return {
    lang: 'en',
    getMessage: () => '',
    loadCompany: () => new Promise(() => undefined),
    openSearch: vi.fn(),
    turnOffSite: vi.fn(async () => undefined),
    neverMark: vi.fn(async () => undefined),
    requestClose: vi.fn(),
    onContentShown: vi.fn(),
    shortcut: () => shortcut,
    openSettings: vi.fn(),
  };
}

const hosts = () => document.querySelectorAll(`[${HOST_ATTRIBUTE}]`);
const mention = { companyId: 'banma', text: 'Banma' };

describe('the card host', () => {
  afterEach(() => hosts().forEach((h) => h.remove()));

  it('enters the page with the summary once the shortcut is known', async () => {
    let answer!: (key: string | null) => void;
    const view = viewFor(deps(new Promise((r) => (answer = r))));
    view.summarise([mention]);
    expect(hosts()).toHaveLength(0);
    answer('Alt+Shift+K');
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(view.host.shadowRoot!.querySelector('.cc-page-summary')!.textContent).toContain('Banma');
    view.destroy();
    expect(hosts()).toHaveLength(0);
  });

  it('stays out of the page when the view is destroyed before the shortcut answers', async () => {
    let answer!: (key: string | null) => void;
    const shortcut = new Promise<string | null>((r) => (answer = r));
    const view = viewFor(deps(shortcut));
    view.summarise([mention]);
    view.destroy();
    answer('Alt+Shift+K');
    // Every continuation of the answer has run by the next task.
    await new Promise((next) => setTimeout(next));
    expect(hosts()).toHaveLength(0);
    expect(view.host.isConnected).toBe(false);
  });
});
