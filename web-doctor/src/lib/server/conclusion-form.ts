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
  };
}
