import type { z } from '@hono/zod-openapi';
import type { localeSchema } from '../../http/schemas.js';

/** What registration sends, in the language the person registered in. */
export function registrationMessages(locale: z.infer<typeof localeSchema>) {
  return locale === 'en'
    ? {
        code: (code: string, minutes: number) => ({
          subject: 'Your Telemed registration code',
          text: `Your code to finish registering with Telemed: ${code}. It is valid for ${minutes} minutes. If you did not register, ignore this message.`,
        }),
        alreadyRegistered: {
          subject: 'You already have a Telemed account',
          text: 'Someone tried to register with this address, but you already have a Telemed account. Sign in, or reset your password if you have forgotten it. If it was not you, ignore this message.',
        },
      }
    : {
        code: (code: string, minutes: number) => ({
          subject: 'Код для регистрации в Telemed',
          text: `Ваш код для завершения регистрации в Telemed: ${code}. Он действует ${minutes} минут. Если вы не регистрировались, просто проигнорируйте это сообщение.`,
        }),
        alreadyRegistered: {
          subject: 'У вас уже есть учётная запись Telemed',
          text: 'С этим адресом пытались зарегистрироваться, но у вас уже есть учётная запись Telemed. Войдите или восстановите пароль, если забыли его. Если это были не вы, просто проигнорируйте это сообщение.',
        },
      };
}
