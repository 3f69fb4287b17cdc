/** One layer of the dataset: what it holds, its switch, and for packs order, Export and Remove. */
import type { LayerInfo } from '../shared/messages';
import type { OptionsTranslate } from './strings';
import { ProblemList } from './ProblemList';

export interface LayerActions {
  setEnabled(enabled: boolean): void;
  move(by: -1 | 1): void;
  exportPack(): void;
  remove(): void;
}

interface Props {
  layer: LayerInfo;
  first: boolean;
  last: boolean;
  t: OptionsTranslate;
  actions: LayerActions;
}

export function LayerRow({ layer, first, last, t, actions }: Props) {
  const pack = layer.kind === 'pack';
  const kind = layer.kind === 'bundled' ? t('optBundled') : layer.kind === 'own' ? t('optOwnLayer') : t('optPack');
  const headingId = `layer-${layer.id}-name`;
  return (
    <li class="layer" data-layer={layer.id} data-kind={layer.kind} aria-labelledby={headingId}>
      <div class="layer-head">
        <h3 class="layer-name" id={headingId}>
          {layer.name}
        </h3>
        <span class="layer-kind">{kind}</span>
        {layer.version ? <span class="layer-version">{t('optVersion', [layer.version])}</span> : null}
      </div>
      {layer.description ? <p class="layer-desc">{layer.description}</p> : null}
      <p class="layer-counts">
        {t('optCounts', [String(layer.counts.companies), String(layer.counts.articles), String(layer.counts.facts)])}
        {layer.license ? ` · ${layer.license}` : ''}
      </p>
      {layer.warnings?.length ? (
        <details>
          <summary>{t('optWarnings', [String(layer.warnings.length)])}</summary>
          <ProblemList problems={layer.warnings} />
        </details>
      ) : null}
      <div class="layer-actions">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={layer.enabled}
            aria-describedby={headingId}
            onChange={(e) => actions.setEnabled(e.currentTarget.checked)}
          />
          <span class="switch-label">{t('optLayerOn')}</span>
        </label>
        {pack ? (
          <>
            <button type="button" class="btn" data-action="up" disabled={first} aria-label={t('optMoveUpNamed', [layer.name])} onClick={() => actions.move(-1)}>
              ↑ {t('optMoveUp')}
            </button>
            <button type="button" class="btn" data-action="down" disabled={last} aria-label={t('optMoveDownNamed', [layer.name])} onClick={() => actions.move(1)}>
              ↓ {t('optMoveDown')}
            </button>
            <button type="button" class="btn" data-action="export" aria-label={t('optExportNamed', [layer.name])} onClick={actions.exportPack}>
              {t('optExport')}
            </button>
            <button type="button" class="btn btn-danger" data-action="remove" aria-label={t('optRemoveNamed', [layer.name])} onClick={actions.remove}>
              {t('optRemove')}
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
}
