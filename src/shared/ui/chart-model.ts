/**
 * Geometry for a grouped bar chart of one or more series that share a unit: one group per
 * period (in time order), one bar per series, bars grow up from zero (down when negative).
 * Kept apart from the SVG so the arithmetic is testable and the view stays declarative.
 */
import type { Series } from '../dataset/schema';

export interface Bar {
  series: number;
  period: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartModel {
  width: number;
  height: number;
  /** y of the zero line, and the plot's top/bottom in SVG units. */
  zeroY: number;
  top: number;
  bottom: number;
  left: number;
  periods: Array<{ period: string; center: number }>;
  bars: Bar[];
  max: number;
  min: number;
}

const W = 300;
const H = 140;
const PAD = { top: 10, bottom: 22, left: 40, right: 6 };

export function chartModel(series: readonly Series[]): ChartModel {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const plotH = H - PAD.top - PAD.bottom;
  const yOf = (v: number) => PAD.top + ((max - v) / span) * plotH;
  const groupW = (W - PAD.left - PAD.right) / Math.max(1, periods.length);
  // Wide bars of a lone series read as blocks, not values: cap them and centre each group.
  const barW = Math.min(28, (groupW * 0.75) / Math.max(1, series.length));
  const inset = (groupW - barW * series.length) / 2;
  const zeroY = yOf(0);
  const bars: Bar[] = [];
  series.forEach((s, si) => {
    for (const p of s.points) {
      const gi = periods.indexOf(p.period);
      const x = PAD.left + gi * groupW + inset + si * barW;
      const y = yOf(Math.max(0, p.value));
      bars.push({ series: si, period: p.period, value: p.value, x, y, width: barW, height: Math.abs(yOf(p.value) - zeroY) });
    }
  });
  return {
    width: W,
    height: H,
    zeroY,
    top: PAD.top,
    bottom: H - PAD.bottom,
    left: PAD.left,
    periods: periods.map((period, i) => ({ period, center: PAD.left + i * groupW + groupW / 2 })),
    bars,
    max,
    min,
  };
}

/** Series that can share an axis: same currency and unit. */
export function groupByAxis(series: readonly Series[]): Series[][] {
  const groups = new Map<string, Series[]>();
  for (const s of series) {
    const key = `${s.currency ?? ''}|${s.unit ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()];
}
