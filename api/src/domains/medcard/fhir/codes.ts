import { createHash } from 'node:crypto';
import type { Reference, Resource } from '@medplum/fhirtypes';
import type { MedcardResource } from './bundle.js';

export { INTERPRETATION, LOINC, ORDER_SYSTEM, UCUM } from '../../labs/fhir.js';
export const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
export const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
export const DIAGNOSTIC_SERVICE_SECTION = 'http://terminology.hl7.org/CodeSystem/v2-0074';
/** The consultation type by order 193n (2025), stated on each conclusion's Composition. */
export const CONSULTATION_TYPE_EXTENSION = 'urn:telemed:fhir:consultation-type';
export const CONSULTATION_TYPE_SYSTEM = 'urn:telemed:consultation-type';

export const urn = (id: string) => `urn:uuid:${id}`;
/** A reference to another entry of the bundle; the target type is checked where it is used. */
export const ref = <T extends Resource = Resource>(id: string, display?: string): Reference<T> => ({
  reference: urn(id),
  ...(display ? { display } : {}),
});

/** A stable UUID for a resource derived from another record (an Encounter from its Appointment). */
export function derivedId(kind: string, id: string) {
  const h = createHash('sha256').update(`${kind}:${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function escapeXml(text: string) {
  return text.replace(
    /[<>&"']/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!,
  );
}

/** Resource types the export contains: the card's records and the people and places they refer to. */
export const bundleResourceTypes = [
  'Patient',
  'Practitioner',
  'Location',
  'Appointment',
  'Encounter',
  'Composition',
  'Condition',
  'ServiceRequest',
  'DiagnosticReport',
  'Observation',
  'DocumentReference',
  'QuestionnaireResponse',
] as const satisfies readonly MedcardResource['resourceType'][];
