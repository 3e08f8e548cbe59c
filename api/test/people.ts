import { eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { accounts, practitioners } from '../src/db/schema/index.js';
import type { TestApi, TestSession } from './harness.js';

/** The signed-in patient's own record and the children kept in their account, as the app reads them. */
export const familyOf = (api: TestApi, session: TestSession) =>
  parseResponse(api.client(session).me.family.$get());

/** The practitioner record of a seeded staff account, by its email or account id. */
export async function practitionerIdOf(api: TestApi, who: { email: string } | { accountId: string }) {
  const [row] = await api.deps.database.db
    .select({ id: practitioners.id })
    .from(practitioners)
    .innerJoin(accounts, eq(accounts.id, practitioners.accountId))
    .where('email' in who ? eq(accounts.email, who.email) : eq(accounts.id, who.accountId));
  if (!row) throw new Error(`no practitioner for ${JSON.stringify(who)}`);
  return row.id;
}
