import { createHash, randomUUID } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  anamnesisSessions,
  appointments,
  bpReadings,
  conclusions,
  files,
  labLocations,
  labObservations,
  labOrders,
  labReports,
  patients,
  practitioners,
  specialties,
} from '../../db/schema/index.js';
import { BP_PANEL, DIASTOLIC, HEART_RATE, SYSTOLIC } from '../monitoring/fhir.js';
import { findLabTest } from '../catalogue/lab-tests.js';
import { INTERPRETATION, LOINC, ORDER_SYSTEM, UCUM } from '../labs/fhir.js';
import { notSuperseded } from '../conclusions/current.js';

export const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
/** The consultation type by order 193n (2025), stated on each conclusion's Composition. */
export const CONSULTATION_TYPE_EXTENSION = 'urn:telemed:fhir:consultation-type';
export const CONSULTATION_TYPE_SYSTEM = 'urn:telemed:consultation-type';
const consultationTypeDisplay = {
  first_contact: 'First remote consultation: no in-person diagnosis, diagnosis preliminary (order 193n)',
  follow_up: 'Remote follow-up of a diagnosis established in person (order 193n)',
  in_person: 'In-person visit',
} as const;

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
] as const;

type Resource = { resourceType: (typeof bundleResourceTypes)[number]; id: string } & Record<string, unknown>;

const urn = (id: string) => `urn:uuid:${id}`;
const ref = (id: string, display?: string) => ({ reference: urn(id), ...(display ? { display } : {}) });

/** A stable UUID for a resource derived from another record (an Encounter from its Appointment). */
function derivedId(kind: string, id: string) {
  const h = createHash('sha256').update(`${kind}:${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const appointmentStatus = {
  booked: 'booked',
  waiting: 'waitlist',
  in_progress: 'arrived',
  completed: 'fulfilled',
  cancelled: 'cancelled',
  no_show: 'noshow',
} as const;

const interpretation = { low: 'L', normal: 'N', high: 'H' } as const;

const triageSummary = z
  .object({
    urgencyLabel: z.object({ ru: z.string(), en: z.string() }),
    specialistLabel: z.object({ ru: z.string(), en: z.string() }),
    findings: z.object({
      positive: z.array(z.object({ name: z.object({ ru: z.string(), en: z.string() }) })),
    }),
  })
  .partial();

/**
 * The whole medical card as a FHIR R4 Bundle of type `collection`: every resource has `fullUrl`
 * `urn:uuid:<id>`, and every reference points to another entry, so the bundle stands on its own.
 */
export async function medcardBundle(db: Db, patientId: string) {
  const [patient] = await db.select().from(patients).where(eq(patients.id, patientId));
  if (!patient) return null;
  const resources: Resource[] = [];
  const practitionerIds = new Set<string>();
  const locationIds = new Set<string>();

  resources.push({
    resourceType: 'Patient',
    id: patient.id,
    name: [{ text: patient.fullName.ru }, { text: patient.fullName.en }],
    gender: patient.sex,
    birthDate: patient.birthDate,
  });
  const subject = ref(patient.id, patient.fullName.ru);

  const appts = await db
    .select({ a: appointments, specialty: specialties.name })
    .from(appointments)
    .innerJoin(specialties, eq(specialties.code, appointments.specialtyCode))
    .where(eq(appointments.patientId, patientId))
    .orderBy(asc(appointments.startsAt));
  const encounterOf = new Map<string, string>();
  for (const { a, specialty } of appts) {
    if (a.practitionerId) practitionerIds.add(a.practitionerId);
    resources.push({
      resourceType: 'Appointment',
      id: a.id,
      status: appointmentStatus[a.status],
      serviceType: [{ text: specialty.ru }],
      start: a.startsAt.toISOString(),
      end: a.endsAt.toISOString(),
      participant: [
        { actor: subject, status: 'accepted' },
        ...(a.practitionerId ? [{ actor: ref(a.practitionerId), status: 'accepted' }] : []),
      ],
    });
    if (a.status === 'completed') {
      const encounterId = derivedId('encounter', a.id);
      encounterOf.set(a.id, encounterId);
      resources.push({
        resourceType: 'Encounter',
        id: encounterId,
        status: 'finished',
        class:
          a.format === 'in_person'
            ? { system: ACT_CODE, code: 'AMB', display: 'ambulatory' }
            : { system: ACT_CODE, code: 'VR', display: 'virtual' },
        subject,
        ...(a.practitionerId ? { participant: [{ individual: ref(a.practitionerId) }] } : {}),
        appointment: [ref(a.id)],
        period: {
          start: (a.startedAt ?? a.startsAt).toISOString(),
          end: (a.endedAt ?? a.endsAt).toISOString(),
        },
      });
    }
  }

  const finals = await db
    .select()
    .from(conclusions)
    .where(and(eq(conclusions.patientId, patientId), eq(conclusions.status, 'final'), notSuperseded))
    .orderBy(asc(conclusions.finalisedAt));
  for (const c of finals) {
    practitionerIds.add(c.practitionerId);
    const diagnoses = [...(c.diagnosis ? [c.diagnosis] : []), ...c.secondaryDiagnoses];
    const conditionIds = diagnoses.map((d, i) => {
      const id = derivedId(`condition:${d.code}`, c.id);
      // 323-FZ art. 36.2 part 3; order 193n (2025): a remote consultation establishes no new diagnosis. Only an
      // in-person visit's diagnoses, and a follow-up's main diagnosis (established in person), are confirmed.
      const confirmed = c.consultationType === 'in_person' || (c.consultationType === 'follow_up' && i === 0);
      resources.push({
        resourceType: 'Condition',
        id,
        clinicalStatus: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
        },
        verificationStatus: {
          coding: [
            confirmed
              ? { system: CONDITION_VERIFICATION, code: 'confirmed', display: 'Confirmed' }
              : { system: CONDITION_VERIFICATION, code: 'provisional', display: 'Provisional' },
          ],
        },
        code: { coding: [{ system: ICD10, code: d.code, display: d.name.ru }], text: d.name.ru },
        subject,
        ...(encounterOf.has(c.appointmentId) ? { encounter: ref(encounterOf.get(c.appointmentId)!) } : {}),
        recordedDate: (c.finalisedAt ?? c.createdAt).toISOString(),
      });
      return id;
    });
    const section = (title: string, text: string) =>
      text
        ? [
            {
              title,
              text: {
                status: 'generated',
                div: `<div xmlns="http://www.w3.org/1999/xhtml">${escapeXml(text)}</div>`,
              },
            },
          ]
        : [];
    const visit = c.inPersonVisit;
    resources.push({
      resourceType: 'Composition',
      id: c.id,
      extension: [
        {
          url: CONSULTATION_TYPE_EXTENSION,
          valueCoding: {
            system: CONSULTATION_TYPE_SYSTEM,
            code: c.consultationType,
            display: consultationTypeDisplay[c.consultationType],
          },
        },
      ],
      status: 'final',
      type: { coding: [{ system: LOINC, code: '11488-4', display: 'Consult note' }] },
      subject,
      ...(encounterOf.has(c.appointmentId) ? { encounter: ref(encounterOf.get(c.appointmentId)!) } : {}),
      date: (c.finalisedAt ?? c.createdAt).toISOString(),
      author: [ref(c.practitionerId)],
      title: 'Заключение врача / Consultation conclusion',
      section: [
        ...(conditionIds.length
          ? [{ title: 'Диагноз / Diagnosis', entry: conditionIds.map((id) => ref(id)) }]
          : []),
        ...section('Жалобы / Complaints', c.complaints),
        ...section('Данные осмотра / Findings', c.findings),
        ...section(
          'Диагноз, установленный очно / Diagnosis established in person',
          c.establishedDiagnosis
            ? `${c.establishedDiagnosis.code} ${c.establishedDiagnosis.name.ru}; ${establishedSourceText(c.establishedDiagnosis.source)}`
            : '',
        ),
        ...section(
          'Рекомендован очный приём / In-person visit recommended',
          visit
            ? `${visit.specialtyCode}, ${visit.urgency}${visit.withinDays ? ` ≤ ${visit.withinDays} d` : ''}${visit.note ? `; ${visit.note}` : ''}`
            : '',
        ),
        ...section('Рекомендации / Recommendations', c.recommendations),
        ...section(
          'Назначения / Prescriptions',
          c.prescriptions.map((p) => `${p.drug} ${p.dose}, ${p.frequency}, ${p.duration}`).join('; '),
        ),
      ],
    });
  }

  const orders = await db
    .select()
    .from(labOrders)
    .where(eq(labOrders.patientId, patientId))
    .orderBy(asc(labOrders.createdAt));
  for (const o of orders) {
    if (o.orderedByPractitionerId) practitionerIds.add(o.orderedByPractitionerId);
    if (o.locationId) locationIds.add(o.locationId);
    const tests = o.testCodes.map((code) => findLabTest(code)).filter((t) => t !== undefined);
    resources.push({
      resourceType: 'ServiceRequest',
      id: o.id,
      identifier: [{ system: ORDER_SYSTEM, value: o.id }],
      status: {
        prescribed: 'draft',
        confirmed: 'active',
        sent: 'active',
        resulted: 'completed',
        cancelled: 'revoked',
      }[o.status],
      intent: 'order',
      code: {
        coding: tests.map((t) => ({ system: LOINC, code: t.loinc, display: t.name.en })),
        text: tests.map((t) => t.name.ru).join('; '),
      },
      subject,
      ...(o.orderedByPractitionerId ? { requester: ref(o.orderedByPractitionerId) } : {}),
      ...(o.locationId ? { locationReference: [ref(o.locationId)] } : {}),
      authoredOn: o.createdAt.toISOString(),
    });
  }

  const reports = await db
    .select()
    .from(labReports)
    .where(eq(labReports.patientId, patientId))
    .orderBy(asc(labReports.issuedAt));
  const observations = reports.length
    ? await db
        .select()
        .from(labObservations)
        .where(
          inArray(
            labObservations.reportId,
            reports.map((r) => r.id),
          ),
        )
    : [];
  for (const r of reports) {
    const values = observations.filter((o) => o.reportId === r.id);
    const order = orders.find((o) => o.id === r.orderId);
    const codes = (order?.testCodes ?? []).map((code) => findLabTest(code)).filter((t) => t !== undefined);
    for (const o of values) {
      resources.push({
        resourceType: 'Observation',
        id: o.id,
        status: 'final',
        category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'laboratory' }] }],
        code: { coding: [{ system: LOINC, code: o.loinc, display: o.name.en }], text: o.name.ru },
        subject,
        effectiveDateTime: o.effectiveAt.toISOString(),
        valueQuantity: { value: o.value, unit: o.unit, system: UCUM, code: o.unit },
        ...(o.referenceLow !== null || o.referenceHigh !== null
          ? {
              referenceRange: [
                {
                  ...(o.referenceLow !== null
                    ? { low: { value: o.referenceLow, unit: o.unit, system: UCUM, code: o.unit } }
                    : {}),
                  ...(o.referenceHigh !== null
                    ? { high: { value: o.referenceHigh, unit: o.unit, system: UCUM, code: o.unit } }
                    : {}),
                },
              ],
            }
          : {}),
        interpretation: [{ coding: [{ system: INTERPRETATION, code: interpretation[o.flag] }] }],
      });
    }
    resources.push({
      resourceType: 'DiagnosticReport',
      id: r.id,
      identifier: [{ value: r.externalId }],
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0074', code: 'LAB' }] }],
      code: {
        coding: codes.map((t) => ({ system: LOINC, code: t.loinc, display: t.name.en })),
        text: codes.map((t) => t.name.ru).join('; '),
      },
      basedOn: [ref(r.orderId)],
      subject,
      effectiveDateTime: (values[0]?.effectiveAt ?? r.issuedAt).toISOString(),
      issued: r.issuedAt.toISOString(),
      result: values.map((o) => ref(o.id)),
    });
  }

  const readings = await db
    .select()
    .from(bpReadings)
    .where(eq(bpReadings.patientId, patientId))
    .orderBy(asc(bpReadings.measuredAt));
  const mmHg = (value: number) => ({ value, unit: 'mmHg', system: UCUM, code: 'mm[Hg]' });
  for (const b of readings) {
    resources.push({
      resourceType: 'Observation',
      id: b.id,
      status: 'final',
      category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'vital-signs' }] }],
      code: {
        coding: [
          { system: LOINC, code: BP_PANEL, display: 'Blood pressure panel with all children optional' },
        ],
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
    });
  }

  const documents = await db
    .select()
    .from(files)
    .where(eq(files.patientId, patientId))
    .orderBy(asc(files.createdAt));
  for (const f of documents) {
    resources.push({
      resourceType: 'DocumentReference',
      id: f.id,
      status: 'current',
      subject,
      date: f.createdAt.toISOString(),
      description: f.kind,
      content: [
        {
          attachment: {
            contentType: f.contentType,
            size: f.sizeBytes,
            title: f.originalName,
          },
        },
      ],
    });
  }

  const interviews = await db
    .select()
    .from(anamnesisSessions)
    .where(and(eq(anamnesisSessions.patientId, patientId), eq(anamnesisSessions.status, 'completed')))
    .orderBy(asc(anamnesisSessions.createdAt));
  for (const s of interviews) {
    const summary = triageSummary.safeParse(s.result ?? {});
    const result = summary.success ? summary.data : {};
    const item = (linkId: string, text: string, answers: string[]) =>
      answers.length ? [{ linkId, text, answer: answers.map((valueString) => ({ valueString })) }] : [];
    resources.push({
      resourceType: 'QuestionnaireResponse',
      id: s.id,
      status: 'completed',
      subject,
      authored: (s.completedAt ?? s.updatedAt).toISOString(),
      item: [
        ...item('urgency', 'Срочность / Urgency', result.urgencyLabel ? [result.urgencyLabel.ru] : []),
        ...item(
          'specialist',
          'Специалист / Specialist',
          result.specialistLabel ? [result.specialistLabel.ru] : [],
        ),
        ...item(
          'findings',
          'Симптомы / Findings',
          (result.findings?.positive ?? []).map((f) => f.name.ru),
        ),
        { linkId: 'model', text: 'Версия модели / Model version', answer: [{ valueString: s.modelVersion }] },
      ],
    });
  }

  if (practitionerIds.size) {
    const staff = await db
      .select()
      .from(practitioners)
      .where(inArray(practitioners.id, [...practitionerIds]));
    for (const p of staff)
      resources.push({
        resourceType: 'Practitioner',
        id: p.id,
        name: [{ text: p.fullName.ru }, { text: p.fullName.en }],
      });
  }
  if (locationIds.size) {
    const places = await db
      .select()
      .from(labLocations)
      .where(inArray(labLocations.id, [...locationIds]));
    for (const l of places)
      resources.push({
        resourceType: 'Location',
        id: l.id,
        name: l.name.ru,
        address: { text: l.address.ru, city: l.city.ru },
        position: { latitude: l.latitude, longitude: l.longitude },
      });
  }

  return {
    resourceType: 'Bundle' as const,
    id: randomUUID(),
    type: 'collection' as const,
    timestamp: new Date().toISOString(),
    entry: resources.map((resource) => ({ fullUrl: urn(resource.id), resource })),
  };
}

function escapeXml(text: string) {
  return text.replace(
    /[<>&"']/g,
    (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!,
  );
}

/** Who established the diagnosis in person, where, when and in which document. */
function establishedSourceText(
  source: NonNullable<(typeof conclusions.$inferSelect)['establishedDiagnosis']>['source'],
) {
  return source.kind === 'card'
    ? `${source.organisation?.ru ?? ''} ${source.doctor.ru} ${source.date}`.trim()
    : `${source.organisation}, ${source.doctor}, ${source.date}, ${source.document}`;
}
