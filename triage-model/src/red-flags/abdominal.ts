import { anyYes, type RedFlagRule } from './types.js';

export const abdominalRules: RedFlagRule[] = [
  {
    // Vomiting blood or black stool with faintness, low BP or mottled skin = unstable GI bleed:
    // NICE CG141 Acute upper gastrointestinal bleeding (2012, updated 2016).
    id: 'gi_bleeding_unstable',
    urgency: 'ambulance',
    name: {
      ru: 'Кровавая рвота или чёрный стул со слабостью или обмороком',
      en: 'Vomiting blood or black stool with faintness or collapse',
    },
    advice: { ru: 'Вызовите скорую (103/112).', en: 'Call an ambulance (103/112).' },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['vomiting_blood', 'black_stool']),
    questions: () => ['fainting', 'dizziness', 'mottled_skin'],
    fires: (ctx) =>
      anyYes(ctx, ['vomiting_blood', 'black_stool']) && anyYes(ctx, ['fainting', 'bp_low', 'mottled_skin']),
  },
  {
    // Fresh blood from the back passage with fainting, near-fainting, low BP or mottled skin = a lower GI bleed
    // with haemodynamic compromise: BSG guideline on acute lower gastrointestinal bleeding (Oakland et al., Gut
    // 2019). Children's bloody stools have their own rules (paediatric.ts). No question of its own: the bloody-stool
    // complaint asks about faintness already.
    id: 'rectal_bleeding_unstable',
    urgency: 'ambulance',
    name: {
      ru: 'Кровь из заднего прохода со слабостью, предобморочным состоянием или обмороком',
      en: 'Blood from the back passage with faintness or collapse',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Лягте, не вставайте резко.',
      en: 'Call an ambulance (103/112). Lie down and do not get up quickly.',
    },
    specialist: 'emergency',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) =>
      ctx.ageMonths >= 144 &&
      ctx.yes('bloody_stool') &&
      anyYes(ctx, ['fainting', 'near_fainting', 'bp_low', 'mottled_skin']),
  },
  {
    // Any vomited blood or black tarry stool needs same-day hospital assessment: NICE CG141 (2012, updated 2016).
    id: 'gi_bleeding',
    urgency: 'emergency_department',
    name: { ru: 'Кровавая рвота или чёрный дёгтеобразный стул', en: 'Vomiting blood or black, tarry stool' },
    advice: { ru: 'Обратитесь в приёмное отделение сейчас.', en: 'Go to the emergency department now.' },
    specialist: 'surgeon',
    relevant: (ctx) =>
      anyYes(ctx, ['vomiting', 'abdominal_pain', 'upper_abdominal_pain', 'dizziness']) &&
      ctx.ageMonths >= 144,
    questions: () => ['vomiting_blood', 'black_stool'],
    fires: (ctx) => anyYes(ctx, ['vomiting_blood', 'black_stool']),
  },
  {
    // Board-like abdomen, or right lower pain with fever or vomiting, or pain worse on movement with fever =
    // possible appendicitis/peritonitis: WSES Jerusalem guidelines on acute appendicitis 2020.
    id: 'acute_abdomen',
    urgency: 'emergency_department',
    name: {
      ru: 'Признаки острого живота (аппендицит, перитонит)',
      en: 'Signs of an acute abdomen (appendicitis, peritonitis)',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас. Не ешьте и не принимайте обезболивающие до осмотра.',
      en: 'Go to the emergency department now. Do not eat or take painkillers before you are examined.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => anyYes(ctx, ['abdominal_pain', 'right_lower_pain', 'lower_abdominal_pain']),
    questions: (ctx) => [
      'right_lower_pain',
      'rigid_abdomen',
      'pain_worse_on_movement',
      ...(anyYes(ctx, ['right_lower_pain', 'pain_worse_on_movement']) ? ['fever', 'vomiting'] : []),
    ],
    fires: (ctx) =>
      ctx.yes('rigid_abdomen') ||
      (ctx.yes('right_lower_pain') && anyYes(ctx, ['fever', 'vomiting', 'pain_migrated_navel'])) ||
      (ctx.yes('pain_worse_on_movement') && ctx.yes('fever')),
  },
  {
    // Possible pregnancy with abdominal/pelvic pain or bleeding = possible ectopic pregnancy:
    // NICE NG126 Ectopic pregnancy and miscarriage (2019, updated 2023).
    id: 'possible_ectopic_pregnancy',
    urgency: 'emergency_department',
    name: {
      ru: 'Возможная беременность с болью внизу живота или кровотечением',
      en: 'Possible pregnancy with lower abdominal pain or bleeding',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас; при обмороке или сильной боли — 103/112.',
      en: 'Go to the emergency department now; if you faint or the pain is severe, call 103/112.',
    },
    specialist: 'gynaecologist',
    relevant: (ctx) =>
      ctx.sex === 'female' &&
      ctx.ageMonths >= 144 &&
      anyYes(ctx, ['lower_abdominal_pain', 'pelvic_pain', 'vaginal_bleeding', 'abdominal_pain']),
    questions: () => ['pregnant_possible', 'missed_period'],
    fires: (ctx) =>
      anyYes(ctx, ['pregnant_possible', 'missed_period']) &&
      anyYes(ctx, ['lower_abdominal_pain', 'pelvic_pain', 'vaginal_bleeding']),
  },
  {
    // Acute testicular pain = torsion until proven otherwise (surgery within ~6 h):
    // EAU guidelines on paediatric urology 2023.
    id: 'testicular_pain',
    urgency: 'emergency_department',
    name: { ru: 'Острая боль в яичке', en: 'Sudden testicular pain' },
    advice: { ru: 'Обратитесь в приёмное отделение сейчас.', en: 'Go to the emergency department now.' },
    specialist: 'urologist',
    // Torsion occurs at any age (peaks in newborns and teenagers) and often presents as lower abdominal pain or
    // vomiting only.
    relevant: (ctx) =>
      ctx.sex === 'male' &&
      anyYes(ctx, ['lower_abdominal_pain', 'abdominal_pain', 'irritability', 'vomiting']),
    questions: () => ['testicular_pain'],
    fires: (ctx) => ctx.sex === 'male' && ctx.yes('testicular_pain'),
  },
  {
    // Blood in the stool with vomiting or inconsolable crying in an infant/toddler = possible intussusception:
    // NICE CG84 Diarrhoea and vomiting in under 5s (2009) — blood in stool needs assessment for other causes.
    id: 'infant_bloody_stool',
    urgency: 'emergency_department',
    name: {
      ru: 'Кровь в стуле с рвотой или приступами плача у малыша',
      en: 'Blood in the stool with vomiting or bouts of crying in a young child',
    },
    advice: { ru: 'Обратитесь в приёмное отделение сейчас.', en: 'Go to the emergency department now.' },
    specialist: 'surgeon',
    relevant: (ctx) => ctx.ageMonths < 36 && anyYes(ctx, ['vomiting', 'irritability', 'diarrhoea']),
    questions: () => ['bloody_stool'],
    fires: (ctx) =>
      ctx.ageMonths < 36 && ctx.yes('bloody_stool') && anyYes(ctx, ['vomiting', 'irritability', 'lethargy']),
  },
  {
    // Bloody diarrhoea with much less urine than usual or new pallor = haemolytic uraemic syndrome (E. coli O157)
    // or acute kidney injury: UKHSA Shiga toxin-producing E. coli: public health management (2023); NICE CKS
    // Gastroenteritis (2024) — same-day hospital assessment.
    id: 'bloody_diarrhoea_little_urine',
    urgency: 'emergency_department',
    name: {
      ru: 'Понос с кровью и мало мочи или резкая бледность',
      en: 'Bloody diarrhoea with little urine or new pallor',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сегодня: нужно проверить кровь и почки. Пейте, не принимайте лоперамид и антибиотики без врача.',
      en: 'Go to the emergency department today: blood and kidney tests are needed. Keep drinking; do not take loperamide or antibiotics unless a doctor says so.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('bloody_stool') && ctx.yes('diarrhoea'),
    questions: () => ['little_urine', 'pale_skin'],
    fires: (ctx) =>
      ctx.yes('bloody_stool') && ctx.yes('diarrhoea') && anyYes(ctx, ['little_urine', 'pale_skin']),
  },
  {
    // Abdominal pain with vomiting and bowels stopped completely (no stool, no wind), or green vomit, = bowel
    // obstruction: WSES Bologna guidelines on adhesive small bowel obstruction 2017 (updated 2023).
    id: 'bowel_obstruction',
    urgency: 'emergency_department',
    name: {
      ru: 'Признаки непроходимости кишечника: боль, рвота, не отходят стул и газы',
      en: 'Bowel obstruction signs: pain, vomiting, no stool or wind',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас; ничего не ешьте.',
      en: 'Go to the emergency department now; do not eat.',
    },
    specialist: 'surgeon',
    // Either half of the triad (vomiting, or no stool and no wind) with pain makes the other worth asking.
    relevant: (ctx) =>
      anyYes(ctx, ['abdominal_pain', 'cramping_pain', 'bloating']) &&
      anyYes(ctx, ['vomiting', 'bowels_stopped']),
    questions: (ctx) => (ctx.yes('vomiting') ? ['bowels_stopped', 'green_vomit'] : ['vomiting']),
    fires: (ctx) =>
      anyYes(ctx, ['abdominal_pain', 'cramping_pain', 'bloating']) &&
      anyYes(ctx, ['vomiting', 'repeated_vomiting']) &&
      anyYes(ctx, ['bowels_stopped', 'green_vomit']),
  },
  {
    // A hernia that has become painful and will not go back = incarcerated/strangulated hernia, surgery within hours:
    // European Hernia Society / HerniaSurge International guidelines for groin hernia management 2018.
    id: 'stuck_hernia',
    urgency: 'emergency_department',
    name: {
      ru: 'Ущемлённая грыжа: болит и не вправляется',
      en: 'Stuck hernia: painful and will not go back in',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас; не пытайтесь вправить грыжу силой, ничего не ешьте.',
      en: 'Go to the emergency department now; do not force it back, and do not eat.',
    },
    specialist: 'surgeon',
    // A groin or navel bulge is asked about even without pain: the hernia may be the only complaint.
    relevant: (ctx) =>
      anyYes(ctx, ['abdominal_pain', 'lower_abdominal_pain', 'vomiting', 'groin_bulge', 'umbilical_bulge']),
    questions: () => ['hernia_stuck'],
    fires: (ctx) => ctx.yes('hernia_stuck'),
  },
  {
    // Unable to pass urine with a full, painful bladder = acute urinary retention, catheter the same day:
    // NICE CKS LUTS in men (2023); EAU guidelines on non-neurogenic male LUTS 2023.
    id: 'urinary_retention',
    urgency: 'emergency_department',
    name: {
      ru: 'Не может помочиться (острая задержка мочи)',
      en: 'Unable to pass urine (urinary retention)',
    },
    advice: { ru: 'Обратитесь в приёмное отделение сейчас.', en: 'Go to the emergency department now.' },
    specialist: 'urologist',
    relevant: (ctx) =>
      anyYes(ctx, ['lower_abdominal_pain', 'little_urine', 'frequent_urination', 'urgency_urination']),
    questions: () => ['cannot_pass_urine'],
    fires: (ctx) => ctx.yes('cannot_pass_urine'),
  },
  {
    // Visible blood in the urine is never for self-care: in adults 45 and over without a urine infection it is a
    // suspected-cancer referral (NICE NG12 Suspected cancer, 2015, updated 2023), and at any age it is looked into
    // (NICE CKS Haematuria, 2023). Planned, not urgent: its danger signs (retention, clots, trauma) have rules.
    id: 'visible_haematuria',
    urgency: 'planned',
    name: { ru: 'Видимая кровь в моче', en: 'Visible blood in the urine' },
    advice: {
      ru: 'Запишитесь к врачу в ближайшие дни: кровь в моче нужно обследовать, даже если она прошла.',
      en: 'Book a doctor within the next few days: blood in the urine needs to be looked into, even if it has stopped.',
    },
    specialist: 'urologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('blood_in_urine'),
  },
  {
    // Sudden one-sided lower abdominal pain with nausea or vomiting in a woman = possible ovarian torsion (or a
    // ruptured cyst), surgery within hours: RCOG Green-top Guideline 62 (2011); ACOG Committee Opinion 783 (2019).
    id: 'possible_ovarian_torsion',
    urgency: 'emergency_department',
    name: {
      ru: 'Внезапная сильная боль внизу живота с одной стороны с тошнотой или рвотой',
      en: 'Sudden one-sided pain low in the abdomen with nausea or vomiting',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас; не ешьте до осмотра.',
      en: 'Go to the emergency department now; do not eat before you are examined.',
    },
    specialist: 'gynaecologist',
    relevant: (ctx) =>
      ctx.sex === 'female' &&
      anyYes(ctx, ['lower_abdominal_pain', 'pelvic_pain']) &&
      anyYes(ctx, ['nausea', 'vomiting']),
    questions: () => ['sudden_one_sided_pelvic_pain'],
    fires: (ctx) =>
      ctx.sex === 'female' && ctx.yes('sudden_one_sided_pelvic_pain') && anyYes(ctx, ['nausea', 'vomiting']),
  },
  {
    // An erection lasting 4 hours or more (ischaemic priapism) needs emergency treatment to save erectile function:
    // EAU guidelines on sexual and reproductive health – priapism 2023.
    id: 'priapism',
    urgency: 'emergency_department',
    name: { ru: 'Эрекция дольше 4 часов', en: 'An erection lasting 4 hours or more' },
    advice: { ru: 'Обратитесь в приёмное отделение сейчас.', en: 'Go to the emergency department now.' },
    specialist: 'urologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.sex === 'male' && ctx.yes('priapism'),
  },
  {
    // Bleeding that soaks a pad within an hour needs emergency assessment (and in pregnancy see pregnancy.ts):
    // NICE NG88 Heavy menstrual bleeding (2018, updated 2021); NICE CKS Menorrhagia (2023).
    id: 'heavy_vaginal_bleeding',
    urgency: 'emergency_department',
    name: {
      ru: 'Обильное кровотечение из влагалища (прокладка промокает за час)',
      en: 'Heavy vaginal bleeding (soaking a pad within an hour)',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас; при обмороке или сильной слабости — 103/112.',
      en: 'Go to the emergency department now; if you faint or feel very weak, call 103/112.',
    },
    specialist: 'gynaecologist',
    relevant: (ctx) => ctx.sex === 'female' && ctx.yes('vaginal_bleeding'),
    questions: () => ['heavy_vaginal_bleeding'],
    fires: (ctx) => ctx.sex === 'female' && ctx.yes('heavy_vaginal_bleeding'),
  },
  {
    // Bleeding from the vagina at 55 or over is taken as post-menopausal and referred on the suspected-cancer
    // pathway (endometrial cancer), however light or brief: NICE NG12 Suspected cancer (2015, updated 2023).
    id: 'vaginal_bleeding_from_55',
    urgency: 'planned',
    name: {
      ru: 'Кровянистые выделения из влагалища в 55 лет и старше',
      en: 'Vaginal bleeding at 55 or over',
    },
    advice: {
      ru: 'Запишитесь к гинекологу в ближайшие две недели: кровотечение после менопаузы нужно обследовать, даже если оно скудное или прекратилось.',
      en: 'Book a gynaecologist within two weeks: bleeding after the menopause must be looked into, even if it is light or has stopped.',
    },
    specialist: 'gynaecologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.sex === 'female' && ctx.ageMonths >= 55 * 12 && ctx.yes('vaginal_bleeding'),
  },
  {
    // Food stuck in the gullet with saliva that cannot be swallowed = complete oesophageal obstruction: endoscopy
    // within 6 hours (aspiration, perforation): ESGE guideline on removal of foreign bodies (Birk et al., 2016);
    // ASGE guideline on ingested foreign bodies and food impactions (2011).
    id: 'food_bolus_obstruction',
    urgency: 'emergency_department',
    name: {
      ru: 'Застрявшая пища: не проглотить даже слюну',
      en: 'Food stuck in the gullet: cannot swallow even saliva',
    },
    advice: {
      ru: 'Сейчас же обратитесь в приёмное отделение. Не пытайтесь протолкнуть комок едой или вызвать рвоту. Если станет трудно дышать — 103/112.',
      en: 'Go to the emergency department now. Do not try to push it down with food or make yourself sick. If breathing gets hard, call 103/112.',
    },
    specialist: 'gastroenterologist',
    relevant: (ctx) => ctx.yes('something_stuck_throat'),
    // "Don't know" to drooling is re-asked as "can you swallow your saliva?" (doubt.ts), whose "no" confirms it.
    questions: () => ['drooling'],
    fires: (ctx) => ctx.yes('something_stuck_throat') && ctx.yes('drooling'),
  },
  {
    // Abdominal pain after a blow, fall or handlebar injury with pallor, faintness or low blood pressure = possible
    // internal bleeding (spleen, liver): NICE NG39 Major trauma (2016); ATLS 10th edition (2018) haemorrhagic shock.
    id: 'abdominal_injury_shock',
    urgency: 'ambulance',
    name: {
      ru: 'Боль в животе после травмы с бледностью, слабостью или предобморочным состоянием',
      en: 'Tummy pain after an injury with pallor, faintness or collapse',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Уложите, не давайте есть и пить.',
      en: 'Call an ambulance (103/112). Lie them down and give nothing to eat or drink.',
    },
    specialist: 'surgeon',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) =>
      ctx.yes('trauma_fall') &&
      anyYes(ctx, ['abdominal_pain', 'upper_abdominal_pain', 'left_lower_pain', 'right_upper_pain']) &&
      anyYes(ctx, ['pale_skin', 'fainting', 'near_fainting', 'bp_low', 'mottled_skin']),
  },
];
