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
