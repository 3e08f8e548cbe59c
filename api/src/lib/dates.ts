/** Full years between a `YYYY-MM-DD` birth date and `today` (UTC calendar). */
export function ageInYears(birthDate: string, today = new Date()): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const month = today.getUTCMonth() + 1;
  let age = today.getUTCFullYear() - y;
  if (month < m || (month === m && today.getUTCDate() < d)) age--;
  return age;
}

/** `YYYY-MM-DD` of a date in UTC. */
export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
