import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { parseResponse } from 'hono/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import {
  anamnesisSessions,
  appointments,
  auditEvents,
  notifications,
  patients,
} from '../src/db/schema/index.js';
import { SLOTS_READS } from '../src/domains/booking/queries.js';
import { sendReminder } from '../src/domains/booking/reminders.js';
import { recipientAccount } from '../src/domains/notifications/recipient.js';
import { ReadCache } from '../src/lib/read-cache.js';
import { book, uploadPdf, videoSlots } from './booking-fixtures.js';
import { annaAndSmirnova, insertAppointment, saveDraft } from './consultation-fixtures.js';
import { clientOf, refused, senderOf, useTestApi, type TestSession } from './harness.js';
import { familyOf, practitionerIdOf } from './people.js';

/**
 * The second probe round: what a cancelled consultation still opened (to a guest, to its doctor), a call event
 * for a call that cannot happen, a questionnaire taken from one consultation by booking another with it, and the
 * free slots of a doctor who does not exist. Each refusal is a problem+json with a stable code.
 */

const api = useTestApi();

let anna: TestSession;
let smirnova: TestSession;
let orlova: TestSession;
let romanov: TestSession;
let admin: TestSession;
let family: Awaited<ReturnType<typeof familyOf>>;
let smirnovaId: string;

beforeAll(async () => {
  ({ anna, smirnova, family, smirnovaId } = await annaAndSmirnova(api));
  orlova = await api.login('nurse.orlova@demo.telemed');
  romanov = await api.login('dr.romanov@demo.telemed');
  admin = await api.login('admin@demo.telemed');
});

const send = senderOf(api);

const cancel = (id: string) =>
  api.deps.database.db.update(appointments).set({ status: 'cancelled' }).where(eq(appointments.id, id));

/** A completed symptom-checker questionnaire of Anna's, by its complaint. */
async function finishedQuestionnaire(complaintText: string) {
  const started = await parseResponse(
    api.client(anna).anamnesis.$post({ json: { patientId: family.self.id, complaintText } }),
  );
  await api.client(anna).anamnesis[':id'].finish.$post({ param: { id: started.id } });
  return started.id;
}

const linkQuestionnaire = (questionnaire: string, appointmentId: string) =>
  api.deps.database.db
    .update(anamnesisSessions)
    .set({ appointmentId })
    .where(eq(anamnesisSessions.id, questionnaire));

const invite = (id: string, session: TestSession, accountId: string) =>
  send(`/appointments/${id}/guests`, session, { method: 'POST', json: { accountId } });

describe('a guest of a consultation', () => {
  let appt: Awaited<ReturnType<typeof insertAppointment>>;
  const consultationReads = (id: string) => [
    `/appointments/${id}/anamnesis`,
    `/appointments/${id}/attachments`,
    `/appointments/${id}/messages`,
    `/appointments/${id}/participants`,
    `/appointments/${id}`,
    `/appointments/${id}/calendar.ics`,
    `/appointments/${id}/escalation`,
  ];

  beforeAll(async () => {
    appt = await insertAppointment(api, {
      patientId: family.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: 5,
    });
    await linkQuestionnaire(await finishedQuestionnaire('болит спина'), appt.id);
    const file = await uploadPdf(api, anna, family.self.id, 'spine.pdf', 'test_result');
    const attached = await send(`/appointments/${appt.id}/attachments`, anna, {
      method: 'POST',
      json: { fileId: file },
    });
    expect(attached.status).toBe(204);
    expect((await invite(appt.id, smirnova, orlova.accountId)).status).toBe(204);
  });

  it("takes part while the consultation stands, but never reads the patient's record through it (403, audited)", async () => {
    for (const path of consultationReads(appt.id).slice(2, 6)) {
      expect((await send(path, orlova)).status, path).toBe(200);
    }
    for (const path of consultationReads(appt.id).slice(0, 2)) {
      const res = await send(path, orlova);
      expect(await res.clone().text()).not.toContain('болит спина');
      await refused(res, 403, 'auth.action_forbidden');
    }
    await refused(await send(`/appointments/${appt.id}/escalation`, orlova), 404, 'not_found');
    // The doctor and the patient read both.
    for (const session of [smirnova, anna]) {
      expect((await send(`/appointments/${appt.id}/anamnesis`, session)).status).toBe(200);
      expect((await send(`/appointments/${appt.id}/attachments`, session)).status).toBe(200);
    }
  });

  it('gets the 404 of a consultation that does not exist once it is cancelled, audited as denied', async () => {
    await cancel(appt.id);
    for (const path of consultationReads(appt.id)) await refused(await send(path, orlova), 404, 'not_found');
    for (const [path, json] of [
      [`/appointments/${appt.id}/join`, undefined],
      [`/appointments/${appt.id}/messages`, { id: randomUUID(), body: 'hello' }],
      [`/appointments/${appt.id}/call-events`, { type: 'media_unavailable' }],
    ] as const) {
      await refused(await send(path, orlova, { method: 'POST', json }), 404, 'not_found');
    }
    const denied = await api.deps.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorAccountId, orlova.accountId),
          eq(auditEvents.resourceId, appt.id),
          eq(auditEvents.outcome, 'denied'),
        ),
      );
    expect(denied.map((d) => d.action)).toEqual(
      expect.arrayContaining(['anamnesis.read', 'appointment.attachments.read', 'consultation.chat.read']),
    );
    // The patient still reads her own consultation.
    expect((await send(`/appointments/${appt.id}/anamnesis`, anna)).status).toBe(200);
  });

  it('cannot be brought into a cancelled or an ended consultation (409)', async () => {
    const lebedev = await api.login('dr.lebedev@demo.telemed');
    await refused(await invite(appt.id, smirnova, lebedev.accountId), 409, 'consultation.cancelled');
    const ended = await insertAppointment(api, {
      patientId: family.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: -60,
    });
    await api.deps.database.db
      .update(appointments)
      .set({ status: 'completed' })
      .where(eq(appointments.id, ended.id));
    await refused(await invite(ended.id, smirnova, lebedev.accountId), 409, 'consultation.ended');
    expect((await send(`/appointments/${ended.id}/participants`, lebedev)).status).toBe(404);
  });
});

describe('POST /appointments/{id}/call-events', () => {
  const event = (id: string, session: TestSession) =>
    send(`/appointments/${id}/call-events`, session, { method: 'POST', json: { type: 'media_unavailable' } });

  it('records what happened to an open call, and refuses one that cannot happen (409)', async () => {
    const open = await insertAppointment(api, {
      patientId: family.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: 0,
    });
    expect((await event(open.id, anna)).status).toBe(204);
    expect((await event(open.id, smirnova)).status).toBe(204);
    await cancel(open.id);
    for (const session of [anna, smirnova])
      await refused(await event(open.id, session), 409, 'consultation.cancelled');
    const later = await insertAppointment(api, {
      patientId: family.self.id,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: 180,
    });
    await refused(await event(later.id, anna), 409, 'consultation.not_open_yet');
    // Nobody else learns anything, whatever the state.
    await refused(await event(open.id, romanov), 404, 'not_found');
  });
});

describe('a questionnaire attached to a consultation', () => {
  it('stays with it: booking another consultation with it is a 409, until the first is cancelled', async () => {
    const db = api.deps.database.db;
    const questionnaire = await finishedQuestionnaire('болит горло и температура');
    const { slots } = await videoSlots(api, anna, 'therapist', family.self.id);
    const [first, second] = [slots.at(-1)!, slots.at(-2)!];
    const booked = await parseResponse(
      book(api, anna, {
        patientId: family.self.id,
        slotId: first.id,
        format: 'video',
        anamnesisId: questionnaire,
      }),
    );
    const linked = async () =>
      (
        await db
          .select({ appointmentId: anamnesisSessions.appointmentId })
          .from(anamnesisSessions)
          .where(eq(anamnesisSessions.id, questionnaire))
      )[0]!.appointmentId;
    expect(await linked()).toBe(booked.id);

    const countOf = async () =>
      (await db.select().from(appointments).where(eq(appointments.patientId, family.self.id))).length;
    const before = await countOf();
    const again = {
      patientId: family.self.id,
      slotId: second.id,
      format: 'video' as const,
      anamnesisId: questionnaire,
    };
    await refused(await book(api, anna, again), 409, 'anamnesis.already_attached');
    await refused(
      await send('/urgent-queue', anna, {
        method: 'POST',
        json: {
          patientId: family.self.id,
          specialty: 'therapist',
          format: 'video',
          anamnesisId: questionnaire,
        },
      }),
      409,
      'anamnesis.already_attached',
    );
    // Nothing was booked, and the first consultation's doctor still has it.
    expect(await countOf()).toBe(before);
    expect(await linked()).toBe(booked.id);

    // Once the first is cancelled its doctor no longer reads it: it moves with the new booking.
    expect((await send(`/appointments/${booked.id}/cancel`, anna, { method: 'POST' })).status).toBe(204);
    const moved = await parseResponse(book(api, anna, again));
    expect(await linked()).toBe(moved.id);
    expect((await send(`/appointments/${moved.id}/anamnesis`, anna)).status).toBe(200);
  });
});

describe('the doctor of a cancelled consultation', () => {
  it("keeps what they took part in (chat, participants, their draft, the appointment), not the patient's record", async () => {
    const appt = await insertAppointment(api, {
      patientId: family.self.id,
      practitionerId: await practitionerIdOf(api, { accountId: romanov.accountId }),
      bookedBy: anna,
      startsInMinutes: -10,
    });
    const complaint = 'болит колено после падения';
    const questionnaire = await finishedQuestionnaire(complaint);
    await linkQuestionnaire(questionnaire, appt.id);
    const file = await uploadPdf(api, anna, family.self.id, 'knee-xray.pdf', 'test_result');
    expect(
      (await send(`/appointments/${appt.id}/attachments`, anna, { method: 'POST', json: { fileId: file } }))
        .status,
    ).toBe(204);
    const message = { id: randomUUID(), body: 'Здравствуйте, доктор' };
    expect(
      (await send(`/appointments/${appt.id}/messages`, anna, { method: 'POST', json: message })).status,
    ).toBe(201);
    expect((await saveDraft(api, romanov, appt.id, { complaints: 'Knee pain' })).status).toBe(200);
    await cancel(appt.id);

    for (const path of [
      `/appointments/${appt.id}`,
      `/appointments/${appt.id}/messages`,
      `/appointments/${appt.id}/participants`,
      `/appointments/${appt.id}/conclusion`,
    ]) {
      const res = await send(path, romanov);
      expect(res.status, path).toBe(200);
      const text = await res.text();
      // What they wrote and saw in the chat, nothing of the questionnaire or the documents.
      expect(text).not.toContain(complaint);
      expect(text).not.toContain('knee-xray');
      expect(text).not.toContain(questionnaire);
    }
    for (const path of [
      `/appointments/${appt.id}/anamnesis`,
      `/appointments/${appt.id}/attachments`,
      `/appointments/${appt.id}/conclusion/established-diagnoses`,
      `/anamnesis/${questionnaire}`,
      `/files/${file}`,
      `/patients/${family.self.id}`,
      `/patients/${family.self.id}/files`,
      `/patients/${family.self.id}/medcard/timeline`,
      `/patients/${family.self.id}/lab-orders`,
      `/patients/${family.self.id}/clinical-summary`,
      `/patients/${family.self.id}/history`,
    ]) {
      await refused(await send(path, romanov), 404, 'not_found');
    }
  });
});

describe('GET /doctors/{id}/slots', () => {
  let cache: ReadCache;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    cache = await ReadCache.start(api.deps.redis, 600_000, { register: true });
    app = createApp({ ...api.deps, readCache: cache });
  });
  afterAll(() => cache.close());

  /** `far`: a window past the cached horizon, read from the database each time. */
  const slotsOf = (id: string, far = false) =>
    clientOf(app, { session: anna }).doctors[':id'].slots.$get({
      param: { id },
      query: far
        ? { days: '14', from: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10) }
        : { days: '3' },
    });
  /** Whether the cache holds an answer for `id` (a probe load that runs means it did not). */
  const cached = async (id: string) => {
    let loaded = false;
    await cache.get(SLOTS_READS, id, () => {
      loaded = true;
      return Promise.resolve([]);
    });
    cache.forget(SLOTS_READS, id);
    return !loaded;
  };

  it("answers a doctor's slots, and a 404 for an unknown id, an assistant or a patient, caching none of those", async () => {
    const ok = await slotsOf(smirnovaId);
    expect(ok.status).toBe(200);
    expect((await slotsOf(smirnovaId, true)).status).toBe(200);
    expect((await parseResponse(ok)).items.length).toBeGreaterThan(0);
    const strangers = [
      randomUUID(),
      await practitionerIdOf(api, { accountId: orlova.accountId }),
      family.self.id,
    ];
    for (const id of strangers) {
      await refused(await slotsOf(id), 404, 'not_found');
      await refused(await slotsOf(id, true), 404, 'not_found');
      expect(await cached(id)).toBe(false);
    }
    await refused(await slotsOf('not-a-uuid'), 400, 'validation.invalid_id');
  });

  it('answers a bookable doctor without free slots with an empty list, not the 404 of a stranger', async () => {
    const created = await parseResponse(
      api.client(admin).admin.practitioners.$post({
        json: {
          kind: 'doctor',
          email: 'dr.unscheduled@example.org',
          fullName: { ru: 'Пустова Вера', en: 'Vera Pustova' },
          specialties: ['therapist'],
        },
      }),
    );
    for (const far of [false, true]) {
      const res = await slotsOf(created.id, far);
      expect(res.status).toBe(200);
      expect((await parseResponse(res)).items).toEqual([]);
    }
    expect(await cached(created.id)).toBe(true);
  });

  it('answers a 404 for a deactivated doctor, even after their slots were cached', async () => {
    const lebedevId = await practitionerIdOf(api, { email: 'dr.lebedev@demo.telemed' });
    expect((await slotsOf(lebedevId)).status).toBe(200);
    const setActive = (active: boolean) =>
      send(`/admin/practitioners/${lebedevId}/active`, admin, { method: 'PUT', json: { active } });
    expect((await setActive(false)).status).toBe(200);
    try {
      await refused(await slotsOf(lebedevId), 404, 'not_found');
    } finally {
      expect((await setActive(true)).status).toBe(200);
    }
    expect((await slotsOf(lebedevId)).status).toBe(200);
  });
});

describe('a child who has turned 15', () => {
  it("gets news and calls for themselves: nothing about their care goes to the parent's account any more", async () => {
    const db = api.deps.database.db;
    const sofia = family.children.find((c) => c.fullName.en === 'Sofia Petrova')!.id;
    const misha = family.children.find((c) => c.fullName.en === 'Mikhail Petrov')!.id;
    const appt = await insertAppointment(api, {
      patientId: sofia,
      practitionerId: smirnovaId,
      bookedBy: anna,
      startsInMinutes: 0,
    });
    const phone = async () =>
      (
        await parseResponse(
          api.client(smirnova).appointments[':id']['phone-call'].$post({ param: { id: appt.id } }),
        )
      ).phone;
    // Under 15: the parent is told and called.
    expect((await recipientAccount(db, sofia))?.accountId).toBe(anna.accountId);
    const parentsPhone = await phone();
    expect(parentsPhone).not.toBeNull();

    const fifteenYearsAgo = new Date();
    fifteenYearsAgo.setUTCFullYear(fifteenYearsAgo.getUTCFullYear() - 15);
    fifteenYearsAgo.setUTCDate(fifteenYearsAgo.getUTCDate() - 1);
    await db
      .update(patients)
      .set({ birthDate: fifteenYearsAgo.toISOString().slice(0, 10) })
      .where(eq(patients.id, sofia));
    expect(await recipientAccount(db, sofia)).toBeNull();
    expect(await phone()).toBeNull();
    // The younger child's news still goes to the parent.
    expect((await recipientAccount(db, misha))?.accountId).toBe(anna.accountId);

    // A reminder of her consultation reaches nobody rather than the parent.
    const before = await db.select().from(notifications).where(eq(notifications.accountId, anna.accountId));
    const sent = await sendReminder(db, api.deps.queues.notifications, api.deps.logger, {
      appointmentId: appt.id,
      startsAt: appt.startsAt.toISOString(),
    });
    expect(sent.status).toBe('no-recipient');
    const after = await db.select().from(notifications).where(eq(notifications.accountId, anna.accountId));
    expect(after.length).toBe(before.length);
  });
});
