/** A reference range as people read it: "3.9–5.5 mmol/L", "< 5.2 mmol/L", "> 1.0 mmol/L". */
export function formatRange(low: number | null, high: number | null, unit: string) {
  if (low !== null && high !== null) return `${low}–${high} ${unit}`;
  if (high !== null) return `< ${high} ${unit}`;
  if (low !== null) return `> ${low} ${unit}`;
  return '—';
}
