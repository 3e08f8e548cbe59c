import { z } from 'zod';

/** One stored chat message, as the api's history and the sfu's notifications both carry it. */
export const chatItemSchema = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  senderAccountId: z.uuid(),
  senderRole: z.string(),
  body: z.string(),
  attachmentFileId: z.uuid().nullable(),
  sentAt: z.string(),
});
export type ChatItem = z.infer<typeof chatItemSchema>;

export const chatHistorySchema = z.object({ items: z.array(chatItemSchema) });

/**
 * Adds messages to the log without duplicates: the same message can arrive as the sender's ack, as a live
 * notification and again in the history replayed after a reconnect, always with the same client-made id.
 * The api's `seq` orders the log.
 */
export function mergeChat(log: readonly ChatItem[], incoming: readonly ChatItem[]): ChatItem[] {
  const byId = new Map(log.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}
