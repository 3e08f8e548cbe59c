import { counted } from './plural.js';

type Kind =
  | 'crisis'
  | 'high_average'
  | 'low_pressure'
  | 'pulse_high'
  | 'pulse_low'
  | 'no_readings'
  | 'symptoms_reported';
type Severity = 'urgent' | 'high' | 'medium' | 'low';
type Status = 'open' | 'acknowledged' | 'resolved' | 'escalated';
type Symptom =
  | 'chest_pain'
  | 'shortness_of_breath'
  | 'weakness_or_numbness'
  | 'speech_difficulty'
  | 'severe_headache'
  | 'vision_loss'
  | 'confusion'
  | 'dizziness'
  | 'nausea';

export const monitoring = {
  nav: 'Blood pressure',
  kinds: {
    crisis: 'Hypertensive crisis',
    high_average: 'High 7-day average',
    low_pressure: 'Low pressure',
    pulse_high: 'Fast pulse',
    pulse_low: 'Slow pulse',
    no_readings: 'No readings',
    symptoms_reported: 'Chest pain or breathlessness reported',
  } satisfies Record<Kind, string>,
  severities: { urgent: 'Urgent', high: 'High', medium: 'Medium', low: 'Low' } satisfies Record<
    Severity,
    string
  >,
  statuses: {
    open: 'Open',
    acknowledged: 'Acknowledged',
    resolved: 'Resolved',
    escalated: 'Escalated to a doctor',
  } satisfies Record<Status, string>,
  symptoms: {
    chest_pain: 'Chest pain',
    shortness_of_breath: 'Shortness of breath',
    weakness_or_numbness: 'Weakness or numbness in the face, arm or leg',
    speech_difficulty: 'Trouble speaking',
    severe_headache: 'Severe headache',
    vision_loss: 'Blurred or lost vision',
    confusion: 'Confusion',
    dizziness: 'Dizziness',
    nausea: 'Nausea or vomiting',
  } satisfies Record<Symptom, string>,
  chart: {
    title: 'Blood pressure chart',
    systolic: 'Systolic',
    diastolic: 'Diastolic',
    target: 'Target',
    average: '7-day average',
    empty: 'No readings in this period yet.',
    summary: (count: number, days: number) =>
      `${counted(count, 'reading', 'readings')} over the last ${counted(days, 'day', 'days')}`,
  },
  unit: 'mmHg',
  pulseUnit: 'beats/min',
  average: (s: number, d: number, n: number) => `${s}/${d} mmHg (${counted(n, 'reading', 'readings')})`,
  noAverage: 'not enough readings',
  target: (s: number, d: number) => `below ${s}/${d} mmHg`,
  sources: { manual: 'entered', csv: 'CSV import', fhir: 'device' },
  arms: { left: 'left arm', right: 'right arm' },
  patient: {
    title: 'Blood pressure',
    intro:
      'Enter your home readings. Your medical assistant watches them and contacts you if they need attention.',
    notEnrolled:
      'Blood-pressure monitoring is not set up for you. Ask your doctor or medical assistant to enrol you.',
    whoLegend: 'Whose reading',
    formTitle: 'New reading',
    systolic: 'Upper (systolic), mmHg',
    diastolic: 'Lower (diastolic), mmHg',
    pulse: 'Pulse, beats/min (optional)',
    measuredAt: 'Measured at',
    arm: 'Arm',
    armNone: 'Not specified',
    symptomsLegend: 'Do you have any of these right now?',
    save: 'Save reading',
    saved: 'Reading saved.',
    duplicate: 'This reading was already saved.',
    howTitle: 'How to measure (ESC 2024)',
    how: [
      'No coffee, strong tea, smoking or exercise for 30 minutes before measuring.',
      'Sit quietly for 5 minutes, back supported, feet flat on the floor, legs uncrossed.',
      'Put the cuff on the bare upper arm, resting on a table at heart level. Do not talk.',
      'Take two readings one minute apart, morning (before medicines) and evening, and enter both.',
    ],
    howSource:
      'Following the 2024 ESC Guidelines for the management of elevated blood pressure and hypertension (home blood-pressure monitoring).',
    ambulanceTitle: 'Call an ambulance: 103 / 112',
    ambulanceText:
      'Your blood pressure is very high and you have warning symptoms. Call now; do not drive yourself. Your assistant has also been notified.',
    csvTitle: 'Import from a home monitor or health app',
    csvHint:
      'Accepted: an OMRON connect CSV export, a Withings bp.csv export, a FHIR file (JSON) from Apple Health or Google Health Connect export tools, or a table with columns Date, Time, SYS, DIA, Pulse. Times without a zone are read as Moscow time.',
    csvFile: 'Export file (CSV or JSON)',
    csvSubmit: 'Import',
    deviceSources: { omron: 'OMRON connect', withings: 'Withings', fhir: 'FHIR', csv: 'CSV table' },
    deviceResult: (source: string, inserted: number, duplicates: number, skipped: number) =>
      `${source}: imported ${inserted}, duplicates ${duplicates}, skipped ${skipped}.`,
    csvMissing: 'Choose an export file.',
    averageTitle: 'Your 7-day average',
    targetTitle: 'Your target',
    alertsTitle: 'What your readings show',
    noAlerts: 'Nothing needs attention right now.',
    readingsTitle: 'Recent readings',
    adviceTitle: 'Advice',
  },
  staff: {
    worklistTitle: 'Patients to review',
    patient: 'Patient',
    worklistEmpty: 'No patients are enrolled with you yet.',
    noAlerts: 'No open alerts',
    titrationProposed: 'Step proposed — awaiting doctor',
    pagesLabel: 'Worklist pages',
    pageRange: (from: number, to: number, total: number) => `${from}–${to} of ${total}`,
    previousPage: 'Previous',
    nextPage: 'Next',
    lastReading: 'Last reading',
    never: 'never',
    open: 'Open',
    age: 'Waiting',
    ago: (minutes: number) =>
      minutes < 60
        ? `${minutes} min`
        : minutes < 48 * 60
          ? `${Math.floor(minutes / 60)} h`
          : `${Math.floor(minutes / 1440)} days`,
    patientTitle: 'Blood-pressure monitoring',
    born: 'Born',
    phone: 'Phone',
    assistant: 'Responsible assistant',
    targetLabel: 'Target',
    averageLabel: '7-day average',
    alertsTitle: 'Alerts',
    readingsTitle: 'Readings',
    table: {
      when: 'When',
      bp: 'BP, mmHg',
      pulse: 'Pulse',
      arm: 'Arm',
      symptoms: 'Symptoms',
      source: 'Source',
    },
    acknowledge: 'Acknowledge',
    resolve: 'Resolve',
    escalate: 'Escalate to a doctor',
    escalateNote: 'Note for the doctor',
    escalated: 'An urgent video consult has been created; the first free therapist will take it.',
    source: 'Source',
    notesTitle: 'Contact notes',
    noteChannel: 'Channel',
    channels: { phone: 'Phone', message: 'Message', video: 'Video', other: 'Other' },
    noteText: 'Note',
    noteAlert: 'About the alert',
    noteAlertNone: 'General',
    addNote: 'Add note',
    noNotes: 'No contacts recorded yet.',
    proposeTitle: 'Propose monitoring for a patient',
    proposeHint:
      'A doctor who treats the patient, or the patient in their app, decides. You see the patient’s record only once they accept.',
    patientId: 'Patient ID',
    targetSystolic: 'Target systolic, mmHg',
    targetDiastolic: 'Target diastolic, mmHg',
    proposeReason: 'Why the patient needs monitoring',
    propose: 'Send the proposal',
    proposed: 'Proposal sent. The patient’s doctor or the patient will decide.',
    proposalsTitle: 'My proposals',
    unnamedPatient: (id: string) => `Patient ${id.slice(0, 8)}…`,
    updateTarget: 'Change target',
    targetChanged: 'Target changed.',
    back: 'Back to the worklist',
  },
  /** Enrolment decisions: the doctor's patient page and proposals, and the patient's consent. */
  enrolment: {
    title: 'Blood-pressure monitoring',
    statuses: {
      proposed: 'Waiting for a decision',
      active: 'Monitoring',
      declined: 'Declined',
      ended: 'Ended',
    },
    none: 'Not in blood-pressure monitoring.',
    active: (assistant: string, since: string) => `Monitored by ${assistant} since ${since}.`,
    proposedBy: (assistant: string) =>
      `${assistant}, a medical assistant, proposes home blood-pressure monitoring.`,
    reason: 'Reason',
    target: 'Target',
    accept: 'Accept',
    approve: 'Approve',
    decline: 'Decline',
    end: 'End monitoring',
    endHint: 'The assistant loses access to the record at once; readings and notes stay in it.',
    enrolTitle: 'Enrol in monitoring',
    assistant: 'Assistant',
    note: 'Note (diagnosis, medicines)',
    enrol: 'Enrol',
    done: {
      enrolled: 'The patient is enrolled.',
      accepted: 'Monitoring has started.',
      declined: 'The proposal is declined.',
      ended: 'Monitoring has ended.',
    },
    proposalsTitle: 'Monitoring proposals for your patients',
    proposalsHint:
      'A medical assistant asks to monitor these patients’ home blood pressure. Nothing opens until you or the patient accept.',
    open: 'Open the patient',
    patientProposal: (name: string) => `Proposal: blood-pressure monitoring for ${name}`,
    patientConsent:
      'If you accept, the assistant sees the medical record, watches the readings and contacts you when they need attention. You can stop at any time.',
    stopHint: 'Your assistant will no longer see the record; the readings stay in it.',
  },
};
