import type { Condition } from '../types.js';
import {
  ACUTE,
  CHILDREN,
  CHRONIC,
  FEMALE_ONLY,
  HOURS,
  SUBACUTE,
  WOMEN_OF_CHILDBEARING_AGE,
  lk,
} from './presets.js';

const NO_UNDER_5S = { infant_0_3m: 0, infant_3_12m: 0, toddler_1_4y: 0 } as const;
const NO_INFANTS = { infant_0_3m: 0, infant_3_12m: 0 } as const;
const AFTER_BIRTH = { age: WOMEN_OF_CHILDBEARING_AGE, sex: FEMALE_ONLY } as const;

/**
 * Everyday benign complaints that are looked after at home, each with when it stops being enough. Without them the
 * checker could only offer a look-alike that needs a doctor.
 */
export const everydaySelfCareConditions: Condition[] = [
  {
    id: 'hiccups',
    name: { ru: 'Икота', en: 'Hiccups' },
    icd10: 'R06.6',
    system: 'general',
    // Hiccups lasting over 48 hours are persistent and need a cause looked for (NHS Hiccups 2023).
    urgency: 'self_care',
    urgencyIf: [{ finding: 'lasting_3_days', urgency: 'planned' }],
    selfCare: {
      advice: {
        ru: 'Икота почти всегда проходит сама за минуты или часы. Можно медленно выпить стакан холодной воды, задержать дыхание, подышать в бумажный пакет, подтянуть колени к груди. Не переедайте, меньше газировки и алкоголя.',
        en: 'Hiccups almost always stop by themselves within minutes or hours. Try sipping ice-cold water, holding your breath, breathing into a paper bag or pulling your knees up to your chest. Avoid big meals, fizzy drinks and alcohol.',
      },
      seekCareIf: {
        ru: 'Икота длится больше 2 суток, мешает есть, спать или дышать; появились боль в груди, одышка, рвота, слабость, онемение или нарушение речи.',
        en: 'Hiccups last over 48 hours or stop you eating, sleeping or breathing properly; or come with chest pain, breathlessness, vomiting, weakness, numbness or slurred speech.',
      },
      source: 'NHS Hiccups 2023',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    likelihoods: { ...HOURS, ...lk`hiccups .98 drank_alcohol_heavily .1 heartburn .1 bloating .1` },
  },
  {
    id: 'halitosis',
    name: { ru: 'Неприятный запах изо рта (галитоз)', en: 'Bad breath (halitosis)' },
    icd10: 'R19.6',
    system: 'mouth_teeth',
    // Mostly from the mouth and cured by oral hygiene; the dentist if it persists or the gums bleed
    // (NHS Bad breath 2023; NICE CKS Gingivitis and periodontitis 2023).
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'facial_swelling', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Чистите зубы 2 раза в день по 2 минуты и очищайте язык, раз в день — зубная нить или ёршик между зубами. Пейте воду, меньше сладкого, кофе, алкоголя, лука и чеснока; бросьте курить. Жвачка и ополаскиватель только маскируют запах.',
        en: 'Brush your teeth twice a day for 2 minutes and clean your tongue; floss or use interdental brushes once a day. Drink water, cut down on sugar, coffee, alcohol, onion and garlic, and stop smoking. Gum and mouthwash only mask the smell.',
      },
      seekCareIf: {
        ru: 'Запах не проходит несколько недель при хорошей гигиене (покажитесь стоматологу), дёсны кровоточат или болят, шатаются зубы, болит зуб, отёк щеки или температура.',
        en: 'The smell lasts weeks despite good brushing (see a dentist), your gums bleed or hurt, teeth are loose, a tooth aches, your cheek swells or you have a fever.',
      },
      source: 'NHS Bad breath 2023',
    },
    specialist: 'dentist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: { ...NO_INFANTS, toddler_1_4y: 0.2 },
    likelihoods: { ...CHRONIC, ...lk`bad_breath .95 bad_taste_mouth .4 smoker .3 tooth_pain .03` },
  },
  {
    id: 'friction_blister',
    name: { ru: 'Натёртый пузырь (водянка)', en: 'Friction blister' },
    icd10: 'T14.0',
    system: 'skin',
    // Left intact to heal in days; infection or a blister on the foot of someone with diabetes needs a clinician
    // (NHS Blisters 2023; NICE NG19 Diabetic foot problems 2015, updated 2019).
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'diabetes', urgency: 'planned' },
      { finding: 'spreading_redness', urgency: 'within_24h' },
      { finding: 'red_streak', urgency: 'within_24h' },
      { finding: 'pus_lump', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Не прокалывайте пузырь: кожа над ним защищает от инфекции. Закройте мягким пластырем или гидроколлоидным («пластырь от мозолей»), уберите то, что натёрло. Если лопнул — промойте водой, не срезайте кожу, закройте пластырем. Заживает за 3–7 дней.',
        en: 'Do not pop it: the skin over it keeps infection out. Cover it with a soft plaster or a hydrocolloid blister plaster and stop the rubbing. If it bursts, wash it with water, leave the skin on and cover it. It heals in 3–7 days.',
      },
      seekCareIf: {
        ru: 'Покраснение расползается, кожа горячая, гной, красная полоса или температура; пузыри без понятной причины, от ожога или на стопе при диабете или плохом кровообращении.',
        en: 'Redness spreads, the skin is hot, there is pus, a red line or a fever; blisters appear for no reason, are from a burn, or are on the foot of someone with diabetes or poor circulation.',
      },
      source: 'NHS Blisters 2023',
    },
    specialist: 'therapist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: { infant_0_3m: 0, infant_3_12m: 0.1 },
    likelihoods: { ...ACUTE, ...lk`friction_blister .95 blisters .9 rash .02 itchy_rash .03` },
  },
  {
    id: 'corn_callus',
    name: { ru: 'Мозоль, натоптыш', en: 'Corn or callus' },
    icd10: 'L84',
    system: 'skin',
    // Pressure relief, soaking and filing; people with diabetes or poor circulation see a podiatrist and do not
    // self-treat (NHS Corns and calluses 2023; NICE NG19 Diabetic foot problems 2015, updated 2019).
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'diabetes', urgency: 'planned' },
      { finding: 'spreading_redness', urgency: 'within_24h' },
      { finding: 'pus_lump', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Носите удобную обувь по размеру с мягкой стелькой, используйте мягкие подушечки на мозоль. Распаривайте кожу в тёплой воде и аккуратно обрабатывайте пемзой или пилкой, затем увлажняющий крем. Не срезайте мозоль сами.',
        en: 'Wear roomy, well-fitting shoes with soft insoles and use soft corn pads. Soak the skin in warm water, gently file it with a pumice stone or foot file, then moisturise. Do not cut it yourself.',
      },
      seekCareIf: {
        ru: 'У вас диабет или плохое кровообращение в ногах (к подологу, не лечите сами), мозоль кровоточит, появились гной, покраснение или сильная боль, или она не проходит несмотря на уход.',
        en: 'You have diabetes or poor circulation in your feet (see a podiatrist, do not treat it yourself), it bleeds, there is pus, redness or severe pain, or it does not get better with care.',
      },
      source: 'NHS Corns and calluses 2023',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: { ...NO_UNDER_5S, child_5_11y: 0.2, elderly_65y: 1.5 },
    likelihoods: { ...CHRONIC, ...lk`corn_callus .95 cannot_bear_weight .02` },
  },
  {
    id: 'tmj_dysfunction',
    name: {
      ru: 'Дисфункция височно-нижнечелюстного сустава',
      en: 'Temporomandibular disorder (jaw joint pain)',
    },
    icd10: 'K07.6',
    system: 'mouth_teeth',
    // Self-managed with soft food, rest, heat and painkillers; a dentist for teeth grinding if it lasts
    // (NHS Temporomandibular disorder 2023).
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'trismus', urgency: 'planned' },
      { finding: 'facial_swelling', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Мягкая пища, мелкие кусочки, не жуйте жвачку и не открывайте рот широко. Тёплый компресс или холод на сустав, ибупрофен или парацетамол. Старайтесь не сжимать зубы, расслабляйте челюсть; при стрессе помогают техники расслабления.',
        en: 'Eat soft food in small pieces, avoid chewing gum and opening wide. A warm or cold pack on the joint, ibuprofen or paracetamol. Try not to clench your teeth and relax your jaw; relaxation techniques help with stress.',
      },
      seekCareIf: {
        ru: 'Не проходит за 2 недели, больно есть и пить, челюсть заклинило и рот не открывается, отёк лица, температура; скрипите зубами ночью (стоматолог подберёт капу).',
        en: 'It has not improved in 2 weeks, eating or drinking hurts, the jaw locks and will not open, your face swells or you have a fever; or you grind your teeth at night (a dentist can fit a mouth guard).',
      },
      source: 'NHS Temporomandibular disorder (TMD) 2023',
    },
    specialist: 'dentist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: { ...NO_UNDER_5S, child_5_11y: 0.05, teen_12_17y: 0.5 },
    sex: { female: 2 },
    likelihoods: {
      ...CHRONIC,
      ...lk`jaw_clicking_aching .95 recent_stress .5 headache .2 ear_pain .15 tooth_pain .1`,
    },
  },
  {
    id: 'angular_cheilitis',
    name: { ru: 'Ангулярный хейлит (заеды)', en: 'Angular cheilitis' },
    icd10: 'K13.0',
    system: 'mouth_teeth',
    // Barrier cream, and an antifungal (miconazole) cream from the pharmacy; dentures cleaned and checked
    // (NICE CKS Angular cheilitis 2022).
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'honey_crusts', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Защитный крем или вазелин на уголки рта, не облизывайте губы. Противогрибковый крем с миконазолом из аптеки 2 раза в день до 10 дней. Зубные протезы чистите и снимайте на ночь.',
        en: 'A barrier cream or petroleum jelly on the corners of the mouth; do not lick your lips. Miconazole antifungal cream from a pharmacy twice a day for up to 10 days. Clean dentures well and take them out at night.',
      },
      seekCareIf: {
        ru: 'Не проходит за 2 недели лечения, медово-жёлтые корки (импетиго), трещины распространяются, часто повторяются, или плохо сидят протезы.',
        en: 'It has not cleared after 2 weeks of treatment, there are honey-coloured crusts (impetigo), it spreads or keeps coming back, or dentures fit poorly.',
      },
      source: 'NICE CKS Angular cheilitis 2022',
    },
    specialist: 'dentist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: { ...NO_INFANTS, elderly_65y: 2 },
    likelihoods: { ...SUBACUTE, ...lk`cracked_mouth_corners .95 mouth_ulcers .05 white_patches_mouth .05` },
  },
  {
    id: 'pityriasis_versicolor',
    name: { ru: 'Отрубевидный (разноцветный) лишай', en: 'Pityriasis versicolor' },
    icd10: 'B36.0',
    system: 'skin',
    // Ketoconazole 2% shampoo from the pharmacy on the skin; colour returns over months
    // (NICE CKS Pityriasis versicolor 2021).
    urgency: 'self_care',
    urgencyIf: [{ finding: 'immunosuppressed', urgency: 'planned' }],
    selfCare: {
      advice: {
        ru: 'Шампунь с кетоконазолом 2 % (аптека): нанести на кожу с пятнами, смыть через 5 минут, ежедневно 5 дней. Цвет кожи выравнивается за несколько месяцев. Пятна часто возвращаются летом — тогда можно повторять курс.',
        en: 'Ketoconazole 2% shampoo from a pharmacy: apply to the patches, rinse off after 5 minutes, daily for 5 days. The skin colour evens out over a few months. It often comes back in summer; the course can be repeated.',
      },
      seekCareIf: {
        ru: 'Не помогло лечение, пятна большие или быстро распространяются, часто возвращаются, или у вас ослаблен иммунитет.',
        en: 'Treatment has not worked, the patches are large or spreading fast, it keeps coming back, or your immune system is weakened.',
      },
      source: 'NICE CKS Pityriasis versicolor 2021',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: { ...NO_UNDER_5S, child_5_11y: 0.2, elderly_65y: 0.3 },
    likelihoods: {
      ...SUBACUTE,
      ...lk`pale_patches_skin .95 rash .6 dry_itchy_skin .3 itchy_rash .2 ring_shaped_rash .05`,
    },
  },
  {
    id: 'keratosis_pilaris',
    name: { ru: 'Фолликулярный кератоз', en: 'Keratosis pilaris' },
    icd10: 'L85.8',
    system: 'skin',
    // Harmless and lifelong; emollients with urea or lactic/salicylic acid (NHS Keratosis pilaris 2023).
    urgency: 'self_care',
    selfCare: {
      advice: {
        ru: 'Это безвредная особенность кожи. Ежедневно увлажняющий крем, лучше с мочевиной (5–10 %) или молочной/салициловой кислотой; тёплая, не горячая вода, мягкое мыло, без жёстких мочалок. Зимой обычно хуже, летом лучше.',
        en: 'It is a harmless skin type. Moisturise every day, ideally with a cream containing urea (5–10%) or lactic or salicylic acid; use warm, not hot, water and mild soap, and do not scrub. It is usually worse in winter.',
      },
      seekCareIf: {
        ru: 'Кожа сильно воспалена, краснеет, чешется или гноится, или вас очень беспокоит внешний вид (дерматолог может назначить более сильные средства).',
        en: 'The skin is very inflamed, red, itchy or has pus, or its look really bothers you (a dermatologist can prescribe stronger creams).',
      },
      source: 'NHS Keratosis pilaris 2023',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: { infant_0_3m: 0, infant_3_12m: 0.2, teen_12_17y: 2 },
    likelihoods: { ...CHRONIC, ...lk`goosebump_bumps .95 dry_itchy_skin .4 rash .4 itchy_rash .1` },
  },
  {
    id: 'dermographism',
    name: { ru: 'Дермографизм (дермографическая крапивница)', en: 'Dermographism (skin writing)' },
    icd10: 'L50.3',
    system: 'skin',
    // A physical urticaria: a non-drowsy antihistamine if it bothers; swelling of the lips or tongue is
    // angioedema (NICE CKS Urticaria 2023; BAD Urticaria 2021).
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'lip_tongue_swelling', urgency: 'emergency_department' },
      { finding: 'throat_tightness', urgency: 'ambulance' },
    ],
    selfCare: {
      advice: {
        ru: 'Это безопасная форма крапивницы. Не расчёсывайте и не трите кожу, носите свободную одежду, избегайте горячего душа. При зуде — неседативный антигистаминный препарат (цетиризин, лоратадин) из аптеки.',
        en: 'It is a harmless type of hives. Avoid scratching and rubbing the skin, wear loose clothes and avoid hot showers. For itching, a non-drowsy antihistamine (cetirizine, loratadine) from a pharmacy.',
      },
      seekCareIf: {
        ru: 'Отёк губ, языка или век, затруднение дыхания или глотания — скорая; сыпь появляется сама без трения, не проходит больше 6 недель или антигистаминные не помогают.',
        en: 'Swelling of the lips, tongue or eyelids, difficulty breathing or swallowing: call an ambulance. See a doctor if hives appear without rubbing, last over 6 weeks or antihistamines do not help.',
      },
      source: 'NICE CKS Urticaria 2023',
    },
    specialist: 'allergist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: { ...NO_INFANTS, toddler_1_4y: 0.2, adult_18_39y: 1.5 },
    likelihoods: { ...SUBACUTE, ...lk`skin_writing .95 itchy_rash .8 rash .5 itching_all_over .2` },
  },
  {
    id: 'growing_pains',
    name: { ru: 'Ночные «боли роста» у ребёнка', en: 'Growing pains (benign night leg pains of childhood)' },
    icd10: 'M79.6',
    system: 'musculoskeletal',
    // Both legs, at night, well by day with no limp: reassurance and massage. Pain by day, a limp, one leg,
    // swelling, fever, weight loss or bruising needs a doctor (RCH Melbourne Kids Health Info: Growing pains
    // 2018; NICE NG12 Suspected cancer 2015, updated 2023: unexplained bone pain, bruising in children).
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'limp', urgency: 'planned' },
      { finding: 'joint_pain', urgency: 'planned' },
      { finding: 'hot_swollen_joint', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'weight_loss', urgency: 'within_24h' },
      { finding: 'night_sweats', urgency: 'within_24h' },
      { finding: 'bruising', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Это безвредные боли, проходят с возрастом. Помассируйте ноги, приложите тёплую грелку, при сильной боли — ибупрофен или парацетамол по возрасту. Растяжка икр перед сном и активные дни не вредят.',
        en: 'These pains are harmless and are outgrown. Rub the legs, use a warm (not hot) pack, and give age-appropriate ibuprofen or paracetamol if the pain is bad. Stretching the calves before bed can help; being active does no harm.',
      },
      seekCareIf: {
        ru: 'Боль днём или по утрам, в одной ноге или в суставе, хромота, отёк или покраснение, температура, ребёнок худеет, бледный, вялый, появились синяки без причины, или боль будит каждую ночь и усиливается.',
        en: 'Pain during the day or in the morning, in one leg or in a joint, a limp, swelling or redness, a fever, weight loss, paleness, tiredness, unexplained bruises, or pain that wakes the child every night and gets worse.',
      },
      source:
        'RCH Melbourne Kids Health Info: Growing pains 2018; NICE NG12 Suspected cancer 2015 (updated 2023)',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: { ...CHILDREN, toddler_1_4y: 0.5, child_5_11y: 2, teen_12_17y: 0.2 },
    likelihoods: { ...SUBACUTE, ...lk`night_leg_pains_child .95 leg_pain_calf .3 limp .02 joint_pain .05` },
  },
  {
    id: 'postpartum_hair_shedding',
    name: {
      ru: 'Выпадение волос после родов (телогеновая алопеция)',
      en: 'Hair shedding after childbirth (telogen effluvium)',
    },
    icd10: 'L65.0',
    system: 'skin',
    // Shedding 2–4 months after a birth, illness or stress regrows within 6–12 months; bald patches, scarring or
    // tiredness point elsewhere (NHS Hair loss 2023; BAD Telogen effluvium 2021).
    urgency: 'self_care',
    urgencyIf: [{ finding: 'fatigue', urgency: 'planned' }],
    selfCare: {
      advice: {
        ru: 'Усиленное выпадение через 2–4 месяца после родов, болезни или стресса — нормальная реакция: волосы отрастут за 6–12 месяцев. Полноценное питание с белком и железом, мягкий уход, без тугих причёсок и горячей укладки.',
        en: 'Heavy shedding 2–4 months after a birth, an illness or stress is a normal reaction: the hair grows back within 6–12 months. Eat well with enough protein and iron, treat your hair gently and avoid tight styles and hot styling.',
      },
      seekCareIf: {
        ru: 'Появились залысины или круглые очаги облысения, кожа головы зудит, шелушится или болит, выпадение длится больше 6 месяцев, или есть слабость, утомляемость, выпадение с нарушением цикла (проверить железо и щитовидную железу).',
        en: 'Bald patches or round bald spots, an itchy, scaly or painful scalp, shedding for over 6 months, or tiredness, weakness or period changes as well (iron and thyroid checks).',
      },
      source: 'NHS Hair loss 2023; BAD Telogen effluvium 2021',
    },
    specialist: 'dermatologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: { ...NO_UNDER_5S, child_5_11y: 0.1, teen_12_17y: 0.5, adult_18_39y: 2, elderly_65y: 0.5 },
    sex: { male: 0.3 },
    likelihoods: { ...SUBACUTE, ...lk`hair_shedding .95 recently_gave_birth .4 recent_stress .3 fatigue .1` },
  },
  {
    id: 'baby_blues',
    name: { ru: 'Послеродовая хандра («baby blues»)', en: 'Baby blues' },
    icd10: 'O90.6',
    system: 'pregnancy',
    // Tearfulness in the first 10 days after birth passes within 2 weeks; lasting low mood is assessed for
    // postnatal depression, confusion or hallucinations for psychosis (NICE CG192 Antenatal and postnatal mental
    // health 2014, updated 2020).
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'lasting_3_weeks', urgency: 'planned' },
      { finding: 'anhedonia', urgency: 'planned' },
      { finding: 'self_harm_thoughts', urgency: 'emergency_department' },
      { finding: 'hearing_voices', urgency: 'emergency_department' },
      { finding: 'confusion', urgency: 'emergency_department' },
    ],
    selfCare: {
      advice: {
        ru: 'Плаксивость и тревога в первые дни после родов бывают у большинства мам и проходят за 1–2 недели. Спите, когда спит малыш, принимайте помощь близких, ешьте регулярно, расскажите партнёру или подруге о своих чувствах.',
        en: 'Feeling weepy and anxious in the first days after birth happens to most new mothers and passes within 1–2 weeks. Sleep when the baby sleeps, accept help, eat regularly and tell your partner or a friend how you feel.',
      },
      seekCareIf: {
        ru: 'Настроение не улучшается через 2 недели или ухудшается, ничего не радует, не можете заботиться о себе или малыше; мысли навредить себе или ребёнку, странные мысли, голоса, спутанность — срочно, 103/112.',
        en: 'Low mood lasts beyond 2 weeks or gets worse, nothing gives you pleasure, you cannot look after yourself or the baby; thoughts of harming yourself or the baby, strange beliefs, hearing voices or confusion: urgently, call 103/112.',
      },
      source: 'NICE CG192 Antenatal and postnatal mental health 2014 (updated 2020)',
    },
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    ...AFTER_BIRTH,
    likelihoods: {
      ...ACUTE,
      ...lk`weepy_after_birth .95 recently_gave_birth .98 low_mood .4 worry .5 sleep_problems .4 breastfeeding .7`,
    },
  },
  {
    id: 'breast_engorgement',
    name: { ru: 'Нагрубание молочных желёз', en: 'Breast engorgement' },
    icd10: 'O92.2',
    system: 'pregnancy',
    // Frequent feeding and a good latch; fever or a red, hot wedge of breast is mastitis (NICE CKS Mastitis and
    // breast abscess 2021; NHS Breastfeeding problems 2023).
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'fever', urgency: 'within_24h' },
      { finding: 'breast_red_painful', urgency: 'within_24h' },
      { finding: 'pus_lump', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Кормите часто (8–12 раз в сутки) и по требованию, проверьте захват. Перед кормлением — тёплый душ или немного сцедите молоко рукой, чтобы смягчить ареолу; после — холод на 10–15 минут. Можно ибупрофен или парацетамол.',
        en: 'Feed often (8–12 times a day) and on demand, and check the latch. Before a feed, a warm shower or hand-expressing a little softens the areola; after it, a cold pack for 10–15 minutes. Ibuprofen or paracetamol are safe.',
      },
      seekCareIf: {
        ru: 'Температура, озноб, красный горячий болезненный участок груди, уплотнение не проходит больше суток, гной, или малыш не может приложиться и плохо ест.',
        en: 'A fever or chills, a red, hot, painful area of the breast, a lump that lasts over a day, pus, or the baby cannot latch or is feeding poorly.',
      },
      source: 'NICE CKS Mastitis and breast abscess 2021; NHS Breastfeeding problems 2023',
    },
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    ...AFTER_BIRTH,
    likelihoods: {
      ...HOURS,
      ...lk`breasts_engorged .95 recently_gave_birth .95 breastfeeding .95 breast_red_painful .15 fever .02`,
    },
  },
  {
    id: 'missed_contraceptive_pill',
    name: { ru: 'Пропуск противозачаточной таблетки', en: 'Missed contraceptive pill' },
    icd10: 'Z30.4',
    system: 'urinary',
    // One missed combined pill (up to 48 hours late): take it now and go on, no extra precautions or emergency
    // contraception; two or more, or a progestogen-only pill over 3 hours late, need more (FSRH CEU Combined
    // hormonal contraception 2019, amended 2023).
    urgency: 'self_care',
    urgencyIf: [{ finding: 'pregnant', urgency: 'planned' }],
    selfCare: {
      advice: {
        ru: 'Одна пропущенная комбинированная таблетка (опоздание до 48 часов): выпейте её сейчас, даже если это 2 таблетки за день, и продолжайте как обычно — защита сохраняется, экстренная контрацепция не нужна. Мини-пили: опоздание больше 3 часов (дезогестрел — 12) — выпейте сейчас и 2 дня используйте презерватив.',
        en: 'One missed combined pill (up to 48 hours late): take it now, even if that means two in one day, and carry on as usual; you are still protected and do not need emergency contraception. Progestogen-only pill over 3 hours late (desogestrel 12): take it now and use condoms for 2 days.',
      },
      seekCareIf: {
        ru: 'Пропущено 2 таблетки и больше, особенно в первую неделю упаковки после секса без презерватива (экстренная контрацепция в течение 72–120 часов — аптека или врач), была рвота в течение 3 часов после таблетки, или задержка месячных.',
        en: 'Two or more pills missed, especially in the first week of a pack after sex without a condom (emergency contraception within 72–120 hours: a pharmacy or doctor), vomiting within 3 hours of a pill, or a late period.',
      },
      source: 'FSRH CEU Combined hormonal contraception 2019 (amended 2023)',
    },
    specialist: 'gynaecologist',
    remoteSuitable: true,
    consultFormat: 'chat',
    prevalence: 1,
    age: WOMEN_OF_CHILDBEARING_AGE,
    sex: FEMALE_ONLY,
    likelihoods: { ...HOURS, ...lk`missed_pill .98 missed_medication .6` },
  },
  {
    id: 'night_terrors',
    name: { ru: 'Ночные страхи (парасомния)', en: 'Night terrors' },
    icd10: 'F51.4',
    system: 'paediatric',
    // Harmless and outgrown; do not wake the child, keep them safe. Jerking, stiffening, a bitten tongue, wetting or
    // episodes in the day point to seizures (NHS Night terrors and nightmares 2023; NICE NG217 Epilepsies 2022).
    urgency: 'self_care',
    urgencyIf: [
      { finding: 'jerking_while_unresponsive', urgency: 'within_24h' },
      { finding: 'apnoea', urgency: 'within_24h' },
      { finding: 'fever', urgency: 'within_24h' },
    ],
    selfCare: {
      advice: {
        ru: 'Ночные страхи безвредны и проходят с возрастом. Не будите ребёнка и не пытайтесь успокаивать — просто будьте рядом и следите, чтобы он не ударился. Режим сна, ребёнку не переутомляться; если приступы в одно и то же время — можно мягко разбудить за 15 минут до них несколько ночей подряд.',
        en: 'Night terrors are harmless and are outgrown. Do not wake or try to comfort the child: stay close and keep them safe from injury. Keep a regular bedtime and avoid overtiredness; if they happen at the same time each night, gently waking the child 15 minutes before for a few nights can stop them.',
      },
      seekCareIf: {
        ru: 'Во время эпизода подёргивания, напряжение тела, прикус языка, непроизвольное мочеиспускание, остановки дыхания или храп с паузами, эпизоды днём, очень часто (несколько раз за ночь) или ребёнок травмируется.',
        en: 'Jerking, stiffening, a bitten tongue or wetting during an episode, pauses in breathing or heavy snoring, episodes during the day, several a night, or the child gets hurt.',
      },
      source: 'NHS Night terrors and nightmares 2023',
    },
    specialist: 'paediatrician',
    remoteSuitable: true,
    consultFormat: 'video',
    prevalence: 1,
    age: { ...CHILDREN, infant_3_12m: 0, toddler_1_4y: 1.5, child_5_11y: 1.5, teen_12_17y: 0.2 },
    likelihoods: { ...SUBACUTE, ...lk`night_terrors .95 sweating .5 irritability .4 sleep_problems .3` },
  },
];
