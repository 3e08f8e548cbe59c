import { counted } from './plural.js';

type Service = 'telemedicine' | 'lab' | 'second_opinion' | 'test_decoding' | 'in_person';
type RequestStatus = 'submitted' | 'in_review' | 'answered' | 'consult_booked' | 'cancelled';

/** The doctor's workspace: the urgent queue on Today, the pre-visit clinical summary and the patient history. */
export const workspace = {
  nav: { patients: 'Patients' },
  queue: {
    waitingCount: (count: number) =>
      count === 0 ? 'Nobody is waiting' : count === 1 ? '1 patient waiting' : `${count} patients waiting`,
    waitingFor: (minutes: number) => (minutes < 1 ? 'just joined' : `waiting ${minutes} min`),
    questionnaire: 'questionnaire filled in',
    live: 'The queue refreshes by itself every few seconds.',
    listLabel: 'Patients waiting, escalations first, then longest waiting',
  },
  schedule: { history: 'History' },
  summary: {
    historyLink: 'Patient history',
    guardian: 'Guardian',
    insuranceTitle: 'Insurance programme',
    noPolicy: 'The patient has no active insurance policy: every service is paid separately.',
    policy: (number: string, insurer: string, validTo: string | null) =>
      `Policy ${number}, ${insurer}, ${validTo ? `valid to ${validTo}` : 'does not expire'}`,
    franchise: (percent: number) =>
      `Franchise programme: the patient pays ${percent}% of services in the franchise.`,
    adviceHint: 'Plan tests and referrals within what the programme still covers this year.',
    service: {
      telemedicine: 'Online consultations',
      lab: 'Lab tests',
      second_opinion: 'Second opinions',
      test_decoding: 'Test result decoding',
      in_person: 'In-person visits',
    } satisfies Record<Service, string>,
    columns: { service: 'Service', cover: 'Cover', used: (year: number) => `Used in ${year}`, left: 'Left' },
    cover: {
      included: 'Covered in full',
      franchise: (percent: number) => `Covered, patient pays ${percent}%`,
      not_covered: 'Not covered',
    },
    usedOf: (used: number, limit: number | null) => (limit === null ? String(used) : `${used} of ${limit}`),
    notTracked: 'not seen online',
    noLimit: 'no limit',
    limitReached: 'limit reached',
    conclusionsTitle: 'Earlier conclusions',
    noConclusions: 'No earlier conclusions.',
    noDiagnosis: 'No diagnosis recorded',
    version: (version: number) => `corrected, version ${version}`,
    labsTitle: 'Recent lab results',
    noLabs: 'No lab results in the card yet.',
    labColumns: { analyte: 'Analyte', value: 'Value', reference: 'Reference', date: 'Date' },
    flag: { low: 'Low', normal: 'Normal', high: 'High' },
    bpTitle: 'Home blood pressure',
    bpAverage: (days: number, readings: number) =>
      `Average of the last ${days} days (${readings} ${readings === 1 ? 'reading' : 'readings'})`,
    bpTarget: 'Personal target',
    bpNone: (days: number) => `No readings in the last ${counted(days, 'day', 'days')}.`,
    bpLast: 'Last reading',
    attachmentsTitle: 'Attached documents',
    noAttachments: 'The patient attached no documents.',
    downloadFile: 'Download the original',
  },
  /** The staff app's PDF viewer (pdf.js into a canvas). */
  viewer: {
    toolbar: (name: string) => `Viewing ${name}`,
    loading: 'Opening the document…',
    failed: 'This document cannot be shown here. Download the original to open it.',
    previous: 'Previous page',
    next: 'Next page',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    pageImage: (page: number, name: string) => `Page ${page} of ${name}`,
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitWidth: 'Fit width',
  },
  history: {
    listTitle: 'My patients',
    listLead: 'Everyone with a past or booked consultation with you.',
    search: 'Name',
    searchButton: 'Search',
    noPatients: 'No patients found.',
    consults: (count: number) => (count === 1 ? '1 consultation' : `${count} consultations`),
    last: 'Last',
    next: 'Next',
    title: (name: string) => `History: ${name}`,
    timelineTitle: 'Timeline',
    empty: 'Nothing recorded yet.',
    consult: 'Consultation',
    labReport: 'Lab results',
    request: { second_opinion: 'Second opinion request', test_decoding: 'Test decoding request' },
    requestStatus: {
      submitted: 'submitted',
      in_review: 'in review',
      answered: 'answered',
      consult_booked: 'consultation booked',
      cancelled: 'cancelled',
    } satisfies Record<RequestStatus, string>,
    diagnosis: 'Diagnosis',
    recommendations: 'Recommendations',
    noConclusion: 'No final conclusion',
    openConsult: 'Open consultation',
    back: 'All patients',
  },
};
