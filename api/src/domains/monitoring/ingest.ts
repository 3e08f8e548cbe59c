import type { Queue } from 'bull';
import type { Db } from '../../db/client.js';
import { ProblemError } from '../../http/problem.js';
import { bilingual, readingProblems, type ReadingInput } from './reading-input.js';
import { queueEvaluation, storeReadings } from './readings.js';
import { needsAmbulance, rulesForReading } from './rules/index.js';

type Source = Parameters<typeof storeReadings>[3];

/** A 400 naming every problem of a submission; nothing of it is stored. */
export function rejectInvalid(problems: { path: string; message: string }[], what: string): never {
  const detail = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  throw new ProblemError(400, `Invalid ${what} — nothing was saved. ${detail}`, {
    code: 'monitoring.invalid_readings',
    errors: problems,
  });
}

/** Every reading's problems against the plausible ranges (reading-input.ts), each at its item's path. */
export function plausibilityProblems(items: { path: string; reading: ReadingInput }[], now = new Date()) {
  return items.flatMap(({ path, reading }) =>
    readingProblems(reading, now).map((p) => ({ path, message: bilingual(p) })),
  );
}

/** Checks every reading against the plausible ranges (reading-input.ts); one bad one refuses the lot. */
export function assertPlausible(
  items: { path: string; reading: ReadingInput }[],
  what: string,
  now = new Date(),
) {
  const problems = plausibilityProblems(items, now);
  if (problems.length) rejectInvalid(problems, what);
}

/**
 * Stores each patient's readings and queues their evaluation in one transaction: the readings and the jobs
 * commit together or not at all, and a repeated reading only counts as a duplicate.
 */
export async function ingestReadings(
  deps: { db: Db; queue: Queue },
  byPatient: Map<string, ReadingInput[]>,
  source: Source,
  accountId: string,
) {
  return deps.db.transaction(async (tx) => {
    let inserted = 0;
    let duplicates = 0;
    for (const [patientId, readings] of byPatient) {
      const stored = await storeReadings(tx, patientId, readings, source, accountId);
      inserted += stored.inserted;
      duplicates += stored.duplicates;
      if (stored.inserted) await queueEvaluation(tx, deps.queue, patientId);
    }
    return { inserted, duplicates };
  });
}

/**
 * The advice the rules give right away, so the patient sees "call 103/112" at once whatever the job queue is
 * doing; the evaluation job raises the alerts.
 */
export function immediateAdvice(readings: ReadingInput[]) {
  const advice = readings.flatMap((r) =>
    rulesForReading({
      id: 'new',
      measuredAt: r.measuredAt,
      systolic: r.systolic,
      diastolic: r.diastolic,
      pulse: r.pulse ?? null,
      symptoms: r.symptoms ?? [],
    }).map((a) => ({ kind: a.kind, severity: a.severity, text: a.advice })),
  );
  const ambulance = readings.some((r) => needsAmbulance({ ...r, symptoms: r.symptoms ?? [] }));
  return { advice, ambulance };
}
