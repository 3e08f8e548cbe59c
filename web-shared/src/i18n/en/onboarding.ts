/** A new patient's first steps: policies, children, the price of a consultation, paying, and support. */
export const onboarding = {
  support: {
    label: 'Need help? Telemed support',
    phone: '+7 495 123-45-60',
    phoneDial: '+74951234560',
    email: 'support@telemed.example',
    hours: 'every day, 8:00–22:00 Moscow time',
  },
  policies: {
    title: 'Insurance policies',
    intro:
      'Add your policy and your children’s: the number is checked against the programme, and you see what each one covers.',
    whoLegend: 'Whose policies',
    show: 'Show',
    activeTitle: 'Policies in force',
    none: 'No policy yet: online consultations are paid for until you add one.',
    addTitle: 'Add a policy',
    programme: 'Programme',
    chooseProgramme: 'Choose a programme',
    insurer: 'Insurer',
    chooseInsurer: 'Choose an insurer',
    number: 'Policy number',
    numberHint:
      'OMS: the 16-digit unified number, e.g. 7700 0000 0000 0008. DMS: as printed on the policy, e.g. DMS-2026-1A2B3C4D.',
    validTo: 'Valid until (DMS only)',
    validToHint: 'An OMS policy does not expire: leave this empty.',
    submit: 'Add the policy',
    added: 'The policy has been added.',
    indefinite: 'Does not expire',
    manage: 'Add or view policies',
    required: {
      programme: 'Choose a programme.',
      insurer: 'Choose an insurer.',
      number: 'Enter the policy number.',
    },
  },
  child: {
    title: 'Add a child',
    intro:
      'Children under 15 are looked after from a parent’s account. From 15 a child registers their own account.',
    fullName: 'Child’s full name',
    birthDate: 'Date of birth',
    sex: 'Sex',
    relation: 'You are the child’s',
    relations: { mother: 'Mother', father: 'Father', guardian: 'Guardian (legal representative)' },
    birthCertificate: 'Birth certificate: series and number',
    birthCertificateHint: 'As printed on the certificate, e.g. IV-МЮ 123456.',
    declaration:
      'I confirm that I am the child’s parent or legal representative. I understand this declaration is recorded.',
    verificationNote:
      'We cannot check the civil registry online: your declaration is recorded with the certificate number, and one certificate can be registered to one account only. Please bring the certificate to your child’s first visit at a clinic.',
    submit: 'Add the child',
    added: 'The child has been added to your family.',
    addLink: 'Add a child',
    required: {
      fullName: 'Enter the child’s full name.',
      birthDate: 'Enter the date of birth.',
      sex: 'Choose the sex.',
      relation: 'Choose who you are to the child.',
      birthCertificate: 'Enter the birth certificate’s series and number.',
      declaration: 'Confirm the declaration to add the child.',
    },
  },
  price: {
    title: 'Price',
    covered: 'Covered by the programme: you pay nothing.',
    full: (amount: string) => `An online consultation costs ${amount}.`,
    youPay: (amount: string) => `You pay ${amount}.`,
    noPolicy: 'There is no insurance policy on file, so the consultation is paid for.',
    notCovered:
      'The insurance programme does not cover online consultations, so the consultation is paid for.',
    addPolicy: 'Add a policy',
    orPay: 'or book now and pay at the clinic or by invoice.',
    notSold: 'This consultation is available only with a policy that covers it.',
  },
  urgent: {
    notCovered: (name: string) =>
      `Online consultations are not covered for ${name}: the urgent queue is for those a programme covers.`,
    addPolicy: 'Add a policy',
    bookPlanned: 'or book a planned consultation and pay at the clinic or by invoice',
  },
  payment: {
    legend: 'How will you pay?',
    methods: {
      pay_at_clinic: 'At the clinic, by cash or card, before the consultation',
      invoice: 'By bank transfer: we issue an invoice',
    },
    required: 'Choose how you will pay.',
    summaryTitle: 'Payment',
    amount: 'Amount',
    method: 'Method',
    methodNames: { pay_at_clinic: 'At the clinic', invoice: 'Invoice (bank transfer)' },
    status: 'Status',
    statuses: { pending: 'Awaiting payment', paid: 'Paid', cancelled: 'Cancelled' },
    invoiceNumber: 'Invoice number',
    downloadInvoice: 'Download the invoice (PDF)',
  },
};
