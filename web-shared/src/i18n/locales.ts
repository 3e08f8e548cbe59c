export const locales = ['ru', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Russian first: the platform serves Russian clinics and insurers; English is the second language. */
export const defaultLocale: Locale = 'ru';

/** Each language is named in itself, so a reader finds their own language whatever the page's language is. */
export const localeNames: Record<Locale, string> = { ru: 'Русский', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header, honouring q-values. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}

/** Texts the api returns in both languages (names, programme titles, notifications). */
export interface LocalizedText {
  ru: string;
  en: string;
}

export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.en || text.ru;
}

/**
 * How to address a person by name: in Russian by first name and patronymic ("Анна Сергеевна" from
 * "Петрова Анна Сергеевна"), in English by first name ("Anna" from "Anna Petrova").
 */
export function addressName(fullName: LocalizedText, locale: Locale): string {
  const parts = localized(fullName, locale).trim().split(/\s+/);
  if (locale === 'ru') return parts.length === 3 ? `${parts[1]} ${parts[2]}` : parts.join(' ');
  return parts[0] ?? '';
}

/**
 * The name to greet a signed-in user by: a person (a patient, a doctor, an assistant) by `addressName`; an
 * account named after its function ("Telemed Administrator", a coordinators' desk) by its whole name, since its
 * first word is no given name.
 */
export function greetingName(
  user: { account: { displayName: LocalizedText }; patient: unknown; practitioner: unknown },
  locale: Locale,
): string {
  const person = user.patient !== null || user.practitioner !== null;
  return person ? addressName(user.account.displayName, locale) : localized(user.account.displayName, locale);
}
