/**
 * Consultation types by Federal Law 323-FZ art. 36.2 part 3 and Ministry of Health order 193n (2025): the
 * block of the conclusion editor, and how a conclusion states its type to the doctor and the patient.
 */
export const consultationTypes = {
  block: {
    title: 'Consultation type (order 193n)',
    rule: 'Remotely, a doctor does not establish a new diagnosis before an in-person examination: a first contact gives a preliminary diagnosis and recommends an in-person visit; treatment is corrected only for a diagnosis established in person.',
    inPersonVisit: 'In-person visit: the diagnosis is established at this examination.',
    firstContact: 'First contact: no in-person diagnosis for this problem.',
    /** The radio choice beside the diagnoses of the card; the status line says what it means. */
    noEstablished: 'No in-person diagnosis (a first contact)',
    followUp: 'Follow-up of a diagnosis established in person.',
    linked: 'Linked in-person diagnosis',
    unlink: 'Unlink (make it a first contact)',
    fromCard: 'In-person diagnoses in the card',
    noneInCard: 'The card has no diagnoses from in-person visits.',
    use: 'Follow up this diagnosis',
    secondary: 'secondary',
    enter: 'Enter a diagnosis established in person elsewhere',
    enterCode: 'ICD-10 code',
    enterOrganisation: 'Clinic or hospital',
    enterDoctor: 'Doctor',
    enterDate: 'Date of the examination',
    enterDocument: 'Document (e.g. discharge summary)',
    enterSubmit: 'Link this diagnosis',
    enterMissing: 'Fill in the code and every field of the source.',
  },
  types: {
    first_contact: 'First remote consultation',
    follow_up: 'Remote follow-up of an in-person diagnosis',
    in_person: 'In-person visit',
  },
  preliminaryDiagnosis: 'Preliminary (suspected) diagnosis',
  preliminaryDiagnosisField: 'Preliminary (suspected) diagnosis, ICD-10',
  preliminaryBadge: 'preliminary',
  establishedDiagnosis: 'Diagnosis established in person',
  source: (organisation: string, doctor: string, date: string, document: string | null) =>
    `${organisation}, ${doctor}, ${date}${document ? `, ${document}` : ''}`,
  prescriptionsUnavailable:
    'Treatment is not prescribed at a first remote contact (order 193n): recommend an in-person visit below. Symptomatic advice (fluids, rest, an antipyretic by the label) can go into the recommendations.',
  noTreatmentYet: 'No treatment is prescribed before an in-person examination.',
  inPersonVisit: {
    title: 'In-person visit recommended',
    required: 'Required at a first contact',
    missing: 'Choose the urgency and specialty of the in-person visit before signing.',
    urgency: 'Urgency',
    urgencies: {
      emergency: 'Emergency — now (call 103 or 112)',
      urgent: 'Urgent — within 24–48 hours',
      planned: 'Planned — within a number of days',
    },
    specialty: 'Specialty',
    withinDays: 'Within how many days',
    none: 'Not chosen',
  },
  patientNotice: (visit: string) => `Preliminary diagnosis — an in-person visit is recommended: ${visit}`,
  visitText: {
    emergency: (specialty: string) => `${specialty}, now (call 103 or 112)`,
    urgent: (specialty: string) => `${specialty}, within 24–48 hours`,
    planned: (specialty: string, days: number) => `${specialty}, within ${days} days`,
  },
};
