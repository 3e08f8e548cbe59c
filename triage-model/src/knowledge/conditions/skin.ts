import type { Condition } from '../types.js';
import { ACUTE, CHRONIC, SPREADING_INFECTION, SUBACUTE, lk } from './presets.js';

const NO_INFANTS = { infant_0_3m: 0.05, infant_3_12m: 0.2 } as const;

export const skinConditions: Condition[] = [
  {
    id: 'infected_eczema',
    name: { ru: 'Инфицированная экзема', en: 'Infected eczema' },
    icd10: 'L30.3',
    system: 'skin',
    // Weeping, crusted eczema: antibiotic review the same or next day: NICE NG190 Secondary bacterial infection
    // of eczema 2021.
    urgency: 'within_24h',
    urgencyIf: [{ finding: 'punched_out_sores', urgency: 'emergency_department' }],
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0.5, infant_3_12m: 2, toddler_1_4y: 2, child_5_11y: 1.5, elderly_65y: 0.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`dry_itchy_skin .9 itchy_rash .8 rash .85 honey_crusts .55 pus_lump .15 fever .2 red_hot_swollen_skin .3
        allergy_history .6 spreading_redness .05`,
    },
  },
  {
    id: 'eczema_herpeticum',
    name: { ru: 'Герпетическая экзема Капоши', en: 'Herpes infection of eczema (eczema herpeticum)' },
    icd10: 'B00.0',
    system: 'skin',
    // Start aciclovir and seek same-day specialist advice; eye involvement or an unwell child — hospital:
    // NICE CG57 Atopic eczema in under 12s 2007 (2023 update), NICE CKS Eczema - atopic 2023.
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'fever', urgency: 'emergency_department' },
      { finding: 'eye_pain', urgency: 'emergency_department' },
      { finding: 'red_eye', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
    ],
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: { infant_0_3m: 0.5, infant_3_12m: 2, toddler_1_4y: 2, child_5_11y: 1, elderly_65y: 0.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`punched_out_sores .85 blisters .7 dry_itchy_skin .85 rash .95 fever .5 high_fever .2 feeling_very_unwell .4
        lip_blisters .2 allergy_history .6 irritability .4`,
    },
  },
  {
    id: 'psoriasis',
    name: { ru: 'Псориаз', en: 'Psoriasis' },
    icd10: 'L40.0',
    system: 'skin',
    // Widespread red skin with fever (erythrodermic or pustular psoriasis) needs same-day review: NICE CG153
    // Psoriasis 2012 (2017 update).
    urgency: 'planned',
    urgencyIf: [{ finding: 'fever', urgency: 'within_24h' }],
    // Known psoriasis flaring as usual is treated with the person's usual topical treatment (NICE CKS Psoriasis 2023).
    whenKnown: { finding: 'usual_skin_flare', urgency: 'self_care' },
    selfCare: {
      advice: {
        ru: 'Продолжайте своё обычное наружное лечение (смягчающие средства, крем с витамином D или гормоном по назначению), не расчёсывайте бляшки, избегайте травм кожи, алкоголя и курения.',
        en: 'Keep using your usual treatment on the skin (emollients, a vitamin D or steroid cream as prescribed), do not pick the plaques, and avoid skin injury, alcohol and smoking.',
      },
      seekCareIf: {
        ru: 'Покраснела большая часть кожи, появились гнойнички или температура; обычное лечение не помогает за 4 недели; болят и опухают суставы.',
        en: 'Most of the skin turns red, pustules or a fever appear, your usual treatment has not helped within 4 weeks, or your joints become painful and swollen.',
      },
      source: 'NICE CKS Psoriasis 2023',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 0.02, infant_3_12m: 0.05, toddler_1_4y: 0.2, child_5_11y: 0.4 },
    likelihoods: {
      ...CHRONIC,
      ...lk`scaly_plaques .9 rash .9 itchy_rash .5 dry_itchy_skin .4 joint_pain .2 thick_discoloured_nail .3 usual_skin_flare .35
        greasy_scales .1 fever .01`,
    },
  },
  {
    id: 'acne',
    name: { ru: 'Акне (угревая болезнь)', en: 'Acne' },
    icd10: 'L70.0',
    system: 'skin',
    urgency: 'self_care',
    // Mild acne: self-care with topical benzoyl peroxide; scarring, nodules or distress need a prescriber:
    // NICE NG198 Acne vulgaris 2021.
    urgencyIf: [
      { finding: 'low_mood', urgency: 'planned' },
      { finding: 'pus_lump', urgency: 'planned' },
      { finding: 'lasting_3_weeks', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Умывайтесь дважды в день мягким средством без мыла, не выдавливайте прыщи. Используйте некомедогенную ' +
          'косметику и солнцезащитные средства. Средство с бензоилпероксидом (аптечный гель 2,5–5 %) наносите раз в день ' +
          'тонким слоем; эффект оценивают через 6–8 недель.',
        en:
          'Wash twice a day with a mild soap-free cleanser and do not squeeze spots. Use non-comedogenic make-up and ' +
          'sunscreen. Apply an over-the-counter benzoyl peroxide gel (2.5–5%) thinly once a day; judge the effect ' +
          'after 6–8 weeks.',
      },
      seekCareIf: {
        ru:
          'Нет улучшения через 2 месяца, появились крупные болезненные узлы, рубцы или пятна, или акне сильно влияет ' +
          'на настроение и самооценку.',
        en:
          'No improvement after 2 months, you develop large painful lumps, scars or dark marks, or acne is affecting ' +
          'your mood and confidence.',
      },
      source: 'NICE NG198 Acne vulgaris 2021',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: {
      infant_0_3m: 0.05,
      infant_3_12m: 0.02,
      toddler_1_4y: 0,
      child_5_11y: 0.1,
      teen_12_17y: 4,
      adult_18_39y: 1,
      adult_40_64y: 0.2,
      elderly_65y: 0.02,
    },
    likelihoods: {
      ...CHRONIC,
      ...lk`pimples .95 rash .3 pus_lump .2 facial_redness .2 itchy_rash .05 low_mood .1`,
    },
  },
  {
    id: 'impetigo',
    name: { ru: 'Импетиго', en: 'Impetigo' },
    icd10: 'L01.0',
    system: 'skin',
    // Localised impetigo: topical hydrogen peroxide or antibiotic on prescription: NICE NG153 Impetigo 2020.
    urgency: 'planned',
    urgencyIf: SPREADING_INFECTION,
    urgencyOverrides: [{ maxAgeMonths: 3, urgency: 'within_24h' }],
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0.2, toddler_1_4y: 3, child_5_11y: 2, adult_40_64y: 0.3, elderly_65y: 0.2 },
    likelihoods: {
      ...ACUTE,
      ...lk`honey_crusts .85 rash .9 blisters .3 itchy_rash .5 sick_contacts .3 wound_or_bite .2 fever .03
        dry_itchy_skin .2`,
    },
  },
  {
    id: 'skin_abscess',
    name: { ru: 'Фурункул (абсцесс кожи)', en: 'Boil or skin abscess' },
    icd10: 'L02.9',
    system: 'skin',
    urgency: 'self_care',
    // A small boil drains on its own; a large fluctuant abscess needs incision, and spreading cellulitis or fever
    // need antibiotics: NICE CKS Boils, carbuncles, and staphylococcal carriage 2022; NICE NG141 2019.
    urgencyIf: [
      ...SPREADING_INFECTION,
      { finding: 'immunosuppressed', urgency: 'within_24h' },
      { finding: 'facial_swelling', urgency: 'within_24h' },
      { finding: 'diabetes', urgency: 'planned' },
      { finding: 'lasting_10_days', urgency: 'planned' },
      // A carbuncle or a boil over 2 cm is drained or treated with an antibiotic (NICE CKS Boils, carbuncles 2022).
      { finding: 'boil_large_or_many_heads', urgency: 'within_24h' },
    ],
    urgencyOverrides: [{ maxAgeMonths: 3, urgency: 'within_24h' }],
    selfCare: {
      advice: {
        ru:
          'Прикладывайте тёплый влажный компресс на 10 минут 3–4 раза в день, чтобы фурункул вскрылся сам. ' +
          'Не выдавливайте и не прокалывайте его. После вскрытия промойте, закройте чистой повязкой, мойте руки, ' +
          'пользуйтесь отдельным полотенцем. При боли — парацетамол или ибупрофен.',
        en:
          'Apply a warm damp compress for 10 minutes 3–4 times a day to help the boil drain on its own. ' +
          'Do not squeeze or prick it. Once it drains, clean it, cover with a clean dressing, wash your hands and ' +
          'use your own towel. Paracetamol or ibuprofen for pain.',
      },
      seekCareIf: {
        ru:
          'Фурункул крупный (больше 1–2 см) или на лице, краснота расходится или от него тянется красная полоса, ' +
          'поднялась температура, есть диабет или ослаблен иммунитет, фурункулы повторяются или не вскрываются ' +
          'за 1–2 недели.',
        en:
          'It is large (over 1–2 cm) or on the face, redness spreads or a red line runs from it, you develop a fever, ' +
          'you have diabetes or weak immunity, boils keep coming back, or it has not drained after 1–2 weeks.',
      },
      source: 'NICE CKS Boils, carbuncles, and staphylococcal carriage 2022',
    },
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`lump_under_skin .5 pus_lump .92 red_hot_swollen_skin .7 fever .08 spreading_redness .08 red_streak .02 diabetes .12
        boil_large_or_many_heads .25
        swollen_lymph_nodes .15`,
    },
  },
  {
    id: 'tinea_corporis',
    name: { ru: 'Микоз гладкой кожи (стригущий лишай)', en: 'Ringworm (fungal skin infection)' },
    icd10: 'B35.4',
    system: 'skin',
    urgency: 'self_care',
    // Over-the-counter topical antifungal; scalp ringworm or failure of treatment need a prescriber:
    // NICE CKS Fungal skin infection - body and groin 2023.
    urgencyIf: [
      { finding: 'immunosuppressed', urgency: 'planned' },
      { finding: 'lasting_3_weeks', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Наносите противогрибковый крем (тербинафин 1–2 раза в день или клотримазол 2–3 раза в день) на пятно и 2–3 см ' +
          'вокруг. Продолжайте 1–2 недели после исчезновения пятна. Держите кожу сухой, пользуйтесь отдельным полотенцем; ' +
          'если лишай от животного — покажите его ветеринару.',
        en:
          'Apply an antifungal cream (terbinafine once or twice daily, or clotrimazole 2–3 times daily) to the patch and ' +
          '2–3 cm around it. Continue for 1–2 weeks after it clears. Keep the skin dry and use your own towel; if a pet ' +
          'is the source, take it to a vet.',
      },
      seekCareIf: {
        ru: 'Нет улучшения через 2 недели лечения, пятен много, поражена кожа головы или ногти, ослаблен иммунитет.',
        en:
          'No improvement after 2 weeks of treatment, there are many patches, the scalp or nails are affected, ' +
          'or your immunity is weakened.',
      },
      source: 'NICE CKS Fungal skin infection - body and groin 2023',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: NO_INFANTS,
    likelihoods: {
      ...SUBACUTE,
      ...lk`ring_shaped_rash .85 itchy_rash .7 rash .9 dry_itchy_skin .3 sick_contacts .15`,
    },
  },
  {
    id: 'athletes_foot',
    name: { ru: 'Микоз стоп', en: "Athlete's foot" },
    icd10: 'B35.3',
    system: 'skin',
    urgency: 'self_care',
    // People with diabetes need foot review; cellulitis from cracked skin needs antibiotics:
    // NICE CKS Fungal skin infection - foot 2023; NICE NG19 Diabetic foot problems 2015 (2019 update).
    urgencyIf: [
      { finding: 'red_hot_swollen_skin', urgency: 'within_24h' },
      ...SPREADING_INFECTION,
      { finding: 'diabetes', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Противогрибковый крем или спрей (тербинафин 1–2 недели или клотримазол 4 недели) между пальцами и на стопы. ' +
          'Тщательно вытирайте ноги, особенно между пальцами, носите хлопковые носки и меняйте их ежедневно, ' +
          'не ходите босиком в бассейне и душевых, обрабатывайте обувь.',
        en:
          'Antifungal cream or spray (terbinafine for 1–2 weeks or clotrimazole for 4 weeks) between the toes and on the ' +
          'feet. Dry your feet well, especially between the toes, wear cotton socks changed daily, do not walk barefoot ' +
          'in pools and communal showers, and treat your shoes.',
      },
      seekCareIf: {
        ru:
          'У вас диабет, стопа покраснела, отекла и стала горячей, поднялась температура, поражены ногти, или нет ' +
          'улучшения через 2–4 недели.',
        en:
          'You have diabetes, the foot becomes red, swollen and hot, you develop a fever, the nails are affected, or ' +
          'there is no improvement after 2–4 weeks.',
      },
      source: 'NICE CKS Fungal skin infection - foot 2023',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 0, infant_3_12m: 0, toddler_1_4y: 0.1, child_5_11y: 0.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`itchy_peeling_toes .95 itchy_rash .4 rash .4 blisters .1 thick_discoloured_nail .2 red_hot_swollen_skin .02`,
    },
  },
  {
    id: 'warts',
    name: { ru: 'Бородавки', en: 'Warts and verrucas' },
    icd10: 'B07',
    system: 'skin',
    urgency: 'self_care',
    // Most resolve without treatment; atypical, bleeding or facial lesions and immunosuppression need review:
    // NICE CKS Warts and verrucae 2022.
    urgencyIf: [
      { finding: 'immunosuppressed', urgency: 'planned' },
      { finding: 'changing_mole', urgency: 'planned' },
      // Anogenital warts are diagnosed and treated at a sexual-health clinic, with STI screening: BASHH UK national
      // guideline on the management of anogenital warts 2015.
      { finding: 'genital_warts', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Бородавки безопасны и часто исчезают сами за 1–2 года. Можно использовать аптечные средства с салициловой ' +
          'кислотой: распарьте кожу, снимите верхний слой пилкой и наносите ежедневно 12 недель (не на лицо). ' +
          'Не расчёсывайте бородавки, в бассейне носите шлёпанцы.',
        en:
          'Warts are harmless and often go on their own within 1–2 years. You can use an over-the-counter salicylic ' +
          'acid product: soak the skin, file the top layer and apply daily for 12 weeks (not on the face). ' +
          'Do not pick warts; wear flip-flops at the pool.',
      },
      seekCareIf: {
        ru:
          'Образование кровоточит, быстро растёт или меняет цвет, бородавки на лице или половых органах, ' +
          'их очень много, или ослаблен иммунитет.',
        en:
          'It bleeds, grows fast or changes colour, warts are on the face or genitals, there are very many, or your ' +
          'immunity is weakened.',
      },
      source: 'NICE CKS Warts and verrucae 2022',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0.05,
      toddler_1_4y: 0.5,
      child_5_11y: 2.5,
      teen_12_17y: 2,
      elderly_65y: 0.3,
    },
    likelihoods: { ...CHRONIC, ...lk`wart .95 itchy_rash .03 rash .2 genital_warts .08` },
  },
  {
    id: 'molluscum_contagiosum',
    name: { ru: 'Контагиозный моллюск', en: 'Molluscum contagiosum' },
    icd10: 'B08.1',
    system: 'skin',
    urgency: 'self_care',
    // Self-limiting in 12–18 months; eyelid lesions with a red eye or immunosuppression need review:
    // NICE CKS Molluscum contagiosum 2022.
    urgencyIf: [
      { finding: 'red_eye', urgency: 'planned' },
      { finding: 'immunosuppressed', urgency: 'planned' },
      { finding: 'spreading_redness', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru:
          'Узелки безопасны и проходят сами, обычно за 12–18 месяцев; лечение обычно не нужно. Не выдавливайте и не ' +
          'расчёсывайте их, не делитесь полотенцами и одеждой. Ребёнку можно ходить в сад, школу и бассейн. ' +
          'Если кожа вокруг зудит, помогут увлажняющие средства.',
        en:
          'The spots are harmless and clear on their own, usually within 12–18 months; treatment is usually not needed. ' +
          'Do not squeeze or scratch them, and do not share towels or clothes. Children can go to nursery, school and ' +
          'swimming. Emollients help if the surrounding skin itches.',
      },
      seekCareIf: {
        ru:
          'Узелки на веках и покраснел глаз, кожа вокруг покраснела и болит, ослаблен иммунитет, или они причиняют ' +
          'сильный дискомфорт у взрослого.',
        en:
          'Spots are on the eyelids and the eye is red, the skin around becomes red and painful, immunity is weakened, ' +
          'or they are very troublesome in an adult.',
      },
      source: 'NICE CKS Molluscum contagiosum 2022',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0.3,
      toddler_1_4y: 3,
      child_5_11y: 2.5,
      teen_12_17y: 0.3,
      elderly_65y: 0.1,
    },
    likelihoods: {
      ...CHRONIC,
      ...lk`pearly_bumps .95 rash .5 itchy_rash .25 dry_itchy_skin .2 sick_contacts .2`,
    },
  },
  {
    id: 'pityriasis_rosea',
    name: { ru: 'Розовый лишай Жибера', en: 'Pityriasis rosea' },
    icd10: 'L42',
    system: 'skin',
    urgency: 'self_care',
    // Pregnant women need review (association with miscarriage in early pregnancy): NICE CKS Pityriasis rosea 2021.
    urgencyIf: [{ finding: 'pregnant', urgency: 'planned' }],
    selfCare: {
      advice: {
        ru:
          'Сыпь безопасна, не заразна и проходит сама за 6–12 недель. Используйте увлажняющие средства, мойтесь ' +
          'тёплой (не горячей) водой без мыла, носите свободную хлопковую одежду. При зуде — антигистаминные таблетки ' +
          'без рецепта.',
        en:
          'The rash is harmless, not contagious and clears on its own within 6–12 weeks. Use emollients, wash with ' +
          'warm (not hot) water without soap, and wear loose cotton clothes. Over-the-counter antihistamines for itch.',
      },
      seekCareIf: {
        ru:
          'Вы беременны, сыпь не проходит за 12 недель, сильный зуд мешает спать, или появились язвочки на половых ' +
          'органах или сыпь на ладонях и подошвах.',
        en:
          'You are pregnant, the rash has not gone after 12 weeks, itch stops you sleeping, or you notice genital ' +
          'sores or a rash on the palms and soles.',
      },
      source: 'NICE CKS Pityriasis rosea 2021',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: { infant_0_3m: 0, infant_3_12m: 0.05, toddler_1_4y: 0.3, child_5_11y: 1, elderly_65y: 0.2 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`herald_patch .8 rash .95 itchy_rash .5 dry_itchy_skin .3 ring_shaped_rash .2 fatigue .1 fever .02`,
    },
  },
  {
    id: 'seborrhoeic_dermatitis',
    name: { ru: 'Себорейный дерматит', en: 'Seborrhoeic dermatitis' },
    icd10: 'L21.9',
    system: 'skin',
    urgency: 'self_care',
    // Sudden widespread disease can signal immunosuppression: NICE CKS Seborrhoeic dermatitis 2023.
    urgencyIf: [
      { finding: 'immunosuppressed', urgency: 'planned' },
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'spreading_redness', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru:
          'Шампунь с кетоконазолом 2 раза в неделю (оставлять на 5 минут) на голову, бороду и кожу лица, затем раз в ' +
          '1–2 недели для профилактики. Для лица — мягкое очищение без мыла и крем с кетоконазолом. Обострения бывают ' +
          'при стрессе и зимой; болезнь хроническая, но хорошо контролируется.',
        en:
          'Ketoconazole shampoo twice a week (leave on for 5 minutes) on the scalp, beard and facial skin, then every ' +
          '1–2 weeks to prevent relapse. For the face, a gentle soap-free wash and ketoconazole cream. It flares with ' +
          'stress and in winter; it is long-term but well controlled.',
      },
      seekCareIf: {
        ru:
          'Нет улучшения через 4 недели лечения, сыпь распространилась по телу, кожа мокнет, краснеет и болит, ' +
          'или сыпь появилась внезапно и обширно.',
        en:
          'No improvement after 4 weeks of treatment, the rash spreads over the body, the skin weeps, reddens and hurts, ' +
          'or it appeared suddenly over a large area.',
      },
      source: 'NICE CKS Seborrhoeic dermatitis 2023',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.1, toddler_1_4y: 0.1, child_5_11y: 0.1, teen_12_17y: 0.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`greasy_scales .9 dry_itchy_skin .4 itchy_rash .4 rash .6 crusty_eyelids .2 facial_redness .2`,
    },
  },
  {
    id: 'ingrown_toenail',
    name: { ru: 'Вросший ноготь', en: 'Ingrown toenail' },
    icd10: 'L60.0',
    system: 'skin',
    urgency: 'self_care',
    // Infection or diabetes/peripheral vascular disease need a clinician: AAFP Management of ingrown toenails 2019;
    // NICE NG19 Diabetic foot problems 2019.
    urgencyIf: [
      ...SPREADING_INFECTION,
      { finding: 'diabetes', urgency: 'planned' },
      { finding: 'pus_lump', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Делайте тёплые ванночки для стопы 10–15 минут 2–3 раза в день, затем высушите и аккуратно подложите под край ' +
          'ногтя маленький кусочек ваты или зубной нити. Носите свободную обувь. Подстригайте ногти прямо, не закругляя ' +
          'углы и не слишком коротко.',
        en:
          'Soak the foot in warm water for 10–15 minutes 2–3 times a day, dry it and gently tuck a small wisp of cotton ' +
          'or dental floss under the nail edge. Wear roomy shoes. Cut nails straight across, not too short and without ' +
          'rounding the corners.',
      },
      seekCareIf: {
        ru:
          'Появился гной, краснота распространяется на палец или стопу, поднялась температура, у вас диабет или ' +
          'плохое кровообращение в ногах, или нет улучшения через неделю.',
        en:
          'Pus appears, redness spreads over the toe or foot, you develop a fever, you have diabetes or poor circulation ' +
          'in the legs, or it is not better after a week.',
      },
      source: 'AAFP Management of ingrown toenails 2019; NICE NG19 Diabetic foot problems 2019',
    },
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: { infant_0_3m: 0.05, infant_3_12m: 0.1, toddler_1_4y: 0.2, teen_12_17y: 2, adult_18_39y: 1.5 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`toenail_fold_swelling .9 red_hot_swollen_skin .4 pus_lump .3 spreading_redness .04 fever .02 diabetes .1`,
    },
  },
  {
    id: 'paronychia',
    name: { ru: 'Паронихия (воспаление околоногтевого валика)', en: 'Paronychia (infected nail fold)' },
    icd10: 'L03.0',
    system: 'skin',
    urgency: 'self_care',
    // Without pus: warm soaks; a collection of pus needs drainage, and spreading infection or fever antibiotics:
    // NICE CKS Paronychia - acute (2021). Diabetes or weak immunity lower the bar for review.
    urgencyIf: [
      ...SPREADING_INFECTION,
      { finding: 'pus_lump', urgency: 'within_24h' },
      { finding: 'immunosuppressed', urgency: 'within_24h' },
      { finding: 'diabetes', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Держите палец в тёплой воде 10–15 минут 3–4 раза в день, потом хорошо высушите. Не срезайте и не ' +
          'выдавливайте воспалённый валик, не обкусывайте ногти и заусеницы. При боли — парацетамол или ибупрофен. ' +
          'Обычно проходит за несколько дней.',
        en:
          'Soak the finger in warm water for 10–15 minutes 3–4 times a day, then dry it well. Do not cut or squeeze ' +
          'the swollen fold, and do not bite the nails or hangnails. Paracetamol or ibuprofen for pain. It usually ' +
          'settles within a few days.',
      },
      seekCareIf: {
        ru:
          'Под кожей у ногтя виден гной (жёлтый или белый участок), краснота распространяется на палец или от него ' +
          'тянется красная полоса, поднялась температура, есть диабет или ослаблен иммунитет, или нет улучшения через 2–3 дня.',
        en:
          'You can see pus under the skin by the nail (a yellow or white area), redness spreads along the finger or a ' +
          'red line runs from it, you develop a fever, you have diabetes or weak immunity, or it is not better in 2–3 days.',
      },
      source: 'NICE CKS Paronychia - acute (2021)',
    },
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { infant_0_3m: 0.1, infant_3_12m: 0.3 },
    likelihoods: {
      ...ACUTE,
      ...lk`toenail_fold_swelling .92 red_hot_swollen_skin .6 pus_lump .45 spreading_redness .05 red_streak .02
        fever .03 diabetes .1`,
    },
  },
  {
    id: 'fungal_nail',
    name: { ru: 'Онихомикоз (грибок ногтей)', en: 'Fungal nail infection' },
    icd10: 'B35.1',
    system: 'skin',
    urgency: 'self_care',
    // Treatment is optional for mild disease; diabetes or immunosuppression warrant review: NICE CKS Fungal nail
    // infection 2022.
    urgencyIf: [
      { finding: 'diabetes', urgency: 'planned' },
      { finding: 'immunosuppressed', urgency: 'planned' },
      { finding: 'toenail_fold_swelling', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru:
          'Лёгкий грибок ногтей безопасен, лечение необязательно. Аптечный лак с аморолфином наносят 1–2 раза в неделю ' +
          '6–12 месяцев, предварительно подпилив ноготь. Держите стопы сухими, лечите одновременно грибок кожи стоп, ' +
          'не пользуйтесь чужой обувью и маникюрными инструментами.',
        en:
          'Mild fungal nail infection is harmless and treatment is optional. An over-the-counter amorolfine nail lacquer ' +
          "is applied once or twice a week for 6–12 months after filing the nail. Keep feet dry, treat athlete's foot " +
          'at the same time, and do not share shoes or nail tools.',
      },
      seekCareIf: {
        ru:
          'У вас диабет или ослаблен иммунитет, поражено много ногтей, вокруг ногтя боль и покраснение, ' +
          'или лак не помог за 6 месяцев.',
        en:
          'You have diabetes or weak immunity, many nails are affected, the skin around the nail is red and painful, ' +
          'or the lacquer has not helped after 6 months.',
      },
      source: 'NICE CKS Fungal nail infection 2022',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 0.05,
      child_5_11y: 0.1,
      teen_12_17y: 0.3,
      adult_40_64y: 1.5,
      elderly_65y: 2,
    },
    likelihoods: { ...CHRONIC, ...lk`thick_discoloured_nail .95 itchy_peeling_toes .3 diabetes .15` },
  },
  {
    id: 'rosacea',
    name: { ru: 'Розацеа', en: 'Rosacea' },
    icd10: 'L71.9',
    system: 'skin',
    // Prescription topical treatment; eye involvement with pain or reduced vision needs same-day review:
    // NICE CKS Rosacea 2022.
    urgency: 'planned',
    urgencyIf: [
      { finding: 'eye_pain', urgency: 'within_24h' },
      { finding: 'blurred_vision', urgency: 'within_24h' },
    ],
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 0,
      child_5_11y: 0.02,
      teen_12_17y: 0.1,
      adult_18_39y: 0.8,
      adult_40_64y: 1.5,
    },
    sex: { female: 1.3 },
    likelihoods: {
      ...CHRONIC,
      ...lk`facial_redness .9 pimples .5 gritty_eye .25 red_eye .2 crusty_eyelids .2 itchy_rash .1 rash .4`,
    },
  },
  {
    id: 'suspicious_mole',
    name: {
      ru: 'Изменяющаяся родинка (нужно исключить меланому)',
      en: 'Changing mole (needs a melanoma check)',
    },
    icd10: 'D48.5',
    system: 'skin',
    // A changing pigmented lesion (weighted 7-point checklist) goes on the 2-week suspected cancer pathway:
    // NICE NG12 Suspected cancer 2015 (2023 update).
    urgency: 'planned',
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 0,
      child_5_11y: 0.05,
      teen_12_17y: 0.3,
      elderly_65y: 1.5,
    },
    likelihoods: { ...CHRONIC, ...lk`changing_mole .95 itchy_rash .05 wart .05` },
  },
];
