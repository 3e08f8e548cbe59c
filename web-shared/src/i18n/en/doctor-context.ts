/** What reaches the doctor before and during a consultation: the patient's reason and an assistant's escalation. */
export const doctorContext = {
  reason: {
    title: 'Reason for the visit',
    label: 'Reason',
    none: 'The patient did not say what they want to discuss.',
    more: 'Show all',
    less: 'Show less',
  },
  escalation: {
    flag: 'Escalated from BP monitoring',
    title: 'Escalated by the medical assistant',
    noteTitle: 'Assistant’s note',
    noteBy: (name: string, when: string) => `${name}, ${when}`,
    noNote: 'The assistant left no note.',
    alertLevel: 'Alert level',
    raisedAt: 'Alert raised',
    threshold: 'Alert threshold',
    target: 'Patient’s target',
    readingsTitle: 'Readings that triggered it',
    measuredAt: 'Measured',
    bloodPressure: 'Blood pressure, mmHg',
    pulse: 'Pulse, beats/min',
    symptoms: 'Symptoms',
    noReadings: 'This alert was not raised by a single reading.',
    days: (days: number) => (days === 1 ? '1 day without readings' : `${days} days without readings`),
  },
  actions: {
    label: 'Consultation actions',
  },
};
