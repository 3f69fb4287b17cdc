/**
 * The settings page: one scrolling page of sections with a menu of links to each (plain
 * anchors: Tab, Enter and the browser's own find work as everywhere). A change in one
 * section that others depend on (an import adds companies, a restore changes everything)
 * bumps `version`, and they reload.
 */
import { useCallback, useState } from 'preact/hooks';
import { BackupSection } from './BackupSection';
import { CompaniesSection } from './CompaniesSection';
import { DatasetsSection } from './DatasetsSection';
import type { OptionsEnv } from './env';
import { HoverSection } from './HoverSection';
import { SitesSection } from './SitesSection';
import { StorageSection } from './StorageSection';
import type { OptionsMessageKey } from './strings';
import { UndoBar } from './UndoBar';
import { useUndo } from './undo';

const MENU: Array<[string, OptionsMessageKey]> = [
  ['datasets', 'optDatasets'],
  ['companies', 'optCompanies'],
  ['hovering', 'optHovering'],
  ['sites', 'optSites'],
  ['backup', 'optBackup'],
  ['storage', 'optStorage'],
];

export function App({ env }: { env: OptionsEnv }) {
  const { t } = env;
  const undo = useUndo();
  const [version, setVersion] = useState(0);
  const changed = useCallback(() => setVersion((n) => n + 1), []);
  return (
    <>
      <a class="skip" href="#main">
        {t('optSkip')}
      </a>
      <header class="opt-header">
        <h1>{t('optTitle')}</h1>
        <nav aria-label={t('optMenu')}>
          <ul>
            {MENU.map(([id, key]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" class="options" tabIndex={-1}>
        <DatasetsSection env={env} undo={undo} onChanged={changed} version={version} />
        <CompaniesSection env={env} undo={undo} onChanged={changed} version={version} />
        <HoverSection env={env} />
        <SitesSection env={env} undo={undo} />
        <BackupSection env={env} onChanged={changed} />
        <StorageSection env={env} refresh={version} />
      </main>
      <UndoBar undo={undo} t={t} />
    </>
  );
}
