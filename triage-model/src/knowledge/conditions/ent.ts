import type { Condition } from '../types.js';
import { ACUTE, ADULTS, CHRONIC, HOURS, OLDER_ADULTS, SUBACUTE, YOUNG_CHILDREN, lk } from './presets.js';

/** Ear, nose and throat beyond the common infections in ent-eye.ts. */
export const entConditions: Condition[] = [
  {
    id: 'ear_wax',
    name: { ru: 'Серная пробка', en: 'Earwax build-up' },
    icd10: 'H61.2',
    system: 'ent',
    urgency: 'self_care',
    // Sudden hearing loss (≤ 3 days) needs assessment within 24 hours: NICE NG98 Hearing loss in adults 2018.
    urgencyIf: [
      { finding: 'sudden_hearing_loss', urgency: 'within_24h' },
      { finding: 'ear_discharge', urgency: 'planned' },
      { finding: 'ear_pain', urgency: 'planned' },
      { finding: 'vertigo', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Закапывайте в ухо 2–3 капли оливкового масла комнатной температуры (или капли для размягчения серы из аптеки) ' +
          '3–4 раза в день в течение 3–5 дней, лёжа на боку несколько минут. Сера часто выходит сама. ' +
          'Не используйте ватные палочки и не промывайте ухо струёй сами, если раньше была перфорация или операция на ухе.',
        en:
          'Put 2–3 drops of room-temperature olive oil (or over-the-counter wax-softening drops) into the ear 3–4 times a ' +
          'day for 3–5 days, lying on your side for a few minutes. The wax often comes out on its own. ' +
          'Do not use cotton buds, and do not syringe the ear yourself if you have had a perforation or ear surgery.',
      },
      seekCareIf: {
        ru:
          'Слух не восстановился через 5 дней, появились боль, выделения из уха, головокружение, или слух снизился ' +
          'внезапно за несколько часов или дней (в этом случае — в течение суток).',
        en:
          'Hearing has not returned after 5 days, you develop pain, discharge or dizziness, or hearing dropped suddenly ' +
          'over hours or days (then within 24 hours).',
      },
      source: 'NICE CKS Earwax 2021; NICE NG98 Hearing loss in adults 2018',
    },
    specialist: 'ent',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.2, elderly_65y: 2 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`hearing_loss .85 ear_itching .3 tinnitus .3 ear_pain .1 dizziness .05 sudden_hearing_loss .05`,
    },
  },
  {
    id: 'perforated_eardrum',
    name: { ru: 'Перфорация барабанной перепонки', en: 'Perforated eardrum' },
    icd10: 'H72.9',
    system: 'ent',
    // Most heal in 6–8 weeks; vertigo or marked hearing loss after trauma suggest inner-ear injury:
    // NICE CKS Perforated eardrum 2021.
    urgency: 'planned',
    urgencyIf: [
      { finding: 'vertigo', urgency: 'within_24h' },
      { finding: 'sudden_hearing_loss', urgency: 'within_24h' },
      { finding: 'swelling_behind_ear', urgency: 'emergency_department' },
    ],
    specialist: 'ent',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`ear_injury .55 ear_pain .6 ear_discharge .5 hearing_loss .8 tinnitus .3 fever .1 sudden_onset .5
        vertigo .05`,
    },
  },
  {
    id: 'epiglottitis',
    name: { ru: 'Эпиглоттит', en: 'Epiglottitis' },
    icd10: 'J05.1',
    system: 'ent',
    // Airway emergency: do not examine the throat, call an ambulance: NICE CKS Sore throat - acute 2023.
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.5 },
    likelihoods: {
      ...HOURS,
      ...lk`drooling .7 muffled_voice .7 stridor .5 sore_throat .9 painful_swallowing .9 fever .85 high_fever .5
        breathlessness .5 feeling_very_unwell .8 hoarse_voice .3 cough .1`,
    },
  },
  {
    id: 'nasal_foreign_body',
    name: { ru: 'Инородное тело носа', en: 'Object stuck in the nose' },
    icd10: 'T17.1',
    system: 'ent',
    // Removal by a clinician the same day; a button battery or magnets are an emergency (corrosion):
    // ENT UK foreign bodies guidance 2019.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'stridor', urgency: 'ambulance' },
      { finding: 'breathlessness', urgency: 'ambulance' },
    ],
    specialist: 'ent',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: YOUNG_CHILDREN,
    likelihoods: {
      ...SUBACUTE,
      ...lk`object_in_nose .75 one_sided_nasal_discharge .65 blocked_nose .5 nosebleed .2 runny_nose .3
        breathlessness .01`,
    },
  },
  {
    id: 'ear_foreign_body',
    name: { ru: 'Инородное тело уха', en: 'Object stuck in the ear' },
    icd10: 'T16',
    system: 'ent',
    // Removal under direct vision by a clinician; never try to dig it out at home: ENT UK foreign bodies guidance 2019.
    urgency: 'within_24h',
    specialist: 'ent',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...YOUNG_CHILDREN, adult_18_39y: 0.3 },
    likelihoods: {
      ...HOURS,
      ...lk`object_in_ear .85 ear_pain .4 hearing_loss .5 ear_discharge .15 ear_itching .2`,
    },
  },
  {
    id: 'nosebleed_anterior',
    name: { ru: 'Носовое кровотечение', en: 'Nosebleed (epistaxis)' },
    icd10: 'R04.0',
    system: 'ent',
    urgency: 'self_care',
    // Bleeding > 10–20 min despite first aid, after a head injury, or with faintness needs hospital:
    // NICE CKS Epistaxis (nosebleeds) 2023.
    urgencyIf: [
      { finding: 'nosebleed_prolonged', urgency: 'emergency_department' },
      { finding: 'head_injury', urgency: 'emergency_department' },
      { finding: 'fainting', urgency: 'emergency_department' },
      { finding: 'bp_very_high', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru:
          'Сядьте, наклонитесь вперёд (не запрокидывайте голову) и плотно сожмите мягкую часть носа пальцами на 10–15 минут, ' +
          'не отпуская; дышите ртом, кровь сплёвывайте. Можно приложить холод к переносице. ' +
          'После остановки сутки не сморкайтесь, не поднимайте тяжести, не пейте горячее и алкоголь.',
        en:
          'Sit up, lean forward (do not tip the head back) and pinch the soft part of the nose firmly for 10–15 minutes ' +
          'without letting go; breathe through your mouth and spit out blood. A cold pack on the bridge of the nose helps. ' +
          'Once it stops, avoid blowing your nose, heavy lifting, hot drinks and alcohol for 24 hours.',
      },
      seekCareIf: {
        ru:
          'Кровь не останавливается после 20 минут прижатия, кровотечение сильное, после травмы головы, ' +
          'появились слабость или обморок, вы принимаете препараты, разжижающие кровь, или кровотечения часто повторяются.',
        en:
          'Bleeding has not stopped after 20 minutes of pressure, it is heavy, it followed a head injury, you feel faint, ' +
          'you take blood thinners, or nosebleeds keep coming back.',
      },
      source: 'NICE CKS Epistaxis (nosebleeds) 2023',
    },
    specialist: 'ent',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.2, child_5_11y: 2, elderly_65y: 1.5 },
    likelihoods: {
      ...HOURS,
      ...lk`nosebleed .98 nosebleed_prolonged .08 sudden_onset .6 blocked_nose .2 runny_nose .15 head_injury .03
        hypertension_history .2`,
    },
  },
  {
    id: 'vestibular_neuritis',
    name: { ru: 'Вестибулярный нейронит', en: 'Inner ear nerve inflammation (vestibular neuritis)' },
    icd10: 'H81.2',
    system: 'ent',
    // Constant vertigo needs same-day examination (HINTS) to exclude a posterior-circulation stroke:
    // NICE CKS Vertigo 2023.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'arm_weakness', urgency: 'ambulance' },
      { finding: 'speech_difficulty', urgency: 'ambulance' },
      { finding: 'vision_loss_sudden', urgency: 'ambulance' },
      { finding: 'thunderclap_headache', urgency: 'ambulance' },
    ],
    specialist: 'neurologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`vertigo .95 vertigo_constant .85 dizziness .8 nausea .8 vomiting .6 hearing_loss .05 tinnitus .05
        sudden_onset .5 runny_nose .25 headache .1`,
    },
  },
  {
    id: 'labyrinthitis',
    name: { ru: 'Лабиринтит', en: 'Labyrinthitis' },
    icd10: 'H83.0',
    system: 'ent',
    // Vertigo with hearing loss: same-day assessment, urgent ENT if hearing loss persists: NICE CKS Vertigo 2023.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'arm_weakness', urgency: 'ambulance' },
      { finding: 'speech_difficulty', urgency: 'ambulance' },
    ],
    specialist: 'ent',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: { ...ADULTS, teen_12_17y: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`vertigo .95 vertigo_constant .8 dizziness .8 hearing_loss .7 tinnitus .5 nausea .75 vomiting .5
        sudden_hearing_loss .3 ear_pain .15 runny_nose .3`,
    },
  },
  {
    id: 'sudden_sensorineural_hearing_loss',
    name: { ru: 'Внезапная нейросенсорная тугоухость', en: 'Sudden hearing loss (sensorineural)' },
    icd10: 'H91.2',
    system: 'ent',
    // Sudden onset (≤ 3 days) within the past 30 days: refer to be seen within 24 hours: NICE NG98 2018.
    urgency: 'within_24h',
    specialist: 'ent',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: ADULTS,
    likelihoods: {
      ...ACUTE,
      ...lk`sudden_hearing_loss .9 hearing_loss .95 tinnitus .6 vertigo .25 dizziness .3 ear_pain .05
        ear_discharge .02`,
    },
  },
  {
    id: 'laryngitis',
    name: { ru: 'Острый ларингит', en: 'Laryngitis (lost voice)' },
    icd10: 'J04.0',
    system: 'ent',
    urgency: 'self_care',
    // Stridor or breathing difficulty is an airway emergency; hoarseness > 3 weeks needs examination of the larynx
    // (suspected cancer pathway from 45 y): NICE CKS Hoarseness 2021, NICE NG12 2015.
    urgencyIf: [
      { finding: 'stridor', urgency: 'ambulance' },
      { finding: 'drooling', urgency: 'ambulance' },
      { finding: 'breathlessness', urgency: 'emergency_department' },
      { finding: 'lasting_3_weeks', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Берегите голос: говорите меньше и спокойно, но не шёпотом. Пейте достаточно тёплой жидкости, дышите влажным ' +
          'воздухом (паром над раковиной), не курите и избегайте дыма, алкоголя. При боли — парацетамол или ибупрофен по ' +
          'инструкции. Голос обычно возвращается за 1–2 недели.',
        en:
          'Rest your voice: talk less and calmly, but do not whisper. Drink plenty of warm fluids, breathe moist air ' +
          '(steam from a basin), do not smoke and avoid smoky places and alcohol. Paracetamol or ibuprofen as directed for ' +
          'pain. The voice usually returns within 1–2 weeks.',
      },
      seekCareIf: {
        ru:
          'Появился шумный свистящий вдох, трудно дышать или глотать слюну — вызовите скорую. Плановая консультация, ' +
          'если осиплость держится дольше 3 недель (особенно у курильщиков) или появилась кровь в мокроте.',
        en:
          'Noisy breathing in, difficulty breathing or swallowing saliva — call an ambulance. Book a visit if hoarseness ' +
          'lasts more than 3 weeks (especially if you smoke) or you cough up blood.',
      },
      source: 'NICE CKS Hoarseness 2021; NICE NG12 Suspected cancer 2015',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.2, toddler_1_4y: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`hoarse_voice .95 sore_throat .5 dry_cough .45 cough .5 runny_nose .4 fever .2 high_fever .02
        painful_swallowing .2 stridor .01`,
    },
  },
  {
    id: 'mastoiditis',
    name: { ru: 'Мастоидит', en: 'Mastoiditis' },
    icd10: 'H70.0',
    system: 'ent',
    // Complication of otitis media requiring IV antibiotics: emergency hospital referral: NICE NG91 Otitis media 2018.
    urgency: 'emergency_department',
    specialist: 'ent',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...YOUNG_CHILDREN, infant_0_3m: 0.1 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`swelling_behind_ear .85 ear_pain .9 fever .8 high_fever .4 ear_discharge .4 hearing_loss .5
        irritability .4 feeling_very_unwell .5 ear_pulling .4 headache .3`,
    },
  },
  {
    id: 'throat_foreign_body',
    name: { ru: 'Инородное тело глотки (рыбья кость)', en: 'Something stuck in the throat (e.g. fish bone)' },
    icd10: 'T17.2',
    system: 'ent',
    // Persistent sensation after a fish bone needs same-day ENT review; inability to swallow saliva or
    // breathing difficulty is an emergency: ENT UK foreign bodies guidance 2019.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'drooling', urgency: 'emergency_department' },
      { finding: 'stridor', urgency: 'ambulance' },
      { finding: 'breathlessness', urgency: 'ambulance' },
    ],
    specialist: 'ent',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.3 },
    likelihoods: {
      ...HOURS,
      ...lk`something_stuck_throat .95 painful_swallowing .7 sore_throat .5 drooling .1 sudden_onset .8 cough .2`,
    },
  },
  {
    id: 'menieres_disease',
    name: { ru: 'Болезнь Меньера', en: "Ménière's disease" },
    icd10: 'H81.0',
    system: 'ent',
    // Recurrent attacks of vertigo with fluctuating hearing loss and tinnitus: ENT referral, NICE CKS Ménière's 2022.
    urgency: 'planned',
    specialist: 'ent',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: OLDER_ADULTS,
    likelihoods: {
      ...CHRONIC,
      ...lk`vertigo .9 hearing_loss .8 tinnitus .8 nausea .6 vomiting .4 dizziness .7 vertigo_constant .3
        sudden_hearing_loss .1`,
    },
  },
  {
    id: 'glue_ear',
    name: { ru: 'Экссудативный средний отит', en: 'Glue ear (otitis media with effusion)' },
    icd10: 'H65.3',
    system: 'ent',
    // Active observation for 3 months, then ENT/audiology: NICE CG60 Otitis media with effusion 2008 (2023 check).
    urgency: 'planned',
    specialist: 'ent',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0.5,
      toddler_1_4y: 3,
      child_5_11y: 1.5,
      teen_12_17y: 0.1,
      adult_18_39y: 0.05,
      adult_40_64y: 0.05,
      elderly_65y: 0.05,
    },
    likelihoods: {
      ...CHRONIC,
      ...lk`hearing_loss .9 ear_pain .15 ear_pulling .2 runny_nose .4 blocked_nose .4 fever .05`,
    },
  },
  {
    id: 'eustachian_tube_dysfunction',
    name: { ru: 'Дисфункция слуховой трубы', en: 'Blocked ear after a cold (Eustachian tube dysfunction)' },
    icd10: 'H68.1',
    system: 'ent',
    urgency: 'self_care',
    // Usually resolves with the cold; persistent or sudden hearing loss needs review: AAO-HNS Clinical consensus
    // statement: Eustachian tube dysfunction 2019, NICE NG98 2018.
    urgencyIf: [
      { finding: 'sudden_hearing_loss', urgency: 'within_24h' },
      { finding: 'ear_discharge', urgency: 'planned' },
      { finding: 'lasting_3_weeks', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Несколько раз в день мягко «продувайте» уши: закройте рот, зажмите нос и аккуратно выдохните носом, или ' +
          'глотайте, жуйте жевательную резинку, зевайте. Промывайте нос солевым раствором; сосудосуживающие капли ' +
          'допустимы не дольше 5–7 дней. Обычно проходит за 1–2 недели вместе с насморком.',
        en:
          'Several times a day, gently "pop" the ears: close your mouth, pinch your nose and blow gently, or swallow, ' +
          'chew gum and yawn. Rinse the nose with saline; decongestant sprays for no longer than 5–7 days. ' +
          'It usually clears within 1–2 weeks as the cold settles.',
      },
      seekCareIf: {
        ru:
          'Появились сильная боль, температура, выделения из уха, головокружение, слух резко пропал, или заложенность ' +
          'держится дольше 3 недель.',
        en:
          'You develop severe pain, fever, ear discharge or dizziness, hearing goes suddenly, or the blocked feeling ' +
          'lasts more than 3 weeks.',
      },
      source: 'AAO-HNS Clinical consensus statement: Eustachian tube dysfunction 2019; NICE NG98 2018',
    },
    specialist: 'ent',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.2, toddler_1_4y: 0.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`hearing_loss .85 ear_pain .3 tinnitus .3 blocked_nose .55 runny_nose .45 dizziness .1 fever .05
        sudden_hearing_loss .03`,
    },
  },
  {
    id: 'chronic_sinusitis',
    name: { ru: 'Хронический риносинусит', en: 'Chronic sinusitis' },
    icd10: 'J32.9',
    system: 'ent',
    // Symptoms ≥ 12 weeks: ENT assessment; one-sided symptoms or swelling around the eye need urgent review:
    // EPOS 2020 European position paper on rhinosinusitis.
    urgency: 'planned',
    urgencyIf: [
      { finding: 'eyelid_swelling', urgency: 'emergency_department' },
      { finding: 'blurred_vision', urgency: 'emergency_department' },
    ],
    specialist: 'ent',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...ADULTS, teen_12_17y: 0.3 },
    likelihoods: {
      ...lk`lasting_3_days .99 lasting_10_days .97 lasting_3_weeks .95`,
      ...lk`blocked_nose .9 thick_nasal_discharge .6 runny_nose .6 loss_of_smell .6 facial_pain .5 headache .4
        cough .3 allergy_history .4 asthma_history .2 fever .02`,
    },
  },
];
