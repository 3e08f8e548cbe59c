import os from 'node:os';
import { z } from 'zod';
import { iceServerSchema } from './protocol.js';

// Same development defaults as the api (api/src/config.ts), so `npm start` works without any secrets set.
const devSecret = (name: string) => `dev-only-${name}-change-me-in-production`;

const port = z.coerce.number().int().min(1).max(65535);

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    /** HTTP + WebSocket signalling. */
    PORT: z.coerce.number().int().min(0).max(65535).default(4443), // 0: any free port (tests)
    /** Identifies this node in Redis (`sfu:nodes:<id>`). */
    NODE_ID: z.string().min(1).default(`${os.hostname()}-${process.pid}`),
    /** The ws(s):// URL browsers use to reach this node, published with its load for the api. */
    PUBLIC_URL: z.string().optional(),
    RTC_LISTEN_IP: z.string().default('127.0.0.1'),
    /** The public IP announced in ICE candidates when the node sits behind NAT. */
    RTC_ANNOUNCED_IP: z.string().optional(),
    /** Worker i's WebRtcServer listens on UDP and TCP port WEBRTC_SERVER_PORT + i. */
    WEBRTC_SERVER_PORT: port.default(44444),
    /** Range for plain (non-browser) RTP transports. */
    RTC_MIN_PORT: port.default(40000),
    RTC_MAX_PORT: port.default(44000),
    NUM_WORKERS: z.coerce.number().int().min(1).max(256).default(os.availableParallelism()),
    JOIN_TOKEN_SECRET: z.string().min(24).optional(),
    INTERNAL_API_SECRET: z.string().min(24).optional(),
    API_URL: z.url().default('http://127.0.0.1:8787'),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    LOAD_REPORT_INTERVAL_MS: z.coerce.number().int().min(500).default(5000),
    /** JSON array of RTCIceServer objects handed to clients, e.g. [{"urls":"turn:turn.example:3478",...}]. */
    TURN_SERVERS: z
      .string()
      .default('[]')
      .transform((s, ctx) => {
        try {
          return z.array(iceServerSchema).parse(JSON.parse(s));
        } catch {
          ctx.addIssue({ code: 'custom', message: 'must be a JSON array of {urls, username?, credential?}' });
          return z.NEVER;
        }
      }),
    /** Allow SRTP plain transports (gateways, tests, benchmarks). Browsers never need them. */
    ALLOW_PLAIN_TRANSPORTS: z.stringbool().default(false),
    /** An empty room (everyone left) keeps its router this long, so a reload does not restart the call. */
    EMPTY_ROOM_TTL_MS: z.coerce.number().int().min(0).default(60_000),
  })
  .superRefine((env, ctx) => {
    if (env.RTC_MIN_PORT > env.RTC_MAX_PORT) {
      ctx.addIssue({ code: 'custom', path: ['RTC_MIN_PORT'], message: 'must not exceed RTC_MAX_PORT' });
    }
    if (env.NODE_ENV !== 'production') return;
    for (const key of ['INTERNAL_API_SECRET', 'JOIN_TOKEN_SECRET'] as const) {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required in production' });
    }
  })
  .transform((env) => ({
    ...env,
    INTERNAL_API_SECRET: env.INTERNAL_API_SECRET ?? devSecret('internal'),
    JOIN_TOKEN_SECRET: env.JOIN_TOKEN_SECRET ?? devSecret('join'),
  }));

export type SfuConfig = z.infer<typeof envSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): SfuConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid sfu environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
