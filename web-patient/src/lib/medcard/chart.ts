import { timeTicks, valueAxis } from '@telemed/web-shared/format';
import type { Locale } from '@telemed/web-shared/i18n';

/** Geometry of the trend chart, kept apart from the markup so the scales are plain functions. */
export interface TrendPoint {
  value: number;
  effectiveAt: string;
  flag: 'low' | 'normal' | 'high';
  referenceLow: number | null;
  referenceHigh: number | null;
}

/** Margins in pixels; the width is the chart's own on screen (640 until the browser has measured it). */
export const CHART = { width: 640, height: 290, left: 56, right: 24, top: 30, bottom: 44 } as const;

/**
 * Lab values are amounts and concentrations: never negative, so the axis stops at 0 rather than showing a
 * margin below it (an LDL axis starting at −1 reads as nonsense).
 */
export function trendLayout(points: TrendPoint[], locale: Locale, width: number = CHART.width) {
  const latest = points.at(-1);
  const low = latest?.referenceLow ?? null;
  const high = latest?.referenceHigh ?? null;
  const axis = valueAxis(
    points.map((p) => p.value),
    {
      // An upper limit alone ("< 3.0") is a band from zero, so zero is on the axis.
      include: [
        ...(low !== null ? [low] : []),
        ...(high !== null ? [high] : []),
        ...(high !== null && low === null ? [0] : []),
      ],
      nonNegative: points.every((p) => p.value >= 0),
    },
  );
  const times = points.map((p) => new Date(p.effectiveAt).getTime());
  const tMin = Math.min(...times);
  const tMax = Math.max(...times);
  const right = width - CHART.right;
  const innerW = right - CHART.left;
  const innerH = CHART.height - CHART.top - CHART.bottom;
  const x = (t: number) =>
    tMax === tMin ? CHART.left + innerW / 2 : CHART.left + ((t - tMin) / (tMax - tMin)) * innerW;
  const y = (v: number) => CHART.top + (1 - (v - axis.min) / (axis.max - axis.min || 1)) * innerH;
  const clampY = (v: number) => y(Math.min(Math.max(v, axis.min), axis.max));
  const dates =
    tMax === tMin ? [] : timeTicks({ start: tMin, end: tMax, left: CHART.left, right, width, locale });
  return {
    width,
    ticks: axis.ticks.map((v) => ({ value: v, y: y(v) })),
    /** Date labels on the time axis; empty when every point is on one day (the page labels that point). */
    dates,
    band:
      low !== null || high !== null
        ? { top: clampY(high ?? axis.max), bottom: clampY(low ?? axis.min), low, high }
        : null,
    dots: points.map((p, i) => ({ ...p, x: x(times[i]!), y: y(p.value) })),
    path: points
      .map((p, i) => `${i ? 'L' : 'M'}${x(times[i]!).toFixed(1)},${y(p.value).toFixed(1)}`)
      .join(' '),
    plot: { left: CHART.left, right, top: CHART.top, bottom: CHART.height - CHART.bottom },
  };
}
