import { z } from 'zod';

export const LocaleSchema = z.enum(['ru', 'en']);
export type Locale = z.infer<typeof LocaleSchema>;

export const AnswerValueSchema = z.union([z.enum(['yes', 'no', 'unknown']), z.number().finite()]);
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

export const ExtractedFindingSchema = z.object({
  findingId: z.string(),
  value: z.union([z.enum(['yes', 'no']), z.number().finite()]),
  /** The words in the complaint that produced this finding, for the "did we understand you" confirmation. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type ExtractedFinding = z.infer<typeof ExtractedFindingSchema>;

export const StartInputSchema = z.object({
  ageMonths: z.number().int().min(0).max(1500),
  sex: z.enum(['female', 'male']),
  complaintText: z.string().max(2000).optional(),
  /** Presenting complaints picked from the list (`PRESENTING_COMPLAINTS` ids). */
  complaintIds: z.array(z.string()).max(10).optional(),
  locale: LocaleSchema.default('ru'),
});
export type StartInput = z.input<typeof StartInputSchema>;

const StoredAnswerSchema = z.object({ value: AnswerValueSchema, source: z.enum(['patient', 'complaint']) });

/** Everything the interview needs between requests; plain JSON so the api can store it as jsonb. */
export const InterviewStateSchema = z.object({
  schemaVersion: z.literal(1),
  modelVersion: z.string(),
  ageMonths: z.number().int().min(0).max(1500),
  sex: z.enum(['female', 'male']),
  locale: LocaleSchema,
  complaintText: z.string().max(2000).optional(),
  extracted: z.array(ExtractedFindingSchema),
  /**
   * Presenting complaints driving the questions: picked plus recognised in the text. Defaults to none so states
   * stored before complaints existed still parse.
   */
  complaints: z.array(z.string()).default([]),
  answers: z.record(z.string(), StoredAnswerSchema),
  /**
   * Finding ids the interview asked, in order: the question budget. Answers from the complaint text and corrections
   * (a new answer to an already answered finding) are not counted.
   */
  asked: z.array(z.string()),
});
export type InterviewState = z.infer<typeof InterviewStateSchema>;
