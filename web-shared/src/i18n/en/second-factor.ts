/** Two-step sign-in (TOTP): the second step, enrolment, recovery codes and the profile section. */
export const secondFactor = {
  verifyTitle: 'Two-step sign-in',
  verifyIntro: 'Enter the 6-digit code from your authenticator app.',
  codeLabel: 'Code',
  codeHint: 'Lost your phone? Enter one of your recovery codes instead.',
  submitVerify: 'Confirm',
  startAgain: 'Sign in again',
  demoHint:
    'Demo account: run `npm run demo:totp` in the project folder for the current code, or add the demo secret from the README to your authenticator app.',
  enrolTitle: 'Set up two-step sign-in',
  enrolIntroStaff:
    'Clinic staff sign in with a password and a code from an authenticator app (for example Google Authenticator, Microsoft Authenticator, FreeOTP or Yandex Key). Set it up once to continue.',
  enrolIntroPatient:
    'After your password you will also enter a code from an authenticator app on your phone, so nobody else can sign in with your password alone.',
  enrolScan: '1. Scan this QR code with your authenticator app.',
  enrolManual: 'Cannot scan? Enter this key in the app instead:',
  enrolConfirm: '2. Enter the 6-digit code the app now shows.',
  qrLabel: 'QR code for your authenticator app',
  submitEnrol: 'Turn on',
  recoveryTitle: 'Your recovery codes',
  recoveryIntro:
    'Each code works once, if you lose your phone. Save them somewhere safe now (print them or keep them in a password manager): they are shown only this time.',
  recoveryGone:
    'Recovery codes are shown only once. If you did not save them, make a new set in your profile.',
  recoveryContinue: 'I have saved them — continue',
  profileTitle: 'Two-step sign-in',
  statusOn: (date: string) => `On since ${date}.`,
  statusOff: 'Off. Your password alone signs you in.',
  requiredNote: 'Required for clinic staff.',
  recoveryLeft: (n: number) => (n === 1 ? '1 recovery code left.' : `${n} recovery codes left.`),
  turnOn: 'Turn on two-step sign-in',
  turnOff: 'Turn off',
  turnOffHint: 'To turn it off, enter a current code or a recovery code.',
  regenerate: 'Make new recovery codes',
  regenerateHint: 'Enter a current code from your app. The old recovery codes stop working.',
  errors: {
    codeRequired: 'Enter the code from your app.',
    codeFormat: 'The code is the 6 digits your app shows.',
    wrongCode: 'This code is not right or was already used. Enter the current code from your app.',
    expired: 'This sign-in has expired. Please sign in again.',
    setupExpired: 'The set-up has expired. Start again to get a new QR code.',
  },
};
