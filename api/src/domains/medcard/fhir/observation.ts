import type { Observation, Patient, Quantity, Reference } from '@medplum/fhirtypes';
import { BP_PANEL, DIASTOLIC, HEART_RATE, SYSTOLIC } from '../../monitoring/fhir.js';
import type { Row } from './query.js';
import { INTERPRETATION, LOINC, OBSERVATION_CATEGORY, UCUM } from './codes.js';

const interpretation = { low: 'L', normal: 'N', high: 'H' } as const;

/** One value of a lab report, with its reference range and flag. */
export function labObservationResource(
  o: Row<'observations'>,
  subject: Reference<Patient>,
): Observation & { id: string } {
  const quantity = (value: number): Quantity => ({ value, unit: o.unit, system: UCUM, code: o.unit });
  return {
    resourceType: 'Observation',
    id: o.id,
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'laboratory' }] }],
    code: { coding: [{ system: LOINC, code: o.loinc, display: o.name.en }], text: o.name.ru },
    subject,
    effectiveDateTime: o.effectiveAt.toISOString(),
    valueQuantity: quantity(o.value),
    ...(o.referenceLow !== null || o.referenceHigh !== null
      ? {
          referenceRange: [
            {
              ...(o.referenceLow !== null ? { low: quantity(o.referenceLow) } : {}),
              ...(o.referenceHigh !== null ? { high: quantity(o.referenceHigh) } : {}),
            },
          ],
        }
      : {}),
    interpretation: [{ coding: [{ system: INTERPRETATION, code: interpretation[o.flag] }] }],
  };
}

const mmHg = (value: number): Quantity => ({ value, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' });

/** A home blood-pressure reading as a vital-signs panel: systolic, diastolic and, when measured, pulse. */
export function bpObservationResource(
  b: Row<'readings'>,
  subject: Reference<Patient>,
): Observation & { id: string } {
  return {
    resourceType: 'Observation',
    id: b.id,
    status: 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'vital-signs' }] }],
    code: {
      coding: [{ system: LOINC, code: BP_PANEL, display: 'Blood pressure panel with all children optional' }],
    },
    subject,
    effectiveDateTime: b.measuredAt.toISOString(),
    component: [
      {
        code: { coding: [{ system: LOINC, code: SYSTOLIC, display: 'Systolic blood pressure' }] },
        valueQuantity: mmHg(b.systolic),
      },
      {
        code: { coding: [{ system: LOINC, code: DIASTOLIC, display: 'Diastolic blood pressure' }] },
        valueQuantity: mmHg(b.diastolic),
      },
      ...(b.pulse
        ? [
            {
              code: { coding: [{ system: LOINC, code: HEART_RATE, display: 'Heart rate' }] },
              valueQuantity: { value: b.pulse, unit: '/min', system: UCUM, code: '/min' },
            },
          ]
        : []),
    ],
  };
}
