import type { z } from '@hono/zod-openapi';
import type { localeSchema } from '../../http/schemas.js';

/** What a password reset sends, in the account's language. */
export function passwordResetMessages(locale: z.infer<typeof localeSchema>) {
  return locale === 'en'
    ? {
        code: (code: string, minutes: number) => ({
          subject: 'Your Telemed password reset code',
          text: `Your code to set a new Telemed password: ${code}. It is valid for ${minutes} minutes. If you did not ask for it, ignore this message: your password stays as it is.`,
        }),
      }
    : {
        code: (code: string, minutes: number) => ({
          subject: 'Код для восстановления пароля Telemed',
          text: `Ваш код для смены пароля Telemed: ${code}. Он действует ${minutes} минут. Если вы его не запрашивали, просто проигнорируйте это сообщение: пароль останется прежним.`,
        }),
      };
}
