import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { relationToPatient } from '../src/auth/policy.js';
import { anamnesisSessions, appointments, auditEvents } from '../src/db/schema/index.js';
import { book, uploadPdf, videoSlots } from './booking-fixtures.js';
import { annaAndSmirnova, insertAppointment } from './consultation-fixtures.js';
import { refused, senderOf, useTestApi, type TestSession } from './harness.js';
import { familyOf, practitionerIdOf } from './people.js';

/**
 * What an outside tester sends to the recently added endpoints: other people's ids, malformed ids and bodies,
 * the wrong role. Each refusal is a problem+json with a stable code, and gives nothing away.
 */

const api = useTestApi();

let anna: TestSession;
let smirnova: TestSession;
let family: Awaited<ReturnType<typeof familyOf>>;
let smirnovaId: string;
let ivan: TestSession;
let lebedev: TestSession;
let orlova: TestSession;
let admin: TestSession;
let coordinator: TestSession;

beforeAll(async () => {
  ({ anna, smirnova, family, smirnovaId } = await annaAndSmirnova(api));
  ivan = await api.login('ivan.sokolov@demo.telemed');
  lebedev = await api.login('dr.lebedev@demo.telemed');
  orlova = await api.login('nurse.orlova@demo.telemed');
  admin = await api.login('admin@demo.telemed');
  coordinator = await api.login('coordinator@demo.telemed');
});

const send = senderOf(api);

const MALFORMED_IDS = ['not-a-uuid', '1', '-1', "'%20or%201=1--", 'x'.repeat(2000)];

describe('GET /admin/regions', () => {
  it('answers the admin only: anonymous 401, every other role 403', async () => {
    await refused(await send('/admin/regions'), 401, 'auth.required');
    for (const session of [anna, smirnova, orlova, coordinator]) {
      await refused(await send('/admin/regions', session), 403, 'auth.role_forbidden');
    }
    // It takes no query: junk in one is ignored, a NUL anywhere is refused as for every route.
    const res = await send(
      `/admin/regions?limit=-1&page=99999999999999999999&region=${'x'.repeat(5000)}`,
      admin,
    );
    expect(res.status).toBe(200);
    await refused(await send('/admin/regions?region=%00', admin), 400, 'validation.unsafe_text');
    expect(((await res.json()) as { items: string[] }).items).toEqual(['kazan', 'moscow', 'spb']);
  });
});

describe('joining a call too early', () => {
  let early: Awaited<ReturnType<typeof insertAppointment>>;
  beforeAll(async () => {
    early = await insertAppointment(api, {
      patientId: family.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: 180,
    });
  });

  it('tells the participants when the room opens', async () => {
    for (const session of [anna, smirnova]) {
      const problem = await refused(
        await send(`/appointments/${early.id}/join`, session, { method: 'POST' }),
        409,
        'consultation.not_open_yet',
      );
      expect(problem.params).toHaveProperty('opensAt');
    }
  });

  it("tells other patients, other doctors and assistants nothing of someone else's appointment", async () => {
    const opensAt = new Date(early.startsAt.getTime() - 15 * 60_000).toISOString();
    for (const session of [ivan, lebedev, orlova, admin, coordinator]) {
      for (const [path, json] of [
        [`/appointments/${early.id}/join`, undefined],
        [`/appointments/${early.id}/messages`, { id: randomUUID(), body: 'hello' }],
        [`/appointments/${early.id}/phone-call`, undefined],
      ] as const) {
        const res = await send(path, session, { method: 'POST', json });
        const text = await res.clone().text();
        expect(text).not.toContain(opensAt);
        expect(text).not.toContain('opensAt');
        await refused(res, 404, 'not_found');
      }
    }
    await refused(
      await send(`/appointments/${early.id}/join`, undefined, { method: 'POST' }),
      401,
      'auth.required',
    );
  });

  it('answers malformed ids with a 400 naming the id, for anybody', async () => {
    for (const id of MALFORMED_IDS) {
      for (const session of [anna, ivan, lebedev, undefined]) {
        const problem = await refused(
          await send(`/appointments/${id}/join`, session, { method: 'POST' }),
          400,
          'validation.invalid_id',
        );
        expect(problem.errors?.map((e) => e.path)).toEqual(['id']);
      }
    }
  });
});

describe('the symptom-checker hand-off', () => {
  let childDone: { id: string; booking: unknown };
  let ownInProgress: string;

  beforeAll(async () => {
    const child = family.children[0]!.id;
    const started = await parseResponse(
      api.client(anna).anamnesis.$post({ json: { patientId: child, complaintText: 'кашель и насморк' } }),
    );
    childDone = await parseResponse(
      api.client(anna).anamnesis[':id'].finish.$post({ param: { id: started.id } }),
    );
    const mine = await parseResponse(
      api.client(anna).anamnesis.$post({ json: { patientId: family.self.id, complaintText: 'болит горло' } }),
    );
    expect(mine.status).toBe('in_progress');
    ownInProgress = mine.id;
  });

  it('offers the booking to the parent only: another family, doctors and assistants get a 404 and no offer', async () => {
    const own = await send(`/anamnesis/${childDone.id}`, anna);
    expect(own.status).toBe(200);
    expect(((await own.json()) as { booking: unknown }).booking).not.toBeNull();
    for (const session of [ivan, lebedev, orlova, admin, coordinator]) {
      for (const [path, method, json] of [
        [`/anamnesis/${childDone.id}`, 'GET', undefined],
        [`/anamnesis/${childDone.id}/finish`, 'POST', undefined],
        [`/anamnesis/${childDone.id}/answers`, 'POST', { answers: [{ findingId: 'cough', value: 'yes' }] }],
      ] as const) {
        const res = await send(path, session, { method, json });
        expect(await res.clone().text()).not.toContain('"booking"');
        // Staff touching a questionnaire they may not see: the outsiders' 404, or the role's 403 for writes.
        if (res.status === 403) await refused(res, 403, 'auth.action_forbidden');
        else await refused(res, 404, 'not_found');
      }
    }
  });

  it("refuses to book with another family's questionnaire, or one still in progress", async () => {
    const ivanFamily = await familyOf(api, ivan);
    const { slots } = await videoSlots(api, anna, 'therapist', family.self.id);
    const theirs = await book(api, ivan, {
      patientId: ivanFamily.self.id,
      slotId: slots.at(-1)!.id,
      format: 'video',
      anamnesisId: childDone.id,
    });
    await refused(theirs, 400, 'anamnesis.not_for_patient');
    const unfinished = await book(api, anna, {
      patientId: family.self.id,
      slotId: slots.at(-1)!.id,
      format: 'video',
      anamnesisId: ownInProgress,
    });
    const problem = await refused(unfinished, 400, 'validation.invalid_choice');
    expect(problem.errors?.map((e) => e.path)).toEqual(['anamnesisId']);
    // Nothing was booked, nothing attached.
    const [row] = await api.deps.database.db
      .select({ appointmentId: anamnesisSessions.appointmentId })
      .from(anamnesisSessions)
      .where(eq(anamnesisSessions.id, ownInProgress));
    expect(row!.appointmentId).toBeNull();
    const urgent = await send('/urgent-queue', anna, {
      method: 'POST',
      json: { patientId: family.self.id, format: 'video', anamnesisId: ownInProgress },
    });
    await refused(urgent, 400, 'validation.invalid_choice');
  });

  it('answers malformed ids and bodies with a 400', async () => {
    for (const id of MALFORMED_IDS) {
      await refused(await send(`/anamnesis/${id}`, anna), 400, 'validation.invalid_id');
    }
    for (const json of [null, [], 'text', 42]) {
      const res = await send(`/anamnesis/${childDone.id}/answers`, anna, { method: 'POST', json });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });
});

describe('signing a conclusion early', () => {
  it('gives another doctor the 404, not the time signing opens', async () => {
    const appt = await insertAppointment(api, {
      patientId: family.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: 90,
    });
    await refused(
      await send(`/appointments/${appt.id}/conclusion/finalise`, smirnova, { method: 'POST' }),
      409,
      'conclusion.not_started',
    );
    for (const session of [lebedev]) {
      for (const [path, method, json] of [
        [`/appointments/${appt.id}/conclusion/finalise`, 'POST', undefined],
        [`/appointments/${appt.id}/conclusion/draft`, 'PUT', { complaints: 'x' }],
        [`/appointments/${appt.id}/conclusion`, 'GET', undefined],
      ] as const) {
        const res = await send(path, session, { method, json });
        expect(await res.clone().text()).not.toContain('signFrom');
        await refused(res, 404, 'not_found');
      }
    }
    for (const session of [anna, orlova, admin]) {
      await refused(
        await send(`/appointments/${appt.id}/conclusion/finalise`, session, { method: 'POST' }),
        403,
        'auth.role_forbidden',
      );
    }
  });

  it('answers malformed draft bodies with a 400 problem', async () => {
    const appt = await insertAppointment(api, {
      patientId: family.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: 90,
    });
    for (const body of ['null', '[]', '"x"', '{', `{"complaints":"${'x'.repeat(100_000)}"}`]) {
      const res = await api.request(`/appointments/${appt.id}/conclusion/draft`, {
        method: 'PUT',
        session: smirnova,
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status, body.slice(0, 20)).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
    const plain = await api.request(`/appointments/${appt.id}/conclusion/draft`, {
      method: 'PUT',
      session: smirnova,
      headers: { 'content-type': 'text/plain' },
      body: '{"complaints":"x"}',
    });
    expect(plain.status).toBeGreaterThanOrEqual(400);
    expect(plain.status).toBeLessThan(500);
    expect(plain.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('a cancelled consultation', () => {
  /** Dr Romanov, whose only link to Anna is the consultation she cancelled. */
  let romanov: TestSession;
  let appt: Awaited<ReturnType<typeof insertAppointment>>;
  let questionnaire: string;

  beforeAll(async () => {
    romanov = await api.login('dr.romanov@demo.telemed');
    appt = await insertAppointment(api, {
      patientId: family.self.id,
      practitionerId: await practitionerIdOf(api, { accountId: romanov.accountId }),
      bookedBy: anna,
      startsInMinutes: -30,
    });
    const db = api.deps.database.db;
    const started = await parseResponse(
      api
        .client(anna)
        .anamnesis.$post({ json: { patientId: family.self.id, complaintText: 'болит голова' } }),
    );
    questionnaire = started.id;
    await api.client(anna).anamnesis[':id'].finish.$post({ param: { id: questionnaire } });
    await db
      .update(anamnesisSessions)
      .set({ appointmentId: appt.id })
      .where(eq(anamnesisSessions.id, questionnaire));
    const file = await uploadPdf(api, anna, family.self.id, 'mri.pdf', 'test_result');
    expect(
      (await send(`/appointments/${appt.id}/attachments`, anna, { method: 'POST', json: { fileId: file } }))
        .status,
    ).toBe(204);
    await db.update(appointments).set({ status: 'cancelled' }).where(eq(appointments.id, appt.id));
    const [actor] = await db.select().from(appointments).where(eq(appointments.id, appt.id));
    expect(actor!.status).toBe('cancelled');
  });

  it("no longer opens the patient's record to its doctor: the questionnaire, documents, card diagnoses (404, audited)", async () => {
    const actor = {
      accountId: romanov.accountId,
      role: 'doctor' as const,
      practitionerId: appt.practitionerId,
    };
    expect(await relationToPatient(api.deps.database.db, actor as never, family.self.id)).toBeNull();
    for (const path of [
      `/appointments/${appt.id}/anamnesis`,
      `/appointments/${appt.id}/attachments`,
      `/appointments/${appt.id}/escalation`,
      `/appointments/${appt.id}/conclusion/established-diagnoses`,
      `/anamnesis/${questionnaire}`,
    ]) {
      await refused(await send(path, romanov), 404, 'not_found');
    }
    const denied = await api.deps.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorAccountId, romanov.accountId),
          eq(auditEvents.resourceId, appt.id),
          eq(auditEvents.outcome, 'denied'),
        ),
      );
    expect(denied.map((d) => d.action)).toEqual(
      expect.arrayContaining([
        'anamnesis.read',
        'appointment.attachments.read',
        'monitoring.escalation.read',
        'conclusion.established_diagnoses',
      ]),
    );
  });

  it('has no conclusion to write or sign (409)', async () => {
    await refused(
      await send(`/appointments/${appt.id}/conclusion/draft`, romanov, {
        method: 'PUT',
        json: { complaints: 'Headache', diagnosisCode: 'R51' },
      }),
      409,
      'consultation.cancelled',
    );
    await refused(
      await send(`/appointments/${appt.id}/conclusion/finalise`, romanov, { method: 'POST' }),
      409,
      'consultation.cancelled',
    );
  });

  it('stays readable to the patient, and to a doctor who still treats her', async () => {
    expect((await send(`/appointments/${appt.id}/anamnesis`, anna)).status).toBe(200);
    expect((await send(`/appointments/${appt.id}/attachments`, anna)).status).toBe(200);
    const other = await insertAppointment(api, {
      patientId: family.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: -300,
    });
    await api.deps.database.db
      .update(appointments)
      .set({ status: 'cancelled' })
      .where(eq(appointments.id, other.id));
    // Smirnova treats Anna through her other consultations.
    expect((await send(`/appointments/${other.id}/conclusion/established-diagnoses`, smirnova)).status).toBe(
      200,
    );
    expect((await send(`/appointments/${other.id}/escalation`, smirnova)).status).toBe(200);
  });
});

describe("attaching someone else's document", () => {
  it('answers like a missing document (404), so the id gives nothing away', async () => {
    const ivanFamily = await familyOf(api, ivan);
    const theirs = await uploadPdf(api, ivan, ivanFamily.self.id, 'scan.pdf', 'test_result');
    const appt = await insertAppointment(api, {
      patientId: family.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: 60,
    });
    for (const fileId of [theirs, randomUUID()]) {
      await refused(
        await send(`/appointments/${appt.id}/attachments`, anna, { method: 'POST', json: { fileId } }),
        404,
        'not_found',
      );
    }
    // A document of her own child still gets the precise refusal: she may see both.
    const childFile = await uploadPdf(api, anna, family.children[0]!.id, 'child.pdf', 'test_result');
    await refused(
      await send(`/appointments/${appt.id}/attachments`, anna, {
        method: 'POST',
        json: { fileId: childFile },
      }),
      400,
      'file.not_own',
    );
  });
});
