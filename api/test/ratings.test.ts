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
import { parseResponse } from 'hono/client';
import { type TestSession, useTestApi } from './harness.js';
import { familyOf, practitionerIdOf } from './people.js';

const api = useTestApi();

let anna: TestSession;
let ivan: TestSession;
let admin: TestSession;
let smirnova: TestSession;
let family: Awaited<ReturnType<typeof familyOf>>;
let smirnovaId: string;
let lebedevId: string;

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

const rate = (
  id: string,
  json: { doctorStars: number; clinicStars?: number; comment?: string },
  session: TestSession,
) => api.client(session).appointments[':id'].rating.$post({ param: { id }, json });

const ratingOf = (id: string, session: TestSession) =>
  api.client(session).appointments[':id'].rating.$get({ param: { id } });

const reviewsOf = (id: string, session: TestSession) =>
  parseResponse(api.client(session).doctors[':id'].reviews.$get({ param: { id }, query: {} }));

async function doctorCard(id: string, session: TestSession) {
  const { items } = await parseResponse(api.client(session).doctors.$get({ query: {} }));
  return items.find((d) => d.id === id)!;
}

beforeAll(async () => {
  anna = await api.login('anna.petrova@demo.telemed');
  ivan = await api.login('ivan.sokolov@demo.telemed');
  admin = await api.login('admin@demo.telemed', undefined, 'staff');
  smirnova = await api.login('dr.smirnova@demo.telemed', undefined, 'staff');
  family = await familyOf(api, anna);
  smirnovaId = await practitionerIdOf(api, { email: 'dr.smirnova@demo.telemed' });
  lebedevId = await practitionerIdOf(api, { email: 'dr.lebedev@demo.telemed' });
});

describe('rating a completed visit', () => {
  it('takes one rating per visit: the doctor, the clinic and a plain-text comment; a second is 409', async () => {
    const id = await pastAppointment(family.self.id, smirnovaId, 'completed', anna);
    const before = await parseResponse(ratingOf(id, anna));
    expect(before).toMatchObject({ rating: null, canRate: true });
    expect(before.clinic).not.toBeNull();

    const res = await rate(id, { doctorStars: 5, clinicStars: 4, comment: '  Внимательный врач.  ' }, anna);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ doctorStars: 5, clinicStars: 4, comment: 'Внимательный врач.' });

    const again = await rate(id, { doctorStars: 1 }, anna);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ code: 'rating.already_given' });
    const after = await parseResponse(ratingOf(id, anna));
    expect(after).toMatchObject({ canRate: false, rating: { doctorStars: 5, hidden: false } });
  });

  it('refuses a visit that is not completed, cancelled or missed', async () => {
    for (const status of ['booked', 'cancelled', 'no_show'] as const) {
      const id = await pastAppointment(family.self.id, smirnovaId, status, anna);
      const view = await parseResponse(ratingOf(id, anna));
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
    const reviews = await reviewsOf(lebedevId, ivan);
    const review = reviews.items.find((r) => r.comment === 'Долго ждали')!;
    expect(review.author).toEqual({ ru: 'Анна П.', en: 'Anna P.' });
  });

  it('answers a stranger 404 (audited as denied) and staff 403', async () => {
    const id = await pastAppointment(family.self.id, smirnovaId, 'completed', anna);
    const res = await rate(id, { doctorStars: 1 }, ivan);
    expect(res.status).toBe(404);
    expect((await ratingOf(id, ivan)).status).toBe(404);
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
      // Sent raw: the typed client would not let these through.
      const res = await api.request(`/appointments/${id}/rating`, {
        method: 'POST',
        json: body,
        session: anna,
      });
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(400);
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
    const view = await parseResponse(ratingOf(id, ivan));
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
    const rated = await parseResponse(rate(a, { doctorStars: 1, comment: abusive }, anna));
    await rate(b, { doctorStars: 2 }, anna);

    const { practitioners: sums } = await ratingSummaries(db, { practitionerIds: [smirnovaId] });
    const [all] = await db
      .select({ avg: sql<string>`avg(${ratings.doctorStars})::text`, n: count() })
      .from(ratings)
      .where(eq(ratings.practitionerId, smirnovaId));
    const expected = Math.round(Number(all!.avg) * 10) / 10;
    expect(sums.get(smirnovaId)).toEqual({ average: expected, count: all!.n });
    expect((await doctorCard(smirnovaId, ivan)).rating).toEqual({ average: expected, count: all!.n });

    let reviews = await reviewsOf(smirnovaId, ivan);
    expect(reviews.items.map((r) => r.comment)).toContain(abusive);

    // Only the admin moderates.
    const hide = (session: TestSession, json = { reason: 'Оскорбления' }) =>
      api.client(session).admin.ratings[':id'].hide.$post({ param: { id: rated.id }, json });
    expect((await hide(anna)).status).toBe(403);
    expect((await hide(smirnova)).status).toBe(403);
    expect((await hide(admin, { reason: '' })).status).toBe(400);
    const queue = await parseResponse(api.client(admin).admin.ratings.$get({ query: { hidden: 'false' } }));
    expect(queue.items.find((i) => i.id === rated.id)?.comment).toBe(abusive);
    expect((await hide(admin)).status).toBe(200);

    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'rating.hide_comment'), eq(auditEvents.resourceId, rated.id)));
    expect(audit).toMatchObject({ outcome: 'allowed', actorRole: 'admin' });

    reviews = await reviewsOf(smirnovaId, ivan);
    expect(JSON.stringify(reviews)).not.toContain(abusive);
    expect(reviews.summary).toEqual({ average: expected, count: all!.n });
    const own = await parseResponse(ratingOf(a, anna));
    expect(own.rating).toMatchObject({ hidden: true, comment: null, doctorStars: 1 });
    const hidden = await parseResponse(api.client(admin).admin.ratings.$get({ query: { hidden: 'true' } }));
    expect(hidden.items.find((i) => i.id === rated.id)?.hiddenReason).toBe('Оскорбления');
    expect((await api.client(anna).admin.ratings.$get({ query: {} })).status).toBe(403);
  });

  it('lists a clinic’s reviews with the clinic’s stars, newest first, and 404s an unknown one', async () => {
    const visit = await pastAppointment(family.self.id, smirnovaId, 'completed', anna);
    const { clinic } = await parseResponse(ratingOf(visit, anna));
    const clinics = api.client(ivan).clinics;
    const reviews = await parseResponse(
      clinics[':id'].reviews.$get({ param: { id: clinic!.id }, query: {} }),
    );
    expect(reviews.items[0]).toMatchObject({ stars: 4, comment: 'Внимательный врач.' });
    expect(reviews.summary.count).toBeGreaterThanOrEqual(1);
    // The clinic's card carries the same summary, in the list and on its own page.
    const card = await parseResponse(clinics[':id'].$get({ param: { id: clinic!.id } }));
    expect(card.rating).toEqual(reviews.summary);
    const { items } = await parseResponse(clinics.$get({ query: {} }));
    expect(items.find((c) => c.id === clinic!.id)?.rating).toEqual(reviews.summary);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await clinics[':id'].reviews.$get({ param: { id: unknown }, query: {} })).status).toBe(404);
    expect(
      (await api.client(ivan).doctors[':id'].reviews.$get({ param: { id: unknown }, query: {} })).status,
    ).toBe(404);
  });
});
