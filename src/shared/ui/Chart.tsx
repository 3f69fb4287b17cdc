/**
 * A small inline SVG bar chart for a company's time series (e.g. revenue and net loss by
 * year). Each bar carries a <title> with its value; the <desc> lists every value so a
 * screen reader gets the same numbers as the picture.
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
  // Axis ticks have ~45 units of room: short compact numbers ("878M", "8.78억"), unit in the legend.
  const tick = (v: number) => `${formatTick(v, lang)}${unit.unit === '%' ? '%' : ''}`;
  const unitLabel = unit.currency ?? unit.unit;
  const labels = series.map((s) => localText(s.label, lang));
  const desc = series
    .map((s, i) => `${labels[i]}: ${s.points.map((p) => `${formatPeriod(p.period, lang)} ${fmt(p.value)}`).join(', ')}`)
    .join('. ');
  return (
    <figure class="cc-chart">
      <svg viewBox={`0 0 ${m.width} ${m.height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} class="cc-chart-svg">
        <title id={`${id}-t`}>{t('cardChart', [labels.join(', ')])}</title>
        <desc id={`${id}-d`}>{desc}</desc>
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
    </figure>
  );
}
