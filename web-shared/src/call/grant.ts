import { z } from 'zod';

/** What the app's BFF hands the browser: the api's join grant for this consultation. */
export const joinGrantSchema = z.object({
  token: z.string().min(1),
  sfuUrl: z.string().min(1),
  expiresAt: z.string(),
  role: z.enum(['patient', 'doctor', 'guest']),
  media: z.enum(['video', 'audio', 'chat']),
});
export type JoinGrant = z.infer<typeof joinGrantSchema>;

/** The BFF refused a grant: 409 = the call is not open now, 404 = not this user's consultation. */
export class GrantError extends Error {
  constructor(readonly status: number) {
    super(`join grant refused (${status})`);
    this.name = 'GrantError';
  }
}

export async function fetchGrant(url: string): Promise<JoinGrant> {
  const response = await fetch(url, { method: 'POST', headers: { accept: 'application/json' } });
  if (!response.ok) throw new GrantError(response.status);
  return joinGrantSchema.parse(await response.json());
}
