import type { Messages } from '@telemed/web-shared/i18n';

/**
 * The values an alert fired on, as one short text: a reading (systolic/diastolic), a 7-day average, a pulse or
 * the days without readings, or the symptoms the patient reported. Alerts keep their values as the rule wrote them (api monitoring/rules).
 */
export function alertValues(v: Record<string, unknown>, m: Messages['monitoring']): string {
  if (v.systolic !== undefined) return `${String(v.systolic)}/${String(v.diastolic)}`;
  if (v.averageSystolic !== undefined) return `${String(v.averageSystolic)}/${String(v.averageDiastolic)}`;
  if (v.pulse !== undefined) return `${String(v.pulse)} ${m.pulseUnit}`;
  if (v.days !== undefined) return `${String(v.days)} d`;
  if (Array.isArray(v.symptoms)) {
    return v.symptoms.map((s: string) => m.symptoms[s as keyof typeof m.symptoms] ?? s).join(', ');
  }
  return '';
}

/** The same with its unit, where the rule left it implicit (pressures in mmHg). */
export function alertValuesWithUnit(v: Record<string, unknown>, m: Messages['monitoring']): string {
  const pressure = v.systolic !== undefined || v.averageSystolic !== undefined;
  return pressure ? `${alertValues(v, m)} ${m.unit}` : alertValues(v, m);
}
