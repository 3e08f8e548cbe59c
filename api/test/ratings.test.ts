import { and, count, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  appointments,
  auditEvents,
  patients,
  practitioners,
  ratings,
} from '../src/db/schema/index.js';
import { ratingSummaries } from '../src/domains/ratings/queries.js';
import { json, type TestSession, useTestApi } from './harness.js';

const api = useTestApi();

type Family = { self: { id: string }; children: { id: string; fullName: { en: string } }[] };
type Rating = {
  id: string;
  doctorStars: number;
  clinicStars: number | null;
  comment: string | null;
  hidden: boolean;
};
type AppointmentRating = { rating: Rating | null; canRate: boolean; clinic: { id: string } | null };
type Reviews = {
  items: { id: string; stars: number; comment: string | null; author: { ru: string; en: string } }[];
  summary: { average: number | null; count: number };
};
type Doctor = { id: string; rating: { average: number | null; count: number } };

let anna: TestSession;
let ivan: TestSession;
let admin: TestSession;
let smirnova: TestSession;
let family: Family;
let smirnovaId: string;
let lebedevId: string;

async function practitionerId(email: string) {
  const [row] = await api.deps.database.db
    .select({ id: practitioners.id })
    .from(practitioners)
    .innerJoin(accounts, eq(accounts.id, practitioners.accountId))
    .where(eq(accounts.email, email));
  return row!.id;
}

/** A past appointment of this patient with this doctor, in the given status. */
async function pastAppointment(
  patientId: string,
  doctorId: string,
  status: 'completed' | 'cancelled' | 'booked' | 'no_show',
  bookedBy: TestSession,
) {
  const endsAt = new Date(Date.now() - 86_400_000);
  const [row] = await api.deps.database.db
    .insert(appointments)
    .values({
      patientId,
      practitionerId: doctorId,
      specialtyCode: 'therapist',
      format: 'video',
      urgency: 'planned',
      status,
      startsAt: new Date(endsAt.getTime() - 20 * 60_000),
      endsAt,
      bookedByAccountId: bookedBy.accountId,
    })
    .returning({ id: appointments.id });
  return row!.id;
}

const rate = (id: string, body: unknown, session: TestSession) =>
  api.request(`/appointments/${id}/rating`, { method: 'POST', json: body, session });

async function doctorCard(id: string, session: TestSession) {
  const { items } = await json<{ items: Doctor[] }>(api.request('/doctors', { session }));
  return items.find((d) => d.id === id)!;
}

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  admin = await api.login('admin@demo.telemed', undefined, 'staff');
  smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
  family = await json<Family>(api.request('/me/family', { session: anna }));
  smirnovaId = await practitionerId('dr.smirnova@demo.telemed');
  lebedevId = await practitionerId('dr.lebedev@demo.telemed');
});

describe('rating a completed visit', () => {
  it('takes one rating per visit: the doctor, the clinic and a plain-text comment; a second is 409', async () => {
    const id = await pastAppointment(family.self.id, smirnovaId, 'completed', anna);
    const before = await json<AppointmentRating>(
      api.request(`/appointments/${id}/rating`, { session: anna }),
    );
    expect(before).toMatchObject({ rating: null, canRate: true });
    expect(before.clinic).not.toBeNull();

    const res = await rate(id, { doctorStars: 5, clinicStars: 4, comment: '  Внимательный врач.  ' }, anna);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ doctorStars: 5, clinicStars: 4, comment: 'Внимательный врач.' });

    const again = await rate(id, { doctorStars: 1 }, anna);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'rating.already_given' });
    const after = await json<AppointmentRating>(api.request(`/appointments/${id}/rating`, { session: anna }));
    expect(after).toMatchObject({ canRate: false, rating: { doctorStars: 5, hidden: false } });
  });

  it('refuses a visit that is not completed, cancelled or missed', async () => {
    for (const status of ['booked', 'cancelled', 'no_show'] as const) {
      const id = await pastAppointment(family.self.id, smirnovaId, status, anna);
      const view = await json<AppointmentRating>(
        api.request(`/appointments/${id}/rating`, { session: anna }),
      );
      expect(view.canRate).toBe(false);
      const res = await rate(id, { doctorStars: 4 }, anna);
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({ code: 'rating.not_completed', params: { status } });
    }
  });

  it("lets a guardian rate a child's visit, under the guardian's own short name", async () => {
    const child = family.children[0]!;
    const id = await pastAppointment(child.id, lebedevId, 'completed', anna);
    expect((await rate(id, { doctorStars: 3, comment: 'Долго ждали' }, anna)).status).toBe(201);
    const reviews = await json<Reviews>(api.request(`/doctors/${lebedevId}/reviews`, { session: ivan }));
    const review = reviews.items.find((r) => r.comment === 'Долго ждали')!;
    expect(review.author).toEqual({ ru: 'Анна П.', en: 'Anna P.' });
  });

  it('answers a stranger 404 (audited as denied) and staff 403', async () => {
    const id = await pastAppointment(family.self.id, smirnovaId, 'completed', anna);
    const res = await rate(id, { doctorStars: 1 }, ivan);
    expect(res.status).toBe(404);
    expect((await api.request(`/appointments/${id}/rating`, { session: ivan })).status).toBe(404);
    const denied = await api.deps.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.resourceId, id), eq(auditEvents.outcome, 'denied')));
    expect(denied.length).toBeGreaterThanOrEqual(2);
    expect((await rate(id, { doctorStars: 5 }, smirnova)).status).toBe(403);
    // Still rateable by its patient: the refusals stored nothing.
    expect((await rate(id, { doctorStars: 4 }, anna)).status).toBe(201);
  });

  it('validates stars and the comment', async () => {
    const id = await pastAppointment(family.self.id, smirnovaId, 'completed', anna);
    for (const body of [
      { doctorStars: 0 },
      { doctorStars: 6 },
      { doctorStars: 4.5 },
      { doctorStars: 4, clinicStars: 9 },
      { doctorStars: 4, comment: 'x'.repeat(1001) },
      { doctorStars: 4, comment: 'bell\u0007' },
      {},
    ]) {
      expect((await rate(id, body, anna)).status, JSON.stringify(body).slice(0, 60)).toBe(400);
    }
  });

  it('refuses clinic stars for a visit that belongs to no clinic', async () => {
    const db = api.deps.database.db;
    const [ivanSelf] = await db
      .select({ id: patients.id })
      .from(patients)
      .innerJoin(accounts, eq(accounts.id, patients.accountId))
      .where(eq(accounts.email, 'ivan.sokolov@demo.telemed'));
    await db.update(practitioners).set({ clinicId: null }).where(eq(practitioners.id, lebedevId));
    const id = await pastAppointment(ivanSelf!.id, lebedevId, 'completed', ivan);
    const view = await json<AppointmentRating>(api.request(`/appointments/${id}/rating`, { session: ivan }));
    expect(view.clinic).toBeNull();
    const res = await rate(id, { doctorStars: 4, clinicStars: 4 }, ivan);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'rating.no_clinic' });
    expect((await rate(id, { doctorStars: 4 }, ivan)).status).toBe(201);
  });
});

describe('aggregates and moderation', () => {
  it('averages to one decimal in doctor search, and a hidden comment is never shown but its stars count', async () => {
    const db = api.deps.database.db;
    const start = (await ratingSummaries(db, { practitionerIds: [smirnovaId] })).practitioners.get(
      smirnovaId,
    );
    const card = await doctorCard(smirnovaId, ivan);
    expect(card.rating).toEqual(start ?? { average: null, count: 0 });

    const abusive = 'Грубиян и хам, 100% никому не советую';
    const a = await pastAppointment(family.self.id, smirnovaId, 'completed', anna);
    const b = await pastAppointment(family.self.id, smirnovaId, 'completed', anna);
    const rated = await json<Rating>(rate(a, { doctorStars: 1, comment: abusive }, anna));
    await rate(b, { doctorStars: 2 }, anna);

    const { practitioners: sums } = await ratingSummaries(db, { practitionerIds: [smirnovaId] });
    const [all] = await db
      .select({ avg: sql<string>`avg(${ratings.doctorStars})::text`, n: count() })
      .from(ratings)
      .where(eq(ratings.practitionerId, smirnovaId));
    const expected = Math.round(Number(all!.avg) * 10) / 10;
    expect(sums.get(smirnovaId)).toEqual({ average: expected, count: all!.n });
    expect((await doctorCard(smirnovaId, ivan)).rating).toEqual({ average: expected, count: all!.n });

    let reviews = await json<Reviews>(api.request(`/doctors/${smirnovaId}/reviews`, { session: ivan }));
    expect(reviews.items.map((r) => r.comment)).toContain(abusive);

    // Only the admin moderates.
    const hide = (session: TestSession, body: unknown = { reason: 'Оскорбления' }) =>
      api.request(`/admin/ratings/${rated.id}/hide`, { method: 'POST', json: body, session });
    expect((await hide(anna)).status).toBe(403);
    expect((await hide(smirnova)).status).toBe(403);
    expect((await hide(admin, { reason: '' })).status).toBe(400);
    const queue = await json<{ items: { id: string; comment: string }[] }>(
      api.request('/admin/ratings?hidden=false', { session: admin }),
    );
    expect(queue.items.find((i) => i.id === rated.id)?.comment).toBe(abusive);
    expect((await hide(admin)).status).toBe(200);

    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'rating.hide_comment'), eq(auditEvents.resourceId, rated.id)));
    expect(audit).toMatchObject({ outcome: 'allowed', actorRole: 'admin' });

    reviews = await json<Reviews>(api.request(`/doctors/${smirnovaId}/reviews`, { session: ivan }));
    expect(JSON.stringify(reviews)).not.toContain(abusive);
    expect(reviews.summary).toEqual({ average: expected, count: all!.n });
    const own = await json<AppointmentRating>(api.request(`/appointments/${a}/rating`, { session: anna }));
    expect(own.rating).toMatchObject({ hidden: true, comment: null, doctorStars: 1 });
    const hidden = await json<{ items: { id: string; hiddenReason: string }[] }>(
      api.request('/admin/ratings?hidden=true', { session: admin }),
    );
    expect(hidden.items.find((i) => i.id === rated.id)?.hiddenReason).toBe('Оскорбления');
    expect((await api.request('/admin/ratings', { session: anna })).status).toBe(403);
  });

  it('lists a clinic’s reviews with the clinic’s stars, newest first, and 404s an unknown one', async () => {
    const { clinic } = await json<AppointmentRating>(
      api.request(
        `/appointments/${await pastAppointment(family.self.id, smirnovaId, 'completed', anna)}/rating`,
        {
          session: anna,
        },
      ),
    );
    const reviews = await json<Reviews>(api.request(`/clinics/${clinic!.id}/reviews`, { session: ivan }));
    expect(reviews.items[0]).toMatchObject({ stars: 4, comment: 'Внимательный врач.' });
    expect(reviews.summary.count).toBeGreaterThanOrEqual(1);
    // The clinic's card carries the same summary, in the list and on its own page.
    const card = await json<{ rating: Reviews['summary'] }>(
      api.request(`/clinics/${clinic!.id}`, { session: ivan }),
    );
    expect(card.rating).toEqual(reviews.summary);
    const { items } = await json<{ items: { id: string; rating: Reviews['summary'] }[] }>(
      api.request('/clinics', { session: ivan }),
    );
    expect(items.find((c) => c.id === clinic!.id)?.rating).toEqual(reviews.summary);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await api.request(`/clinics/${unknown}/reviews`, { session: ivan })).status).toBe(404);
    expect((await api.request(`/doctors/${unknown}/reviews`, { session: ivan })).status).toBe(404);
  });
});
