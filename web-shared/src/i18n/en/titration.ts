export const titration = {
  title: 'Treatment plan',
  none: 'No titration protocol attached.',
  protocol: 'Protocol',
  step: (step: number, of: number) => `Step ${step} of ${of}`,
  since: 'Since',
  nextCheck: 'Next check',
  labCheck: 'Potassium and creatinine check',
  contraindications: 'Contraindications',
  proposed: (step: number, what: string) => `Proposed: step ${step} — ${what}, awaiting doctor`,
  evidence: (sys: number, dia: number, count: number, tSys: number, tDia: number) =>
    `7-day average ${sys}/${dia} from ${count} readings, target ${tSys}/${tDia}`,
  adherence: (readings: number, expected: number) =>
    `Measurements: ${readings} of ${expected} expected over the interval`,
  assistantNote: 'The treating doctor decides; assistants do not change treatment.',
  // The doctor's page.
  nav: 'Titration',
  proposalsTitle: 'Treatment step proposals',
  proposalsEmpty: 'No proposals are waiting for you.',
  current: 'Current',
  approve: 'Approve',
  approved: 'Approved: the patient has the new plan and the lab order.',
  changeStep: 'Or choose another step',
  applyStep: 'Apply this step',
  declineReason: 'Reason for declining',
  decline: 'Decline',
  declined: 'Declined: the step stays.',
  // The patient's page.
  yourPlan: (what: string, since: string) => `Your plan: ${what} from ${since}`,
  yourNextCheck: (date: string) => `Next check ${date}`,
  yourLabCheck: (date: string) => `Potassium and creatinine blood test by ${date}`,
  orderTests: 'Choose a lab for your tests',
};
