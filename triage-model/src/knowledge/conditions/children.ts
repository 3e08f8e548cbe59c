import type { Condition } from '../types.js';
import { ACUTE, CHRONIC, INFANTS, NEWBORNS, SUBACUTE, UNDER_5S, lk } from './presets.js';

/** Infants and children: everyday problems parents ask about, and the few that must not be missed. */
export const childrenConditions: Condition[] = [
  {
    id: 'teething',
    name: { ru: 'Прорезывание зубов', en: 'Teething' },
    icd10: 'K00.7',
    system: 'paediatric',
    urgency: 'self_care',
    // Teething does not cause a fever of 38 °C or drowsiness — look for another cause: NICE CKS Teething (2019).
    urgencyIf: [
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'lethargy', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Дайте погрызть охлаждённое (не замороженное) кольцо-прорезыватель, массируйте десну чистым пальцем. При сильном беспокойстве — парацетамол или ибупрофен (с 3 месяцев и веса от 5 кг) в дозе по весу. Гели с лидокаином и салицилатами детям не рекомендуются.',
        en: 'Let the baby chew a chilled (not frozen) teething ring, rub the gum with a clean finger. If very unsettled, paracetamol or ibuprofen (from 3 months and 5 kg) dosed by weight. Gels with lidocaine or salicylates are not advised for babies.',
      },
      seekCareIf: {
        ru: 'Температура 38 °C и выше, понос, отказ от питья, сонливость или вялость — это не зубы, нужен осмотр врача.',
        en: 'A temperature of 38 °C or more, diarrhoea, refusing drinks, drowsiness or floppiness — these are not teething and need a doctor.',
      },
      source: 'NICE CKS Teething (2019)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 4,
    age: { ...UNDER_5S, infant_0_3m: 0.05, infant_3_12m: 2 },
    likelihoods: {
      ...ACUTE,
      ...lk`chewing_on_things .8 swollen_gum_tooth .6 irritability .6 sleep_problems .4 poor_feeding .15 fever .04
        high_fever .01 diarrhoea .05`,
    },
  },
  {
    id: 'nappy_rash',
    name: { ru: 'Пелёночный дерматит', en: 'Nappy rash' },
    icd10: 'L22',
    system: 'paediatric',
    urgency: 'self_care',
    // Rash beyond 3 days suggests candida; fever or blisters suggest infection: NICE CKS Nappy rash (2023).
    urgencyIf: [
      { finding: 'lasting_3_days', urgency: 'planned' },
      { finding: 'blisters', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Меняйте подгузник как можно чаще, оставляйте кожу без подгузника на несколько минут, очищайте водой или салфетками без спирта и отдушек, промакивайте насухо. Наносите защитный крем (цинк, декспантенол) при каждой смене. Не используйте тальк.',
        en: 'Change nappies as often as possible, leave the nappy off for a while, clean with water or fragrance-free, alcohol-free wipes and pat dry. Apply a barrier cream (zinc, dexpanthenol) at each change. Do not use talc.',
      },
      seekCareIf: {
        ru: 'Сыпь не проходит за 3 дня, яркие красные пятна в складках (молочница), пузыри или гнойнички, температура, ребёнок выглядит больным.',
        en: 'The rash lasts more than 3 days, bright red patches in the skin folds (thrush), blisters or pus spots, a fever, or the baby seems unwell.',
      },
      source: 'NICE CKS Nappy rash (2023)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 4,
    age: UNDER_5S,
    likelihoods: {
      ...ACUTE,
      ...lk`nappy_area_rash .95 rash .6 irritability .3 blisters .05 fever .03 itchy_rash .1`,
    },
  },
  {
    id: 'pyloric_stenosis',
    name: { ru: 'Пилоростеноз', en: 'Pyloric stenosis' },
    icd10: 'Q40.0',
    system: 'paediatric',
    // Progressive projectile vomiting at 2–8 weeks needs same-day surgical assessment for dehydration and
    // alkalosis: NICE NG1 GORD in children (2015, updated 2019) red flags.
    urgency: 'emergency_department',
    specialist: 'surgeon',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: { ...INFANTS, infant_0_3m: 2, infant_3_12m: 0.2 },
    sex: { female: 0.25 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`projectile_vomiting .9 vomiting .98 repeated_vomiting .6 hungry_after_vomiting .7 weight_loss .3
        little_urine .3 dry_mouth .3 lethargy .1 fever .03 spitting_up_feeds .3`,
    },
  },
  {
    id: 'neonatal_jaundice',
    name: { ru: 'Желтуха новорождённого', en: 'Newborn jaundice' },
    icd10: 'P59.9',
    system: 'paediatric',
    // Visible jaundice needs a bilirubin level within 6 hours; in the first 24 hours within 2 hours; pale stools
    // suggest biliary atresia: NICE CG98 Jaundice in newborn babies under 28 days (2010, updated 2023).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'jaundice_first_day', urgency: 'emergency_department' },
      { finding: 'sleepy_feeding_poorly', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
      { finding: 'fever', urgency: 'emergency_department' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 3,
    age: NEWBORNS,
    likelihoods: {
      ...ACUTE,
      lasting_10_days: 0.15,
      ...lk`jaundice .95 jaundice_first_day .1 sleepy_feeding_poorly .2 poor_feeding .25 pale_stools .05 fever .03
        lethargy .05`,
    },
  },
  {
    id: 'kawasaki_disease',
    name: { ru: 'Болезнь Кавасаки', en: 'Kawasaki disease' },
    icd10: 'M30.3',
    system: 'paediatric',
    // Fever ≥ 5 days with conjunctival injection, lip changes, rash, extremity changes or a neck node needs
    // immunoglobulin within 10 days of onset: AHA Scientific Statement on Kawasaki disease (2017).
    urgency: 'emergency_department',
    specialist: 'paediatrician',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 1,
    age: {
      ...UNDER_5S,
      infant_0_3m: 0.3,
      infant_3_12m: 1.5,
      toddler_1_4y: 2,
      child_5_11y: 0.5,
      teen_12_17y: 0.05,
    },
    sex: { female: 0.7 },
    likelihoods: {
      lasting_3_days: 0.95,
      lasting_10_days: 0.3,
      lasting_3_weeks: 0.05,
      ...lk`fever .98 high_fever .8 red_eye .85 eye_discharge .05 red_cracked_lips .8 strawberry_tongue .6 rash .8
        swollen_red_hands_feet .6 peeling_fingertips .3 swollen_lymph_nodes .6 irritability .9 poor_feeding .5`,
    },
  },
  {
    id: 'child_constipation',
    name: { ru: 'Запор у ребёнка', en: 'Constipation in a child' },
    icd10: 'K59.0',
    system: 'paediatric',
    urgency: 'self_care',
    // Red flags (vomiting with distension, weight loss, persisting problem): NICE CG99 Constipation in children and
    // young people (2010, updated 2017).
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'weight_loss', urgency: 'planned' },
      { finding: 'bloody_stool', urgency: 'planned' },
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Больше питья, овощи, фрукты (груша, слива), цельнозерновые; сажайте ребёнка на горшок 5–10 минут после еды, хвалите за попытки, не ругайте. Детям на смеси давайте между кормлениями немного кипячёной воды. Если за неделю не стало лучше — врач назначит слабительное (макрогол).',
        en: 'More drinks, vegetables, fruit (pears, prunes), wholegrains; sit the child on the toilet for 5–10 minutes after meals, praise trying, never punish. Formula-fed babies can have extra sips of cooled boiled water between feeds. If not better within a week a doctor can prescribe a laxative (macrogol).',
      },
      seekCareIf: {
        ru: 'Запор с рождения или дольше 2 недель, вздутый живот с рвотой, кровь в стуле, плохая прибавка веса, слабость в ногах, ребёнок сильно страдает от боли.',
        en: 'Constipation since birth or for more than 2 weeks, a swollen tummy with vomiting, blood in the stool, poor weight gain, weakness in the legs, or severe pain.',
      },
      source: 'NICE CG99 Constipation in children and young people (2010, updated 2017)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 4,
    age: {
      infant_0_3m: 0.2,
      toddler_1_4y: 2,
      child_5_11y: 1.5,
      teen_12_17y: 0.3,
      adult_18_39y: 0,
      adult_40_64y: 0,
      elderly_65y: 0,
    },
    likelihoods: {
      ...SUBACUTE,
      ...lk`constipation .95 hard_stools .85 painful_stools .6 stool_withholding .5 abdominal_pain .5 bloating .3
        blood_on_toilet_paper .15 loss_of_appetite .3 irritability .3`,
    },
  },
  {
    id: 'infant_reflux',
    name: { ru: 'Срыгивания (рефлюкс) у грудного ребёнка', en: 'Infant reflux' },
    icd10: 'K21.9',
    system: 'paediatric',
    urgency: 'self_care',
    // Projectile, bloody or bile-stained vomiting, poor feeding or fever are red flags: NICE NG1 GORD in children
    // and young people (2015, updated 2019).
    urgencyIf: [
      { finding: 'poor_feeding', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'projectile_vomiting', urgency: 'within_24h' },
      { finding: 'vomiting_blood', urgency: 'emergency_department' },
      { finding: 'bloody_stool', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Срыгивания у здорового малыша нормальны и проходят к году. Кормите чаще небольшими порциями, держите вертикально во время и 20–30 минут после кормления, давайте срыгнуть воздух. Продолжайте грудное вскармливание; спать — на спине, на ровной поверхности.',
        en: 'Bringing up milk is normal in a healthy baby and settles by age 1. Feed smaller amounts more often, hold the baby upright during and for 20–30 minutes after feeds, wind well. Keep breastfeeding; always sleep on the back on a flat surface.',
      },
      seekCareIf: {
        ru: 'Рвота «фонтаном», зелёная или с кровью, отказ от еды, плохая прибавка веса, температура, вялость, плач при каждом кормлении или срыгивания начались после 6 месяцев.',
        en: 'Projectile, green or bloody vomit, refusing feeds, poor weight gain, a fever, floppiness, crying at every feed, or reflux starting after 6 months.',
      },
      source: 'NICE NG1 GORD in children and young people (2015, updated 2019)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 4,
    age: { ...INFANTS, infant_0_3m: 1.5 },
    likelihoods: {
      ...CHRONIC,
      ...lk`spitting_up_feeds .95 back_arching_feeds .4 irritability .4 vomiting .3 repeated_vomiting .03
        projectile_vomiting .03 poor_feeding .1 cough .15`,
    },
  },
  {
    id: 'child_uti',
    name: { ru: 'Инфекция мочевых путей у ребёнка', en: 'Urinary tract infection in a child' },
    icd10: 'N39.0',
    system: 'paediatric',
    // A child needs a urine test the same day; under 3 months refer to a paediatrician now: NICE NG224
    // Urinary tract infection in under 16s (2022).
    urgency: 'within_24h',
    urgencyOverrides: [{ maxAgeMonths: 3, urgency: 'emergency_department' }],
    urgencyIf: [
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'lethargy', urgency: 'emergency_department' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: {
      infant_3_12m: 1.5,
      toddler_1_4y: 1.5,
      teen_12_17y: 0.5,
      adult_18_39y: 0,
      adult_40_64y: 0,
      elderly_65y: 0,
    },
    sex: { male: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`fever .7 high_fever .35 painful_urination .45 frequent_urination .45 smelly_urine .4 cloudy_urine .3
        abdominal_pain .4 vomiting .3 irritability .4 poor_feeding .3 lethargy .05 flank_pain .1`,
    },
  },
  {
    id: 'viral_induced_wheeze',
    name: { ru: 'Вирусиндуцированная бронхиальная обструкция', en: 'Viral-induced wheeze' },
    icd10: 'R06.2',
    system: 'paediatric',
    urgency: 'within_24h',
    // Recession, breathlessness at rest, a failing reliever or cyanosis = severe or life-threatening:
    // BTS/SIGN 158 British guideline on asthma (2019), children's section.
    urgencyIf: [
      { finding: 'chest_recession', urgency: 'emergency_department' },
      { finding: 'severe_breathlessness', urgency: 'emergency_department' },
      { finding: 'reliever_not_helping', urgency: 'emergency_department' },
      { finding: 'blue_lips', urgency: 'ambulance' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 3,
    age: { ...UNDER_5S, infant_0_3m: 0, infant_3_12m: 0.5, toddler_1_4y: 2, child_5_11y: 0.5 },
    likelihoods: {
      ...ACUTE,
      ...lk`wheeze .95 cough .85 breathlessness .6 runny_nose .7 fever .35 high_fever .05 fast_breathing .4
        chest_recession .15 sick_contacts .4 night_cough .4 reliever_not_helping .05`,
    },
  },
  {
    id: 'umbilical_granuloma',
    name: { ru: 'Гранулёма пупка', en: 'Umbilical granuloma' },
    icd10: 'P83.6',
    system: 'paediatric',
    // Treated with table salt or silver nitrate by a clinician; spreading redness = omphalitis:
    // NICE CKS Umbilical granuloma (2021).
    urgency: 'planned',
    urgencyIf: [
      { finding: 'umbilical_redness', urgency: 'emergency_department' },
      { finding: 'fever', urgency: 'emergency_department' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...NEWBORNS, infant_3_12m: 0.3 },
    likelihoods: { ...SUBACUTE, ...lk`umbilical_moist_lump .95 umbilical_redness .03 fever .02` },
  },
  {
    id: 'cradle_cap',
    name: { ru: 'Себорейный дерматит волосистой части головы у младенца', en: 'Cradle cap' },
    icd10: 'L21.0',
    system: 'paediatric',
    urgency: 'self_care',
    // Spreading redness or a rash beyond the scalp needs review: NICE CKS Seborrhoeic dermatitis (2023).
    urgencyIf: [
      { finding: 'spreading_redness', urgency: 'within_24h' },
      { finding: 'itchy_rash', urgency: 'planned' },
    ],
    selfCare: {
      advice: {
        ru: 'Это безвредно и проходит само за несколько месяцев. Мойте голову детским шампунем, на ночь смягчайте корочки детским маслом или эмолентом и утром аккуратно вычёсывайте мягкой щёткой. Не сдирайте корочки.',
        en: 'It is harmless and clears by itself within months. Wash the hair with baby shampoo, soften the scales overnight with baby oil or an emollient, and gently brush them off in the morning. Do not pick them.',
      },
      seekCareIf: {
        ru: 'Кожа покраснела, мокнет, кровит или стала горячей и отёчной, сыпь перешла на лицо и тело или сильно зудит.',
        en: 'The skin becomes red, weeping, bleeding, hot or swollen, or the rash spreads to the face and body or itches a lot.',
      },
      source: 'NICE CKS Seborrhoeic dermatitis (2023)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 3,
    age: { ...INFANTS, infant_0_3m: 1.5 },
    likelihoods: { ...CHRONIC, ...lk`cradle_cap_scales .95 rash .2 itchy_rash .05 dry_itchy_skin .1` },
  },
  {
    id: 'transient_synovitis',
    name: { ru: 'Транзиторный синовит тазобедренного сустава', en: 'Irritable hip (transient synovitis)' },
    icd10: 'M67.3',
    system: 'paediatric',
    // A limping child needs same-day examination; fever or a hot joint suggests septic arthritis:
    // NICE CKS Acute childhood limp (2021); Kocher criteria (1999).
    urgency: 'within_24h',
    urgencyIf: [
      { finding: 'high_fever', urgency: 'emergency_department' },
      { finding: 'hot_swollen_joint', urgency: 'emergency_department' },
    ],
    specialist: 'paediatrician',
    remoteSuitable: false,
    consultFormat: 'in_person',
    prevalence: 2,
    age: {
      infant_0_3m: 0,
      infant_3_12m: 0,
      toddler_1_4y: 1.5,
      child_5_11y: 2,
      teen_12_17y: 0.2,
      adult_18_39y: 0,
      adult_40_64y: 0,
      elderly_65y: 0,
    },
    sex: { male: 2 },
    likelihoods: {
      ...ACUTE,
      ...lk`limp .9 hip_pain .6 knee_pain .2 runny_nose .3 sick_contacts .2 fever .1 high_fever .01
        hot_swollen_joint .02 joint_pain .5`,
    },
  },
  {
    id: 'blocked_tear_duct',
    name: { ru: 'Непроходимость носослёзного канала', en: 'Blocked tear duct in a baby' },
    icd10: 'Q10.5',
    system: 'paediatric',
    urgency: 'self_care',
    // Red eye, swelling at the inner corner or fever = conjunctivitis or dacryocystitis:
    // NICE CKS Conjunctivitis - infective (2022); AAPOS Nasolacrimal duct obstruction (2022).
    urgencyIf: [
      { finding: 'red_eye', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'red_hot_swollen_skin', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Протирайте глаз ватным диском, смоченным остывшей кипячёной водой, от внешнего угла к носу, отдельным диском для каждого глаза. Врач может показать массаж слёзного мешка. Обычно проходит к году.',
        en: 'Wipe the eye with cotton wool dipped in cooled boiled water, from the inner corner outwards, with a fresh piece for each eye. A doctor can show you how to massage the tear sac. It usually clears by age 1.',
      },
      seekCareIf: {
        ru: 'Покраснел белок глаза или веки, припухлость у внутреннего угла глаза, температура, или не прошло к году.',
        en: 'The white of the eye or the eyelids turn red, a swelling appears at the inner corner, a fever, or it has not cleared by age 1.',
      },
      source: 'AAPOS Nasolacrimal duct obstruction in children (2022)',
    },
    specialist: 'ophthalmologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: { ...INFANTS, infant_0_3m: 1.5 },
    likelihoods: { ...CHRONIC, ...lk`sticky_eye_since_birth .9 eye_discharge .6 red_eye .05 fever .01` },
  },
  {
    id: 'umbilical_hernia',
    name: { ru: 'Пупочная грыжа у ребёнка', en: 'Umbilical hernia in a child' },
    icd10: 'K42.9',
    system: 'paediatric',
    urgency: 'self_care',
    // Most close by 3 years; one still there after that is referred for elective repair: BAPS/RCS Commissioning
    // guide Paediatric umbilical hernia (2015).
    urgencyOverrides: [{ minAgeMonths: 36, urgency: 'planned' }],
    // A tender, hard, discoloured hernia with vomiting = incarceration (emergency): BAPS/RCS Commissioning guide
    // Paediatric umbilical hernia (2015).
    urgencyIf: [
      { finding: 'repeated_vomiting', urgency: 'emergency_department' },
      { finding: 'high_pitched_cry', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Лечение обычно не нужно: большинство пупочных грыж закрываются сами к 4–5 годам. Не заклеивайте пупок пластырем и не прикладывайте монеты.',
        en: 'Usually no treatment is needed: most umbilical hernias close by themselves by age 4–5. Do not tape the belly button or press a coin on it.',
      },
      seekCareIf: {
        ru: 'Грыжа стала твёрдой, болезненной, покраснела или посинела, не вправляется, есть рвота — срочно; или сохраняется после 4–5 лет — планово.',
        en: 'It becomes hard, painful, red or dark, cannot be pushed back, or there is vomiting — urgently; or it is still there after age 4–5 — routinely.',
      },
      source: 'BAPS/RCS Commissioning guide: Paediatric umbilical hernia (2015)',
    },
    specialist: 'surgeon',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 2,
    age: { ...UNDER_5S, infant_3_12m: 1.5, child_5_11y: 0.2 },
    likelihoods: { ...CHRONIC, ...lk`umbilical_bulge .95 irritability .05 repeated_vomiting .01` },
  },
  {
    id: 'breath_holding_spells',
    name: { ru: 'Аффективно-респираторные приступы', en: 'Breath-holding spells' },
    icd10: 'R06.8',
    system: 'paediatric',
    // A first spell needs assessment (ECG, iron deficiency); a seizure without a trigger is not a breath-holding
    // spell: NICE CG109 Transient loss of consciousness (2010, updated 2023).
    urgency: 'planned',
    urgencyIf: [{ finding: 'seizure', urgency: 'emergency_department' }],
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 2,
    age: { ...UNDER_5S, infant_0_3m: 0, infant_3_12m: 0.5, toddler_1_4y: 2, child_5_11y: 0.3 },
    likelihoods: {
      ...CHRONIC,
      ...lk`breath_holding .95 fainting .4 pale_skin .3 irritability .5 sudden_onset .7`,
    },
  },
];
