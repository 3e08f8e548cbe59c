/** The conclusion editor's autosave and its in-page signing step. */
export const conclusionEditor = {
  saving: 'Saving…',
  savedAt: (time: string) => `Draft saved at ${time}`,
  notSaved: 'The draft was not saved. Check your connection; the text stays on the screen.',
  sign: {
    open: 'Sign the conclusion…',
    title: 'Sign the conclusion?',
    text: 'A signed conclusion cannot be edited: the patient receives it, the tests are ordered and the consultation is completed. Mistakes are fixed by a correction.',
    diagnosis: 'Diagnosis',
    tests: 'Tests ordered',
    noTests: 'none',
    confirm: 'Sign',
    back: 'Back to editing',
    notStarted: (time: string) =>
      `The consultation has not started yet; you can sign from ${time}. The draft can be saved meanwhile.`,
  },
};
