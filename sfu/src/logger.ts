import { pino } from 'pino';
import { z } from 'zod';

const level = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default(process.env.NODE_ENV === 'test' ? 'warn' : 'info')
  .parse(process.env.LOG_LEVEL || undefined);

export const logger = pino({ name: 'sfu', level });
