import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const devSecret = (name: string) => `dev-only-${name}-change-me-in-production`;

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(1).max(65535).default(8787),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATA_DIR: z.string().default(path.join(repoRoot, 'data')),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }),
    WEB_ORIGINS: z
      .string()
      .default('http://127.0.0.1:5173,http://localhost:5173,http://127.0.0.1:5174,http://localhost:5174')
      .transform((s) =>
        s
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      ),
    /**
     * Addresses or CIDR ranges of the web apps' servers and of any reverse proxy in front of the api: only
     * their X-Forwarded-For is believed, and only its right-most untrusted entry (see http/client-address.ts).
     */
    TRUSTED_PROXIES: z
      .string()
      .default('127.0.0.1,::1,::ffff:127.0.0.1')
      .transform((s) =>
        s
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], 'must be addresses or CIDR ranges')),
      ),
    INTERNAL_API_SECRET: z.string().min(24).optional(),
    JOIN_TOKEN_SECRET: z.string().min(24).optional(),
    /** Signs the long-lived cookie that marks a browser as one the account has signed in from before. */
    DEVICE_COOKIE_SECRET: z.string().min(24).optional(),
    /** 32 random bytes, base64 (`openssl rand -base64 32`): encrypts TOTP secrets at rest. */
    TOTP_ENCRYPTION_KEY: z
      .string()
      .refine((s) => Buffer.from(s, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
      .optional(),
    PATIENT_APP_URL: z.url().default('http://127.0.0.1:5173'),
    SFU_PUBLIC_URL: z.url({ protocol: /^wss?$/ }).default('ws://127.0.0.1:4443'),
    JOIN_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
    /**
     * TURN/STUN servers handed to browsers with every join grant, comma-separated (`turn:host:3478?transport=udp,
     * turns:host:443?transport=tcp`). `turn:`/`turns:` entries get time-limited credentials signed with
     * TURN_SECRET (coturn's `static-auth-secret`, see domains/consultations/turn.ts). Empty: no TURN.
     */
    TURN_URLS: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((u) => u.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(
              /^(stuns?|turns?):[^\s?]+(\?transport=(udp|tcp))?$/,
              'must be turn:, turns:, stun: or stuns: URLs',
            ),
        ),
      ),
    TURN_SECRET: z.string().min(24).optional(),
    /**
     * Lifetime of the issued TURN credentials. coturn checks it when a browser allocates a relay (joining, or an
     * ICE restart gathering anew); an allocation made in time is refreshed for as long as the call lasts.
     */
    TURN_CREDENTIAL_TTL_SECONDS: z.coerce.number().int().min(300).max(86_400).default(3600),
    SEED_ON_START: z.stringbool().default(true),
    /** Run bull processors inside the api process; forced on for embedded PGlite (one process per data dir). */
    IN_PROCESS_WORKER: z.stringbool().optional(),
    /**
     * Api processes serving the port (node:cluster, server.ts). Default: one per core in production with a real
     * Postgres, otherwise 1 (`npm start`, tests). Embedded PGlite serves one process only.
     */
    API_PROCESSES: z.coerce.number().int().min(1).max(256).optional(),
    SESSION_TTL_HOURS: z.coerce.number().int().positive().default(12),
    /**
     * How long an api process reuses a session it has looked up (auth/session-cache.ts); 0 turns it off. An
     * ended session stops at once in the process that ended it, and in the others when Redis tells them.
     */
    SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
    /**
     * How long an api process reuses a read that is the same for every caller (free slots, doctor search;
     * lib/read-cache.ts); 0 turns it off. Changes reach the other processes through Redis at once.
     */
    READ_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(1024 * 1024),
    MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .positive()
      .default(20 * 1024 * 1024),
    FILES_DIR: z.string().optional(),
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    SMTP_FROM: z.string().default('Telemed <no-reply@telemed.local>'),
    /**
     * How long medical documents (conclusions, lab reports, files, the audit log) are kept before anything may
     * purge them: as long as paper ones (order 947n (2020)), 25 years for an outpatient medical card
     * (Ministry of Health letter 13-2/1538 (2015)). See domains/record-keeping/retention.ts.
     */
    MEDICAL_RECORD_RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(25),
    /** How long the built-in demo lab takes to return results (tests and e2e set it low). */
    DEMO_LAB_DELAY_MS: z.coerce.number().int().min(0).default(20_000),
    /**
     * Api-wide request limits (see http/rate-limit.ts); 0 turns one off. Sized so a doctor's screen polling
     * every few seconds plus page loads fanning out through the BFF stay far below them.
     */
    RATE_LIMIT_ACCOUNT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    RATE_LIMIT_ADDRESS_PER_MINUTE: z.coerce.number().int().min(0).default(300),
    RATE_LIMIT_CONCURRENT: z.coerce.number().int().min(0).default(20),
  })
  .superRefine((env, ctx) => {
    if (env.TURN_URLS.some((url) => url.startsWith('turn')) && !env.TURN_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TURN_SECRET'],
        message: 'required when TURN_URLS has turn: servers',
      });
    }
    if (env.TURN_SECRET && !env.TURN_URLS.some((url) => url.startsWith('turn'))) {
      ctx.addIssue({
        code: 'custom',
        path: ['TURN_URLS'],
        message: 'must name a turn: server when TURN_SECRET is set',
      });
    }
    if (env.API_PROCESSES && env.API_PROCESSES > 1 && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['API_PROCESSES'],
        message: 'must be 1 with the embedded database (PGlite serves one process); set DATABASE_URL',
      });
    }
    if (env.NODE_ENV !== 'production') return;
    const secrets = [
      'INTERNAL_API_SECRET',
      'JOIN_TOKEN_SECRET',
      'TOTP_ENCRYPTION_KEY',
      'DEVICE_COOKIE_SECRET',
    ] as const;
    for (const key of secrets) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required in production' });
    }
  })
  .transform((env) => ({
    ...env,
    INTERNAL_API_SECRET: env.INTERNAL_API_SECRET ?? devSecret('internal'),
    JOIN_TOKEN_SECRET: env.JOIN_TOKEN_SECRET ?? devSecret('join'),
    DEVICE_COOKIE_SECRET: env.DEVICE_COOKIE_SECRET ?? devSecret('device'),
    TOTP_ENCRYPTION_KEY: env.TOTP_ENCRYPTION_KEY
      ? Buffer.from(env.TOTP_ENCRYPTION_KEY, 'base64')
      : Buffer.from(devSecret('totp').slice(0, 32)),
    IN_PROCESS_WORKER: env.IN_PROCESS_WORKER ?? !env.DATABASE_URL,
    API_PROCESSES:
      env.API_PROCESSES ??
      (env.NODE_ENV === 'production' && env.DATABASE_URL ? os.availableParallelism() : 1),
    FILES_DIR: env.FILES_DIR ?? path.join(env.DATA_DIR, 'files'),
    repoRoot,
    migrationsDir: path.join(repoRoot, 'migrations'),
  }));

export type Config = z.infer<typeof envSchema>;

/** Parses the environment; a missing or bad variable is reported by name and stops start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

export class ConfigError extends Error {}

/** `loadConfig` for a process's start: a bad environment is printed and the process exits with EX_CONFIG. */
export function loadConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
