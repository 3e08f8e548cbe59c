/** "Who saw my data": the patient's view of the audit log of their record (and of each child's). */
export const accessLog = {
  nav: 'Who saw my data',
  title: 'Who saw my data',
  titleFor: (name: string) => `Who saw the data of ${name}`,
  intro:
    'Every time a doctor, a medical assistant, the insurer’s staff or one of our services opens or changes your ' +
    'medical data, it is recorded. Here is that record, newest first. Your own actions are not listed.',
  refusedNote: 'Refused attempts are listed too: they were stopped, and no data was shown.',
  people: 'Whose data',
  self: 'Me',
  caption: 'Access to the medical data, newest first',
  when: 'When',
  who: 'Who',
  what: 'What',
  outcome: 'Result',
  allowed: 'Allowed',
  denied: 'Refused',
  empty: 'Nobody else has opened this data yet.',
  more: 'Load more',
  loading: 'Loading…',
  end: 'That is the whole record.',
  loadFailed: 'Could not load more entries. Try again.',
  profileLink: 'See who saw my data',
};
