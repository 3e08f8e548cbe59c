import { defineFindings } from './define.js';

const ADULT = { minAgeMonths: 216 };

export const historyFindings = defineFindings('history', 'risk_factor', [
  ['smoker', 'Smokes', 'Курит', 0.2, { minAgeMonths: 144 }],
  ['asthma_history', 'Known asthma', 'Бронхиальная астма в анамнезе', 0.07],
  // An exacerbation needs the disease: without this the model cannot tell a COPD flare from pneumonia.
  [
    'copd_history',
    'Known COPD (chronic bronchitis or emphysema)',
    'ХОБЛ (хронический бронхит или эмфизема) в анамнезе',
    0.04,
    ADULT,
  ],
  ['allergy_history', 'Allergies (hay fever, eczema)', 'Аллергия (поллиноз, экзема)', 0.15],
  [
    'usual_skin_flare',
    'A known skin condition (eczema, psoriasis) flaring as usual',
    'Известное кожное заболевание (экзема, псориаз) обострилось как обычно',
    0.01,
  ],
  [
    'usual_migraine',
    'Diagnosed migraine, and this attack is like the usual ones',
    'Мигрень, диагностированная раньше, и этот приступ — как обычно',
    0.01,
    { minAgeMonths: 60 },
  ],
  ['hypertension_history', 'Known high blood pressure', 'Гипертония в анамнезе', 0.15, ADULT],
  ['diabetes', 'Diabetes', 'Сахарный диабет', 0.07],
  ['heart_disease_history', 'Known heart disease', 'Болезни сердца в анамнезе', 0.06, ADULT],
  ['high_cholesterol', 'High cholesterol', 'Повышенный холестерин', 0.1, ADULT],
  [
    'family_history_heart',
    'Heart attack in a close relative before 60',
    'Инфаркт у близких родственников до 60 лет',
    0.1,
    ADULT,
  ],
  [
    'recent_immobility',
    'Recently immobile (surgery, long flight, bed rest)',
    'Недавняя обездвиженность (операция, долгий перелёт, постельный режим)',
    0.03,
  ],
  [
    'hormonal_contraception',
    'Takes hormones (contraceptive pill, HRT)',
    'Принимает гормоны (контрацептивы, заместительная гормональная терапия)',
    0.1,
    { sex: 'female', minAgeMonths: 144 },
  ],
  ['previous_clot', 'A blood clot in the past', 'Тромбоз в прошлом', 0.02, ADULT],
  [
    'immunosuppressed',
    'Weakened immunity (chemotherapy, steroids, transplant)',
    'Ослабленный иммунитет (химиотерапия, гормоны, трансплантация)',
    0.03,
  ],
  ['covid_contact', 'Contact with someone who has COVID-19', 'Контакт с заболевшим COVID-19', 0.05],
  ['recent_stress', 'Recent major stress', 'Недавний сильный стресс', 0.1],
  ['alcohol_excess', 'Drinks a lot of alcohol', 'Злоупотребляет алкоголем', 0.05, { minAgeMonths: 144 }],
  ['new_medication', 'Started a new medicine recently', 'Недавно начал(а) новое лекарство', 0.05],
  ['recent_vaccination', 'Had a vaccination in the last 3 days', 'Прививка за последние 3 дня', 0.02],
  [
    'recent_procedure',
    'An operation or invasive procedure (biopsy, endoscopy, catheter, childbirth) in the last 6 weeks',
    'Операция или инвазивная процедура (биопсия, эндоскопия, катетер, роды) за последние 6 недель',
    0.02,
  ],
  [
    'joint_replacement',
    'Has an artificial (replaced) joint',
    'Есть искусственный сустав (эндопротез)',
    0.02,
    ADULT,
  ],
  [
    'serotonergic_medicine',
    'Takes an antidepressant, tramadol, a triptan, lithium or ecstasy (MDMA)',
    'Принимает антидепрессант, трамадол, триптан, литий или экстази (МДМА)',
    0.08,
    { minAgeMonths: 144 },
  ],
]);
