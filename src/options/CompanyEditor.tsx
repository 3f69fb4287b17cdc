/**
 * The add/edit form of My companies. Every field is a labelled native control; on a refused
 * save the problems are listed at the top (role=alert), each field says its own, and focus
 * goes to the first field in trouble.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGS, type Lang } from '../shared/dataset/schema';
import { TAGLINE_LANGS, type CompanyForm, type FieldError } from './company-form';
import type { OptionsMessageKey, OptionsTranslate } from './strings';

export const LANG_LABEL: Record<Lang | 'zh', OptionsMessageKey> = {
  en: 'optLangEn',
  ko: 'optLangKo',
  'zh-Hans': 'optLangZhHans',
  'zh-Hant': 'optLangZhHant',
  ja: 'optLangJa',
  zh: 'optLangZh',
};

interface Props {
  initial: CompanyForm;
  title: string;
  t: OptionsTranslate;
  /** Resolves with the problems that kept it from saving, or none once saved. */
  onSave(form: CompanyForm): Promise<FieldError[]>;
  onCancel(): void;
}

const fieldId = (field: string) => `cf-${field.replace(/\./g, '-')}`;

export function CompanyEditor({ initial, title, t, onSave, onCancel }: Props) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLFormElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const errorOf = (field: string) => errors.filter((e) => e.field === field).map((e) => e.message).join('; ');
  const own = form.kind === 'own';

  const text = (field: string, value: string, set: (v: string) => void, opts: { multi?: boolean; label: string; hint?: string }) => {
    const id = fieldId(field);
    const error = errorOf(field);
    const describedBy = [opts.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    const common = {
      id,
      name: field,
      value,
      'aria-invalid': error ? ('true' as const) : undefined,
      'aria-describedby': describedBy,
      onInput: (e: Event) => set((e.currentTarget as HTMLInputElement).value),
    };
    return (
      <div class="field" key={field}>
        <label for={id}>{opts.label}</label>
        {opts.multi ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
        {opts.hint ? <p class="hint" id={`${id}-hint`}>{opts.hint}</p> : null}
        {error ? <p class="field-error" id={`${id}-error`}>{error}</p> : null}
      </div>
    );
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    const problems = await onSave(form).finally(() => setSaving(false));
    setErrors(problems);
    if (problems.length) {
      // After the render that marks them: the first field in trouble, else the summary.
      requestAnimationFrame(() => {
        const first = root.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.current?.querySelector<HTMLElement>('.form-errors');
        first?.focus();
      });
    }
  };

  return (
    <form class="editor" ref={root} onSubmit={submit} noValidate aria-labelledby="cf-title" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h3 id="cf-title" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {errors.length ? (
        <div class="form-errors" role="alert" tabIndex={-1}>
          <p>{t('optFormProblems', [String(errors.length)])}</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                <a href={`#${fieldId(e.field)}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {own ? (
        <fieldset aria-describedby={errorOf('names') ? 'cf-names-error' : undefined}>
          <legend>{t('optNames')}</legend>
          {LANGS.map((l) => text(`names.${l}`, form.names[l], (v) => setForm((f) => ({ ...f, names: { ...f.names, [l]: v } })), { label: t(LANG_LABEL[l]) }))}
          {errorOf('names') ? <p class="field-error" id="cf-names-error">{errorOf('names')}</p> : null}
        </fieldset>
      ) : null}
      <fieldset>
        <legend>{t('optAliases')}</legend>
        <p class="hint">{t('optOnePerLine')}</p>
        {LANGS.map((l) =>
          text(`aliases.${l}`, form.aliases[l], (v) => setForm((f) => ({ ...f, aliases: { ...f.aliases, [l]: v } })), { multi: true, label: t(LANG_LABEL[l]) }),
        )}
      </fieldset>
      {text('neverMark', form.neverMark, (v) => setForm((f) => ({ ...f, neverMark: v })), { multi: true, label: t('optNeverMarkWords'), hint: t('optNeverMarkHint') })}
      {own ? (
        <fieldset>
          <legend>{t('optTagline')}</legend>
          {TAGLINE_LANGS.map((l) => text(`tagline.${l}`, form.tagline[l], (v) => setForm((f) => ({ ...f, tagline: { ...f.tagline, [l]: v } })), { label: t(LANG_LABEL[l]) }))}
        </fieldset>
      ) : null}
      {text('note', form.note, (v) => setForm((f) => ({ ...f, note: v })), { multi: true, label: t('optNote') })}
      {text('links', form.links, (v) => setForm((f) => ({ ...f, links: v })), { multi: true, label: t('optLinks'), hint: t('optLinksHint') })}
      <div class="buttons">
        <button type="submit" class="btn btn-primary" disabled={saving}>
          {t('optSave')}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t('optCancel')}
        </button>
      </div>
    </form>
  );
}
