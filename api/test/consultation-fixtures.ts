import type { z } from '@hono/zod-openapi';
import { appointments } from '../src/db/schema/index.js';
import type { draftBodySchema } from '../src/domains/conclusions/schemas.js';
import type { TestApi, TestSession } from './harness.js';
import { familyOf, practitionerIdOf } from './people.js';

/** Anna (a parent of two), signed in with her family, and Dr Smirnova, her therapist, with her practitioner id. */
export async function annaAndSmirnova(api: TestApi) {
  const anna = await api.login('anna.petrova@demo.telemed');
  const smirnova = await api.login('dr.smirnova@demo.telemed');
  return {
    anna,
    smirnova,
    family: await familyOf(api, anna),
    smirnovaId: await practitionerIdOf(api, { accountId: smirnova.accountId }),
  };
}

/**
 * A 20-minute consultation written straight to the database, so a test picks any time, format or status without
 * going through booking's rules. `startsInMinutes` is from now (negative: already started).
 */
export async function insertAppointment(
  api: TestApi,
  opts: {
    patientId: string;
    practitionerId: string;
    bookedBy: TestSession;
    startsInMinutes: number;
    format?: 'video' | 'audio' | 'chat' | 'in_person';
    status?: 'booked' | 'in_progress';
  },
) {
  const startsAt = new Date(Date.now() + opts.startsInMinutes * 60_000);
  const [row] = await api.deps.database.db
    .insert(appointments)
    .values({
      patientId: opts.patientId,
      practitionerId: opts.practitionerId,
      specialtyCode: 'therapist',
      format: opts.format ?? 'video',
      urgency: 'planned',
      status: opts.status ?? 'booked',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * 60_000),
      bookedByAccountId: opts.bookedBy.accountId,
    })
    .returning();
  return row!;
}

export const join = (api: TestApi, id: string, session?: TestSession) =>
  api.client(session).appointments[':id'].join.$post({ param: { id } });

export const saveDraft = (
  api: TestApi,
  session: TestSession,
  id: string,
  json: z.input<typeof draftBodySchema>,
) => api.client(session).appointments[':id'].conclusion.draft.$put({ param: { id }, json });

export const finalise = (api: TestApi, session: TestSession, id: string) =>
  api.client(session).appointments[':id'].conclusion.finalise.$post({ param: { id } });
