/**
 * Object identifiers (OIDs) of the CDA export.
 *
 * Our own identifiers hang under `TELEMED_ROOT`, a UUID-derived OID (ITU-T X.667 / ISO/IEC 9834-8: the arc
 * 2.25 followed by a UUID as a decimal integer; UUID 24a07b80-7491-4f30-8c12-9eefa6513690), which is unique
 * without registration. It is a placeholder: a medical organisation sending SEMD to EGISZ uses its own OID
 * from the FRMO register (1.2.643.5.1.13.13.12.2.<region>.<n>) instead. The sub-arcs follow the SEMD
 * convention of `<organisation OID>.100.1.1.<n>` for identifier kinds (Ministry of Health of Russia, "Руководство
 * по реализации СЭМД" — the exact numbers here are ours and must be checked against the SEMD guide in use).
 */
export const TELEMED_ROOT = '2.25.48685480259284524172008606977754216080';

export const ID = {
  /** One document (a conclusion version): extension = conclusion id. */
  document: `${TELEMED_ROOT}.100.1.1.51`,
  /** A document set (all versions of one consultation's conclusion): extension = appointment id. */
  documentSet: `${TELEMED_ROOT}.100.1.1.50`,
  /** Patients: extension = patient id. */
  patient: `${TELEMED_ROOT}.100.1.1.10`,
  /** Staff: extension = practitioner id. */
  practitioner: `${TELEMED_ROOT}.100.1.1.70`,
  /** Consultations (encounters): extension = appointment id. */
  encounter: `${TELEMED_ROOT}.100.1.1.15`,
  /** Clinics (organisations of the network): extension = clinic id. */
  clinic: `${TELEMED_ROOT}.100.1.1.20`,
  /** The operator of the service, the custodian of the documents. */
  operator: `${TELEMED_ROOT}.100.1.1.1`,
  /** Lines of the document (diagnoses, prescriptions, orders): extension = `<conclusion id>/<kind>/<n>`. */
  entry: `${TELEMED_ROOT}.100.1.1.52`,
} as const;

/** Our template of a consultation conclusion, version 1 (a placeholder until an EGISZ SEMD type applies). */
export const TEMPLATE_ID = `${TELEMED_ROOT}.1.1`;

/** Our local code systems (for values no national dictionary codes yet). */
export const LOCAL_CODES = {
  /** Consultation type by order 193n: first_contact, follow_up, in_person. */
  consultationType: `${TELEMED_ROOT}.2.1`,
  /** Specialty codes of the catalogue (therapist, paediatrician, …). */
  specialty: `${TELEMED_ROOT}.2.2`,
  /** Lab catalogue codes (used when a test has no LOINC code). */
  labTest: `${TELEMED_ROOT}.2.3`,
  /** Consultation formats: audio, video, chat, in_person. */
  format: `${TELEMED_ROOT}.2.4`,
  /** Diagnosis status by order 193n: preliminary (remote first contact) or established (in person). */
  diagnosisStatus: `${TELEMED_ROOT}.2.5`,
} as const;

/** HL7 and national code systems (HL7 v3 OID registry; the FNSI register of the Russian Ministry of Health). */
export const CODE_SYSTEM = {
  /** The CDA R2 interaction type: typeId root with extension POCD_HD000040 (HL7 CDA R2, 2005). */
  hl7TypeId: '2.16.840.1.113883.1.3',
  loinc: '2.16.840.1.113883.6.1',
  /** ICD-10 as published by WHO (HL7 OID registry). */
  icd10Who: '2.16.840.1.113883.6.3',
  /**
   * МКБ-10, the Russian edition of ICD-10 in the Ministry of Health's NSI register (FNSI, nsi.rosminzdrav.ru),
   * the dictionary SEMD documents code diagnoses with.
   */
  icd10Ru: '1.2.643.5.1.13.13.11.1005',
  /** HL7 v3 AdministrativeGender (F, M). */
  hl7Gender: '2.16.840.1.113883.5.1',
  /** FNSI "Пол пациента" (1 male, 2 female). */
  ruGender: '1.2.643.5.1.13.13.11.1040',
  /** HL7 v3 Confidentiality (N normal, R restricted, V very restricted). */
  hl7Confidentiality: '2.16.840.1.113883.5.25',
  /** HL7 v3 ActCode: encounter codes (AMB ambulatory, VR virtual). */
  hl7ActCode: '2.16.840.1.113883.5.4',
  /** HL7 v3 ActUncertainty (N stated with no uncertainty, U stated with uncertainty). */
  /** HL7 v3 ActPriority (EM emergency, UR urgent, R routine). */
  hl7ActPriority: '2.16.840.1.113883.5.7',
} as const;
