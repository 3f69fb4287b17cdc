/**
 * The per-site and global switches. The background stores them and tells open tabs, so a
 * change here shows on the page at once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Transport } from '../shared/transport';
import type { PopupTranslate } from './strings';
import type { TabState } from './use-tab';

interface Switches {
  site: boolean | null;
  global: boolean | null;
}

export function SiteSwitch({ transport, tab, t }: { transport: Transport; tab: TabState; t: PopupTranslate }) {
  const [on, setOn] = useState<Switches>({ site: null, global: null });
  const host = tab.status === 'ready' ? tab.host : null;

  useEffect(() => {
    transport.toBackground<'settings/global'>({ type: 'settings/global' }).then(
      (r) => setOn((s) => ({ ...s, global: r.enabled })),
      () => undefined,
    );
  }, [transport]);
  useEffect(() => {
    if (!host) return;
    transport.toBackground<'settings/site'>({ type: 'settings/site', host }).then(
      (r) => setOn((s) => ({ ...s, site: r.enabled })),
      () => undefined,
    );
  }, [transport, host]);

  const setSite = (enabled: boolean) => {
    if (!host) return;
    setOn((s) => ({ ...s, site: enabled }));
    transport.toBackground<'settings/site'>({ type: 'settings/site', host, enabled }).then(
      (r) => setOn((s) => ({ ...s, site: r.enabled })),
      () => setOn((s) => ({ ...s, site: !enabled })),
    );
  };
  const setGlobal = (enabled: boolean) => {
    setOn((s) => ({ ...s, global: enabled }));
    transport.toBackground<'settings/global'>({ type: 'settings/global', enabled }).then(
      (r) => setOn((s) => ({ ...s, global: r.enabled })),
      () => setOn((s) => ({ ...s, global: !enabled })),
    );
  };

  return (
    <section class="switches" aria-label={t('popupSiteSwitch', [host ?? ''])}>
      {tab.status === 'unavailable' ? (
        <p class="switch-note" id="site-note">
          {t('popupSiteUnavailable')}
        </p>
      ) : null}
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          id="site-switch"
          disabled={!host || on.site === null}
          checked={on.site === true}
          aria-describedby={tab.status === 'unavailable' ? 'site-note' : undefined}
          onChange={(e) => setSite(e.currentTarget.checked)}
        />
        <span class="switch-label">{t('popupSiteSwitch', [host ?? '—'])}</span>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          id="global-switch"
          disabled={on.global === null}
          checked={on.global === true}
          onChange={(e) => setGlobal(e.currentTarget.checked)}
        />
        <span class="switch-label">{t('popupGlobalSwitch')}</span>
      </label>
    </section>
  );
}
