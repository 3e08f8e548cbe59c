import type { Format } from '../appointments/schemas.js';
import { and, asc, eq, gt, inArray, lt, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.js';
import {
  accounts,
  appointments,
  clinics,
  practitioners,
  practitionerSpecialties,
  slots,
  specialties,
} from '../../db/schema/index.js';
import { invalidateReads } from '../../lib/read-cache.js';
import { findPractitionerProfiles } from '../practitioners/queries.js';
import { clinicSummaryColumns } from './in-person.js';
import { NO_RATINGS, ratingSummaries } from '../ratings/queries.js';

/**
 * What booking reads cache (lib/read-cache.ts): a doctor's free slots (key: practitioner id) and doctor search
 * (key: the filter). Whatever makes a slot taken or free again invalidates both (`slotsChanged`).
 */
export const SLOTS_READS = 'slots';
export const DOCTORS_READS = 'doctors';

/** After a committed booking or cancellation: the cached free slots (of one doctor, or all) and searches. */
export async function slotsChanged(practitionerId: string | null) {
  await Promise.all([
    practitionerId ? invalidateReads(SLOTS_READS, practitionerId) : invalidateReads(SLOTS_READS),
    invalidateReads(DOCTORS_READS),
  ]);
}

/** A practitioner an admin deactivated (their account disabled) is not offered or bookable. */
const practitionerActive = (practitionerId: SQLWrapper) =>
  sql`not exists (select 1 from ${practitioners} p join ${accounts} acc on acc.id = p.account_id where p.id = ${practitionerId} and acc.disabled_at is not null)`;

/** A slot is free while no live (non-cancelled) appointment holds it. */
export const slotIsFree = sql`not exists (select 1 from ${appointments} a where a.slot_id = ${slots.id} and a.status <> 'cancelled')`;

export async function listSpecialties(db: Db) {
  return db.select().from(specialties).orderBy(specialties.code);
}

export async function findDoctors(
  db: Db,
  filter: {
    specialty?: string;
    format?: Format;
    ageGroup?: 'adult' | 'child';
    day?: { from: Date; to: Date };
  },
) {
  const conditions: SQL[] = [eq(practitioners.kind, 'doctor'), practitionerActive(practitioners.id)];
  if (filter.specialty) {
    conditions.push(
      inArray(
        practitioners.id,
        db
          .select({ id: practitionerSpecialties.practitionerId })
          .from(practitionerSpecialties)
          .where(eq(practitionerSpecialties.specialtyCode, filter.specialty)),
      ),
    );
  }
  if (filter.ageGroup === 'child') conditions.push(eq(practitioners.treatsChildren, true));
  if (filter.ageGroup === 'adult') conditions.push(eq(practitioners.treatsAdults, true));

  const slotConditions: SQL[] = [
    eq(slots.practitionerId, practitioners.id),
    gt(slots.startsAt, new Date()),
    slotIsFree,
  ];
  if (filter.format) slotConditions.push(sql`${filter.format} = any(${slots.formats})`);
  if (filter.day) slotConditions.push(gt(slots.startsAt, filter.day.from), lt(slots.startsAt, filter.day.to));
  const nextFree = db
    .select({ at: sql<Date>`min(${slots.startsAt})`.as('next_free_at') })
    .from(slots)
    .where(and(...slotConditions));

  const rows = await db
    .select({ id: practitioners.id, nextFreeAt: sql<string | null>`(${nextFree})` })
    .from(practitioners)
    .where(and(...conditions));
  const withSlots = filter.day || filter.format ? rows.filter((r) => r.nextFreeAt) : rows;
  const profiles = await findPractitionerProfiles(
    db,
    withSlots.map((r) => r.id),
  );
  const formats = await db
    .selectDistinct({ practitionerId: slots.practitionerId, format: sql<Format>`unnest(${slots.formats})` })
    .from(slots)
    .where(
      inArray(
        slots.practitionerId,
        withSlots.map((r) => r.id),
      ),
    );
  const { practitioners: ratings } = await ratingSummaries(db, {
    practitionerIds: withSlots.map((r) => r.id),
  });
  const inPersonClinics = await db
    .selectDistinctOn([slots.practitionerId], {
      practitionerId: slots.practitionerId,
      clinic: clinicSummaryColumns,
    })
    .from(slots)
    .innerJoin(clinics, eq(clinics.id, slots.clinicId))
    .where(
      and(
        inArray(
          slots.practitionerId,
          withSlots.map((r) => r.id),
        ),
        sql`'in_person' = any(${slots.formats})`,
      ),
    );
  return profiles
    .map((p) => {
      const next = withSlots.find((r) => r.id === p.id)?.nextFreeAt;
      return {
        ...p,
        nextFreeAt: next ? new Date(next).toISOString() : null,
        rating: ratings.get(p.id) ?? NO_RATINGS,
        formats: formats
          .filter((f) => f.practitionerId === p.id)
          .map((f) => f.format)
          .sort(),
        inPersonClinic: inPersonClinics.find((c) => c.practitionerId === p.id)?.clinic ?? null,
      };
    })
    .sort((a, b) => (a.nextFreeAt ?? '9').localeCompare(b.nextFreeAt ?? '9'));
}

/**
 * The free slots between `from` and `to`, soonest first, of a doctor patients can book (a doctor, not an
 * assistant, whose account is active); null when `practitionerId` is no such doctor. One round trip: the
 * doctor's row left-joined to the slots, so no row means "not bookable", a row without a slot "none free".
 */
export async function findBookableDoctorSlots(
  db: Db,
  practitionerId: string,
  from: Date,
  to: Date,
  format?: Format,
) {
  const notBefore = new Date(Math.max(from.getTime(), Date.now()));
  const rows = await db
    .select({ s: slots, clinic: clinicSummaryColumns })
    .from(practitioners)
    .leftJoin(
      slots,
      and(
        eq(slots.practitionerId, practitioners.id),
        gt(slots.startsAt, notBefore),
        lt(slots.startsAt, to),
        slotIsFree,
        format ? sql`${format} = any(${slots.formats})` : undefined,
      ),
    )
    .leftJoin(clinics, eq(clinics.id, slots.clinicId))
    .where(
      and(
        eq(practitioners.id, practitionerId),
        eq(practitioners.kind, 'doctor'),
        practitionerActive(practitioners.id),
      ),
    )
    .orderBy(asc(slots.startsAt));
  if (rows.length === 0) return null;
  return rows.flatMap(({ s, clinic }) =>
    s
      ? [
          {
            id: s.id,
            startsAt: s.startsAt.toISOString(),
            endsAt: s.endsAt.toISOString(),
            formats: s.formats,
            // Online slots carry the doctor's clinic too; only an in-person one is about going there.
            clinic: s.formats.includes('in_person') && clinic?.id ? clinic : null,
          },
        ]
      : [],
  );
}

export type FreeSlot = NonNullable<Awaited<ReturnType<typeof findBookableDoctorSlots>>>[number];

export async function findSlotForBooking(db: Db | Tx, slotId: string) {
  const [row] = await db
    .select({ slot: slots, practitioner: practitioners })
    .from(slots)
    .innerJoin(practitioners, eq(practitioners.id, slots.practitionerId))
    .where(and(eq(slots.id, slotId), practitionerActive(slots.practitionerId)));
  if (!row) return null;
  const specs = await db
    .select({ code: practitionerSpecialties.specialtyCode })
    .from(practitionerSpecialties)
    .where(eq(practitionerSpecialties.practitionerId, row.practitioner.id));
  return { ...row, specialtyCode: specs[0]?.code ?? null };
}
