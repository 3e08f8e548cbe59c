import type { Condition } from '../types.js';
import { ACUTE, CHRONIC, HOURS, lk } from './presets.js';

export const skinAllergyConditions: Condition[] = [
  {
    id: 'anaphylaxis',
    name: { ru: 'Анафилаксия', en: 'Anaphylaxis' },
    icd10: 'T78.2',
    system: 'skin_allergy',
    urgency: 'ambulance',
    specialist: 'emergency',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    likelihoods: {
      ...HOURS,
      ...lk`lip_tongue_swelling .75 throat_tightness .6 breathlessness .7 wheeze .5 hives .7 rash .6 itchy_rash .5
        allergen_exposure .85 dizziness .5 fainting .2 near_fainting .4 pale_skin .3 vomiting .3 sudden_onset .95 bp_low .3 allergy_history .5
        hoarse_voice .2 stridor .15`,
    },
  },
  {
    id: 'urticaria',
    name: { ru: 'Крапивница (аллергическая реакция)', en: 'Hives (urticaria, allergic reaction)' },
    icd10: 'L50.9',
    system: 'skin_allergy',
    urgency: 'self_care',
    // Swelling of the tongue, throat tightness or breathlessness = possible anaphylaxis: Resuscitation Council UK
    // Emergency treatment of anaphylaxis (2021); hives beyond 6 weeks are chronic: NICE CKS Urticaria (2023).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'lip_tongue_swelling', urgency: 'emergency_department' },
      { finding: 'throat_tightness', urgency: 'ambulance' },
      { finding: 'breathlessness', urgency: 'ambulance' },
      { finding: 'wheeze', urgency: 'ambulance' },
    ],
    selfCare: {
      advice: {
        ru: 'Принимайте неседативный антигистаминный препарат (цетиризин, лоратадин) ежедневно, пока сыпь не пройдёт; избегайте известного провокатора, прохладный душ, свободная одежда. Обычно крапивница проходит за несколько дней.',
        en: 'Take a non-drowsy antihistamine (cetirizine, loratadine) daily until the hives settle; avoid the trigger if you know it, cool showers and loose clothes. Most hives go within a few days.',
      },
      seekCareIf: {
        ru: 'Сразу звоните 103/112 при отёке губ или языка, сдавлении в горле, затруднённом дыхании, слабости и головокружении. Обратитесь к врачу, если сыпь держится дольше 6 недель или повторяется.',
        en: 'Call 103/112 at once for swelling of the lips or tongue, throat tightness, breathing difficulty or feeling faint. See a doctor if the hives last more than 6 weeks or keep coming back.',
      },
      source: 'NICE CKS Urticaria (2023)',
    },
    specialist: 'allergist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    likelihoods: {
      skin_writing: 0.2,
      ...ACUTE,
      ...lk`hives .95 itchy_rash .9 rash .9 allergen_exposure .35 lip_tongue_swelling .08 allergy_history .45
        new_medication .2 sudden_onset .5`,
    },
  },
  {
    id: 'atopic_dermatitis',
    name: { ru: 'Атопический дерматит (экзема)', en: 'Atopic eczema' },
    icd10: 'L20.9',
    system: 'skin_allergy',
    urgency: 'planned',
    // A known eczema flaring as usual is treated at home with emollients and the usual steroid (NICE CKS Eczema -
    // atopic 2024); a first rash is diagnosed by a doctor.
    whenKnown: { finding: 'usual_skin_flare', urgency: 'self_care' },
    selfCare: {
      advice: {
        ru: 'Обильно и часто наносите смягчающее средство (эмолент), мойтесь им вместо мыла. Во время обострения — ваш обычный гормональный крем тонким слоем раз в день на воспалённые участки до 7–14 дней. Не расчёсывайте, коротко стригите ногти, носите хлопок.',
        en: 'Apply an emollient thickly and often and wash with it instead of soap. During the flare, use your usual steroid cream thinly once a day on the inflamed skin for up to 7–14 days. Try not to scratch, keep nails short and wear cotton.',
      },
      seekCareIf: {
        ru: 'Кожа мокнет, появились корки медового цвета, гной или болезненные пузырьки; поднялась температура; обычный крем не помог за 1–2 недели; обострения стали частыми.',
        en: 'The skin weeps, or honey-coloured crusts, pus or painful blisters appear; you get a fever; your usual cream has not helped within 1–2 weeks; flares are getting frequent.',
      },
      source: 'NICE CKS Eczema - atopic 2024',
    },
    // Painful blisters with fever suggest eczema herpeticum (same-day): NICE CKS Eczema - atopic (2024).
    urgencyIf: [
      { finding: 'blisters', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
    ],
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 1, infant_3_12m: 3, toddler_1_4y: 2.5, child_5_11y: 1.5, elderly_65y: 0.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`dry_itchy_skin .95 itchy_rash .75 rash .7 allergy_history .6 asthma_history .25 sleep_problems .3 usual_skin_flare .35
        irritability .3`,
    },
  },
  {
    id: 'contact_dermatitis',
    name: { ru: 'Контактный дерматит', en: 'Contact dermatitis' },
    icd10: 'L25.9',
    system: 'skin_allergy',
    urgency: 'self_care',
    // Spreading redness or fever suggest infection; persistent dermatitis needs patch testing: NICE CKS
    // Dermatitis - contact (2023).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'spreading_redness', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'lip_tongue_swelling', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Найдите и исключите причину, промойте кожу водой, вместо мыла часто используйте простое смягчающее средство (эмолент). Крем с 1 % гидрокортизоном до 7 дней (не на лицо) уменьшит зуд; для влажной работы — перчатки.',
        en: 'Find and avoid the trigger, wash the skin with water, use a plain emollient often instead of soap. A 1 % hydrocortisone cream for up to 7 days on the body (not the face) helps the itch; wear gloves for wet work.',
      },
      seekCareIf: {
        ru: 'Сыпь распространяется, мокнет, покрывается корками, становится горячей и болезненной, поднялась температура, отекают лицо или глаза, нет улучшения за 2 недели без контакта с причиной.',
        en: 'The rash spreads, weeps, crusts or becomes hot and painful, you have a fever, the face or eyes swell, or it does not improve after 2 weeks of avoiding the trigger.',
      },
      source: 'NICE CKS Dermatitis - contact (2023)',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 0.2, infant_3_12m: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`new_product_contact .8 itchy_rash .85 rash .9 blisters .3 dry_itchy_skin .4 red_hot_swollen_skin .05`,
    },
  },
  {
    id: 'cellulitis',
    name: { ru: 'Флегмона, рожистое воспаление (целлюлит)', en: 'Skin infection (cellulitis)' },
    icd10: 'L03.9',
    system: 'skin_allergy',
    urgency: 'within_24h',
    // Systemic illness or confusion suggest sepsis: NICE NG141 Cellulitis and erysipelas (2019).
    urgencyIf: [
      { finding: 'high_fever', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
    ],
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.3, elderly_65y: 1.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`red_hot_swollen_skin .95 spreading_redness .6 fever .45 high_fever .15 wound_or_bite .5 chills .3
        diabetes .25 leg_swelling_one .4 rash .3`,
    },
  },
  {
    id: 'chickenpox',
    name: { ru: 'Ветряная оспа', en: 'Chickenpox' },
    icd10: 'B01.9',
    system: 'skin_allergy',
    urgency: 'self_care',
    // Newborns with chickenpox need urgent review: NICE CKS Chickenpox (2023).
    urgencyOverrides: [{ maxAgeMonths: 3, urgency: 'within_24h' }],
    // Breathlessness (pneumonitis), infected spots, drowsiness, immunosuppression or pregnancy need a clinician:
    // NICE CKS Chickenpox (2023).
    urgencyIf: [
      { finding: 'immunosuppressed', urgency: 'within_24h' },
      { finding: 'pregnant_possible', urgency: 'within_24h' },
      { finding: 'red_hot_swollen_skin', urgency: 'within_24h' },
      { finding: 'breathlessness', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Парацетамол при температуре и боли (не ибупрофен — он повышает риск кожной инфекции); больше пить; прохладные ванны, свободная хлопковая одежда, коротко остриженные ногти; от зуда — каламин или охлаждающий гель. Дома, пока все пузырьки не покроются корочкой (обычно 5 дней).',
        en: 'Paracetamol for fever and pain (not ibuprofen, which raises the risk of skin infection); drink plenty; cool baths, loose cotton clothes, keep nails short; calamine or cooling gel for itch. Stay home until all spots have crusted, usually 5 days.',
      },
      seekCareIf: {
        ru: 'Затруднённое дыхание или боль в груди, пузырьки становятся красными, горячими и болезненными, ребёнок сонлив или спутан, малыш младше 4 недель, беременность или ослабленный иммунитет.',
        en: 'Breathing difficulty or chest pain, spots become red, hot and painful, the child is drowsy or confused, a baby under 4 weeks, you are pregnant or have weakened immunity.',
      },
      source: 'NICE CKS Chickenpox (2023)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: {
      infant_0_3m: 0.1,
      infant_3_12m: 0.6,
      toddler_1_4y: 3,
      child_5_11y: 3,
      teen_12_17y: 0.5,
      adult_18_39y: 0.2,
      adult_40_64y: 0.05,
      elderly_65y: 0.02,
    },
    likelihoods: {
      ...ACUTE,
      ...lk`rash .95 blisters .9 itchy_rash .85 fever .6 high_fever .15 sick_contacts .6 fatigue .4
        loss_of_appetite .3`,
    },
  },
  {
    id: 'shingles',
    name: { ru: 'Опоясывающий герпес', en: 'Shingles (herpes zoster)' },
    icd10: 'B02.9',
    system: 'skin_allergy',
    urgency: 'within_24h',
    // Eye pain with shingles on the face (herpes zoster ophthalmicus) needs same-day ophthalmology: NICE CKS Shingles (2023).
    urgencyIf: [
      { finding: 'eye_pain', urgency: 'emergency_department' },
      { finding: 'blurred_vision', urgency: 'emergency_department' },
    ],
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 0.02,
      child_5_11y: 0.05,
      teen_12_17y: 0.1,
      adult_18_39y: 0.4,
      adult_40_64y: 1.5,
      elderly_65y: 3,
    },
    likelihoods: {
      ...ACUTE,
      ...lk`rash .95 blisters .9 numbness_tingling .5 itchy_rash .3 fever .1 headache .2 immunosuppressed .1`,
    },
  },
];
