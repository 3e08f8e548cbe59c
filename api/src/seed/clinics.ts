import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/client.js';
import type { LocalizedText } from '../db/schema/common.js';
import {
  clinicProgrammes,
  clinics,
  insuranceProgrammes,
  medicalServices,
  type DayHours,
  type MetroStation,
} from '../db/schema/index.js';

/** The insurer's demo clinic network (ЛПУ) in Moscow, St Petersburg and Kazan, and its service catalogue. */

const n = (ru: string, en: string): LocalizedText => ({ ru, en });

export type MedicalServiceCode =
  | 'mri_brain'
  | 'mri_spine'
  | 'ct_chest'
  | 'ultrasound_abdomen'
  | 'ultrasound_thyroid'
  | 'echocardiography'
  | 'holter_ecg'
  | 'ecg'
  | 'xray_chest'
  | 'physiotherapy'
  | 'gastroscopy'
  | 'colonoscopy'
  | 'mammography'
  | 'dental_treatment';

/** Prices in roubles: typical 2026 list prices of private Moscow clinics. */
export const medicalServiceSeed: {
  code: MedicalServiceCode;
  name: LocalizedText;
  kind: 'consultation' | 'diagnostics' | 'procedure' | 'lab' | 'checkup';
  priceRub: number;
}[] = [
  { code: 'mri_brain', name: n('МРТ головного мозга', 'Brain MRI'), kind: 'diagnostics', priceRub: 6500 },
  { code: 'mri_spine', name: n('МРТ позвоночника', 'Spine MRI'), kind: 'diagnostics', priceRub: 7200 },
  {
    code: 'ct_chest',
    name: n('КТ органов грудной клетки', 'Chest CT'),
    kind: 'diagnostics',
    priceRub: 5500,
  },
  {
    code: 'ultrasound_abdomen',
    name: n('УЗИ органов брюшной полости', 'Abdominal ultrasound'),
    kind: 'diagnostics',
    priceRub: 2800,
  },
  {
    code: 'ultrasound_thyroid',
    name: n('УЗИ щитовидной железы', 'Thyroid ultrasound'),
    kind: 'diagnostics',
    priceRub: 1900,
  },
  {
    code: 'echocardiography',
    name: n('Эхокардиография (УЗИ сердца)', 'Echocardiography'),
    kind: 'diagnostics',
    priceRub: 4200,
  },
  {
    code: 'holter_ecg',
    name: n('Суточное мониторирование ЭКГ по Холтеру', '24-hour Holter ECG'),
    kind: 'diagnostics',
    priceRub: 3900,
  },
  {
    code: 'ecg',
    name: n('ЭКГ с расшифровкой', 'ECG with interpretation'),
    kind: 'diagnostics',
    priceRub: 1200,
  },
  {
    code: 'xray_chest',
    name: n('Рентгенография грудной клетки', 'Chest X-ray'),
    kind: 'diagnostics',
    priceRub: 1800,
  },
  {
    code: 'physiotherapy',
    name: n('Физиотерапия (1 сеанс)', 'Physiotherapy (one session)'),
    kind: 'procedure',
    priceRub: 1600,
  },
  {
    code: 'gastroscopy',
    name: n('Гастроскопия (ЭГДС)', 'Gastroscopy'),
    kind: 'procedure',
    priceRub: 5200,
  },
  { code: 'colonoscopy', name: n('Колоноскопия', 'Colonoscopy'), kind: 'procedure', priceRub: 7800 },
  { code: 'mammography', name: n('Маммография', 'Mammography'), kind: 'diagnostics', priceRub: 2600 },
  {
    code: 'dental_treatment',
    name: n('Лечение зуба (кариес, пломба)', 'Dental treatment (filling)'),
    kind: 'procedure',
    priceRub: 4500,
  },
];

type ProgrammeCode = 'dms-full' | 'dms-franchise' | 'oms-base';

export interface ClinicNetworkSeed {
  name: LocalizedText;
  city: LocalizedText;
  address: LocalizedText;
  region: 'moscow' | 'spb' | 'kazan';
  phone: string;
  latitude: number;
  longitude: number;
  metro: MetroStation[];
  hours: DayHours[];
  specialties: string[];
  services: MedicalServiceCode[];
  onlineBooking: boolean;
  programmes: ProgrammeCode[];
}

const h = (opens: string, closes: string): DayHours => ({ opens, closes });
/** Monday to Friday `weekday`, then Saturday and Sunday. */
const week = (weekday: DayHours, saturday: DayHours, sunday: DayHours): DayHours[] => [
  weekday,
  weekday,
  weekday,
  weekday,
  weekday,
  saturday,
  sunday,
];
const m = (ru: string, en: string, line: string, walkMinutes: number): MetroStation => ({
  name: n(ru, en),
  line,
  walkMinutes,
});

const MOSCOW = n('Москва', 'Moscow');
const SPB = n('Санкт-Петербург', 'Saint Petersburg');
const KAZAN = n('Казань', 'Kazan');
const ALL: ProgrammeCode[] = ['dms-full', 'dms-franchise', 'oms-base'];
const DMS: ProgrammeCode[] = ['dms-full', 'dms-franchise'];
const FULL: ProgrammeCode[] = ['dms-full'];

/** The three clinics of `clinicSeed` (doctors belong to them), keyed by region, with the network's fields. */
export const existingClinicDetails: Record<
  'moscow' | 'spb' | 'kazan',
  Omit<ClinicNetworkSeed, 'name' | 'city' | 'address' | 'region' | 'phone'>
> = {
  moscow: {
    latitude: 55.7503,
    longitude: 37.5952,
    metro: [m('Арбатская', 'Arbatskaya', '3', 5), m('Смоленская', 'Smolenskaya', '3', 9)],
    hours: week(h('08:00', '21:00'), h('09:00', '18:00'), h('10:00', '16:00')),
    specialties: ['therapist', 'paediatrician', 'psychologist', 'gastroenterologist', 'dermatologist'],
    services: ['ultrasound_abdomen', 'ecg', 'holter_ecg', 'echocardiography', 'xray_chest'],
    onlineBooking: true,
    programmes: ALL,
  },
  spb: {
    latitude: 59.9321,
    longitude: 30.3551,
    metro: [m('Маяковская', 'Mayakovskaya', '3', 4), m('Площадь Восстания', 'Ploshchad Vosstaniya', '1', 6)],
    hours: week(h('08:00', '20:00'), h('09:00', '17:00'), null),
    specialties: ['therapist', 'neurologist', 'gynaecologist'],
    services: ['ultrasound_abdomen', 'ultrasound_thyroid', 'ecg', 'mammography'],
    onlineBooking: true,
    programmes: ALL,
  },
  kazan: {
    latitude: 55.7963,
    longitude: 49.1088,
    metro: [m('Кремлёвская', 'Kremlyovskaya', '1', 5)],
    hours: week(h('08:00', '20:00'), h('09:00', '15:00'), null),
    specialties: ['therapist', 'paediatrician', 'psychologist'],
    services: ['ultrasound_abdomen', 'ecg', 'xray_chest'],
    onlineBooking: true,
    programmes: ALL,
  },
};

export const clinicNetworkSeed: ClinicNetworkSeed[] = [
  // Moscow
  {
    name: n('Клиника «Здоровье» на Тверской', 'Zdorovye Clinic, Tverskaya'),
    city: MOSCOW,
    address: n('Москва, ул. Тверская, 20', '20 Tverskaya St, Moscow'),
    region: 'moscow',
    phone: '+74956401122',
    latitude: 55.7667,
    longitude: 37.6031,
    metro: [m('Пушкинская', 'Pushkinskaya', '7', 4), m('Тверская', 'Tverskaya', '2', 5)],
    hours: week(h('08:00', '21:00'), h('09:00', '19:00'), h('09:00', '18:00')),
    specialties: ['therapist', 'gastroenterologist', 'neurologist', 'dermatologist', 'gynaecologist'],
    services: ['mri_brain', 'mri_spine', 'ultrasound_abdomen', 'ecg', 'gastroscopy', 'colonoscopy'],
    onlineBooking: true,
    programmes: DMS,
  },
  {
    name: n('Медицинский центр «Таганка»', 'Taganka Medical Centre'),
    city: MOSCOW,
    address: n('Москва, ул. Большие Каменщики, 4', '4 Bolshiye Kamenshchiki St, Moscow'),
    region: 'moscow',
    phone: '+74959112030',
    latitude: 55.7376,
    longitude: 37.6564,
    metro: [m('Таганская', 'Taganskaya', '5', 6), m('Марксистская', 'Marksistskaya', '8', 8)],
    hours: week(h('08:00', '20:00'), h('09:00', '16:00'), null),
    specialties: ['therapist', 'paediatrician', 'neurologist'],
    services: ['ultrasound_abdomen', 'ultrasound_thyroid', 'ecg', 'xray_chest', 'physiotherapy'],
    onlineBooking: true,
    programmes: ALL,
  },
  {
    name: n('Поликлиника «Курская»', 'Kurskaya Polyclinic'),
    city: MOSCOW,
    address: n('Москва, ул. Земляной Вал, 33', '33 Zemlyanoy Val St, Moscow'),
    region: 'moscow',
    phone: '+74959167745',
    latitude: 55.7576,
    longitude: 37.6594,
    metro: [m('Курская', 'Kurskaya', '5', 3), m('Чкаловская', 'Chkalovskaya', '10', 5)],
    hours: week(h('07:30', '21:00'), h('09:00', '18:00'), h('09:00', '15:00')),
    specialties: ['therapist', 'gynaecologist', 'dermatologist'],
    services: ['ultrasound_abdomen', 'mammography', 'ecg', 'holter_ecg', 'echocardiography'],
    onlineBooking: true,
    programmes: ALL,
  },
  {
    name: n('Клиника «Семейный доктор» на Профсоюзной', 'Family Doctor Clinic, Profsoyuznaya'),
    city: MOSCOW,
    address: n('Москва, ул. Профсоюзная, 56', '56 Profsoyuznaya St, Moscow'),
    region: 'moscow',
    phone: '+74957201564',
    latitude: 55.6703,
    longitude: 37.5524,
    metro: [m('Новые Черёмушки', 'Novye Cheryomushki', '6', 7), m('Калужская', 'Kaluzhskaya', '6', 12)],
    hours: week(h('08:00', '20:00'), h('09:00', '17:00'), h('10:00', '16:00')),
    specialties: ['therapist', 'paediatrician', 'psychologist', 'gynaecologist'],
    services: ['ultrasound_abdomen', 'ultrasound_thyroid', 'ecg', 'physiotherapy', 'dental_treatment'],
    onlineBooking: true,
    programmes: DMS,
  },
  {
    name: n('Медицинский центр «Сокол»', 'Sokol Medical Centre'),
    city: MOSCOW,
    address: n('Москва, Ленинградский пр., 75', '75 Leningradsky Ave, Moscow'),
    region: 'moscow',
    phone: '+74951589020',
    latitude: 55.8049,
    longitude: 37.5135,
    metro: [m('Сокол', 'Sokol', '2', 4), m('Панфиловская', 'Panfilovskaya', 'МЦК', 14)],
    hours: week(h('08:00', '21:00'), h('09:00', '18:00'), null),
    specialties: ['therapist', 'neurologist', 'gastroenterologist'],
    services: ['mri_brain', 'mri_spine', 'ct_chest', 'xray_chest', 'ecg'],
    onlineBooking: true,
    programmes: FULL,
  },
  {
    name: n('Клиника «ВДНХ»', 'VDNKh Clinic'),
    city: MOSCOW,
    address: n('Москва, пр. Мира, 150', '150 Mira Ave, Moscow'),
    region: 'moscow',
    phone: '+74956876310',
    latitude: 55.8193,
    longitude: 37.6398,
    metro: [m('ВДНХ', 'VDNKh', '6', 6), m('Алексеевская', 'Alekseyevskaya', '6', 12)],
    hours: week(h('08:00', '20:00'), h('09:00', '15:00'), null),
    specialties: ['therapist', 'paediatrician', 'dermatologist'],
    services: ['ultrasound_abdomen', 'ecg', 'xray_chest'],
    onlineBooking: false,
    programmes: ALL,
  },
  {
    name: n('Поликлиника «Марьино»', 'Maryino Polyclinic'),
    city: MOSCOW,
    address: n('Москва, ул. Люблинская, 169', '169 Lyublinskaya St, Moscow'),
    region: 'moscow',
    phone: '+74953457788',
    latitude: 55.6497,
    longitude: 37.7438,
    metro: [m('Марьино', 'Maryino', '10', 5)],
    hours: week(h('07:00', '20:00'), h('09:00', '14:00'), null),
    specialties: ['therapist', 'paediatrician', 'gynaecologist', 'neurologist'],
    services: ['ultrasound_abdomen', 'mammography', 'ecg', 'xray_chest', 'physiotherapy'],
    onlineBooking: true,
    programmes: ['dms-franchise', 'oms-base'],
  },
  {
    name: n('Медицинский центр «Киевская»', 'Kiyevskaya Medical Centre'),
    city: MOSCOW,
    address: n('Москва, ул. Большая Дорогомиловская, 14', '14 Bolshaya Dorogomilovskaya St, Moscow'),
    region: 'moscow',
    phone: '+74952409911',
    latitude: 55.7438,
    longitude: 37.5616,
    metro: [m('Киевская', 'Kiyevskaya', '4', 7), m('Киевская', 'Kiyevskaya', '3', 8)],
    hours: week(h('08:00', '22:00'), h('08:00', '22:00'), h('09:00', '21:00')),
    specialties: ['therapist', 'gastroenterologist', 'dermatologist', 'psychologist'],
    services: [
      'mri_brain',
      'ct_chest',
      'gastroscopy',
      'colonoscopy',
      'ultrasound_abdomen',
      'echocardiography',
    ],
    onlineBooking: true,
    programmes: DMS,
  },
  {
    name: n('Клиника «Бауманская»', 'Baumanskaya Clinic'),
    city: MOSCOW,
    address: n('Москва, ул. Бауманская, 32', '32 Baumanskaya St, Moscow'),
    region: 'moscow',
    phone: '+74952671203',
    latitude: 55.7723,
    longitude: 37.6798,
    metro: [m('Бауманская', 'Baumanskaya', '3', 5)],
    hours: week(h('08:00', '20:00'), null, null),
    specialties: ['therapist', 'neurologist'],
    services: ['ecg', 'holter_ecg', 'physiotherapy'],
    onlineBooking: false,
    programmes: ['dms-franchise', 'oms-base'],
  },
  {
    name: n('Детская клиника «Сокольники»', 'Sokolniki Children’s Clinic'),
    city: MOSCOW,
    address: n('Москва, ул. Русаковская, 13', '13 Rusakovskaya St, Moscow'),
    region: 'moscow',
    phone: '+74952644050',
    latitude: 55.7878,
    longitude: 37.6781,
    metro: [m('Сокольники', 'Sokolniki', '1', 8), m('Красносельская', 'Krasnoselskaya', '1', 9)],
    hours: week(h('08:00', '20:00'), h('09:00', '18:00'), h('09:00', '18:00')),
    specialties: ['paediatrician', 'psychologist', 'neurologist', 'dermatologist'],
    services: ['ultrasound_abdomen', 'ecg', 'physiotherapy'],
    onlineBooking: true,
    programmes: DMS,
  },
  {
    name: n('Медицинский центр «Беляево»', 'Belyayevo Medical Centre'),
    city: MOSCOW,
    address: n('Москва, ул. Профсоюзная, 104', '104 Profsoyuznaya St, Moscow'),
    region: 'moscow',
    phone: '+74953361599',
    latitude: 55.6427,
    longitude: 37.5262,
    metro: [m('Беляево', 'Belyayevo', '6', 4)],
    hours: week(h('08:00', '21:00'), h('09:00', '18:00'), h('10:00', '17:00')),
    specialties: ['therapist', 'gynaecologist', 'gastroenterologist'],
    services: ['mri_spine', 'ultrasound_abdomen', 'ultrasound_thyroid', 'mammography', 'gastroscopy'],
    onlineBooking: true,
    programmes: DMS,
  },
  {
    name: n('Клиника «Митино»', 'Mitino Clinic'),
    city: MOSCOW,
    address: n('Москва, Пятницкое ш., 18', '18 Pyatnitskoye Hwy, Moscow'),
    region: 'moscow',
    phone: '+74957514422',
    latitude: 55.8528,
    longitude: 37.3537,
    metro: [m('Пятницкое шоссе', 'Pyatnitskoye Shosse', '3', 6), m('Митино', 'Mitino', '3', 11)],
    hours: week(h('08:00', '20:00'), h('09:00', '16:00'), null),
    specialties: ['therapist', 'paediatrician', 'dermatologist'],
    services: ['ultrasound_abdomen', 'ecg', 'xray_chest', 'dental_treatment'],
    onlineBooking: true,
    programmes: ['dms-full', 'oms-base'],
  },
  // St Petersburg
  {
    name: n('Клиника «Петроградская»', 'Petrogradskaya Clinic'),
    city: SPB,
    address: n('Санкт-Петербург, Каменноостровский пр., 42', '42 Kamennoostrovsky Ave, Saint Petersburg'),
    region: 'spb',
    phone: '+78123467001',
    latitude: 59.9659,
    longitude: 30.3113,
    metro: [m('Петроградская', 'Petrogradskaya', '2', 7), m('Чкаловская', 'Chkalovskaya', '5', 12)],
    hours: week(h('08:00', '21:00'), h('09:00', '18:00'), h('10:00', '16:00')),
    specialties: ['therapist', 'gastroenterologist', 'dermatologist', 'psychologist'],
    services: ['mri_brain', 'ultrasound_abdomen', 'gastroscopy', 'colonoscopy', 'ecg'],
    onlineBooking: true,
    programmes: DMS,
  },
  {
    name: n('Медицинский центр «Московская»', 'Moskovskaya Medical Centre'),
    city: SPB,
    address: n('Санкт-Петербург, Московский пр., 190', '190 Moskovsky Ave, Saint Petersburg'),
    region: 'spb',
    phone: '+78123731122',
    latitude: 59.8536,
    longitude: 30.3206,
    metro: [m('Московская', 'Moskovskaya', '2', 5)],
    hours: week(h('08:00', '20:00'), h('09:00', '16:00'), null),
    specialties: ['therapist', 'paediatrician', 'neurologist', 'gynaecologist'],
    services: ['ultrasound_abdomen', 'mammography', 'ecg', 'xray_chest', 'physiotherapy'],
    onlineBooking: true,
    programmes: ALL,
  },
  {
    name: n('Клиника «Васильевский остров»', 'Vasilyevsky Island Clinic'),
    city: SPB,
    address: n('Санкт-Петербург, 7-я линия В.О., 34', '34 7th Line, Vasilyevsky Island, Saint Petersburg'),
    region: 'spb',
    phone: '+78123232045',
    latitude: 59.9405,
    longitude: 30.2785,
    metro: [m('Василеостровская', 'Vasileostrovskaya', '3', 4)],
    hours: week(h('08:00', '21:00'), h('09:00', '18:00'), h('09:00', '18:00')),
    specialties: ['therapist', 'neurologist', 'dermatologist'],
    services: ['mri_spine', 'ct_chest', 'ultrasound_thyroid', 'echocardiography', 'holter_ecg'],
    onlineBooking: true,
    programmes: FULL,
  },
  {
    name: n('Поликлиника «Купчино»', 'Kupchino Polyclinic'),
    city: SPB,
    address: n('Санкт-Петербург, Балканская пл., 5', '5 Balkanskaya Sq, Saint Petersburg'),
    region: 'spb',
    phone: '+78127745610',
    latitude: 59.8297,
    longitude: 30.3804,
    metro: [m('Купчино', 'Kupchino', '2', 10)],
    hours: week(h('07:30', '20:00'), h('09:00', '15:00'), null),
    specialties: ['therapist', 'paediatrician', 'gynaecologist'],
    services: ['ultrasound_abdomen', 'ecg', 'xray_chest'],
    onlineBooking: false,
    programmes: ['dms-franchise', 'oms-base'],
  },
  {
    name: n('Медицинский центр «Пионерская»', 'Pionerskaya Medical Centre'),
    city: SPB,
    address: n('Санкт-Петербург, Коломяжский пр., 17', '17 Kolomyazhsky Ave, Saint Petersburg'),
    region: 'spb',
    phone: '+78123039090',
    latitude: 60.0016,
    longitude: 30.2966,
    metro: [m('Пионерская', 'Pionerskaya', '2', 8), m('Удельная', 'Udelnaya', '2', 13)],
    hours: week(h('08:00', '20:00'), h('10:00', '16:00'), h('10:00', '16:00')),
    specialties: ['therapist', 'paediatrician', 'psychologist'],
    services: ['ultrasound_abdomen', 'ecg', 'physiotherapy', 'dental_treatment'],
    onlineBooking: true,
    programmes: DMS,
  },
  {
    name: n('Клиника «Ладожская»', 'Ladozhskaya Clinic'),
    city: SPB,
    address: n('Санкт-Петербург, Заневский пр., 65', '65 Zanevsky Ave, Saint Petersburg'),
    region: 'spb',
    phone: '+78124481515',
    latitude: 59.9319,
    longitude: 30.4392,
    metro: [m('Ладожская', 'Ladozhskaya', '4', 3)],
    hours: week(h('08:00', '21:00'), h('09:00', '18:00'), null),
    specialties: ['therapist', 'gastroenterologist', 'gynaecologist'],
    services: ['ultrasound_abdomen', 'gastroscopy', 'mammography', 'ecg'],
    onlineBooking: true,
    programmes: ['dms-full', 'oms-base'],
  },
  {
    name: n('Медицинский центр «Технологический институт»', 'Tekhnologichesky Institut Medical Centre'),
    city: SPB,
    address: n('Санкт-Петербург, Московский пр., 40', '40 Moskovsky Ave, Saint Petersburg'),
    region: 'spb',
    phone: '+78123160808',
    latitude: 59.9146,
    longitude: 30.3183,
    metro: [
      m('Технологический институт', 'Tekhnologichesky Institut', '1', 5),
      m('Технологический институт', 'Tekhnologichesky Institut', '2', 5),
    ],
    hours: week(h('08:00', '22:00'), h('09:00', '20:00'), h('10:00', '18:00')),
    specialties: ['therapist', 'neurologist', 'dermatologist', 'psychologist'],
    services: ['mri_brain', 'mri_spine', 'ct_chest', 'echocardiography', 'holter_ecg'],
    onlineBooking: true,
    programmes: DMS,
  },
  // Kazan
  {
    name: n('Клиника «Баумана»', 'Baumana Clinic'),
    city: KAZAN,
    address: n('Казань, ул. Баумана, 50', '50 Baumana St, Kazan'),
    region: 'kazan',
    phone: '+78432925050',
    latitude: 55.7887,
    longitude: 49.1186,
    metro: [m('Площадь Тукая', 'Ploshchad Tukaya', '1', 6)],
    hours: week(h('08:00', '20:00'), h('09:00', '16:00'), h('10:00', '15:00')),
    specialties: ['therapist', 'gastroenterologist', 'gynaecologist', 'dermatologist'],
    services: ['ultrasound_abdomen', 'gastroscopy', 'mammography', 'ecg'],
    onlineBooking: true,
    programmes: DMS,
  },
  {
    name: n('Медицинский центр «Проспект Победы»', 'Prospekt Pobedy Medical Centre'),
    city: KAZAN,
    address: n('Казань, пр. Победы, 86', '86 Pobedy Ave, Kazan'),
    region: 'kazan',
    phone: '+78432773311',
    latitude: 55.7517,
    longitude: 49.2093,
    metro: [m('Проспект Победы', 'Prospekt Pobedy', '1', 9)],
    hours: week(h('08:00', '20:00'), h('09:00', '15:00'), null),
    specialties: ['therapist', 'paediatrician', 'neurologist'],
    services: ['mri_brain', 'mri_spine', 'ultrasound_abdomen', 'xray_chest'],
    onlineBooking: true,
    programmes: ALL,
  },
  {
    name: n('Поликлиника «Ямашева»', 'Yamasheva Polyclinic'),
    city: KAZAN,
    address: n('Казань, пр. Ямашева, 54', '54 Yamasheva Ave, Kazan'),
    region: 'kazan',
    phone: '+78435220707',
    latitude: 55.8281,
    longitude: 49.1297,
    metro: [m('Яшьлек', 'Yashlek', '1', 15)],
    hours: week(h('07:30', '19:30'), h('09:00', '14:00'), null),
    specialties: ['therapist', 'paediatrician', 'gynaecologist'],
    services: ['ultrasound_abdomen', 'ecg', 'physiotherapy'],
    onlineBooking: false,
    programmes: ['dms-franchise', 'oms-base'],
  },
  {
    name: n('Клиника «Горки»', 'Gorki Clinic'),
    city: KAZAN,
    address: n('Казань, ул. Рихарда Зорге, 66', '66 Richarda Zorge St, Kazan'),
    region: 'kazan',
    phone: '+78432604488',
    latitude: 55.7593,
    longitude: 49.1825,
    metro: [m('Горки', 'Gorki', '1', 7)],
    hours: week(h('08:00', '21:00'), h('09:00', '18:00'), h('10:00', '16:00')),
    specialties: ['therapist', 'psychologist', 'dermatologist', 'neurologist'],
    services: ['ultrasound_thyroid', 'echocardiography', 'holter_ecg', 'dental_treatment'],
    onlineBooking: true,
    programmes: FULL,
  },
];

/**
 * Seeds the service catalogue and the clinic network: fills the network fields of the clinics `seed.ts`
 * already made (their `region` is their key) and adds the rest. Runs after the programmes exist.
 */
export async function seedClinicNetwork(tx: Tx) {
  await tx.insert(medicalServices).values(medicalServiceSeed);
  const programmes = await tx
    .select({ id: insuranceProgrammes.id, code: insuranceProgrammes.code })
    .from(insuranceProgrammes);
  const programmeId = new Map(programmes.map((p) => [p.code, p.id]));
  const link = async (clinicId: string, codes: ProgrammeCode[]) => {
    const rows = codes
      .filter((code) => programmeId.has(code))
      .map((code) => ({ clinicId, programmeId: programmeId.get(code)! }));
    if (rows.length > 0) await tx.insert(clinicProgrammes).values(rows).onConflictDoNothing();
  };

  const existing = await tx.select({ id: clinics.id, region: clinics.region }).from(clinics);
  for (const clinic of existing) {
    const details = existingClinicDetails[clinic.region as keyof typeof existingClinicDetails];
    if (!details) continue;
    const { programmes: codes, ...fields } = details;
    await tx.update(clinics).set(fields).where(eq(clinics.id, clinic.id));
    await link(clinic.id, codes);
  }
  for (const { programmes: codes, ...clinic } of clinicNetworkSeed) {
    const [row] = await tx
      .insert(clinics)
      .values({ ...clinic, timezone: 'Europe/Moscow' })
      .returning({ id: clinics.id });
    await link(row!.id, codes);
  }
  const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(clinics);
  return count?.n ?? 0;
}
