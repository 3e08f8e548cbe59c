import { type Coding, coded, ii, personName, ts, tsDate } from './datatypes.js';
import type { CdaInput } from './input.js';
import { CODE_SYSTEM, ID, LOCAL_CODES, TEMPLATE_ID } from './oids.js';
import { el } from './xml.js';

/** The operator of the service: the custodian that keeps the documents (order 947n (2020): storage of EMD). */
const OPERATOR_NAME = 'Telemed';

const LOINC = { codeSystem: CODE_SYSTEM.loinc, codeSystemName: 'LOINC' };

const GENDER = {
  female: { hl7: 'F', ru: '2', ruName: 'Женский' },
  male: { hl7: 'M', ru: '1', ruName: 'Мужской' },
} as const;

/** HL7 v3 ActEncounterCode: AMB ambulatory (in person), VR virtual (remote). */
const ENCOUNTER_CODE = {
  in_person: { code: 'AMB', displayName: 'ambulatory' },
  audio: { code: 'VR', displayName: 'virtual' },
  video: { code: 'VR', displayName: 'virtual' },
  chat: { code: 'VR', displayName: 'virtual' },
} as const;

const FORMAT_NAMES = {
  audio: 'Аудиоконсультация',
  video: 'Видеоконсультация',
  chat: 'Чат',
  in_person: 'Очный приём',
};

/** A phone number as a `tel:` URL (digits and a leading plus only). */
const telUrl = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

function clinicOrganisation(input: CdaInput, name: string) {
  const c = input.conclusion.clinic;
  if (!c || !input.clinic) return null;
  return el(
    name,
    {},
    ii(ID.clinic, input.clinic.id),
    el('name', {}, c.name.ru),
    el('telecom', { value: telUrl(input.clinic.phone), use: 'WP' }),
    el('addr', {}, c.address.ru),
  );
}

/** The document's title: the conclusion of a remote (telemedicine) consultation or of an in-person visit. */
export function documentTitle(input: CdaInput) {
  return input.appointment.format === 'in_person'
    ? 'Заключение по результатам очного приёма'
    : 'Заключение по результатам консультации с применением телемедицинских технологий';
}

/**
 * The CDA header (HL7 CDA R2, POCD_MT000040.ClinicalDocument, elements in the schema's order): who, whom,
 * when, which version. Corrections keep the original: a later version has the same `setId`, the next
 * `versionNumber`, and a `relatedDocument` of type RPLC pointing to the version it replaces (order 947n
 * (2025): amendments are stored beside the original).
 */
export function header(input: CdaInput) {
  const c = input.conclusion;
  const signedAt = c.finalisedAt ?? c.updatedAt;
  const gender = GENDER[input.patientSex];
  const specialty: Coding = {
    code: c.specialty.code,
    codeSystem: LOCAL_CODES.specialty,
    displayName: c.specialty.name.ru,
  };
  const doctorEntity = (name: 'assignedAuthor' | 'assignedEntity', withOrganisation: boolean) =>
    el(
      name,
      {},
      ii(ID.practitioner, c.doctor.id),
      coded('code', specialty),
      el('assignedPerson', {}, personName(c.doctor.fullName.ru)),
      withOrganisation && clinicOrganisation(input, 'representedOrganization'),
    );
  const encounterCode = ENCOUNTER_CODE[input.appointment.format];
  const facility = clinicOrganisation(input, 'serviceProviderOrganization');

  return [
    el('realmCode', { code: 'RU' }),
    el('typeId', { root: CODE_SYSTEM.hl7TypeId, extension: 'POCD_HD000040' }),
    el('templateId', { root: TEMPLATE_ID }),
    ii(ID.document, c.id),
    coded('code', { code: '11488-4', ...LOINC, displayName: 'Consult note' }),
    el('title', {}, documentTitle(input)),
    el('effectiveTime', { value: ts(signedAt) }),
    // Normal health information under medical secrecy (323-FZ art. 13); "R"/"V" are for more sensitive data.
    coded('confidentialityCode', {
      code: 'N',
      codeSystem: CODE_SYSTEM.hl7Confidentiality,
      codeSystemName: 'Confidentiality',
      displayName: 'normal',
    }),
    el('languageCode', { code: 'ru-RU' }),
    el('setId', { root: ID.documentSet, extension: c.appointmentId }),
    el('versionNumber', { value: c.version }),
    el(
      'recordTarget',
      {},
      el(
        'patientRole',
        {},
        ii(ID.patient, c.patient.id),
        el(
          'patient',
          {},
          personName(c.patient.fullName.ru),
          coded(
            'administrativeGenderCode',
            { code: gender.hl7, codeSystem: CODE_SYSTEM.hl7Gender, codeSystemName: 'AdministrativeGender' },
            [
              {
                code: gender.ru,
                codeSystem: CODE_SYSTEM.ruGender,
                codeSystemName: 'Пол пациента',
                displayName: gender.ruName,
              },
            ],
          ),
          el('birthTime', { value: tsDate(c.patient.birthDate) }),
        ),
      ),
    ),
    el('author', {}, el('time', { value: ts(signedAt) }), doctorEntity('assignedAuthor', true)),
    el(
      'custodian',
      {},
      el(
        'assignedCustodian',
        {},
        el('representedCustodianOrganization', {}, ii(ID.operator), el('name', {}, OPERATOR_NAME)),
      ),
    ),
    // The doctor who finalised the conclusion. EGISZ also wants a detached qualified electronic signature
    // (63-FZ), which this export does not produce.
    c.finalisedAt &&
      el(
        'legalAuthenticator',
        {},
        el('time', { value: ts(c.finalisedAt) }),
        el('signatureCode', { code: 'S' }),
        doctorEntity('assignedEntity', false),
      ),
    input.replaces &&
      el(
        'relatedDocument',
        { typeCode: 'RPLC' },
        el(
          'parentDocument',
          {},
          ii(ID.document, input.replaces.id),
          el('setId', { root: ID.documentSet, extension: c.appointmentId }),
          el('versionNumber', { value: input.replaces.version }),
        ),
      ),
    el(
      'componentOf',
      {},
      el(
        'encompassingEncounter',
        {},
        ii(ID.encounter, c.appointmentId),
        coded('code', { ...encounterCode, codeSystem: CODE_SYSTEM.hl7ActCode, codeSystemName: 'ActCode' }, [
          {
            code: input.appointment.format,
            codeSystem: LOCAL_CODES.format,
            displayName: FORMAT_NAMES[input.appointment.format],
          },
        ]),
        el(
          'effectiveTime',
          {},
          el('low', { value: ts(c.appointmentStartsAt) }),
          el('high', { value: ts(input.appointment.endsAt) }),
        ),
        facility && el('location', {}, el('healthCareFacility', {}, facility)),
      ),
    ),
  ];
}
