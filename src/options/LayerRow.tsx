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

/** The bundled and own layers are named by the page (in the reader's language); a pack by its file. */
export const layerName = (layer: LayerInfo, t: OptionsTranslate) =>
  layer.kind === 'bundled' ? t('optBundledName') : layer.kind === 'own' ? t('optOwnName') : layer.name;

export function LayerRow({ layer, first, last, t, actions }: Props) {
  const pack = layer.kind === 'pack';
  const name = layerName(layer, t);
  const headingId = `layer-${layer.id}-name`;
  return (
    <li class="layer" data-layer={layer.id} data-kind={layer.kind} aria-labelledby={headingId}>
      <div class="layer-head">
        <h3 class="layer-name" id={headingId}>
          {name}
        </h3>
        {pack ? <span class="layer-kind">{t('optPack')}</span> : null}
        {/* The own layer's version is an internal edit counter, not something to show. */}
        {layer.version && layer.kind !== 'own' ? <span class="layer-version">{t('optVersion', [layer.version])}</span> : null}
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
            <button type="button" class="btn" data-action="up" disabled={first} aria-label={t('optMoveUpNamed', [name])} onClick={() => actions.move(-1)}>
              ↑ {t('optMoveUp')}
            </button>
            <button type="button" class="btn" data-action="down" disabled={last} aria-label={t('optMoveDownNamed', [name])} onClick={() => actions.move(1)}>
              ↓ {t('optMoveDown')}
            </button>
            <button type="button" class="btn" data-action="export" aria-label={t('optExportNamed', [name])} onClick={actions.exportPack}>
              {t('optExport')}
            </button>
            <button type="button" class="btn btn-danger" data-action="remove" aria-label={t('optRemoveNamed', [name])} onClick={actions.remove}>
              {t('optRemove')}
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
}
