import { z } from 'zod';

/** What the app's BFF hands the browser: the api's join grant for this consultation. */
export const joinGrantSchema = z.object({
  token: z.string().min(1),
  sfuUrl: z.string().min(1),
  expiresAt: z.string(),
  role: z.enum(['patient', 'doctor', 'guest']),
  media: z.enum(['video', 'audio', 'chat']),
  /** TURN/STUN servers with time-limited credentials; empty when the deployment runs no TURN server. */
  iceServers: z
    .array(
      z.object({
        urls: z.union([z.string(), z.array(z.string())]),
        username: z.string().optional(),
        credential: z.string().optional(),
      }),
    )
    .default([]),
});
export type JoinGrant = z.infer<typeof joinGrantSchema>;

/**
 * The BFF refused a grant: 409 = the call is not open now (with when it opens, if it is too early), 404 = not
 * this user's consultation.
 */
export class GrantError extends Error {
  constructor(
    readonly status: number,
    readonly opensAt: string | null = null,
  ) {
    super(`join grant refused (${status})`);
    this.name = 'GrantError';
  }
}

const refusalSchema = z.object({ params: z.object({ opensAt: z.iso.datetime().optional() }).catch({}) });

export async function fetchGrant(url: string): Promise<JoinGrant> {
  const response = await fetch(url, { method: 'POST', headers: { accept: 'application/json' } });
  if (!response.ok) {
    const refusal = refusalSchema.safeParse(await response.json().catch(() => null));
    throw new GrantError(response.status, refusal.success ? (refusal.data.params.opensAt ?? null) : null);
  }
  return joinGrantSchema.parse(await response.json());
}
