/** The check-ups page: the OMS screening (order 404n) and commercial check-up packages. */
export const checkups = {
  nav: 'Check-ups',
  title: 'Check-ups and screening',
  intro:
    'Free preventive screening with a compulsory (OMS) policy, and check-up packages at the network’s clinics.',
  whoLegend: 'Who is it for',
  show: 'Show',
  screeningTitle: 'Free screening with OMS',
  /** Said of the member themself (children are not due before 18). */
  eligibleNow: {
    dispanserization: 'You are eligible for the free dispanserization this year',
    preventive_exam: 'You are eligible for the free preventive medical examination this year',
    reproductive_dispanserization:
      'You are eligible for the free reproductive-health dispanserization this year',
  },
  nextDue: (year: number) => `Next due in ${year}.`,
  doneThisYear: 'Done this year.',
  neverAgain: 'Not offered at this age.',
  tooYoung: 'From 18 years.',
  notCovered:
    'Free only with a valid compulsory (OMS) policy: add one under “Insurance”, or book a paid check-up below.',
  booked: (when: string, clinic: string) => `Booked: ${when}, ${clinic}.`,
  includesTitle: 'What it includes',
  ageNote: (age: number) =>
    `By the Ministry of Health order No. 404n, counted at the age you reach this year: ${age}.`,
  packagesTitle: 'Check-up packages',
  noPackages: 'No check-up packages fit this age and sex.',
  price: (price: string) => `Price: ${price}`,
  free: 'Free with OMS',
  duration: (minutes: number) => `About ${Math.round(minutes / 30) / 2} h`,
  offeredAt: (n: number) => `At ${n} ${n === 1 ? 'clinic' : 'clinics'}`,
  bookThis: 'Book',
  bookTitle: (name: string) => `Book: ${name}`,
  clinic: 'Clinic',
  chooseClinic: 'Choose a clinic',
  showTimes: 'Show free times',
  timesLegend: 'Day and time (the clinic’s local time)',
  noTimes: 'No free times this week at this clinic. Choose another clinic.',
  submit: 'Book the check-up',
  timeRequired: 'Choose a time.',
  confirmedTitle: 'Booked',
  confirmed: (name: string, when: string) => `${name}: ${when}.`,
  address: 'Address',
  phone: 'Phone',
  bring: 'Come on an empty stomach; bring your passport and your policy.',
  seeAppointments: 'It is among your appointments on the home page, where you can cancel it.',
  homeNoticeLink: 'Book it',
};
