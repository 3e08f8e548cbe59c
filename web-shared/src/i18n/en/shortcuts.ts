/** Shortcuts that spare the patient a step: the phone tab bar, live results, one-click decoding, the staff app. */
export const shortcuts = {
  tabs: {
    /** The tab that opens the sections without a tab of their own. */
    more: 'More',
    moreTitle: 'All sections',
    unread: (count: number) => (count === 1 ? '1 unread' : `${count} unread`),
  },
  labLive: {
    arrived: 'New test results have arrived; the page has been updated.',
  },
  decoding: {
    question: 'Your question (optional)',
    questionHint: 'For example, what worries you in these results. The doctor answers in writing.',
    more: 'Choose a doctor or add documents',
  },
  staffApp: {
    hint: 'Doctors, medical assistants and administrators sign in to the staff app.',
    link: 'Open the staff app',
  },
};
