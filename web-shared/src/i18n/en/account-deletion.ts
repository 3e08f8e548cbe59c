import { plural } from './plural.js';

const children = (n: number) => `${n} ${plural(n, { one: 'child', other: 'children' })}`;
const appointments = (n: number) =>
  `${n} upcoming ${plural(n, { one: 'appointment', other: 'appointments' })}`;

/** Deleting a patient's account: what goes, what the law keeps, and the confirmation step. */
export const accountDeletion = {
  profileTitle: 'Delete account',
  profileIntro:
    'You can delete your account. Your medical record is kept, as the law requires; the page explains what that means.',
  profileLink: 'Delete my account…',
  title: 'Delete my account',
  removedTitle: 'What is deleted',
  removed: [
    'your e-mail and phone number, and the name on your account;',
    'your password, two-step sign-in and every signed-in session: nobody can sign in to this account again;',
    'your notifications and your home region.',
  ],
  keptTitle: 'What is kept, and why',
  kept: (years: number) => [
    `your medical record: conclusions, lab results, documents you uploaded, consents, and the log of who saw them. Russian law keeps medical records for ${years} years and does not allow them to be deleted on request (Federal Law 323-FZ art. 13 on medical secrecy; 152-FZ art. 10 part 2 and art. 21 part 5 on health data processed for medical care; Ministry of Health order 947n on electronic medical records);`,
    'the name, date of birth and sex on the record, so it stays yours: your doctors can still see it, and you can ask the clinic for copies;',
    'the record stays under medical secrecy: only the people who treat you, and you on request, can see it.',
  ],
  comeBack: 'If you come back, you can register again with the same e-mail; the new account starts empty.',
  blockedChildren: (n: number) =>
    `Your account looks after ${children(n)} under 15. Their records need a parent’s account, so you cannot delete yours now. Contact support to hand them over to the other parent first.`,
  blockedAppointments: (n: number) => `You have ${appointments(n)}. Cancel them first, then come back here.`,
  confirmTitle: 'Confirm',
  understand: 'I understand that my account will be deleted for good and my medical record will be kept.',
  mustUnderstand: 'Tick the box to confirm.',
  password: 'Your password',
  passwordRequired: 'Enter your password.',
  submit: 'Delete my account',
  cancel: 'Keep my account',
  doneTitle: 'Your account has been deleted',
  done: (years: number) =>
    `You have been signed out, and nobody can sign in to the account again. Your e-mail, phone and the name on the account are gone. Your medical record is kept for ${years} years, as the law requires, under medical secrecy.`,
  doneRegister: 'Register again',
};
