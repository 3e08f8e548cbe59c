import { z } from '@hono/zod-openapi';
import { localizedTextSchema } from '../../http/schemas.js';

/** The longest comment a member may leave: a few paragraphs, enough to say what went well or wrong. */
export const COMMENT_MAX = 1000;
/** The longest reason a moderator gives for hiding a comment. */
export const HIDE_REASON_MAX = 500;

const stars = z.coerce
  .number({ message: 'must be a whole number of stars from 1 to 5' })
  .int('must be a whole number of stars from 1 to 5')
  .min(1, 'must be at least 1 star')
  .max(5, 'must be at most 5 stars');

// Control characters other than line breaks and tabs have no place in a plain-text comment.
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const rateBodySchema = z
  .object({
    doctorStars: stars,
    clinicStars: stars.optional().openapi({ description: 'Only for a visit that belongs to a clinic' }),
    comment: z
      .string()
      .trim()
      .max(COMMENT_MAX, `must be at most ${COMMENT_MAX} characters`)
      .refine((v) => !CONTROL.test(v), 'must be plain text')
      .optional()
      .transform((v) => (v ? v : undefined))
      .openapi({ description: 'Plain text, shown as typed (never as HTML)' }),
  })
  .openapi('RateAppointment');

export const ratingSchema = z
  .object({
    id: z.uuid(),
    appointmentId: z.uuid(),
    doctorStars: z.number().int(),
    clinicStars: z.number().int().nullable(),
    /** Null when none was left, or once staff hid it (the member then sees why). */
    comment: z.string().nullable(),
    hidden: z.boolean(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Rating');

export const appointmentRatingSchema = z
  .object({
    rating: ratingSchema.nullable(),
    /** Whether the caller may rate this appointment now (completed, not yet rated). */
    canRate: z.boolean(),
    doctor: z.object({ id: z.uuid(), fullName: localizedTextSchema }).nullable(),
    /** The clinic to rate too, when the visit belongs to one. */
    clinic: z.object({ id: z.uuid(), name: localizedTextSchema }).nullable(),
  })
  .openapi('AppointmentRating');

export const ratingSummarySchema = z
  .object({
    /** Rounded to one decimal; null while nobody rated. */
    average: z.number().nullable(),
    count: z.number().int(),
  })
  .openapi('RatingSummary');

export const reviewsQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export const reviewSchema = z
  .object({
    id: z.uuid(),
    stars: z.number().int(),
    comment: z.string().nullable(),
    /** First name and the surname's initial only ("Анна П."). */
    author: localizedTextSchema,
    createdAt: z.iso.datetime(),
  })
  .openapi('Review');

export const reviewPageSchema = z
  .object({
    items: z.array(reviewSchema),
    summary: ratingSummarySchema,
    page: z.number().int(),
    pageCount: z.number().int(),
  })
  .openapi('ReviewPage');

export const moderationQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1000).default(1),
  hidden: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true'))
    .openapi({ description: 'Only hidden (true) or only visible (false) comments; all by default' }),
});

export const moderationItemSchema = z
  .object({
    id: z.uuid(),
    doctorStars: z.number().int(),
    clinicStars: z.number().int().nullable(),
    comment: z.string(),
    author: localizedTextSchema,
    doctor: z.object({ id: z.uuid(), fullName: localizedTextSchema }),
    clinic: z.object({ id: z.uuid(), name: localizedTextSchema }).nullable(),
    createdAt: z.iso.datetime(),
    hiddenAt: z.iso.datetime().nullable(),
    hiddenReason: z.string().nullable(),
  })
  .openapi('RatingForModeration');

export const moderationPageSchema = z
  .object({ items: z.array(moderationItemSchema), page: z.number().int(), pageCount: z.number().int() })
  .openapi('RatingModerationPage');

export const hideBodySchema = z
  .object({
    reason: z
      .string()
      .trim()
      .min(3, 'give a reason of at least 3 characters')
      .max(HIDE_REASON_MAX, `must be at most ${HIDE_REASON_MAX} characters`),
  })
  .openapi('HideRatingComment');
