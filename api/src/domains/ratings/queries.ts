import { and, count, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { LocalizedText } from '../../db/schema/common.js';
import { clinics, patients, practitioners, ratings } from '../../db/schema/index.js';

export const REVIEWS_PAGE_SIZE = 10;
export const MODERATION_PAGE_SIZE = 20;

export interface RatingSummary {
  /** Rounded to one decimal; null while nobody rated. */
  average: number | null;
  count: number;
}

export const NO_RATINGS: RatingSummary = { average: null, count: 0 };

const summaryOf = (avg: string | null, n: number): RatingSummary => ({
  average: avg === null ? null : Math.round(Number(avg) * 10) / 10,
  count: n,
});

/**
 * Average stars and number of ratings per doctor and per clinic. A hidden comment still counts: staff hide
 * abusive text, not the member's opinion of the visit, so hiding never moves a doctor's average.
 */
export async function ratingSummaries(
  db: Db,
  ids: { practitionerIds?: string[]; clinicIds?: string[] },
): Promise<{ practitioners: Map<string, RatingSummary>; clinics: Map<string, RatingSummary> }> {
  const result = {
    practitioners: new Map<string, RatingSummary>(),
    clinics: new Map<string, RatingSummary>(),
  };
  if (ids.practitionerIds?.length) {
    const rows = await db
      .select({
        id: ratings.practitionerId,
        avg: sql<string | null>`avg(${ratings.doctorStars})`,
        n: count(),
      })
      .from(ratings)
      .where(inArray(ratings.practitionerId, ids.practitionerIds))
      .groupBy(ratings.practitionerId);
    for (const r of rows) result.practitioners.set(r.id, summaryOf(r.avg, r.n));
  }
  if (ids.clinicIds?.length) {
    const rows = await db
      .select({ id: ratings.clinicId, avg: sql<string | null>`avg(${ratings.clinicStars})`, n: count() })
      .from(ratings)
      .where(and(inArray(ratings.clinicId, ids.clinicIds), isNotNull(ratings.clinicStars)))
      .groupBy(ratings.clinicId);
    for (const r of rows) result.clinics.set(r.id!, summaryOf(r.avg, r.n));
  }
  return result;
}

/** One doctor's or clinic's summary, for a single card. */
export async function ratingSummaryOf(db: Db, target: { practitionerId: string } | { clinicId: string }) {
  if ('practitionerId' in target) {
    const { practitioners: map } = await ratingSummaries(db, { practitionerIds: [target.practitionerId] });
    return map.get(target.practitionerId) ?? NO_RATINGS;
  }
  const { clinics: map } = await ratingSummaries(db, { clinicIds: [target.clinicId] });
  return map.get(target.clinicId) ?? NO_RATINGS;
}

/**
 * "Анна П." / "Anna P.": what the public sees of a reviewer. Russian names are stored surname first
 * ("Петрова Анна Сергеевна"), English ones given name first ("Anna Petrova").
 */
export function reviewerName(fullName: LocalizedText): LocalizedText {
  const initial = (word: string | undefined) => (word ? `${[...word][0]!.toUpperCase()}.` : '');
  const ru = fullName.ru.trim().split(/\s+/);
  const en = fullName.en.trim().split(/\s+/);
  return {
    ru: ru.length > 1 ? `${ru[1]} ${initial(ru[0])}` : (ru[0] ?? ''),
    en: en.length > 1 ? `${en[0]} ${initial(en[en.length - 1])}` : (en[0] ?? ''),
  };
}

/** The rater's own patient record (a guardian rating a child's visit appears under their own name). */
const rater = sql<LocalizedText>`(select p.full_name from ${patients} p where p.account_id = ${ratings.ratedByAccountId})`;

/** Public reviews of a doctor or a clinic, newest first; a hidden comment is left out, its stars stay. */
export async function listReviews(
  db: Db,
  target: { practitionerId: string } | { clinicId: string },
  page: number,
) {
  const byDoctor = 'practitionerId' in target;
  const where = byDoctor
    ? eq(ratings.practitionerId, target.practitionerId)
    : and(eq(ratings.clinicId, target.clinicId), isNotNull(ratings.clinicStars))!;
  const [rows, summary] = await Promise.all([
    db
      .select({
        id: ratings.id,
        doctorStars: ratings.doctorStars,
        clinicStars: ratings.clinicStars,
        comment: ratings.comment,
        hiddenAt: ratings.hiddenAt,
        author: rater,
        createdAt: ratings.createdAt,
      })
      .from(ratings)
      .where(where)
      .orderBy(desc(ratings.createdAt), desc(ratings.id))
      .limit(REVIEWS_PAGE_SIZE)
      .offset((page - 1) * REVIEWS_PAGE_SIZE),
    ratingSummaryOf(db, target),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      stars: byDoctor ? r.doctorStars : r.clinicStars!,
      comment: r.hiddenAt ? null : r.comment,
      author: reviewerName(r.author ?? { ru: '', en: '' }),
      createdAt: r.createdAt.toISOString(),
    })),
    summary,
    page,
    pageCount: Math.max(1, Math.ceil(summary.count / REVIEWS_PAGE_SIZE)),
  };
}

export async function findRatingForAppointment(db: Db, appointmentId: string) {
  const [row] = await db.select().from(ratings).where(eq(ratings.appointmentId, appointmentId));
  return row ?? null;
}

export type RatingRow = typeof ratings.$inferSelect;

/** The member's own view of their rating: a hidden comment's text is withheld from them too. */
export const ratingView = (r: RatingRow) => ({
  id: r.id,
  appointmentId: r.appointmentId,
  doctorStars: r.doctorStars,
  clinicStars: r.clinicStars,
  comment: r.hiddenAt ? null : r.comment,
  hidden: r.hiddenAt !== null,
  createdAt: r.createdAt.toISOString(),
});

/** Ratings with a comment, newest first, for staff moderation. */
export async function listCommentsForModeration(
  db: Db,
  filter: { hidden?: boolean | undefined; page: number },
) {
  const conditions: SQL[] = [isNotNull(ratings.comment)];
  if (filter.hidden === true) conditions.push(isNotNull(ratings.hiddenAt));
  if (filter.hidden === false) conditions.push(isNull(ratings.hiddenAt));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        r: ratings,
        author: rater,
        doctor: { id: practitioners.id, fullName: practitioners.fullName },
        clinic: { id: clinics.id, name: clinics.name },
      })
      .from(ratings)
      .innerJoin(practitioners, eq(practitioners.id, ratings.practitionerId))
      .leftJoin(clinics, eq(clinics.id, ratings.clinicId))
      .where(where)
      .orderBy(desc(ratings.createdAt), desc(ratings.id))
      .limit(MODERATION_PAGE_SIZE)
      .offset((filter.page - 1) * MODERATION_PAGE_SIZE),
    db.select({ n: count() }).from(ratings).where(where),
  ]);
  return {
    items: rows.map(({ r, author, doctor, clinic }) => ({
      id: r.id,
      doctorStars: r.doctorStars,
      clinicStars: r.clinicStars,
      comment: r.comment!,
      author: reviewerName(author ?? { ru: '', en: '' }),
      doctor,
      clinic: clinic?.id ? clinic : null,
      createdAt: r.createdAt.toISOString(),
      hiddenAt: r.hiddenAt?.toISOString() ?? null,
      hiddenReason: r.hiddenReason,
    })),
    page: filter.page,
    pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / MODERATION_PAGE_SIZE)),
  };
}
