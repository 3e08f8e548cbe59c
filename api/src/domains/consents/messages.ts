import type { z } from '@hono/zod-openapi';
import type { localeSchema } from '../../http/schemas.js';

/** The message carrying a signature code, in the account's language; it names what the code signs. */
export function consentCodeMessage(
  locale: z.infer<typeof localeSchema>,
  code: string,
  titles: string[],
  minutes: number,
) {
  return locale === 'en'
    ? {
        subject: 'Your Telemed code to sign consents',
        text: `Your code to sign with a simple electronic signature: ${code}. It signs: ${titles.join('; ')}. It is valid for ${minutes} minutes. If you did not ask for it, ignore this message: nothing is signed without the code.`,
      }
    : {
        subject: 'Код Telemed для подписания согласий',
        text: `Ваш код для подписания простой электронной подписью: ${code}. Он подписывает: ${titles.join('; ')}. Код действует ${minutes} минут. Если вы его не запрашивали, проигнорируйте это сообщение: без кода ничего не будет подписано.`,
      };
}
