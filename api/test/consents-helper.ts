import type { TestApi, TestSession } from './harness.js';

interface Status {
  complete: boolean;
  history: { kind: string; signerRelation: string }[];
  kinds: { kind: string; required: boolean; state: string; current: { id: string } }[];
}

/** The one-time code of the newest message to `to` in the development mailbox (as the journeys read it). */
export async function latestCode(api: TestApi, to: string): Promise<string> {
  const res = await api.request(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  const { messages } = (await res.json()) as { messages: { text: string }[] };
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
): Promise<Status> {
  const me = (await (await api.request('/me', { session })).json()) as {
    account: { email: string | null; phone: string | null };
  };
  const status = (await (await api.request(`/patients/${patientId}/consents`, { session })).json()) as Status;
  const documentIds = status.kinds
    .filter((k) => (kinds ? kinds.includes(k.kind) : k.required && k.state !== 'accepted'))
    .map((k) => k.current.id);
  if (!documentIds.length) return status;
  const sent = await api.request(`/patients/${patientId}/consents/signature-code`, {
    method: 'POST',
    session,
    json: { documentIds },
  });
  if (sent.status !== 202) throw new Error(`signature code: ${sent.status} ${await sent.text()}`);
  const code = await latestCode(api, (me.account.email ?? me.account.phone)!);
  const res = await api.request(`/patients/${patientId}/consents`, {
    method: 'POST',
    session,
    json: { documentIds, code },
  });
  if (res.status !== 201) throw new Error(`accept consents: ${res.status} ${await res.text()}`);
  return (await res.json()) as Status;
}
