import type { LocalizedText } from '../db/schema/common.js';

/** The demo world's people. Every demo account signs in with DEMO_PASSWORD (refused for real accounts). */
export { DEMO_PASSWORD } from '../auth/password.js';

type Sex = 'female' | 'male';
const n = (ru: string, en: string): LocalizedText => ({ ru, en });

export const specialtySeed = [
  { code: 'therapist', name: n('Терапевт', 'Therapist') },
  { code: 'paediatrician', name: n('Педиатр', 'Paediatrician') },
  { code: 'psychologist', name: n('Психолог', 'Psychologist') },
  { code: 'gastroenterologist', name: n('Гастроэнтеролог', 'Gastroenterologist') },
  { code: 'gynaecologist', name: n('Гинеколог', 'Gynaecologist') },
  { code: 'neurologist', name: n('Невролог', 'Neurologist') },
  { code: 'dermatologist', name: n('Дерматолог', 'Dermatologist') },
] as const;

export type SpecialtyCode = (typeof specialtySeed)[number]['code'];

/** Roubles for an online consultation the patient's programme does not cover (or covers under a franchise). */
export const consultationPriceSeed: Record<SpecialtyCode, number> = {
  therapist: 1500,
  paediatrician: 1500,
  psychologist: 2500,
  gastroenterologist: 2200,
  gynaecologist: 2200,
  neurologist: 2200,
  dermatologist: 2000,
};

export const clinicSeed = [
  {
    key: 'moscow',
    name: n('Телемед Клиника «Арбат»', 'Telemed Clinic Arbat'),
    city: n('Москва', 'Moscow'),
    address: n('Москва, ул. Арбат, 12', '12 Arbat St, Moscow'),
    phone: '+74951234567',
  },
  {
    key: 'spb',
    name: n('Телемед Клиника «Невский»', 'Telemed Clinic Nevsky'),
    city: n('Санкт-Петербург', 'Saint Petersburg'),
    address: n('Санкт-Петербург, Невский пр., 88', '88 Nevsky Ave, Saint Petersburg'),
    phone: '+78121234567',
  },
  {
    key: 'kazan',
    name: n('Телемед Клиника «Кремлёвская»', 'Telemed Clinic Kremlyovskaya'),
    city: n('Казань', 'Kazan'),
    address: n('Казань, ул. Кремлёвская, 5', '5 Kremlyovskaya St, Kazan'),
    phone: '+78431234567',
  },
] as const;

export interface DoctorSeed {
  email: string;
  name: LocalizedText;
  specialty: SpecialtyCode;
  clinic: (typeof clinicSeed)[number]['key'];
  experienceYears: number;
  languages: string[];
  adults: boolean;
  children: boolean;
  formats: ('audio' | 'video' | 'chat')[];
}

export const doctorSeed: DoctorSeed[] = [
  {
    email: 'dr.smirnova@demo.telemed',
    name: n('Смирнова Елена Викторовна', 'Elena Smirnova'),
    specialty: 'therapist',
    clinic: 'moscow',
    experienceYears: 14,
    languages: ['ru', 'en'],
    adults: true,
    children: false,
    formats: ['audio', 'video', 'chat'],
  },
  {
    email: 'dr.lebedev@demo.telemed',
    name: n('Лебедев Андрей Сергеевич', 'Andrey Lebedev'),
    specialty: 'therapist',
    clinic: 'spb',
    experienceYears: 9,
    languages: ['ru'],
    adults: true,
    children: false,
    formats: ['audio', 'video', 'chat'],
  },
  {
    email: 'dr.garipova@demo.telemed',
    name: n('Гарипова Алсу Ринатовна', 'Alsu Garipova'),
    specialty: 'therapist',
    clinic: 'kazan',
    experienceYears: 6,
    languages: ['ru', 'tt'],
    adults: true,
    children: false,
    formats: ['video', 'chat'],
  },
  {
    email: 'dr.kuznetsov@demo.telemed',
    name: n('Кузнецов Павел Игоревич', 'Pavel Kuznetsov'),
    specialty: 'paediatrician',
    clinic: 'moscow',
    experienceYears: 17,
    languages: ['ru', 'en'],
    adults: false,
    children: true,
    formats: ['audio', 'video', 'chat'],
  },
  {
    email: 'dr.morozova@demo.telemed',
    name: n('Морозова Ольга Николаевна', 'Olga Morozova'),
    specialty: 'paediatrician',
    clinic: 'spb',
    experienceYears: 11,
    languages: ['ru'],
    adults: false,
    children: true,
    formats: ['audio', 'video'],
  },
  {
    email: 'dr.zaitseva@demo.telemed',
    name: n('Зайцева Мария Андреевна', 'Maria Zaitseva'),
    specialty: 'psychologist',
    clinic: 'moscow',
    experienceYears: 8,
    languages: ['ru', 'en'],
    adults: true,
    children: true,
    formats: ['video', 'chat'],
  },
  {
    email: 'dr.belov@demo.telemed',
    name: n('Белов Константин Юрьевич', 'Konstantin Belov'),
    specialty: 'psychologist',
    clinic: 'spb',
    experienceYears: 12,
    languages: ['ru'],
    adults: true,
    children: false,
    formats: ['audio', 'video'],
  },
  {
    email: 'dr.novikov@demo.telemed',
    name: n('Новиков Дмитрий Александрович', 'Dmitry Novikov'),
    specialty: 'gastroenterologist',
    clinic: 'moscow',
    experienceYears: 20,
    languages: ['ru'],
    adults: true,
    children: false,
    formats: ['audio', 'video'],
  },
  {
    email: 'dr.sharipov@demo.telemed',
    name: n('Шарипов Тимур Маратович', 'Timur Sharipov'),
    specialty: 'gastroenterologist',
    clinic: 'kazan',
    experienceYears: 7,
    languages: ['ru', 'tt'],
    adults: true,
    children: true,
    formats: ['video'],
  },
  {
    email: 'dr.volkova@demo.telemed',
    name: n('Волкова Ирина Петровна', 'Irina Volkova'),
    specialty: 'gynaecologist',
    clinic: 'moscow',
    experienceYears: 16,
    languages: ['ru', 'en'],
    adults: true,
    children: false,
    formats: ['audio', 'video', 'chat'],
  },
  {
    email: 'dr.fedorov@demo.telemed',
    name: n('Фёдоров Алексей Михайлович', 'Alexey Fedorov'),
    specialty: 'neurologist',
    clinic: 'spb',
    experienceYears: 13,
    languages: ['ru'],
    adults: true,
    children: true,
    formats: ['audio', 'video'],
  },
  {
    email: 'dr.egorova@demo.telemed',
    name: n('Егорова Наталья Владимировна', 'Natalia Egorova'),
    specialty: 'neurologist',
    clinic: 'kazan',
    experienceYears: 5,
    languages: ['ru', 'en'],
    adults: true,
    children: false,
    formats: ['video', 'chat'],
  },
  {
    email: 'dr.pavlova@demo.telemed',
    name: n('Павлова Светлана Олеговна', 'Svetlana Pavlova'),
    specialty: 'dermatologist',
    clinic: 'moscow',
    experienceYears: 10,
    languages: ['ru', 'en'],
    adults: true,
    children: true,
    formats: ['video', 'chat'],
  },
  {
    email: 'dr.romanov@demo.telemed',
    name: n('Романов Игорь Васильевич', 'Igor Romanov'),
    specialty: 'dermatologist',
    clinic: 'spb',
    experienceYears: 22,
    languages: ['ru'],
    adults: true,
    children: false,
    formats: ['video'],
  },
];

export const assistantSeed = [
  {
    email: 'nurse.orlova@demo.telemed',
    name: n('Орлова Татьяна Сергеевна', 'Tatiana Orlova'),
    clinic: 'moscow',
  },
  { email: 'nurse.karpov@demo.telemed', name: n('Карпов Виктор Олегович', 'Viktor Karpov'), clinic: 'spb' },
] as const;

export const adminSeed = {
  email: 'admin@demo.telemed',
  name: n('Администратор Телемед', 'Telemed Administrator'),
};

export interface PatientSeed {
  email: string;
  phone: string;
  name: LocalizedText;
  birthDate: string;
  sex: Sex;
  region: string;
  programme: 'dms-full' | 'dms-franchise';
  locale: 'ru' | 'en';
  children?: { name: LocalizedText; ageYears: number; sex: Sex }[];
  /** Enrolled in remote blood-pressure monitoring with this assistant. */
  monitoredBy?: (typeof assistantSeed)[number]['email'];
}

export const patientSeed: PatientSeed[] = [
  {
    email: 'anna.petrova@demo.telemed',
    phone: '+79160000001',
    name: n('Петрова Анна Сергеевна', 'Anna Petrova'),
    birthDate: '1988-04-12',
    sex: 'female',
    region: 'moscow',
    programme: 'dms-full',
    locale: 'ru',
    children: [
      { name: n('Петров Михаил Андреевич', 'Mikhail Petrov'), ageYears: 6, sex: 'male' },
      { name: n('Петрова София Андреевна', 'Sofia Petrova'), ageYears: 11, sex: 'female' },
    ],
  },
  {
    email: 'ivan.sokolov@demo.telemed',
    phone: '+79160000002',
    name: n('Соколов Иван Дмитриевич', 'Ivan Sokolov'),
    birthDate: '1983-09-30',
    sex: 'male',
    region: 'spb',
    programme: 'dms-franchise',
    locale: 'ru',
    children: [{ name: n('Соколов Егор Иванович', 'Egor Sokolov'), ageYears: 8, sex: 'male' }],
  },
  {
    email: 'nikolai.volkov@demo.telemed',
    phone: '+79160000003',
    name: n('Волков Николай Петрович', 'Nikolai Volkov'),
    birthDate: '1961-02-03',
    sex: 'male',
    region: 'moscow',
    programme: 'dms-full',
    locale: 'ru',
    monitoredBy: 'nurse.orlova@demo.telemed',
  },
  {
    email: 'galina.ivanova@demo.telemed',
    phone: '+79160000004',
    name: n('Иванова Галина Фёдоровна', 'Galina Ivanova'),
    birthDate: '1956-11-21',
    sex: 'female',
    region: 'moscow',
    programme: 'dms-franchise',
    locale: 'ru',
    monitoredBy: 'nurse.orlova@demo.telemed',
  },
  {
    email: 'sergey.kozlov@demo.telemed',
    phone: '+79160000005',
    name: n('Козлов Сергей Анатольевич', 'Sergey Kozlov'),
    birthDate: '1970-07-14',
    sex: 'male',
    region: 'spb',
    programme: 'dms-full',
    locale: 'ru',
    monitoredBy: 'nurse.karpov@demo.telemed',
  },
  {
    // Enrolled without readings; the device-import journey uploads her OMRON export (e2e/tests/device-import.spec.ts).
    email: 'tamara.belova@demo.telemed',
    phone: '+79160000019',
    name: n('Белова Тамара Игоревна', 'Tamara Belova'),
    birthDate: '1959-05-21',
    sex: 'female',
    region: 'moscow',
    programme: 'dms-full',
    locale: 'en',
    monitoredBy: 'nurse.orlova@demo.telemed',
  },
  {
    // Above target on step 1 of a titration protocol for two weeks (seed/titration.ts).
    email: 'pavel.orlov@demo.telemed',
    phone: '+79160000018',
    name: n('Орлов Павел Сергеевич', 'Pavel Orlov'),
    birthDate: '1964-09-12',
    sex: 'male',
    region: 'moscow',
    programme: 'dms-full',
    locale: 'ru',
  },
  {
    email: 'elena.nikitina@demo.telemed',
    phone: '+79160000006',
    name: n('Никитина Елена Игоревна', 'Elena Nikitina'),
    birthDate: '1995-01-08',
    sex: 'female',
    region: 'kazan',
    programme: 'dms-franchise',
    locale: 'ru',
  },
  {
    email: 'john.miller@demo.telemed',
    phone: '+79160000007',
    name: n('Миллер Джон', 'John Miller'),
    birthDate: '1979-05-25',
    sex: 'male',
    region: 'moscow',
    programme: 'dms-full',
    locale: 'en',
  },
  {
    email: 'olga.smirnova@demo.telemed',
    phone: '+79160000008',
    name: n('Смирнова Ольга Павловна', 'Olga Smirnova'),
    birthDate: '2001-12-02',
    sex: 'female',
    region: 'spb',
    programme: 'dms-full',
    locale: 'ru',
  },
  {
    email: 'artem.gusev@demo.telemed',
    phone: '+79160000009',
    name: n('Гусев Артём Романович', 'Artem Gusev'),
    birthDate: '1990-03-17',
    sex: 'male',
    region: 'kazan',
    programme: 'dms-franchise',
    locale: 'ru',
  },
  {
    email: 'marina.orlova@demo.telemed',
    phone: '+79160000010',
    name: n('Орлова Марина Викторовна', 'Marina Orlova'),
    birthDate: '1985-08-09',
    sex: 'female',
    region: 'moscow',
    programme: 'dms-full',
    locale: 'ru',
  },
];

export const programmeSeed = [
  {
    code: 'dms-full',
    name: n('ДМС «Полный» с телемедициной', 'Full VHI with telemedicine'),
    kind: 'dms' as const,
    franchisePercent: 0,
    regions: ['moscow', 'spb', 'kazan'],
    coverage: [
      { service: 'telemedicine' as const, covered: true, inFranchise: false, annualLimit: null },
      { service: 'lab' as const, covered: true, inFranchise: false, annualLimit: null },
      { service: 'second_opinion' as const, covered: true, inFranchise: false, annualLimit: 3 },
      { service: 'test_decoding' as const, covered: true, inFranchise: false, annualLimit: null },
      { service: 'in_person' as const, covered: true, inFranchise: false, annualLimit: null },
    ],
  },
  {
    code: 'dms-franchise',
    name: n('ДМС «Оптимум» с франшизой 30%', 'Optimum VHI with a 30% franchise'),
    kind: 'dms' as const,
    franchisePercent: 30,
    regions: ['moscow', 'spb', 'kazan'],
    // Telemedicine is paid in full by the insurer, outside the franchise, to steer care online.
    coverage: [
      { service: 'telemedicine' as const, covered: true, inFranchise: false, annualLimit: null },
      { service: 'lab' as const, covered: true, inFranchise: true, annualLimit: null },
      { service: 'second_opinion' as const, covered: false, inFranchise: true, annualLimit: null },
      { service: 'test_decoding' as const, covered: true, inFranchise: false, annualLimit: 5 },
      { service: 'in_person' as const, covered: true, inFranchise: true, annualLimit: null },
    ],
  },
  {
    // Compulsory insurance: visits in person and tests, not online consultations, which its members pay for.
    code: 'oms-base',
    name: n('Базовая программа ОМС', 'Basic compulsory health insurance (OMS)'),
    kind: 'oms' as const,
    franchisePercent: 0,
    regions: ['moscow', 'spb', 'kazan'],
    coverage: [
      { service: 'telemedicine' as const, covered: false, inFranchise: false, annualLimit: null },
      { service: 'lab' as const, covered: true, inFranchise: false, annualLimit: null },
      { service: 'second_opinion' as const, covered: false, inFranchise: false, annualLimit: null },
      { service: 'test_decoding' as const, covered: false, inFranchise: false, annualLimit: null },
      { service: 'in_person' as const, covered: true, inFranchise: false, annualLimit: null },
    ],
  },
];
