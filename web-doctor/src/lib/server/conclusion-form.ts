const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};
const all = (data: FormData, name: string) =>
  data.getAll(name).map((value) => (typeof value === 'string' ? value.trim() : ''));

/** Days until a suggested follow-up; anything unreadable falls back to two weeks. */
function followUpDays(value: string) {
  const days = Number.parseInt(value, 10);
  return Number.isInteger(days) && days >= 1 && days <= 365 ? days : 14;
}

/**
 * The consultation type block (order 193n (2025)): no link (a first contact), an in-person diagnosis of the
 * card (`card:<conclusionId>:<code>`), or one the doctor enters with its source. The api checks each part.
 */
function readEstablished(data: FormData) {
  const choice = text(data, 'established');
  if (choice.startsWith('card:')) {
    const [, conclusionId = '', code = ''] = choice.split(':');
    return { source: 'card' as const, conclusionId, code };
  }
  if (choice === 'entered') {
    const entered = {
      source: 'entered' as const,
      code: text(data, 'establishedCode'),
      organisation: text(data, 'establishedOrganisation'),
      doctor: text(data, 'establishedDoctor'),
      date: text(data, 'establishedDate'),
      document: text(data, 'establishedDocument'),
    };
    // Still being typed: the saved link stays as it is until every field of the source is there.
    return Object.values(entered).every(Boolean) ? entered : undefined;
  }
  return null;
}

const URGENCIES = ['emergency', 'urgent', 'planned'] as const;
const isUrgency = (value: string): value is (typeof URGENCIES)[number] =>
  (URGENCIES as readonly string[]).includes(value);

/** The recommended in-person visit; a planned one says within how many days. */
function readInPersonVisit(data: FormData) {
  const urgency = text(data, 'inPersonUrgency');
  if (!isUrgency(urgency)) return null;
  const days = Number.parseInt(text(data, 'inPersonWithinDays'), 10);
  return {
    urgency,
    specialtyCode: text(data, 'inPersonSpecialty'),
    withinDays: urgency === 'planned' && Number.isInteger(days) ? days : null,
  };
}

/**
 * The conclusion editor's form as the api's draft body. Prescription rows arrive as parallel lists
 * (one `drug`, `dose`, … per row); rows without a medicine are dropped. The api validates the rest.
 */
export function readConclusionForm(data: FormData) {
  const doses = all(data, 'dose');
  const frequencies = all(data, 'frequency');
  const durations = all(data, 'duration');
  const prescriptions = all(data, 'drug').flatMap((drug, i) =>
    drug
      ? [{ drug, dose: doses[i] ?? '', frequency: frequencies[i] ?? '', duration: durations[i] ?? '' }]
      : [],
  );
  const specialtyCode = text(data, 'followUpSpecialty');
  const followUp =
    text(data, 'followUpKind') === 'suggest' && specialtyCode
      ? { kind: 'suggest' as const, specialtyCode, inDays: followUpDays(text(data, 'followUpInDays')) }
      : { kind: 'none' as const };
  return {
    diagnosisCode: text(data, 'diagnosisCode') || null,
    complaints: text(data, 'complaints'),
    findings: text(data, 'findings'),
    recommendations: text(data, 'recommendations'),
    prescriptions,
    labTestCodes: all(data, 'labTestCodes').filter(Boolean),
    followUp,
    establishedDiagnosis: readEstablished(data),
    inPersonVisit: readInPersonVisit(data),
  };
}
