import { consents as en } from './en/consents.js';
import { consents as ru } from './ru/consents.js';

/** The api's `kinds` problem parameter ("personal_data,telemedicine_intervention"), as words. */
export function kindList(locale: 'ru' | 'en', kinds: string | number): string {
  const names: Record<string, string> = (locale === 'ru' ? ru : en).kinds;
  return String(kinds)
    .split(',')
    .filter(Boolean)
    .map((kind) => names[kind] ?? kind)
    .join('; ');
}
