export const staff = {
  nav: { home: 'Home', today: 'Today', monitoring: 'Monitoring', profile: 'Profile' },
  home: {
    title: 'Home',
    welcome: (name: string) => `Welcome, ${name}`,
    roleLine: (role: 'patient' | 'doctor' | 'assistant' | 'admin' | 'coordinator') =>
      ({
        patient: 'You are signed in as a patient.',
        doctor: 'You are signed in as a doctor.',
        assistant: 'You are signed in as a medical assistant.',
        admin: 'You are signed in as an administrator.',
        coordinator: 'You are signed in as a medical coordinator.',
      })[role],
    adminText:
      'The admin console: practitioners and their schedules, insurance programmes and policies, video servers and the audit log. Your account details are in your profile.',
  },
  today: {
    title: 'Today',
    scheduleTitle: 'Today’s schedule',
    noneToday: 'No consultations are scheduled for today.',
    upcomingTitle: 'Coming up',
    noneUpcoming: 'Nothing else is booked yet.',
  },
  monitoring: {
    title: 'Monitoring',
    worklistTitle: 'Patients to review',
    worklistEmpty: 'There are no patients to review yet.',
    worklistHint:
      'Patients enrolled in blood-pressure monitoring appear here, most urgent first, when their readings need attention.',
  },
  profile: {
    title: 'Profile',
    practitionerTitle: 'Practitioner details',
    accountTitle: 'Account',
    fullName: 'Full name',
    role: 'Role',
    specialties: 'Specialties',
    clinic: 'Clinic',
    experience: 'Experience',
    experienceYears: (years: number) => (years === 1 ? '1 year' : `${years} years`),
    languages: 'Languages of consultation',
    patients: 'Sees',
    adultsAndChildren: 'Adults and children',
    adultsOnly: 'Adults',
    childrenOnly: 'Children',
    email: 'E-mail',
    phone: 'Phone',
    noPractitioner: 'This account has no practitioner record.',
  },
};
