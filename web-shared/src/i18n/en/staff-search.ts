/** Staff patient search (web-doctor): doctors' patient list, the assistant's proposal, enrolment offers. */
export const staffSearch = {
  title: 'Find a patient',
  name: 'Name',
  birthDate: 'Date of birth',
  policyNumber: 'Policy number',
  phone: 'Phone',
  find: 'Search',
  clear: 'Clear',
  doctorHint: 'You find the patients you consult or were asked about.',
  assistantHint:
    'You find the patients you monitor or proposed. To find a new patient, give the whole name and one more: date of birth, policy number or phone.',
  results: (count: number) => (count === 1 ? '1 patient found' : `${count} patients found`),
  none: 'Nobody found. Check the spelling, or give the whole name with a date of birth, policy number or phone.',
  relations: {
    treating_doctor: 'Your patient',
    consulted_doctor: 'Asked you',
    monitoring_assistant: 'You monitor',
    proposed_by_me: 'Your proposal is waiting',
    identified: 'Not monitored by you',
  },
  born: (date: string, age: string) => `born ${date} (${age})`,
  /** The assistant's proposal page. */
  propose: {
    pageTitle: 'Propose blood-pressure monitoring',
    link: 'Propose monitoring for a patient',
    step1: '1. Find the patient',
    step2: '2. Propose',
    pick: 'Patient',
    pickHint: 'Choose the patient you mean.',
    openMonitored: 'Open',
    nobodyToPropose: 'Find the patient first.',
    back: 'Back to the worklist',
  },
  /** After the conclusion is signed. */
  offer: {
    title: 'Blood-pressure monitoring',
    lead: 'Enrol this patient in home blood-pressure monitoring with a medical assistant.',
    already: 'This patient is already in monitoring or has a proposal waiting; see the patient page.',
    openPatient: 'Open the patient page',
  },
};
