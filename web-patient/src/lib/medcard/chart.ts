/** Geometry of the trend chart, kept apart from the markup so the scales are plain functions. */
export interface TrendPoint {
  value: number;
  effectiveAt: string;
  flag: 'low' | 'normal' | 'high';
  referenceLow: number | null;
  referenceHigh: number | null;
}

export const CHART = { width: 640, height: 290, left: 56, right: 24, top: 30, bottom: 44 } as const;

/** About five round tick values covering [min, max] (1, 2 or 5 times a power of ten apart). */
export function niceTicks(min: number, max: number, count = 5) {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? power * 10;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + step / 2; v += step) ticks.push(Number(v.toFixed(10)));
  return ticks;
}

export function trendLayout(points: TrendPoint[]) {
  const latest = points.at(-1);
  const low = latest?.referenceLow ?? null;
  const high = latest?.referenceHigh ?? null;
  const values = points.map((p) => p.value);
  const lo = Math.min(
    ...values,
    ...(low !== null ? [low] : []),
    ...(high !== null && low === null ? [0] : []),
  );
  const hi = Math.max(...values, ...(high !== null ? [high] : []));
  const ticks = niceTicks(lo - (hi - lo) * 0.1, hi + (hi - lo) * 0.1);
  const yMin = ticks[0]!;
  const yMax = ticks.at(-1)!;
  const times = points.map((p) => new Date(p.effectiveAt).getTime());
  const tMin = Math.min(...times);
  const tMax = Math.max(...times);
  const innerW = CHART.width - CHART.left - CHART.right;
  const innerH = CHART.height - CHART.top - CHART.bottom;
  const x = (t: number) =>
    tMax === tMin ? CHART.left + innerW / 2 : CHART.left + ((t - tMin) / (tMax - tMin)) * innerW;
  const y = (v: number) => CHART.top + (1 - (v - yMin) / (yMax - yMin || 1)) * innerH;
  const clampY = (v: number) => y(Math.min(Math.max(v, yMin), yMax));
  return {
    ticks: ticks.map((v) => ({ value: v, y: y(v) })),
    band:
      low !== null || high !== null
        ? { top: clampY(high ?? yMax), bottom: clampY(low ?? yMin), low, high }
        : null,
    dots: points.map((p, i) => ({ ...p, x: x(times[i]!), y: y(p.value) })),
    path: points
      .map((p, i) => `${i ? 'L' : 'M'}${x(times[i]!).toFixed(1)},${y(p.value).toFixed(1)}`)
      .join(' '),
    plot: {
      left: CHART.left,
      right: CHART.width - CHART.right,
      top: CHART.top,
      bottom: CHART.height - CHART.bottom,
    },
  };
}
