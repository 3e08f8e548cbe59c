import { createHash } from 'node:crypto';
import { labTests, referenceRange } from '../../catalogue/lab-tests.js';
import { ageInYears } from '../../../lib/dates.js';
import {
  INTERPRETATION,
  LOINC,
  UCUM,
  type FhirDiagnosticReport,
  type FhirObservation,
  type FhirServiceRequest,
} from '../fhir.js';

/** mulberry32: a tiny deterministic PRNG, so one order always gets the same demo values. */
function prng(seed: string) {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A standard normal draw (Box–Muller). */
const gaussian = (random: () => number) =>
  Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

export interface DemoReportOptions {
  issuedAt: Date;
  /** Fixed values by analyte LOINC (the seed draws a trend with them). */
  values?: Record<string, number>;
}

/**
 * What the demo lab "measures" for an order: each ordered panel's analytes drawn around the catalogue's
 * typical value for the population, so most fall inside the reference range and a few outside it.
 */
export function demoDiagnosticReport(
  request: FhirServiceRequest,
  opts: DemoReportOptions,
): FhirDiagnosticReport {
  const patient = request.contained[0];
  const orderId = request.id;
  const random = prng(orderId);
  const who = { sex: patient.gender, ageYears: ageInYears(patient.birthDate, opts.issuedAt) };
  const panels = request.code.coding
    .filter((c) => c.system === LOINC)
    .map((c) => labTests.find((t) => t.loinc === c.code))
    .filter((t) => t !== undefined);
  const observations: FhirObservation[] = [];
  const seen = new Set<string>();
  for (const analyte of panels.flatMap((t) => t.analytes)) {
    if (seen.has(analyte.loinc)) continue;
    seen.add(analyte.loinc);
    const drawn = analyte.typical.mean + analyte.typical.sd * gaussian(random);
    const value = round(Math.max(opts.values?.[analyte.loinc] ?? drawn, 0), analyte.decimals);
    const { low, high } = referenceRange(analyte, who);
    const flag = low !== undefined && value < low ? 'L' : high !== undefined && value > high ? 'H' : 'N';
    const unit = analyte.unit;
    const range = {
      ...(low !== undefined ? { low: { value: low, unit } } : {}),
      ...(high !== undefined ? { high: { value: high, unit } } : {}),
    };
    observations.push({
      resourceType: 'Observation',
      id: `obs-${observations.length + 1}`,
      status: 'final',
      code: {
        coding: [{ system: LOINC, code: analyte.loinc, display: analyte.name.en }],
        text: analyte.name.en,
      },
      valueQuantity: { value, unit: analyte.unit, system: UCUM, code: analyte.unit },
      ...(low !== undefined || high !== undefined ? { referenceRange: [range] } : {}),
      interpretation: [{ coding: [{ system: INTERPRETATION, code: flag }] }],
    });
  }
  const issued = opts.issuedAt.toISOString();
  // Samples are taken in the morning and analysed within the day; the demo reports the collection an hour earlier.
  const collected = new Date(opts.issuedAt.getTime() - 3_600_000).toISOString();
  return {
    resourceType: 'DiagnosticReport',
    id: `DEMO-${orderId}`,
    status: 'final',
    code: { coding: request.code.coding, text: request.code.text },
    basedOn: [{ reference: `ServiceRequest/${orderId}` }],
    subject: { reference: `Patient/${patient.identifier[0]!.value}` },
    effectiveDateTime: collected,
    issued,
    contained: observations,
    result: observations.map((o) => ({ reference: `#${o.id}` })),
  };
}
