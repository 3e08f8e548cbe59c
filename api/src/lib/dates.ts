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

/** Full months between a `YYYY-MM-DD` birth date and `today` (UTC calendar); infants are triaged by months. */
export function ageInMonths(birthDate: string, today = new Date()): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let months = (today.getUTCFullYear() - y) * 12 + (today.getUTCMonth() + 1 - m);
  if (today.getUTCDate() < d) months--;
  return Math.max(0, months);
}
