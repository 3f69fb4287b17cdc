/**
 * A small inline SVG bar chart for a company's time series (e.g. revenue and net loss by
 * year), readable without colour: the second series is hatched as well as lighter, and a
 * table of every value sits under the bars, so the numbers are visible and a screen reader
 * reads them as a table (the picture itself is one labelled image).
 */
import type { Series } from '../dataset/schema';
import { chartModel } from './chart-model';
import { formatPeriod, formatQuantity, formatTick } from './format';
import type { Translate } from './i18n';
import { localText, type UiLang } from './lang';

let nextId = 0;

export function Chart(props: { series: readonly Series[]; lang: UiLang; t: Translate }) {
  const { series, lang, t } = props;
  const m = chartModel(series);
  const id = `cc-chart-${++nextId}`;
  const unit = { currency: series[0]?.currency, unit: series[0]?.unit };
  const fmt = (v: number) => formatQuantity({ value: v, ...unit }, lang, { compact: true });
  // Axis ticks and table cells are narrow: short compact numbers ("878M", "8.78억"), unit in the legend.
  const tick = (v: number) => `${formatTick(v, lang)}${unit.unit === '%' ? '%' : ''}`;
  const unitLabel = unit.currency ?? unit.unit;
  const labels = series.map((s) => localText(s.label, lang));
  const title = t('cardChart', [labels.join(', ')]);
  const fill = (i: number) => (i === 1 ? `url(#${id}-hatch)` : undefined);
  return (
    <figure class="cc-chart" aria-labelledby={`${id}-t`}>
      <svg viewBox={`0 0 ${m.width} ${m.height}`} role="img" aria-labelledby={`${id}-t`} class="cc-chart-svg">
        <title id={`${id}-t`}>{title}</title>
        <defs>
          <pattern id={`${id}-hatch`} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect class="cc-hatch-bg" width="5" height="5" />
            <line class="cc-hatch-line" x1="0" y1="0" x2="0" y2="5" />
          </pattern>
        </defs>
        <line class="cc-axis" x1={m.left} x2={m.width} y1={m.zeroY} y2={m.zeroY} />
        <text class="cc-tick" x={m.left - 4} y={m.top + 4} text-anchor="end">{tick(m.max)}</text>
        {m.min < 0 ? <text class="cc-tick" x={m.left - 4} y={m.bottom} text-anchor="end">{tick(m.min)}</text> : null}
        <text class="cc-tick" x={m.left - 4} y={m.zeroY + 3} text-anchor="end">0</text>
        {m.periods.map((p) => (
          <text class="cc-tick cc-period" key={p.period} x={p.center} y={m.height - 6} text-anchor="middle">
            {formatPeriod(p.period, lang)}
          </text>
        ))}
        {m.bars.map((b) => (
          <rect
            key={`${b.series}-${b.period}`}
            class={`cc-bar cc-s${b.series}`}
            data-series={series[b.series]?.id}
            data-period={b.period}
            data-value={b.value}
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            fill={fill(b.series)}
          >
            <title>{`${labels[b.series]} ${formatPeriod(b.period, lang)}: ${fmt(b.value)}`}</title>
          </rect>
        ))}
      </svg>
      <figcaption class="cc-legend">
        {labels.map((l, i) => (
          <span key={l} class="cc-legend-item">
            <span class={`cc-swatch cc-s${i}`} aria-hidden="true" />
            {l}
          </span>
        ))}
        {unitLabel ? <span class="cc-legend-unit">{unitLabel}</span> : null}
      </figcaption>
      <table class="cc-chart-table">
        <caption class="cc-visually-hidden">{`${title}${unitLabel ? ` (${unitLabel})` : ''}`}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span class="cc-visually-hidden">{t('cardPeriod')}</span>
            </th>
            {m.periods.map((p) => (
              <th scope="col" key={p.period}>
                {formatPeriod(p.period, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((s, i) => (
            <tr key={s.id} data-series={s.id}>
              <th scope="row">
                <span class={`cc-swatch cc-s${i}`} aria-hidden="true" /> {labels[i]}
              </th>
              {m.periods.map((p) => {
                const point = s.points.find((x) => x.period === p.period);
                return <td key={p.period}>{point ? tick(point.value) : '–'}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
