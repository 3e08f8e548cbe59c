/** In-person visits at a clinic (web-patient booking steps and the appointment page). */
export const inPerson = {
  title: 'Where',
  clinic: 'Clinic',
  address: 'Address',
  metro: 'Metro',
  metroStation: (name: string, line: string, minutes: number) =>
    `${name} (line ${line}), ${minutes} min walk`,
  phone: 'Phone',
  route: 'Route to the clinic',
  routeLabel: (clinic: string) => `Route to ${clinic} (opens an external map)`,
  byPhoneTitle: 'Book by phone',
  byPhone: (phone: string) => `This clinic does not take online bookings. Call ${phone} to book a visit.`,
  whatToBringTitle: 'What to bring',
  whatToBring: [
    'Your passport',
    'Your insurance policy (or its number in the app)',
    'A referral or previous results, if you have them',
  ],
  shareTitle: 'Your share of this visit',
  price: (price: string) => `Price of the visit: ${price}`,
  youPay: (amount: string, percent: number) => `You pay ${amount} (${percent}%)`,
  nothingToPay: 'Your programme pays for the whole visit.',
  temporary: (days: number, until: string) =>
    `First ${days} days of your contract: a temporary franchise applies to visits until ${until}.`,
  chargedAfter: 'The share is charged after the visit; there is nothing to pay now.',
  noCall: 'This visit is at the clinic: there is no call to join.',
  visitDone: 'Mark the visit done',
  visitCharged: (amount: string) => `Visit done. The member's share charged: ${amount}.`,
};
