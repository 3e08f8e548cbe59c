/** The sfu's only calls into the api: persist chat messages and record room events (both internal routes). */
import { z } from 'zod';

const storedMessageSchema = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  sentAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});
export type StoredMessage = z.infer<typeof storedMessageSchema>;

export type RoomEventType = 'joined' | 'left' | 'started' | 'ended';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`api answered ${status}: ${detail}`);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  persistMessage(
    room: string,
    message: {
      id: string;
      senderAccountId: string;
      senderRole: 'patient' | 'doctor' | 'guest';
      body: string;
      attachmentFileId: string | null;
      sentAt: string;
    },
  ): Promise<StoredMessage & { created: boolean }>;
  recordEvent(room: string, type: RoomEventType, accountId: string | null, at?: Date): Promise<void>;
}

export function createApiClient(baseUrl: string, internalSecret: string, timeoutMs = 5000): ApiClient {
  async function post(path: string, body: unknown): Promise<{ status: number; body: unknown }> {
    const res = await fetch(new URL(path, baseUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${internalSecret}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (!res.ok) throw new ApiError(res.status, text.slice(0, 300));
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }
  return {
    async persistMessage(room, message) {
      const res = await post(`/internal/consultations/${encodeURIComponent(room)}/messages`, message);
      // 201: stored now; 200: this id was stored before (a resend after a lost ack).
      return { ...storedMessageSchema.parse(res.body), created: res.status === 201 };
    },
    async recordEvent(room, type, accountId, at = new Date()) {
      await post(`/internal/consultations/${encodeURIComponent(room)}/events`, {
        type,
        accountId,
        at: at.toISOString(),
      });
    },
  };
}
