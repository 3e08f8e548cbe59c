import { counted } from './plural.js';

/** The population view of blood-pressure monitoring (HEARTS / Simple.org definitions), for assistants and doctors. */
export const population = {
  nav: 'Population',
  title: 'Population: blood pressure under control',
  doctorTitle: 'My monitored patients: blood pressure under control',
  lead: 'Patients enrolled in monitoring, by the WHO HEARTS and Simple.org definitions. Controlled: the last reading in the past 3 months below the personal target (both numbers, e.g. under 140/90).',
  doctorLead:
    'The patients you treat who are enrolled in blood-pressure monitoring, by the WHO HEARTS and Simple.org definitions.',
  statuses: {
    controlled: 'Controlled',
    uncontrolled: 'Not controlled',
    no_reading_3m: 'No reading in 3 months',
    lost_to_follow_up: 'Lost to follow-up (12 months)',
    first_3_months: 'First 3 months (not counted)',
  },
  statusHints: {
    controlled: 'Last reading in the past 3 months below target',
    uncontrolled: 'Last reading in the past 3 months at or above target',
    no_reading_3m: 'A reading within 12 months, none in the past 3',
    lost_to_follow_up: 'No reading in the past 12 months',
    first_3_months: 'Enrolled less than 3 months ago',
  },
  countsTitle: 'Patients by status',
  total: (n: number) => counted(n, 'enrolled patient', 'enrolled patients'),
  controlRate: 'Control rate',
  controlRateHint:
    'Controlled ÷ (controlled + not controlled + no reading in 3 months), patients enrolled 3 months or more.',
  noRate: '—',
  trendTitle: 'Control rate by month',
  month: 'Month',
  rate: 'Rate',
  denominator: 'Counted',
  timeToControl: 'Time to control',
  timeToControlValue: (days: number, patients: number) =>
    `median ${counted(days, 'day', 'days')} (${counted(patients, 'patient', 'patients')})`,
  timeToControlNone: 'No controlled patients yet',
  uncontrolledTitle: 'Not controlled: review',
  noReadingTitle: 'No reading in 3 months: contact',
  patient: 'Patient',
  lastReading: 'Last reading',
  target: 'Target',
  emptyList: 'Nobody here.',
};
