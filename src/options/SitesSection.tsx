/**
 * Sites: the global switch, and every per-site switch the reader set, each with its own
 * switch and Remove (back to the default, on). Changes reach open tabs at once (the
 * background broadcasts them).
 */
import { messageOf } from './errors';
import { useEffect, useState } from 'preact/hooks';
import type { Response } from '../shared/messages';
import type { OptionsEnv } from './env';
import { Section } from './Section';
import type { Undo } from './undo';

type Site = Response<'settings/sites'>['sites'][number];

export function SitesSection({ env, undo }: { env: OptionsEnv; undo: Undo }) {
  const { transport, t } = env;
  const [global, setGlobal] = useState<boolean | null>(null);
  const [sites, setSites] = useState<Site[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = () =>
    transport.toBackground<'settings/sites'>({ type: 'settings/sites' }).then(
      (r) => setSites(r.sites),
      (e: unknown) => setError(messageOf(e)),
    );
  useEffect(() => {
    void load();
    transport.toBackground<'settings/global'>({ type: 'settings/global' }).then((r) => setGlobal(r.enabled), () => undefined);
  }, [transport]);

  const switchGlobal = (enabled: boolean) => {
    setGlobal(enabled);
    transport.toBackground<'settings/global'>({ type: 'settings/global', enabled }).then(
      (r) => setGlobal(r.enabled),
      () => setGlobal(!enabled),
    );
  };
  const switchSite = async (host: string, enabled: boolean) => {
    await transport.toBackground<'settings/site'>({ type: 'settings/site', host, enabled });
    await load();
  };
  const remove = async (site: Site) => {
    const r = await transport.toBackground<'settings/sites'>({ type: 'settings/sites', remove: site.host });
    setSites(r.sites);
    undo.offer({ label: t('optSiteRemoved', [site.host]), run: () => switchSite(site.host, site.enabled) });
  };
  const report = (p: Promise<unknown>) => void p.then(() => setError(null), (e: unknown) => setError(messageOf(e)));

  return (
    <Section id="sites" title={t('optSites')} intro={t('optSitesIntro')}>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          id="opt-global-switch"
          disabled={global === null}
          checked={global === true}
          onChange={(e) => switchGlobal(e.currentTarget.checked)}
        />
        <span class="switch-label">{t('optGlobalSwitch')}</span>
      </label>
      {error ? <p class="state-error" role="alert">{error}</p> : null}
      {sites && sites.length === 0 ? <p class="muted">{t('optNoSites')}</p> : null}
      {sites && sites.length > 0 ? (
        <ul class="rows" aria-label={t('optSites')}>
          {sites.map((site) => (
            <li class="row" key={site.host} data-host={site.host}>
              <label class="switch row-main">
                <input type="checkbox" role="switch" checked={site.enabled} onChange={(e) => report(switchSite(site.host, e.currentTarget.checked))} />
                <span class="switch-label">{site.host}</span>
              </label>
              <button type="button" class="btn" data-action="remove-site" aria-label={t('optRemoveNamed', [site.host])} onClick={() => report(remove(site))}>
                {t('optRemove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
