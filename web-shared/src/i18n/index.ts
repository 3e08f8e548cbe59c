import { en } from './en/index.js';
import type { Locale } from './locales.js';
import type { Messages } from './messages.js';
import { ru } from './ru/index.js';

export * from './locales.js';
export {
  fieldProblemMessage,
  fieldProblemMessages,
  problemMessage,
  type ProblemCode,
} from './problem-message.js';
export type { Messages };

const catalogues: Record<Locale, Messages> = { ru, en };

/** The message catalogue for a language; components read `messages(locale).section.key`. */
export function messages(locale: Locale): Messages {
  return catalogues[locale];
}
