import type { Queue } from 'bull';
import type { LabAdapter } from '../lab-adapter.js';
import type { FhirServiceRequest } from '../fhir.js';

/**
 * The built-in demo lab: accepts the order at once and "analyses" it after a delay on its own queue, as a
 * partner's laboratory would. The job id is the order id, so a repeated submission is the same order.
 */
export class DemoLabAdapter implements LabAdapter {
  constructor(
    private readonly queue: Queue,
    private readonly delayMs: number,
  ) {}

  async submit(serviceRequest: FhirServiceRequest) {
    await this.queue.add({ serviceRequest }, { jobId: `demo-lab:${serviceRequest.id}`, delay: this.delayMs });
    return { externalId: `DEMO-${serviceRequest.id.slice(0, 8).toUpperCase()}` };
  }
}
