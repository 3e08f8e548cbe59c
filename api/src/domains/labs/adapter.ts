import type { Queues } from '../../jobs/queues.js';
import type { Config } from '../../config.js';
import { DemoLabAdapter } from './demo-lab/adapter.js';
import type { FhirServiceRequest } from './fhir.js';

/**
 * A partner laboratory's integration. `submit` hands the lab one order; the lab answers later with a
 * DiagnosticReport through `ingestReport` (POST /internal/labs/:partner/reports for an outside partner).
 * Submitting the same ServiceRequest again must not create a second order at the lab: partners dedupe by
 * the ServiceRequest's identifier (our order id), the demo lab by its job id.
 */
export interface LabAdapter {
  submit(serviceRequest: FhirServiceRequest): Promise<{ externalId: string }>;
}

/** Adapters by `lab_locations.partner`; a real partner's adapter is added here next to the demo lab. */
export function labAdapters(deps: {
  queues: Pick<Queues, 'demoLab'>;
  config: Pick<Config, 'DEMO_LAB_DELAY_MS'>;
}) {
  const adapters: Record<string, LabAdapter> = {
    demo: new DemoLabAdapter(deps.queues.demoLab, deps.config.DEMO_LAB_DELAY_MS),
  };
  return adapters;
}
