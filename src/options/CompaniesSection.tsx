/**
 * My companies: the reader's own companies, their edits on bundled and pack companies
 * (overlays: the bundled files and packs are never rewritten), and the never-mark list the
 * card's "Don't mark this word" fills. Every removal can be undone.
 */
import { messageOf } from './errors';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OwnData } from '../shared/messages';
import { companyName } from '../shared/ui/lang';
import { useCompanies } from '../popup/use-companies';
import { checkOverlay, checkOwn, emptyForm, formFromOverlay, formFromOwn, prefilledForm, type CompanyForm, type FieldError } from './company-form';
import { CompanyEditor } from './CompanyEditor';
import { CompanyPicker } from './CompanyPicker';
import type { OptionsEnv } from './env';
import { Section } from './Section';
import type { Undo } from './undo';

interface Props {
  env: OptionsEnv;
  undo: Undo;
  version: number;
  onChanged(): void;
}

type Editing = { form: CompanyForm; title: string } | null;

const ownName = (c: OwnData['companies'][number]) => c.input.names.en ?? c.input.names.ko ?? c.input.names['zh-Hans'] ?? c.input.names['zh-Hant'] ?? c.input.names.ja ?? c.id;

export function CompaniesSection({ env, undo, version, onChanged }: Props) {
  const { transport, t } = env;
  const [own, setOwn] = useState<OwnData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(() =>
    env.addText ? { form: prefilledForm(env.addText), title: t('optAddCompany') } : null,
  );
  const section = useRef<HTMLDivElement>(null);

  const load = useCallback(() => transport.toBackground<'data/own'>({ type: 'data/own' }).then(setOwn, (e: unknown) => setError(messageOf(e))), [transport]);
  useEffect(() => void load(), [load, version]);
  useEffect(() => {
    if (env.addText) section.current?.scrollIntoView({ block: 'start' });
  }, []);

  const overlayIds = own?.overlays.map((o) => o.companyId) ?? [];
  const overlayCompanies = useCompanies(transport, overlayIds);
  const nameOf = (id: string) => {
    const c = overlayCompanies?.find((d) => d.company.id === id);
    return c ? companyName(c.company.names, env.lang) : id;
  };

  const changed = async () => {
    await load();
    onChanged();
  };
  const offerUndo = (label: string, token: string | undefined) => {
    if (!token) return;
    undo.offer({
      label,
      run: async () => {
        await transport.toBackground<'data/undo'>({ type: 'data/undo', token });
        await changed();
      },
    });
  };
  const fail = (e: unknown): FieldError[] => [{ field: 'names', message: messageOf(e) }];

  const save = async (form: CompanyForm): Promise<FieldError[]> => {
    if (form.kind === 'own') {
      const checked = checkOwn(form);
      if (!checked.ok) return checked.errors;
      try {
        await transport.toBackground<'data/own-company-save'>({ type: 'data/own-company-save', company: checked.value });
      } catch (e) {
        return fail(e);
      }
    } else {
      const checked = checkOverlay(form);
      if (!checked.ok) return checked.errors;
      try {
        await transport.toBackground<'data/overlay-save'>({ type: 'data/overlay-save', companyId: form.id!, overlay: checked.value });
      } catch (e) {
        return fail(e);
      }
    }
    setEditing(null);
    await changed();
    section.current?.querySelector<HTMLElement>('[data-action="add-company"]')?.focus();
    return [];
  };

  const removeOwn = async (c: OwnData['companies'][number]) => {
    const r = await transport.toBackground<'data/own-company-delete'>({ type: 'data/own-company-delete', id: c.id }).catch((e: unknown) => setError(messageOf(e)));
    if (!r) return;
    await changed();
    offerUndo(t('optCompanyRemoved', [ownName(c)]), r.undo);
  };
  const removeOverlay = async (companyId: string) => {
    const r = await transport.toBackground<'data/overlay-save'>({ type: 'data/overlay-save', companyId, overlay: {} }).catch((e: unknown) => setError(messageOf(e)));
    if (!r) return;
    await changed();
    offerUndo(t('optOverlayRemoved', [nameOf(companyId)]), r.undo);
  };
  const removeWord = async (word: string) => {
    const r = await transport.toBackground<'data/never-mark'>({ type: 'data/never-mark', word, add: false }).catch((e: unknown) => setError(messageOf(e)));
    if (!r) return;
    await changed();
    offerUndo(t('optWordRemoved', [word]), r.undo);
  };

  const editOverlay = (companyId: string, name = nameOf(companyId)) => {
    const existing = own?.overlays.find((o) => o.companyId === companyId);
    setEditing({ form: existing ? formFromOverlay(companyId, existing.overlay) : { ...emptyForm('overlay'), id: companyId }, title: t('optEditCompany', [name]) });
  };

  return (
    <Section id="companies" title={t('optCompanies')} intro={t('optCompaniesIntro')}>
      <div ref={section}>
        {editing ? (
          <CompanyEditor key={editing.title + (editing.form.id ?? '')} initial={editing.form} title={editing.title} t={t} onSave={save} onCancel={() => setEditing(null)} />
        ) : (
          <div class="buttons">
            <button type="button" class="btn btn-primary" data-action="add-company" onClick={() => setEditing({ form: emptyForm('own'), title: t('optAddCompany') })}>
              {t('optAddCompany')}
            </button>
          </div>
        )}
        {error ? <p class="state-error" role="alert">{error}</p> : null}
        {editing ? null : <CompanyPicker env={env} onPick={editOverlay} />}
        <h3>{t('optOwnCompanies')}</h3>
        {own && own.companies.length === 0 ? <p class="muted">{t('optNoOwnCompanies')}</p> : null}
        <ul class="rows" id="opt-own-companies">
          {own?.companies.map((c) => (
            <li class="row" key={c.id} data-company={c.id}>
              <span class="row-main">
                <strong>{ownName(c)}</strong> <span class="muted">{c.id}</span>
              </span>
              <button type="button" class="btn" aria-label={t('optEditNamed', [ownName(c)])} onClick={() => setEditing({ form: formFromOwn(c.id, c.input), title: t('optEditCompany', [ownName(c)]) })}>
                {t('optEdit')}
              </button>
              <button type="button" class="btn btn-danger" aria-label={t('optRemoveNamed', [ownName(c)])} onClick={() => void removeOwn(c)}>
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
        <h3>{t('optOverlays')}</h3>
        {own && own.overlays.length === 0 ? <p class="muted">{t('optNoOverlays')}</p> : null}
        <ul class="rows" id="opt-overlays">
          {own?.overlays.map((o) => (
            <li class="row" key={o.companyId} data-company={o.companyId}>
              <span class="row-main">{nameOf(o.companyId)}</span>
              <button type="button" class="btn" aria-label={t('optEditNamed', [nameOf(o.companyId)])} onClick={() => editOverlay(o.companyId)}>
                {t('optEdit')}
              </button>
              <button type="button" class="btn btn-danger" aria-label={t('optRemoveNamed', [nameOf(o.companyId)])} onClick={() => void removeOverlay(o.companyId)}>
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
        <h3>{t('optNeverMark')}</h3>
        <p class="muted">{t('optNeverMarkIntro')}</p>
        {own && own.neverMark.length === 0 ? <p class="muted">{t('optNoNeverMark')}</p> : null}
        <ul class="rows" id="opt-never-mark">
          {own?.neverMark.map((word) => (
            <li class="row" key={word} data-word={word}>
              <span class="row-main">{word}</span>
              <button type="button" class="btn" aria-label={t('optRemoveNamed', [word])} onClick={() => void removeWord(word)}>
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </Section>
  );
}
