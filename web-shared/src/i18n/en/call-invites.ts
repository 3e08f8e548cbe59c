/** Inviting a third participant into a call, and who is in the room (both apps' call pages). */
export const callInvites = {
  inviteTitle: 'Invite to the call',
  inviteHint:
    'A colleague joins from the staff app, a relative from the patient app, with this consultation only.',
  colleague: 'Colleague',
  chooseColleague: 'Choose a colleague',
  kinds: { assistant: 'Medical assistants', doctor: 'Doctors' },
  inviteColleague: 'Invite',
  relativeLogin: 'Or a relative’s e-mail or phone (they need a patient account)',
  inviteRelative: 'Invite the relative',
  invited: (name: string) =>
    `${name} is invited and has been notified: they join from this consultation’s call page.`,
  inviteFailed: 'Could not invite. Check the e-mail or phone and try again.',
  loading: 'Loading colleagues…',
  participantsTitle: 'In the call',
  you: 'You',
  /** Labels of who is who, everyone sees the same ones. */
  roles: {
    patient: 'Patient',
    doctor: 'Doctor',
    guest: 'Guest',
    guestAssistant: 'Medical assistant (invited)',
    guestDoctor: 'Doctor (invited)',
    guestRelative: 'Relative (invited)',
  },
  guestsTitle: 'Invited to the consultation',
  invitedBy: (who: string, when: string) => `invited by ${who}, ${when}`,
  noGuests: 'Nobody else was invited.',
};
