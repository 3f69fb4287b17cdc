/**
 * My companies, Sites and the page's entry points with a fake background: the form's
 * validation (every problem next to its field), "Add … as a company" from the context menu
 * (#add=), the never-mark list, and undo of a removed site switch.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { readAddHash } from '../../src/options/add-hash';
import { App } from '../../src/options/App';
import { checkOverlay, checkOwn, emptyForm, formFromOwn, prefilledForm } from '../../src/options/company-form';
import type { OptionsEnv } from '../../src/options/env';
import { fakeBackground, fakeEnv, until } from './options-fakes';
import { useRenderRoot } from './render-root';

const getRoot = useRenderRoot();
const $ = <E extends HTMLElement = HTMLElement>(sel: string) => getRoot().querySelector<E>(sel);

/** Types into a field; act() lets the page re-render before the next step, as between two key presses. */
function type(sel: string, value: string) {
  const el = $<HTMLInputElement>(sel)!;
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function open(patch: Partial<OptionsEnv> = {}, fake = fakeBackground()) {
  render(<App env={fakeEnv(fake.transport, patch)} />, getRoot());
  return fake;
}

describe('the company form’s checks', () => {
  it('needs a name in one language at least', () => {
    const r = checkOwn(emptyForm());
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toEqual({ field: 'names', message: 'needs a name in at least one language (en, ko, zh-Hans, zh-Hant, ja)' });
  });

  it('names the field and the line of each problem', () => {
    const form = prefilledForm('징둥');
    form.aliases.en = 'JD\n<b>JD.com</b>';
    const r = checkOwn(form);
    expect(!r.ok && r.errors).toEqual([{ field: 'aliases.en', message: 'line 2: must be plain text, not markup' }]);
  });

  it('turns lines into lists without blanks or repeats, and back', () => {
    const form = prefilledForm('JD.com');
    form.aliases['zh-Hans'] = '京东\n\n 京东 \n京东集团';
    form.neverMark = '京东方';
    form.links = 'https://www.jd.com\nhttp://old.example';
    form.tagline.en = 'Online retailer';
    const r = checkOwn(form);
    expect(r).toEqual({
      ok: true,
      value: {
        names: { en: 'JD.com' }, aliases: { 'zh-Hans': ['京东', '京东集团'] }, negatives: ['京东方'],
        tagline: { en: 'Online retailer' }, links: ['https://www.jd.com', 'http://old.example'],
      },
    });
    if (r.ok) expect(checkOwn(formFromOwn('jd', r.value))).toEqual({ ok: true, value: { id: 'jd', ...r.value } });
  });

  it('checks an overlay without names: an alias, a never-mark word', () => {
    const form = emptyForm('overlay');
    form.aliases.ko = '샤오미그룹';
    form.neverMark = '小米';
    expect(checkOverlay(form)).toEqual({ ok: true, value: { aliases: { ko: ['샤오미그룹'] }, neverMark: ['小米'] } });
  });

  it.each([
    ['Tmall', 'en'],
    ['징둥닷컴', 'ko'],
    ['京东', 'zh-Hans'],
    ['ソニー', 'ja'],
  ] as const)('puts “%s” in the %s name', (text, lang) => {
    expect(prefilledForm(text).names[lang]).toBe(text);
  });
});

describe('#add= from the context menu', () => {
  it('is read leniently and bounded', () => {
    expect(readAddHash('#add=%E4%BA%AC%E4%B8%9C')).toBe('京东');
    expect(readAddHash('#add=50%')).toBe('50%');
    expect(readAddHash('#add=%20%20')).toBeNull();
    expect(readAddHash('#datasets')).toBeNull();
    expect(readAddHash(`#add=${'a'.repeat(500)}`)!.length).toBe(200);
  });

  it('opens My companies with the form prefilled, focused on its heading', async () => {
    open({ addText: '黑芝麻智能' });
    await until(() => $('#cf-title'));
    expect($<HTMLInputElement>('#cf-names-zh-Hans')!.value).toBe('黑芝麻智能');
    await until(() => document.activeElement?.id === 'cf-title');
  });
});

describe('adding a company', () => {
  it('shows every problem, marks the fields, and sends nothing', async () => {
    const fake = open();
    await until(() => $('[data-action="add-company"]'));
    $('[data-action="add-company"]')!.click();
    await until(() => $('#cf-title'));
    type('#cf-aliases-ko', '<i>x</i>');
    $<HTMLFormElement>('form.editor')!.requestSubmit();
    await until(() => $('.form-errors'));
    expect($('.form-errors')!.getAttribute('role')).toBe('alert');
    expect([...getRoot().querySelectorAll('.form-errors li')].map((l) => l.textContent)).toEqual([
      'needs a name in at least one language (en, ko, zh-Hans, zh-Hant, ja)',
      'line 1: must be plain text, not markup',
    ]);
    expect($('#cf-aliases-ko')!.getAttribute('aria-invalid')).toBe('true');
    expect($('#cf-aliases-ko')!.getAttribute('aria-describedby')).toBe('cf-aliases-ko-error');
    expect(fake.sent.some((m) => m.type === 'data/own-company-save')).toBe(false);
  });

  it('saves a valid company and lists it', async () => {
    const fake = open({ addText: 'Black Sesame' });
    await until(() => $('#cf-title'));
    type('#cf-aliases-zh-Hans', '黑芝麻智能');
    $<HTMLFormElement>('form.editor')!.requestSubmit();
    await until(() => $('#opt-own-companies [data-company="black-sesame"]'));
    expect(fake.sent.find((m) => m.type === 'data/own-company-save')).toEqual({
      type: 'data/own-company-save',
      company: { names: { en: 'Black Sesame' }, aliases: { 'zh-Hans': ['黑芝麻智能'] } },
    });
    expect($('#cf-title')).toBeNull();
  });
});

describe('never-mark words and sites', () => {
  it('removes a never-mark word with undo', async () => {
    const fake = fakeBackground();
    fake.own.neverMark = ['小米', 'Banma'];
    open({}, fake);
    await until(() => $('[data-word="小米"]'));
    $<HTMLButtonElement>('[data-word="小米"] button')!.click();
    await until(() => !$('[data-word="小米"]'));
    expect(fake.own.neverMark).toEqual(['Banma']);
    expect($('.undo-bar')!.textContent).toContain('“小米” will be marked again.');
    $('[data-action="undo"]')!.click();
    await until(() => $('[data-word="小米"]'));
  });

  it('removes a site switch with undo that sets it back as it was', async () => {
    const fake = fakeBackground();
    fake.sites = [{ host: 'news.example', enabled: false }];
    open({}, fake);
    await until(() => $('[data-host="news.example"]'));
    $('[data-host="news.example"] [data-action="remove-site"]')!.click();
    await until(() => !$('[data-host="news.example"]'));
    $('[data-action="undo"]')!.click();
    await until(() => $('[data-host="news.example"]'));
    expect(fake.sent.filter((m) => m.type === 'settings/site')).toEqual([{ type: 'settings/site', host: 'news.example', enabled: false }]);
    expect($<HTMLInputElement>('[data-host="news.example"] input')!.checked).toBe(false);
  });
});
