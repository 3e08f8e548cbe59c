import type { Queue } from 'bull';
import { z } from '@hono/zod-openapi';
import type { Db } from '../../../db/client.js';
import { ProblemError } from '../../../http/problem.js';
import type { Logger } from '../../../logger.js';
import type { FhirServiceRequest } from '../fhir.js';
import { ingestReport } from '../ingest.js';
import { demoDiagnosticReport } from './results.js';

/** The parts of our ServiceRequest the demo lab reads; anything else in the job is not ours. */
const demoJobSchema = z.object({
  serviceRequest: z
    .object({
      resourceType: z.literal('ServiceRequest'),
      id: z.uuid(),
      code: z.object({
        coding: z.array(z.object({ system: z.string(), code: z.string() })).min(1),
        text: z.string(),
      }),
      contained: z
        .tuple([
          z.object({
            resourceType: z.literal('Patient'),
            identifier: z.array(z.object({ system: z.string(), value: z.uuid() })).min(1),
            gender: z.enum(['female', 'male']),
            birthDate: z.iso.date(),
          }),
        ])
        .rest(z.unknown()),
    })
    .passthrough(),
});

/**
 * Produces the order's results and hands them to the same `ingestReport` an outside partner reaches over
 * POST /internal/labs/:partner/reports. A direct call, not HTTP: the worker has no need to know the api's
 * address (and with the embedded database it runs inside the api), while validation, storage, idempotency
 * and the notification are exactly the partner's path.
 */
export async function runDemoLab(db: Db, notifications: Queue, log: Logger, raw: unknown) {
  const { serviceRequest } = demoJobSchema.parse(raw);
  const report = demoDiagnosticReport(serviceRequest as unknown as FhirServiceRequest, {
    issuedAt: new Date(),
  });
  try {
    const result = await ingestReport(db, notifications, 'demo', report);
    log.info({ orderId: serviceRequest.id, ...result }, 'demo lab reported');
    return result;
  } catch (error) {
    // Refused for good (the order was cancelled meanwhile, or is gone): retrying would not change the answer.
    if (error instanceof ProblemError && error.status < 500) {
      log.warn({ orderId: serviceRequest.id, detail: error.detail }, 'demo lab report refused');
      return { refused: error.detail };
    }
    throw error;
  }
}

export function processDemoLab(queue: Queue, db: Db, notifications: Queue, log: Logger) {
  void queue.process((job) => runDemoLab(db, notifications, log, job.data));
}
