/** Consents (api domains/consents): the patient's page, the booking step, the doctor's summary block. */
export const consents = {
  nav: 'Consents',
  title: 'Consents',
  intro:
    'Before the first consultation we need your informed voluntary consent to medical care by telemedicine and your written consent to process your health data. You sign them with a one-time code sent to you (a simple electronic signature).',
  gate: 'Before booking a consultation, please accept the required consents below. Then you will go back to your booking.',
  forWhom: 'Consents of',
  kinds: {
    telemedicine_intervention: 'Medical care by telemedicine',
    personal_data: 'Processing of health data',
    call_recording: 'Recording of consultations',
    research_use: 'Use of anonymised data for research',
  },
  required: 'Required',
  optional: 'Optional',
  state: {
    accepted: (version: number, date: string, by: string) =>
      `Accepted: version ${version}, ${date}, by ${by}`,
    outdated: (version: number) => `The text has changed: version ${version} needs your acceptance`,
    withdrawn: (date: string) => `Withdrawn ${date}`,
    needs_own:
      'From 15 years of age the patient gives this consent themselves: the parent’s acceptance no longer counts.',
    missing: 'Not accepted yet',
  },
  readText: (version: number) => `Read the text (version ${version})`,
  accept: 'I have read this text and accept it',
  choose: 'Tick at least one consent to sign.',
  sendCode: 'Get a code to sign',
  codeSent: (to: string) => `We have sent a code to ${to}. Enter it to sign the ticked consents.`,
  code: 'Code from the message',
  sign: 'Sign and accept',
  signed: 'Signed. Thank you.',
  continueBooking: 'Continue booking',
  bookingNotice: (name: string) =>
    `Before a consultation for ${name}, the required consents must be accepted.`,
  acceptLink: 'Accept the consents',
  allDone: 'All required consents are accepted: you can book consultations.',
  withdraw: 'Withdraw',
  withdrawConfirm: (kind: string) => `Withdraw the consent “${kind}”?`,
  withdrawRequiredWarning:
    'Without this consent no new consultations can be booked, online or in person, until you give it again.',
  withdrawn: 'The consent has been withdrawn.',
  recordsKept:
    'Withdrawing a consent does not delete your medical record: what has already been recorded is kept for the period the law requires (Federal Law 323-FZ art. 13 and 22; Ministry of Health order 947n).',
  history: 'History',
  historyColumns: {
    kind: 'Consent',
    version: 'Version',
    signedBy: 'Signed by',
    method: 'Signature',
    accepted: 'Accepted',
    withdrawn: 'Withdrawn',
  },
  relation: { self: 'the patient', guardian: 'parent or guardian' },
  method: { email_code: 'code by e-mail', sms_code: 'code by SMS' },
  /** The doctor's pre-visit summary. */
  doctor: {
    title: 'Consents',
    accepted: (kind: string, version: number, date: string) => `${kind} ✓ v${version}, ${date}`,
    notAccepted: (kind: string) => `${kind}: not accepted`,
    withdrawn: (kind: string, date: string) => `${kind}: withdrawn ${date}`,
    outdated: (kind: string, version: number) => `${kind}: new version ${version} not yet accepted`,
    incomplete: 'Required consents are missing: no new consultations can be booked for this patient.',
    byGuardian: 'signed by a parent',
  },
};
