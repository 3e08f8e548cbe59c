import type { Condition } from '../types.js';
import { ACUTE, HOURS, OLDER_ADULTS, SUBACUTE, lk } from './presets.js';

export const entEyeConditions: Condition[] = [
  {
    id: 'tonsillitis',
    name: { ru: 'Острый тонзиллит (ангина)', en: 'Acute tonsillitis' },
    icd10: 'J03.9',
    system: 'ent_eye',
    urgency: 'within_24h',
    // Drooling or stridor suggest epiglottitis or a peritonsillar abscess: NICE CKS Sore throat - acute (2023).
    urgencyIf: [
      { finding: 'drooling', urgency: 'emergency_department' },
      { finding: 'stridor', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 4,
    age: {
      infant_0_3m: 0.02,
      infant_3_12m: 0.2,
      child_5_11y: 2,
      teen_12_17y: 1.5,
      adult_40_64y: 0.5,
      elderly_65y: 0.2,
    },
    likelihoods: {
      bad_breath: 0.2,
      ...ACUTE,
      ...lk`sore_throat .98 painful_swallowing .9 fever .75 high_fever .35 tonsil_exudate .65
        swollen_lymph_nodes .7 cough .15 runny_nose .2 headache .35 fatigue .6 loss_of_appetite .5`,
    },
  },
  {
    id: 'viral_pharyngitis',
    name: { ru: 'Острый фарингит', en: 'Viral pharyngitis (sore throat)' },
    icd10: 'J02.9',
    system: 'ent_eye',
    urgency: 'self_care',
    // Drooling, stridor or a throat too painful to swallow saliva suggest an airway-threatening cause; symptoms beyond
    // a week need review: NICE NG84 Sore throat (acute) antimicrobial prescribing (2018); NICE CKS Sore throat (2023).
    urgencyIf: [
      { finding: 'high_fever', urgency: 'within_24h' },
      { finding: 'tonsil_exudate', urgency: 'within_24h' },
      { finding: 'lasting_10_days', urgency: 'planned' },
      { finding: 'drooling', urgency: 'emergency_department' },
      { finding: 'stridor', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Пейте больше, ешьте прохладную мягкую пищу; при боли — парацетамол или ибупрофен. Взрослым — полоскание тёплой солёной водой, рассасывающие таблетки или спрей для горла. Большинство ангин проходят за неделю без антибиотиков.',
        en: 'Drink plenty, eat cool soft food; paracetamol or ibuprofen for pain. Adults can gargle warm salt water, suck lozenges or use a medicated throat spray. Most sore throats settle within a week without antibiotics.',
      },
      seekCareIf: {
        ru: 'Не может глотать жидкость или слюну, слюнотечение, шумное или затруднённое дыхание, «сдавленный» голос или не открывается рот, температура 39 °C и выше, нет улучшения через неделю.',
        en: 'Cannot swallow fluids or saliva, drooling, noisy or difficult breathing, a muffled voice or cannot open the mouth, temperature of 39 °C or more, or no improvement after a week.',
      },
      source: 'NICE CKS Sore throat - acute (2023)',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 5,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`sore_throat .95 painful_swallowing .6 runny_nose .55 cough .5 fever .25 high_fever .03
        hoarse_voice .3 tonsil_exudate .06 swollen_lymph_nodes .3 sick_contacts .35`,
    },
  },
  {
    id: 'acute_sinusitis',
    name: { ru: 'Острый синусит', en: 'Acute sinusitis' },
    icd10: 'J01.9',
    system: 'ent_eye',
    // Most acute sinusitis is viral and settles in 2–3 weeks with self-care; only symptoms for about 10 days or more
    // without improvement need a clinician (antibiotics considered). Visual disturbance, double vision or confusion
    // suggest orbital or intracranial spread: NICE NG79 Sinusitis (acute): antimicrobial prescribing (2017).
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'lasting_10_days', urgency: 'planned' },
      { finding: 'high_fever', urgency: 'within_24h' },
      { finding: 'eyelid_swelling', urgency: 'emergency_department' },
      { finding: 'double_vision', urgency: 'emergency_department' },
      { finding: 'blurred_vision', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru:
          'Отдыхайте и пейте больше жидкости; при боли и температуре — парацетамол или ибупрофен. Промывайте нос солевым раствором; ' +
          'сосудосуживающие капли — не дольше 5–7 дней. Тёплый компресс на лицо облегчает давление. Антибиотики обычно не нужны: ' +
          'синусит чаще вирусный и проходит за 2–3 недели.',
        en:
          'Rest and drink plenty; paracetamol or ibuprofen for pain and fever. Rinse the nose with salt water; decongestant ' +
          'sprays for no more than 5–7 days. A warm compress over the face eases the pressure. Antibiotics are usually not ' +
          'needed: sinusitis is mostly viral and settles in 2–3 weeks.',
      },
      seekCareIf: {
        ru:
          'Симптомы 10 дней и дольше без улучшения или стало хуже после улучшения, температура 39 °C и выше, сильная боль в лице, ' +
          'отёк или покраснение вокруг глаза, двоение или нечёткое зрение, сильная головная боль, ригидность шеи или спутанность.',
        en:
          'Symptoms for 10 days or more without improvement, or worse after getting better, a temperature of 39 °C or more, ' +
          'severe facial pain, swelling or redness around the eye, double or blurred vision, a severe headache, a stiff neck ' +
          'or confusion.',
      },
      source: 'NICE NG79 Sinusitis (acute): antimicrobial prescribing (2017); NHS Sinusitis (2023)',
    },
    specialist: 'ent',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 4,
    age: { infant_0_3m: 0, infant_3_12m: 0.05, toddler_1_4y: 0.3 },
    likelihoods: {
      ...lk`lasting_3_days .92 lasting_10_days .6 lasting_3_weeks .1 facial_pain .85 blocked_nose .9
        thick_nasal_discharge .8 runny_nose .7 headache .6 fever .3 high_fever .05 loss_of_smell .3 cough .4`,
    },
  },
  {
    id: 'otitis_media',
    name: { ru: 'Острый средний отит', en: 'Acute middle ear infection (otitis media)' },
    icd10: 'H66.9',
    system: 'ent_eye',
    // Acute otitis media is self-limiting (about 3 days, up to a week): pain relief and self-care for most; children
    // under 2 (bilateral infection), ear discharge or a high temperature need a clinician: NICE NG91 Otitis media
    // (acute): antimicrobial prescribing (2018); NHS Ear infections (2021) — see a GP with a high temperature.
    urgency: 'self_care',
    urgencyOverrides: [{ maxAgeMonths: 24, urgency: 'within_24h' }],
    // Swelling behind the ear, neck stiffness or drowsiness suggest mastoiditis or meningitis: NICE NG91 Otitis media (acute) (2018).
    urgencyIf: [
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'ear_discharge', urgency: 'within_24h' },
      { finding: 'swelling_behind_ear', urgency: 'emergency_department' },
      { finding: 'neck_stiffness', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Обезболивание парацетамолом или ибупрофеном в дозе по возрасту, достаточно питья, отдых. Отит обычно проходит сам за 3 дня (иногда до недели); антибиотики чаще всего не нужны. Не закапывайте в ухо ничего без совета врача.',
        en: 'Pain relief with paracetamol or ibuprofen at the dose for age, plenty of fluids and rest. An ear infection usually clears by itself in about 3 days (sometimes up to a week); antibiotics are usually not needed. Do not put anything in the ear unless a doctor advises it.',
      },
      seekCareIf: {
        ru: 'Температура, выделения из уха, отёк или покраснение за ухом, сильная боль, сонливость или ригидность шеи, ребёнок младше 2 лет, или нет улучшения через 3 дня.',
        en: 'A fever, discharge from the ear, swelling or redness behind the ear, severe pain, drowsiness or a stiff neck, a child under 2, or no improvement after 3 days.',
      },
      source: 'NICE NG91 Otitis media (acute): antimicrobial prescribing (2018)',
    },
    specialist: 'ent',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 4,
    age: {
      infant_0_3m: 0.2,
      infant_3_12m: 3,
      toddler_1_4y: 3,
      child_5_11y: 1.5,
      teen_12_17y: 0.5,
      adult_18_39y: 0.3,
      adult_40_64y: 0.3,
      elderly_65y: 0.2,
    },
    likelihoods: {
      ...ACUTE,
      ...lk`ear_pain .9 ear_pulling .7 fever .55 high_fever .2 irritability .6 runny_nose .5 hearing_loss .4
        ear_discharge .15 poor_feeding .3 sleep_problems .4`,
    },
  },
  {
    id: 'otitis_externa',
    name: { ru: 'Наружный отит', en: 'Outer ear infection (otitis externa)' },
    icd10: 'H60.9',
    system: 'ent_eye',
    urgency: 'planned',
    specialist: 'ent',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0, infant_3_12m: 0.1, toddler_1_4y: 0.3 },
    // An itchy ear canal is its commonest early symptom (NICE CKS Otitis externa, 2023).
    likelihoods: { ...ACUTE, ...lk`ear_pain .9 ear_itching .6 ear_discharge .5 hearing_loss .4 fever .05` },
  },
  {
    id: 'conjunctivitis',
    name: { ru: 'Конъюнктивит', en: 'Conjunctivitis' },
    icd10: 'H10.9',
    system: 'ent_eye',
    // Infective conjunctivitis is self-limiting (most clear within 1–2 weeks without treatment): self-care, with a
    // pharmacist's advice: NICE CKS Conjunctivitis - infective (2022).
    urgency: 'self_care',
    // Conjunctivitis in a newborn (first 28 days) may be gonococcal or chlamydial: same-day referral (NICE CKS 2022).
    urgencyOverrides: [{ maxAgeMonths: 1, urgency: 'within_24h' }],
    // Pain, reduced vision, light sensitivity or contact-lens wear (keratitis risk) is not simple conjunctivitis and
    // needs same-day assessment: NICE CKS Conjunctivitis - infective (2022).
    urgencyIf: [
      { finding: 'eye_pain', urgency: 'within_24h' },
      { finding: 'blurred_vision', urgency: 'within_24h' },
      { finding: 'light_sensitivity', urgency: 'within_24h' },
      { finding: 'contact_lens_wearer', urgency: 'within_24h' },
      // With a genital discharge or after unprotected sex it may be gonococcal or chlamydial: same-day referral
      // (NICE CKS Conjunctivitis - infective 2022).
      { finding: 'penile_discharge', urgency: 'within_24h' },
      { finding: 'unprotected_sex', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Промывайте глаза кипячёной остывшей водой, убирайте корочки чистым ватным диском (для каждого глаза свой), не трите глаза, пользуйтесь своим полотенцем и чаще мойте руки, не носите контактные линзы до выздоровления. Обычно проходит за 1–2 недели; в аптеке могут посоветовать капли.',
        en: 'Clean the eyes with cooled boiled water and a clean cotton pad (a new one for each eye), do not rub them, use your own towel and wash your hands often, and leave contact lenses out until it clears. It usually clears in 1–2 weeks; a pharmacist can advise on drops.',
      },
      seekCareIf: {
        ru: 'Боль в глазу, снижение зрения, светобоязнь, сильное покраснение одного глаза, если вы носите контактные линзы, у новорождённого, или нет улучшения через 7 дней.',
        en: 'Eye pain, reduced vision, sensitivity to light, one very red eye, if you wear contact lenses, in a newborn baby, or no improvement after 7 days.',
      },
      source: 'NICE CKS Conjunctivitis - infective (2022)',
    },
    specialist: 'ophthalmologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 4,
    likelihoods: {
      ...ACUTE,
      ...lk`red_eye .95 eye_discharge .75 itchy_eyes .4 runny_nose .3 eye_pain .05 blurred_vision .05 sick_contacts .3 fever .1`,
    },
  },
  {
    id: 'acute_glaucoma',
    name: { ru: 'Острый приступ глаукомы', en: 'Acute angle-closure glaucoma' },
    icd10: 'H40.2',
    system: 'ent_eye',
    urgency: 'emergency_department',
    specialist: 'ophthalmologist',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: OLDER_ADULTS,
    likelihoods: {
      ...HOURS,
      ...lk`eye_pain .9 blurred_vision .8 red_eye .85 headache .7 nausea .5 vomiting .3 sudden_onset .7 light_sensitivity .3`,
    },
  },
  {
    id: 'peritonsillar_abscess',
    name: { ru: 'Паратонзиллярный абсцесс', en: 'Peritonsillar abscess (quinsy)' },
    icd10: 'J36',
    system: 'ent_eye',
    urgency: 'emergency_department',
    specialist: 'ent',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 0.1,
      child_5_11y: 0.5,
      teen_12_17y: 2,
      adult_18_39y: 2,
    },
    likelihoods: {
      bad_breath: 0.3,
      ...SUBACUTE,
      ...lk`sore_throat .98 painful_swallowing .95 drooling .5 fever .8 high_fever .4 hoarse_voice .5
        swollen_lymph_nodes .6 feeling_very_unwell .5`,
    },
  },
  {
    id: 'hand_foot_mouth',
    name: { ru: 'Энтеровирусная инфекция «рука-нога-рот»', en: 'Hand, foot and mouth disease' },
    icd10: 'B08.4',
    system: 'ent_eye',
    urgency: 'self_care',
    // Not drinking, fewer wet nappies or drowsiness need a clinician: NICE CKS Hand, foot and mouth disease (2021).
    urgencyIf: [
      { finding: 'poor_feeding', urgency: 'within_24h' },
      { finding: 'little_urine', urgency: 'within_24h' },
      { finding: 'high_fever', urgency: 'within_24h' },
      { finding: 'lethargy', urgency: 'emergency_department' },
      { finding: 'seizure', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Давайте больше пить (прохладное питьё, молоко) и мягкую пищу; избегайте кислого и острого. Парацетамол или ибупрофен при боли во рту и температуре. Чаще мойте руки. Ребёнок может вернуться в сад, как только хорошо себя чувствует.',
        en: 'Give plenty of fluids (cool drinks, milk), soft food; avoid acidic and spicy food. Paracetamol or ibuprofen for a sore mouth and fever. Wash hands often. The child does not need to stay home once well enough.',
      },
      seekCareIf: {
        ru: 'Ребёнок пьёт намного меньше, реже мочится, сонлив или очень беспокоен, были судороги, температура 39 °C и выше, или нет улучшения через 7–10 дней.',
        en: 'The child drinks much less, has fewer wet nappies, is drowsy or very irritable, has a seizure, a temperature of 39 °C or more, or symptoms are not better after 7–10 days.',
      },
      source: 'NICE CKS Hand, foot and mouth disease (2021)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: {
      infant_0_3m: 0.1,
      infant_3_12m: 1.5,
      toddler_1_4y: 3,
      teen_12_17y: 0.2,
      adult_18_39y: 0.1,
      adult_40_64y: 0.05,
      elderly_65y: 0.02,
    },
    likelihoods: {
      ...ACUTE,
      ...lk`hand_foot_mouth_spots .9 mouth_ulcers .8 fever .6 high_fever .1 rash .7 blisters .6 poor_feeding .4
        sore_throat .4 irritability .4 sick_contacts .5`,
    },
  },
  {
    id: 'scarlet_fever',
    name: { ru: 'Скарлатина', en: 'Scarlet fever' },
    icd10: 'A38',
    system: 'ent_eye',
    urgency: 'within_24h',
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0.1,
      toddler_1_4y: 2,
      child_5_11y: 3,
      teen_12_17y: 0.5,
      adult_18_39y: 0.1,
      adult_40_64y: 0.05,
      elderly_65y: 0.02,
    },
    likelihoods: {
      ...ACUTE,
      ...lk`sandpaper_rash .9 rash .95 sore_throat .9 fever .9 high_fever .5 strawberry_tongue .6
        tonsil_exudate .5 swollen_lymph_nodes .6 headache .4 vomiting .3 painful_swallowing .7 sick_contacts .4`,
    },
  },
  {
    id: 'mononucleosis',
    name: { ru: 'Инфекционный мононуклеоз', en: 'Glandular fever (infectious mononucleosis)' },
    icd10: 'B27.9',
    system: 'ent_eye',
    urgency: 'planned',
    // Drooling or stridor = airway obstruction from tonsillar swelling: NICE CKS Glandular fever (2022).
    urgencyIf: [
      { finding: 'drooling', urgency: 'emergency_department' },
      { finding: 'stridor', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0.1,
      toddler_1_4y: 0.5,
      teen_12_17y: 3,
      adult_18_39y: 1.5,
      adult_40_64y: 0.2,
      elderly_65y: 0.05,
    },
    likelihoods: {
      ...SUBACUTE,
      ...lk`sore_throat .9 fatigue .9 swollen_lymph_nodes .9 fever .8 high_fever .3 tonsil_exudate .5
        painful_swallowing .6 headache .4 loss_of_appetite .5 rash .1`,
    },
  },
];
