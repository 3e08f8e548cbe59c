import type { RedFlagContext } from './types.js';
import { anyYes, type RedFlagRule } from './types.js';

// Burn size by the patient's palm (≈ 1 % of body surface). Refer to a burns service/ED from 2 % in children and 3 % in
// adults; from 10 % in children and 15 % in adults fluid resuscitation is needed (major burn): National Network for
// Burn Care, National Burn Care Referral Guidance 2012; NICE CKS Burns and scalds (2020).
const CHILD_UNDER_MONTHS = 192; // under 16 years
const BURN_REFER_PALMS = { child: 2, adult: 3 } as const;
const BURN_MAJOR_PALMS = { child: 10, adult: 15 } as const;
const burnThreshold = (ctx: RedFlagContext, t: { child: number; adult: number }): number =>
  ctx.ageMonths < CHILD_UNDER_MONTHS ? t.child : t.adult;
const BURN_SPECIAL_AREAS = ['burn_face', 'burn_hand', 'burn_foot', 'burn_genitals'];
const BURN_AIRWAY = ['hoarse_voice', 'stridor', 'breathlessness', 'cough'];
const SYSTEMIC_ENVENOMATION = [
  'vomiting',
  'fainting',
  'dizziness',
  'bleeding_gums',
  'breathlessness',
  'confusion',
];

export const injuryRules: RedFlagRule[] = [
  {
    id: 'burn_major',
    urgency: 'ambulance',
    name: {
      ru: 'Обширный ожог (больше 10 ладоней у ребёнка, 15 — у взрослого)',
      en: 'Large burn (over 10 palms in a child, 15 in an adult)',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Охлаждайте ожог прохладной проточной водой 20 минут, следите, чтобы не переохладился; накройте пищевой плёнкой.',
      en: 'Call an ambulance (103/112). Cool the burn under cool running water for 20 minutes, keep the person warm, cover with cling film.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('burn_large'),
    questions: () => ['burn_palms'],
    fires: (ctx) => (ctx.value('burn_palms') ?? 0) >= burnThreshold(ctx, BURN_MAJOR_PALMS),
  },
  {
    // Inhalation injury: burns of the face/neck or smoke in an enclosed fire with hoarseness, noisy breathing, cough
    // or breathlessness — the airway can swell shut within hours: NNBC Referral Guidance 2012; ABA guidelines 2016.
    id: 'burn_airway',
    urgency: 'ambulance',
    name: {
      ru: 'Ожог лица или вдыхание дыма с осиплостью, кашлем или одышкой',
      en: 'Burnt face or smoke breathed in, with hoarseness, cough or breathlessness',
    },
    advice: {
      ru: 'Вызовите скорую (103/112): дыхательные пути могут отекать в ближайшие часы.',
      en: 'Call an ambulance (103/112): the airway may swell over the next hours.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['burn_face', 'smoke_inhalation']),
    questions: () => BURN_AIRWAY,
    fires: (ctx) => anyYes(ctx, ['burn_face', 'smoke_inhalation']) && anyYes(ctx, BURN_AIRWAY),
  },
  {
    // Burns that need a burns service or ED: ≥ 2 % (child) / 3 % (adult), deep (white, leathery, charred), on the
    // face, hands, feet or genitals, any smoke inhalation: NNBC Referral Guidance 2012; NICE CKS Burns and scalds (2020).
    // A burn on those areas that is red without blisters is superficial epidermal, which both exclude from referral:
    // it counts only once the patient has said there are no blisters (unasked, it still counts).
    id: 'burn_needs_hospital',
    urgency: 'emergency_department',
    name: {
      ru: 'Ожог, требующий больницы: большой, глубокий или на лице, кистях, стопах, половых органах',
      en: 'A burn that needs hospital care: large, deep, or on the face, hands, feet or genitals',
    },
    advice: {
      ru: 'Охладите ожог проточной прохладной водой 20 минут, накройте чистой плёнкой и обратитесь в приёмное отделение (ожоговый центр).',
      en: 'Cool the burn under cool running water for 20 minutes, cover with cling film and go to the emergency department.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => anyYes(ctx, ['burn_injury', 'burn_large']),
    questions: (ctx) => [
      'burn_large',
      ...(ctx.yes('burn_large') ? ['burn_palms'] : []),
      'burn_deep',
      ...BURN_SPECIAL_AREAS,
      ...(anyYes(ctx, BURN_SPECIAL_AREAS) ? ['blisters'] : []),
    ],
    fires: (ctx) =>
      (ctx.value('burn_palms') ?? 0) >= burnThreshold(ctx, BURN_REFER_PALMS) ||
      // A burn bigger than a palm of unknown size is treated as large in a child (lower threshold).
      (ctx.yes('burn_large') &&
        ctx.value('burn_palms') === undefined &&
        ctx.ageMonths < CHILD_UNDER_MONTHS) ||
      anyYes(ctx, ['burn_deep', 'smoke_inhalation']) ||
      (anyYes(ctx, BURN_SPECIAL_AREAS) && (ctx.yes('blisters') || !ctx.known('blisters'))),
  },
  {
    // Any electrical injury needs an ECG and assessment (arrhythmia, deep burns): NNBC Referral Guidance 2012;
    // ERC Guidelines 2021, Special circumstances (electrical injury).
    id: 'electrical_injury',
    urgency: 'emergency_department',
    name: { ru: 'Удар электрическим током', en: 'Electric shock' },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас (нужна ЭКГ). При потере сознания, сердцебиении или боли в груди — 103/112.',
      en: 'Go to the emergency department now (an ECG is needed). If they lost consciousness, have palpitations or chest pain, call 103/112.',
    },
    specialist: 'emergency',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('electric_shock'),
  },
  {
    // Chemical burns: irrigate with water for at least 20 minutes, then hospital assessment: NNBC Referral Guidance
    // 2012; NICE CKS Burns and scalds (2020).
    id: 'chemical_burn',
    urgency: 'emergency_department',
    name: { ru: 'Химический ожог кожи', en: 'Chemical burn of the skin' },
    advice: {
      ru: 'Снимите загрязнённую одежду, промывайте кожу проточной водой не меньше 20 минут и обратитесь в приёмное отделение. Возьмите упаковку вещества.',
      en: 'Remove contaminated clothing, rinse the skin with running water for at least 20 minutes, then go to the emergency department. Take the product label.',
    },
    specialist: 'emergency',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('chemical_on_skin'),
  },
  {
    // Bleeding that does not stop with 10 minutes of firm direct pressure = life-threatening haemorrhage:
    // ERC Guidelines 2021, First aid; Resuscitation Council UK First aid 2021.
    id: 'uncontrolled_bleeding',
    urgency: 'ambulance',
    name: { ru: 'Кровотечение не останавливается', en: 'Bleeding that will not stop' },
    advice: {
      ru: 'Вызовите скорую (103/112). Сильно и непрерывно прижимайте рану чистой тканью; при кровотечении из конечности выше раны можно наложить жгут.',
      en: 'Call an ambulance (103/112). Press hard and continuously on the wound with a clean cloth; for a limb, a tourniquet above the wound can be used.',
    },
    specialist: 'emergency',
    relevant: (ctx) =>
      anyYes(ctx, ['cut_wound', 'wound_gaping', 'nosebleed_prolonged', 'takes_anticoagulants']),
    questions: () => ['bleeding_wont_stop'],
    fires: (ctx) => ctx.yes('bleeding_wont_stop'),
  },
  {
    // A deformed limb, or unable to bear weight / use the arm after an injury = possible fracture needing X-ray:
    // NICE NG38 Fractures (non-complex) (2016); Ottawa ankle rules (Stiell 1992).
    id: 'possible_fracture',
    urgency: 'emergency_department',
    name: {
      ru: 'Возможный перелом: деформация или невозможность опереться на ногу или пользоваться рукой',
      en: 'Possible fracture: a misshapen limb, or unable to bear weight or use the arm',
    },
    advice: {
      ru: 'Обездвижьте конечность и обратитесь в травмпункт или приёмное отделение сейчас.',
      en: 'Keep the limb still and go to an urgent care centre or emergency department now.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => anyYes(ctx, ['trauma_fall', 'twisted_ankle', 'twisted_knee', 'injury_swelling']),
    questions: () => ['limb_deformity', 'cannot_bear_weight', 'cannot_use_arm'],
    fires: (ctx) => anyYes(ctx, ['limb_deformity', 'cannot_bear_weight', 'cannot_use_arm']),
  },
  {
    // Snake bite: observe in hospital for at least 6–24 h (antivenom if systemic envenoming); keep the limb still:
    // WHO Guidelines for the management of snakebites, 2nd ed. 2016; Минздрав РФ клинические рекомендации
    // «Токсическое действие змеиного яда» 2020.
    id: 'snake_bite',
    urgency: 'emergency_department',
    name: { ru: 'Укус змеи', en: 'Snake bite' },
    advice: {
      ru: 'Обратитесь в приёмное отделение сейчас; держите укушенную конечность неподвижно, не разрезайте и не прижигайте рану, не накладывайте жгут.',
      en: 'Go to the emergency department now; keep the bitten limb still, do not cut or burn the wound, do not use a tourniquet.',
    },
    specialist: 'emergency',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('snake_bite'),
  },
  {
    // Snake bite with vomiting, faintness, bleeding or breathing trouble = systemic envenoming:
    // WHO Guidelines for the management of snakebites 2016.
    id: 'snake_bite_systemic',
    urgency: 'ambulance',
    name: {
      ru: 'Укус змеи с рвотой, слабостью, кровоточивостью или одышкой',
      en: 'Snake bite with vomiting, faintness, bleeding or breathlessness',
    },
    advice: {
      ru: 'Вызовите скорую (103/112); уложите, держите укушенную конечность неподвижно.',
      en: 'Call an ambulance (103/112); lie them down and keep the bitten limb still.',
    },
    specialist: 'emergency',
    relevant: (ctx) => ctx.yes('snake_bite'),
    questions: () => SYSTEMIC_ENVENOMATION,
    fires: (ctx) => ctx.yes('snake_bite') && anyYes(ctx, SYSTEMIC_ENVENOMATION),
  },
  {
    // Dog, cat, wild-animal or human bites: wash 15 min and assess the same day for antibiotics, tetanus and rabies
    // post-exposure prophylaxis: WHO rabies position paper 2018; NICE NG184 Human and animal bites (2020);
    // СП 3.1.3.3686-21 (профилактика бешенства, 2021).
    id: 'animal_or_human_bite',
    urgency: 'within_24h',
    name: { ru: 'Укус животного или человека', en: 'Animal or human bite' },
    advice: {
      ru: 'Сразу промойте рану водой с мылом 15 минут и сегодня же обратитесь в травмпункт: может понадобиться прививка от бешенства и столбняка.',
      en: 'Wash the wound with soap and water for 15 minutes now and go to an urgent care centre today: rabies and tetanus vaccines may be needed.',
    },
    specialist: 'surgeon',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => anyYes(ctx, ['animal_bite', 'wild_animal_bite', 'human_bite']),
  },
  {
    // Fever or a spreading red ring after a tick bite: tick-borne encephalitis, Lyme disease, other tick-borne
    // infections — same-day assessment: Минздрав РФ клинические рекомендации «Клещевой энцефалит» 2023 и «Болезнь
    // Лайма» 2021; NICE NG95 Lyme disease (2018).
    id: 'tick_bite_illness',
    urgency: 'within_24h',
    name: {
      ru: 'Температура или расползающееся красное пятно после укуса клеща',
      en: 'Fever or a spreading red ring after a tick bite',
    },
    advice: {
      ru: 'Обратитесь к врачу сегодня и скажите об укусе клеща. При сильной головной боли, спутанности или ригидности шеи — 103/112.',
      en: 'See a doctor today and mention the tick bite. If there is severe headache, confusion or a stiff neck, call 103/112.',
    },
    specialist: 'therapist',
    relevant: (ctx) => anyYes(ctx, ['tick_bite', 'tick_attached']),
    questions: () => ['fever', 'expanding_red_ring'],
    fires: (ctx) =>
      anyYes(ctx, ['tick_bite', 'tick_attached']) && anyYes(ctx, ['fever', 'expanding_red_ring']),
  },
  {
    // A stab, gunshot or deep puncture wound to the head, neck or trunk = major trauma whatever the patient looks like
    // (internal bleeding shows late): NICE NG39 Major trauma: assessment and initial management (2016);
    // JRCALC Clinical Guidelines 2022, Trauma.
    id: 'penetrating_trunk_wound',
    urgency: 'ambulance',
    name: {
      ru: 'Ножевое, огнестрельное или глубокое колотое ранение головы, шеи или туловища',
      en: 'A stab, gunshot or deep puncture wound to the head, neck or body',
    },
    advice: {
      ru: 'Вызовите скорую (103/112). Не вынимайте предмет из раны; прижимайте рану вокруг него чистой тканью, не давайте есть и пить.',
      en: 'Call an ambulance (103/112). Do not pull out anything stuck in the wound; press around it with a clean cloth, and give nothing to eat or drink.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['wound_or_bite', 'cut_wound', 'trauma_fall', 'penetrating_wound']),
    questions: () => ['penetrating_wound'],
    fires: (ctx) => ctx.yes('penetrating_wound'),
  },
  {
    // A snap at the back of the heel and unable to stand on tiptoe = Achilles tendon rupture; treatment (boot or
    // surgery) must start within 48 hours: NICE CKS Achilles tendon disorders (2020) — same-day referral.
    id: 'achilles_rupture',
    urgency: 'emergency_department',
    name: {
      ru: 'Возможный разрыв ахиллова сухожилия',
      en: 'Possible Achilles tendon rupture',
    },
    advice: {
      ru: 'Обратитесь в травмпункт или приёмное отделение сегодня; не наступайте на носок, держите стопу опущенной вниз.',
      en: 'Go to an urgent care centre or emergency department today; do not push off on the foot, keep the toes pointed down.',
    },
    specialist: 'surgeon',
    relevant: (ctx) =>
      ctx.ageMonths >= 144 && anyYes(ctx, ['trauma_fall', 'limp', 'twisted_ankle', 'achilles_snap']),
    questions: () => ['achilles_snap'],
    fires: (ctx) => ctx.yes('achilles_snap'),
  },
  {
    // A fall on the outstretched hand with pain at the base of the thumb = possible scaphoid fracture, which is often
    // invisible at first and loses its blood supply if missed: NICE NG38 Fractures (non-complex) (2016) — X-ray and
    // immobilise the same day.
    id: 'possible_scaphoid_fracture',
    urgency: 'emergency_department',
    name: {
      ru: 'Возможный перелом ладьевидной кости запястья',
      en: 'Possible scaphoid (wrist) fracture',
    },
    advice: {
      ru: 'Сегодня обратитесь в травмпункт для рентгена; до этого обездвижьте запястье.',
      en: 'Go to an urgent care centre today for an X-ray; keep the wrist still until then.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => anyYes(ctx, ['trauma_fall', 'injury_swelling', 'wrist_pain_thumb_side']),
    questions: () => ['wrist_pain_thumb_side'],
    fires: (ctx) => ctx.yes('wrist_pain_thumb_side'),
  },
  {
    // A cut followed by numbness beyond it or a finger that will not bend or straighten = a cut nerve or tendon,
    // repaired by a hand surgeon within days: BSSH Standards of care for hand trauma (2017) — same-day referral.
    id: 'cut_nerve_or_tendon',
    urgency: 'emergency_department',
    name: {
      ru: 'Порез с онемением или палец не сгибается — возможно повреждение нерва или сухожилия',
      en: 'A cut with numbness, or a finger that will not bend: a nerve or tendon may be cut',
    },
    advice: {
      ru: 'Обратитесь в травмпункт или приёмное отделение сегодня; закройте рану чистой повязкой и не нагружайте руку.',
      en: 'Go to an urgent care centre or emergency department today; cover the wound with a clean dressing and rest the hand.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => anyYes(ctx, ['cut_wound', 'wound_gaping']),
    questions: () => ['cannot_bend_finger', 'numbness_tingling'],
    fires: (ctx) =>
      anyYes(ctx, ['cut_wound', 'wound_gaping']) && anyYes(ctx, ['cannot_bend_finger', 'numbness_tingling']),
  },
  {
    // Fever after a tick bite with a rash, headache or vomiting = possible tick-borne encephalitis or a tick-borne
    // rickettsiosis (spotted fever), treated in hospital: Минздрав РФ клинические рекомендации «Клещевой вирусный
    // энцефалит» 2023 (госпитализация при подозрении); CDC Rocky Mountain spotted fever, clinical care (2024).
    id: 'tick_bite_fever_rash_or_headache',
    urgency: 'emergency_department',
    name: {
      ru: 'Температура после укуса клеща с сыпью, головной болью или рвотой',
      en: 'A fever after a tick bite with a rash, headache or vomiting',
    },
    advice: {
      ru: 'Обратитесь в приёмное отделение (инфекционную больницу) сегодня и скажите об укусе клеща.',
      en: 'Go to the emergency department (infectious diseases hospital) today and mention the tick bite.',
    },
    specialist: 'emergency',
    relevant: (ctx) => anyYes(ctx, ['tick_bite', 'tick_attached']) && ctx.yes('fever'),
    questions: () => ['rash', 'headache', 'vomiting'],
    fires: (ctx) =>
      anyYes(ctx, ['tick_bite', 'tick_attached']) &&
      ctx.yes('fever') &&
      anyYes(ctx, ['rash', 'headache', 'vomiting']),
  },
  {
    // A human bite (a knuckle cut on teeth in a punch included) that is already red and swollen: human bites carry
    // the most virulent mixed flora and a fist-tooth wound can reach the joint; needs same-day surgical assessment
    // and antibiotics: NICE NG184 Human and animal bites (2020); IDSA skin and soft tissue infections (2014).
    id: 'infected_human_bite',
    urgency: 'emergency_department',
    name: {
      ru: 'Укус человека (в т.ч. рана кулака о зубы) с покраснением и отёком',
      en: 'A human bite (or a knuckle cut on teeth) that is red and swollen',
    },
    advice: {
      ru: 'Сегодня же обратитесь в приёмное отделение или к хирургу: нужны антибиотики и осмотр раны, возможно — её обработка в операционной.',
      en: 'Go to the emergency department today: antibiotics and a surgical check of the wound are needed, sometimes a wash-out in theatre.',
    },
    specialist: 'surgeon',
    relevant: (ctx) => ctx.yes('human_bite'),
    questions: () => ['red_hot_swollen_skin', 'spreading_redness'],
    fires: (ctx) =>
      ctx.yes('human_bite') &&
      anyYes(ctx, ['red_hot_swollen_skin', 'spreading_redness', 'red_streak', 'fever']),
  },
  {
    // An injury with a nosebleed and a nose now blocked = a blow to the nose that may have raised a septal haematoma,
    // which needs same-day drainage before the cartilage dies (saddle nose, abscess): Scott-Brown's
    // Otorhinolaryngology, 8th ed. (2018), nasal trauma.
    id: 'possible_septal_haematoma',
    urgency: 'emergency_department',
    name: {
      ru: 'Нос не дышит после травмы с носовым кровотечением',
      en: 'Nose blocked after an injury that made it bleed',
    },
    advice: {
      ru: 'Сегодня же обратитесь в приёмное отделение или к ЛОР-врачу: нужно исключить гематому перегородки носа.',
      en: 'Go to the emergency department or an ENT doctor today: a blood clot in the nasal septum must be ruled out.',
    },
    specialist: 'ent',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => ctx.yes('trauma_fall') && ctx.yes('nosebleed') && ctx.yes('blocked_nose'),
  },
  {
    // A foreskin stuck behind the glans (paraphimosis) strangles it as it swells: an emergency for manual reduction,
    // EAU Guidelines on Paediatric Urology (2023). A zip caught on the penis is the same strangulating entrapment,
    // released under analgesia in the emergency department (pulling at home tears the skin).
    id: 'penile_entrapment',
    urgency: 'emergency_department',
    name: {
      ru: 'Крайняя плоть не возвращается на место, или половой член защемлён молнией',
      en: 'Foreskin stuck behind the head of the penis, or the penis caught in a zip',
    },
    advice: {
      ru: 'Сейчас же обратитесь в приёмное отделение. Не тяните молнию и не пытайтесь вправить силой; можно приложить холод через ткань.',
      en: 'Go to the emergency department now. Do not pull at the zip or force the foreskin; a cold pack through a cloth may ease the swelling.',
    },
    specialist: 'urologist',
    relevant: () => false,
    questions: () => [],
    fires: (ctx) => anyYes(ctx, ['foreskin_stuck_back', 'penis_caught_in_zip']),
  },
];
