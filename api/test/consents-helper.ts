import { parseResponse } from 'hono/client';
import type { TestApi, TestSession } from './harness.js';

/** The one-time code of the newest message to `to` in the development mailbox (as the journeys read it). */
export async function latestCode(api: TestApi, to: string): Promise<string> {
  const { messages } = await parseResponse(api.client().dev.mailbox.$get({ query: { to } }));
  const code = messages[0]?.text.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code in the mailbox of ${to}`);
  return code;
}

/**
 * Signs the current required consents for `patientId` through the real api, as the consents page does: asks a
 * code for the documents, reads it from the development mailbox and signs with it. `kinds`: sign these instead.
 */
export async function acceptConsents(
  api: TestApi,
  session: TestSession,
  patientId: string,
  kinds?: string[],
) {
  const client = api.client(session);
  const me = await parseResponse(client.me.$get());
  const consents = client.patients[':id'].consents;
  const status = await parseResponse(consents.$get({ param: { id: patientId } }));
  const documentIds = status.kinds
    .filter((k) => (kinds ? kinds.includes(k.kind) : k.required && k.state !== 'accepted'))
    .map((k) => k.current.id);
  if (!documentIds.length) return status;
  const sent = await consents['signature-code'].$post({ param: { id: patientId }, json: { documentIds } });
  if (sent.status !== 202) throw new Error(`signature code: ${sent.status} ${await sent.text()}`);
  const code = await latestCode(api, (me.account.email ?? me.account.phone)!);
  return parseResponse(consents.$post({ param: { id: patientId }, json: { documentIds, code } }));
}
