import type { Composition, CompositionSection, Encounter, Patient, Reference } from '@medplum/fhirtypes';
import type { Row } from './query.js';
import { CONSULTATION_TYPE_EXTENSION, CONSULTATION_TYPE_SYSTEM, escapeXml, LOINC, ref } from './codes.js';

type Conclusion = Row<'conclusions'>;

const consultationTypeDisplay = {
  first_contact: 'First remote consultation: no in-person diagnosis, diagnosis preliminary (order 193n)',
  follow_up: 'Remote follow-up of a diagnosis established in person (order 193n)',
  in_person: 'In-person visit',
} as const;

/** A narrative section, left out when there is nothing to say. */
const section = (title: string, text: string): CompositionSection[] =>
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

/** A final conclusion as a consult note, its diagnoses referring to the Conditions made from it. */
export function compositionResource(
  c: Conclusion,
  subject: Reference<Patient>,
  encounter: Reference<Encounter> | undefined,
  conditionIds: string[],
): Composition & { id: string } {
  const visit = c.inPersonVisit;
  return {
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
    ...(encounter ? { encounter } : {}),
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
  };
}

/** Who established the diagnosis in person, where, when and in which document. */
function establishedSourceText(source: NonNullable<Conclusion['establishedDiagnosis']>['source']) {
  return source.kind === 'card'
    ? `${source.organisation?.ru ?? ''} ${source.doctor.ru} ${source.date}`.trim()
    : `${source.organisation}, ${source.doctor}, ${source.date}, ${source.document}`;
}
