/**
 * Storage used, and a request for persistent storage: without it a browser short of disk
 * space may evict the extension's IndexedDB, and with it the reader's packs and companies.
 */
import { useEffect, useState } from 'preact/hooks';
import { intlLocale } from '../shared/ui/lang';
import type { OptionsEnv } from './env';
import { Section } from './Section';

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let i = 0;
  let n = bytes;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: i === 0 ? 0 : 1 }).format(n);
}

export function StorageSection({ env, refresh }: { env: OptionsEnv; refresh: number }) {
  const { t, storage } = env;
  const [estimate, setEstimate] = useState<{ usage: number; quota: number } | null | undefined>(undefined);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [asked, setAsked] = useState<boolean | null>(null);
  const locale = intlLocale(env.lang);

  useEffect(() => {
    storage.estimate().then(setEstimate, () => setEstimate(null));
    storage.persisted().then(setPersisted, () => setPersisted(false));
  }, [storage, refresh]);

  const ask = async () => {
    const granted = await storage.persist().catch(() => false);
    setAsked(granted);
    setPersisted(granted);
  };

  return (
    <Section id="storage" title={t('optStorage')}>
      <p id="opt-usage">
        {estimate === undefined
          ? t('optLoading')
          : estimate === null
            ? t('optUsageUnknown')
            : t('optUsage', [formatBytes(estimate.usage, locale), formatBytes(estimate.quota, locale)])}
      </p>
      <p>{persisted ? t('optPersisted') : t('optNotPersisted')}</p>
      {persisted ? null : (
        <button type="button" class="btn" id="opt-persist" onClick={() => void ask()}>
          {t('optPersist')}
        </button>
      )}
      {asked === false ? <p class="hint" role="status">{t('optPersistRefused')}</p> : null}
    </Section>
  );
}
