/** A specific finding mentioned positively also means its general form is present ("dry cough" → "cough"). */
export const IMPLIES: Readonly<Record<string, readonly string[]>> = {
  sexual_assault: ['traumatic_event'],
  // A baby's greasy scalp scales are cradle cap (the finding applies under 2 only, so adults keep just the scales).
  greasy_scales: ['cradle_cap_scales'],
  dry_cough: ['cough'],
  usual_migraine: ['headache', 'recurrent_headaches'],
  recurrent_thrush: ['vaginal_itching'],
  genital_warts: ['wart'],
  productive_cough: ['cough'],
  night_cough: ['cough'],
  barking_cough: ['cough'],
  severe_breathlessness: ['breathlessness'],
  pleuritic_pain: ['chest_pain'],
  chest_pain_pressing: ['chest_pain'],
  thunderclap_headache: ['headache'],
  band_headache: ['headache'],
  headache_on_waking: ['headache'],
  penetrating_wound: ['wound_or_bite'],
  upper_abdominal_pain: ['abdominal_pain'],
  sudden_one_sided_pelvic_pain: ['lower_abdominal_pain', 'abdominal_pain'],
  // Pain on swallowing is a sore throat to the patient, and picks the sore-throat questions.
  painful_swallowing: ['sore_throat'],
  right_lower_pain: ['abdominal_pain'],
  left_lower_pain: ['abdominal_pain'],
  insulin_treated: ['diabetes'],
  right_upper_pain: ['abdominal_pain'],
  pain_migrated_navel: ['abdominal_pain'],
  lower_abdominal_pain: ['abdominal_pain'],
  repeated_vomiting: ['vomiting'],
  projectile_vomiting: ['vomiting'],
  vomiting_blood: ['vomiting'],
  non_blanching_rash: ['rash'],
  hives: ['rash'],
  sandpaper_rash: ['rash'],
  hand_foot_mouth_spots: ['rash'],
  back_pain_leg_radiation: ['back_pain'],
  took_paracetamol_excess: ['took_overdose'],
  overdose_intentional: ['took_overdose'],
  heavy_vaginal_bleeding: ['vaginal_bleeding'],
  // chronic history, musculoskeletal, women's health
  // Blood on the paper is rectal bleeding too (as the parser read it before it had its own finding).
  blood_on_toilet_paper: ['bloody_stool'],
  fishy_discharge: ['vaginal_discharge'],
  shoulder_girdle_stiffness: ['shoulder_pain'],
  pregnancy_over_20_weeks: ['pregnant'],
  pregnancy_over_37_weeks: ['pregnancy_over_20_weeks', 'pregnant'],
  // eye, ENT, mouth and teeth, skin
  pain_moving_eye: ['eye_pain'],
  // Its words cover the general bleeding's, which would otherwise be lost.
  nosebleed_prolonged: ['nosebleed', 'bleeding_wont_stop'],
  vertigo_constant: ['vertigo'],
  tooth_pain_hot_cold: ['tooth_pain'],
  tooth_pain_biting: ['tooth_pain'],
  mouth_ulcer_3_weeks: ['mouth_ulcers'],
  ring_shaped_rash: ['rash'],
  herald_patch: ['rash'],
  // The dental-injury complaint rests on a "broken or knocked-out tooth".
  tooth_knocked_out: ['tooth_broken'],
  // The sores sit on eczema.
  punched_out_sores: ['dry_itchy_skin'],
  // children, infections, mental health
  jaundice_first_day: ['jaundice'],
  whoop: ['cough'],
  rash_spreading_from_face: ['rash'],
  flashbacks: ['traumatic_event'],
  cut_down_drinking: ['alcohol_excess'],
  // exposures, injuries, burns, bites, poisoning
  burn_large: ['burn_injury'],
  burn_face: ['burn_injury'],
  burn_deep: ['burn_injury'],
  burn_hand: ['burn_injury'],
  burn_foot: ['burn_injury'],
  tick_attached: ['tick_bite'],
  headache_since_injury: ['headache'],
  large_local_swelling: ['bite_site_swelling'],
  // Others ill from the same food is what makes a meal suspect.
  others_ill_same_food: ['ate_suspicious_food'],
  // knowledge-base additions
  // A frozen shoulder hurts, and its "can't lift my arm" is then the shoulder's, not a stroke's weakness.
  shoulder_stiff: ['shoulder_pain'],
  // A drooping fingertip cannot be straightened: with a cut, the tendon is cut (the red flag asks it).
  fingertip_droop: ['cannot_bend_finger'],
};

const aroundPregnancy = (present: ReadonlySet<string>): boolean =>
  present.has('pregnant') || present.has('pregnant_possible') || present.has('recently_gave_birth');

/** "My right lower leg", "lower left back": a side of something else than the belly (unless the belly is named). */
const LOWER_LIMB_SIDE =
  /(?:(?:left|right) lower|lower (?:left|right)) (?:leg|arm|back|lip|jaw|tooth|teeth|eyelid|lid|limb|calf|shin)/u;
const BELLY = /tummy|belly|stomach|abdom|живот/u;
const inTheBelly = (_: ReadonlySet<string>, __: string, text: string): boolean =>
  !LOWER_LIMB_SIDE.test(text) || BELLY.test(text);

/** "Мушки перед глазами", "seeing spots": flashes of light, or in pregnancy a blurring of sight. */
const SPOTS_BEFORE_EYES = /мушк|spots|stars/u;

/** Words that say an arm is weak or numb, not only that it will not go up. */
const WEAKNESS_WORDS = /weak|numb|dead|heavy|слаб|онемел|отнял|отнима|обмяк|не слушается/u;

/** The text before and after a finding's words (its first mention). */
const before = (text: string, matched: string): string => text.slice(0, text.indexOf(matched));
const after = (text: string, matched: string): string => text.slice(text.indexOf(matched) + matched.length);
const KETONES_NORMAL =
  /^\s*(?:(?:in|on|в|на) \p{L}+ )?(?:\p{L}+ )?(?:negative|normal|clear|nil|zero|отрицат|в норме|норм|не обнаруж|не найден)/u;
const TOO_LITTLE =
  /(?:плохо|мало|слабо|медленно|недостаточно|poor|poorly|slow|slowly|enough)\s+(?:\p{L}+\s+)?$/u;
const BOTH_SIDES = /(?:двух|обеих|обоих|both|either) (?:сторон|sides|ears|ушей)|с обеих|on both/u;
const NAILS = /(?<!\p{L})(?:nails?|toenails?|fingernails?|ногт\p{L}*|ногот\p{L}*)(?!\p{L})/u;
const SKIN_LESION_BEFORE =
  /(?:spot|mole|lump|sore|scab|wart|growth|pimple|blemish|пятн|родинк|бородавк|прыщ|болячк|язвочк|корочк|шишк|нарост|образовани)\p{L}*(?: [\p{L}']+){0,6} $/u;
const LONG_AGO =
  /last (?:winter|summer|spring|autumn|fall|year|month)|(?:years?|months?) ago|as a (?:child|kid|teenager)|(?:в )?прошл\p{L}* (?:зим|лет|весн|осен|год|месяц)\p{L}*|(?:лет|года?|месяц\p{L}*) назад|в детстве|в юности/u;
/** The sentence that holds a finding's words. */
function sentenceAround(text: string, matched: string): string {
  const at = text.indexOf(matched);
  const start = Math.max(...['.', '!', '?', ';'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const ends = ['.', '!', '?', ';'].map((c) => text.indexOf(c, at + matched.length)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}
const NECK = /neck|(?<!\p{L})ше[яюие](?!\p{L})/u;
const JOINTS = /joint|hand|finger|knee|wrist|сустав|пальц|рук|кист|колен|запяст/u;

/** Eye signs beside which "гноится" is the eye's discharge. */
const EYE_SIGNS = ['red_eye', 'itchy_eyes', 'eye_pain', 'blurred_vision', 'eyelid_swelling'];

/** Injuries after which a swelling is the injured part's. */
const INJURIES = [
  'trauma_fall',
  'twisted_ankle',
  'twisted_knee',
  'bruising',
  'neck_jolt',
  'chest_wall_injury',
  'high_energy_injury',
  'head_injury',
];

const EXERCISE =
  /gym|workout|exercis|training|trained|run(?:ning)?\b|marathon|hik(?:e|ing)|squat|crossfit|lifting|трениров|спортзал|(?:в|из) зал|нагрузк|пробежк|бега|бегал|присед|марафон|поход|фитнес|качалк|крепатур/u;

/** A clause opening "when …" right before a finding's words, a subject or an "especially" between. */
const CIRCUMSTANCE = /(?:когда|при|when|whenever|while)\s+(?:[\p{L}']+\s+){0,2}$/u;

/**
 * Long-term conditions a relative has ("dad has asthma", "у мамы диабет", "family history of epilepsy") are family
 * history, not the patient's, unless that relative is who the complaint is about ("Dad (76)… he has diabetes").
 */
const OWN_HISTORY = [
  'asthma_history',
  'copd_history',
  'allergy_history',
  'diabetes',
  'insulin_treated',
  'heart_disease_history',
  'hypertension_history',
  'high_cholesterol',
  'gout_history',
  'rheumatoid_history',
  'ibd_history',
  'epilepsy_history',
  'sickle_cell_disease',
  'kidney_disease_history',
  'previous_clot',
];
const RELATIVE =
  /(?<!\p{L})(?:mum|mom|mother|dad|father|sister|brother|grandma|granny|grandmother|nan|nana|grandad|grandpa|grandfather|aunt|auntie|uncle|cousin|parents?|мам\p{L}*|пап\p{L}*|отц\p{L}*|отец|мать|матер\p{L}*|сестр\p{L}*|брат\p{L}*|бабушк\p{L}*|бабул\p{L}*|дедушк\p{L}*|дед|деда|деду|тет\p{L}*|тёт\p{L}*|дяд\p{L}*|родител\p{L}*)(?!\p{L})/gu;
const PERSON =
  /(?<!\p{L})(?:mum|mom|mother|dad|father|sister|brother|grandma|granny|grandmother|nan|nana|grandad|grandpa|grandfather|aunt|auntie|uncle|son|daughter|baby|child|kid|toddler|boy|girl|wife|husband|partner|мам\p{L}*|пап\p{L}*|отц\p{L}*|отец|мать|матер\p{L}*|сестр\p{L}*|брат\p{L}*|бабушк\p{L}*|бабул\p{L}*|дедушк\p{L}*|дед|деда|деду|сын\p{L}*|доч\p{L}*|ребен\p{L}*|малыш\p{L}*|муж\p{L}*|жен\p{L}*|внук\p{L}*|внучк\p{L}*)(?!\p{L})/u;
const FIRST_PERSON = /(?<!\p{L})(?:i|i'm|im|i've|ive|я|у меня|мне)(?!\p{L})/u;
const FAMILY_HISTORY =
  /family history|runs in (?:the |our |my )?family|in the family|в семье|в роду|наследствен|семейн/u;
function ownHistory(matched: string, text: string): boolean {
  const at = text.indexOf(matched);
  const clauseStart = Math.max(...['.', '!', '?', ';', ','].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const clause = text.slice(clauseStart, at + matched.length);
  if (FAMILY_HISTORY.test(clause)) return false;
  const relative = [...clause.matchAll(RELATIVE)].pop();
  if (!relative) return true;
  // The complaint is about that relative when it opens with them: the first person named, in its first clause,
  // before any "I".
  const subject = PERSON.exec(text);
  const firstBreak = text.search(/[.,;!?]/u);
  if (subject === null || FIRST_PERSON.test(text.slice(0, subject.index))) return false;
  if (firstBreak >= 0 && subject.index > firstBreak) return false;
  return subject[0].slice(0, 3) === relative[0].slice(0, 3) && subject.index <= clauseStart + relative.index!;
}

/**
 * Findings that count only beside what they qualify, or that another finding explains away: "при ходьбе" is
 * exertional chest pain only when the chest hurts (a knee that hurts on walking is not), "throbbing" is a
 * one-sided headache only in a headache, lifting weights hurt the back only if the back hurts, bleeding gums
 * in pregnancy are not vaginal bleeding, a baby's "soft spot" is no rash, "pus" on its own is a pus collection only beside a nail, and an arm that will not go up beside a painful shoulder is the
 * shoulder, not a stroke's weakness (words of weakness or numbness still count). `present` holds the findings
 * mentioned positively; `matched` is this finding's own words, `text` the whole complaint and `before` the text
 * before the words.
 */
export const KEPT_ONLY_IF: Readonly<
  Record<string, (present: ReadonlySet<string>, matched: string, text: string, before: string) => boolean>
> = {
  // Crying or tiredness as the time another sign shows ("a lump comes when he cries", "the eye turns in when she
  // is tired") is its circumstance, not a complaint of its own.
  irritability: (_, __, ___, before) => !CIRCUMSTANCE.test(before),
  // Sore muscles are exercise's only when exercise is told ("went to the gym for the first time in ages, legs
  // killing me").
  muscle_soreness_after_exercise: (_, __, text) => EXERCISE.test(text),
  // Sleepy in the daytime (after a bad night's sleep, snoring) is not a drowsiness that is hard to wake from.
  lethargy: (_, matched, text, before) =>
    !/(?:днем|daytime|during the day|in the day)[\s,]*$/u.test(before) &&
    !/^[\s,]*(?:днем|during the day|in the day(?:time)?)(?!\p{L})/u.test(
      text.slice(before.length + matched.length),
    ),
  // A migraine unlike the usual ones is a new headache to assess, not the patient's own to treat.
  usual_migraine: (_, __, text) =>
    !/different|unlike|not (?:like|the same)|worst|по-другому|по другому|не так|не как|не такая|другая|иначе|сильнее(?:,)? чем/u.test(
      text,
    ),
  // The emergency is a recent assault; one months or years ago is a traumatic event (IMPLIES keeps that).
  sexual_assault: (_, __, text) =>
    !/(?:months?|years?|месяц\p{L}*|год\p{L}*|лет) (?:ago|назад)|as a (?:child|kid|teenager)|в детстве|в юности/u.test(
      text,
    ),
  chest_pain_exertion: (present) => present.has('chest_pain'),
  // "Давление упало", "сахар упал" are readings that fell, not a person.
  trauma_fall: (_, matched, text) => !/^упал/u.test(matched) || !READING_FELL.test(text),
  // A swollen neck is a dental infection spreading only beside a bad tooth (else glands, a thyroid, mumps…).
  floor_of_mouth_swelling: (present, matched) =>
    !/neck|шея|шею/u.test(matched) || present.has('tooth_pain') || present.has('tooth_broken'),
  // "Гноится" alone is an eye's only beside another eye sign.
  eye_discharge: (present, matched) => matched !== 'гноится' || EYE_SIGNS.some((id) => present.has(id)),
  // Periods gone for years, or the menopause named, is not a late period.
  missed_period: (_, __, text) =>
    !/(?:месячн|менстру|period)\p{L}* (?:\p{L}+ ){0,3}(?:\d+|несколько|много|пару|two|three|several|many) (?:лет|год\p{L}*|years?)|менопауз|климакс|menopaus/u.test(
      text,
    ),
  // A swelling is the injury's only when an injury is told, in the same words or elsewhere.
  injury_swelling: (present, matched) =>
    /fall|injur|knock|hit|punch|удар|паден|травм|ушиб/u.test(matched) ||
    INJURIES.some((id) => present.has(id)),
  // A teething baby's dribbling is teething, not saliva a swollen throat cannot pass: unless it is said so, or a
  // fever or noisy or hard breathing comes with it.
  drooling: (present, matched) =>
    !present.has('chewing_on_things') ||
    /swallow|глот/u.test(matched) ||
    ['fever', 'high_fever', 'stridor', 'breathlessness', 'severe_breathlessness'].some((id) =>
      present.has(id),
    ),
  one_sided_headache: (present) => present.has('headache'),
  back_pain_after_lifting: (present) => present.has('back_pain'),
  vaginal_bleeding: (_, matched) => !/gum|nose|десн|нос/u.test(matched),
  // "Spotting" is light bleeding, not spots.
  rash: (present, matched, text) =>
    matched !== 'spotting' &&
    (!/^spots?$/u.test(matched) ||
      !(
        present.has('bulging_fontanelle') ||
        /see(?:ing)? spots|spots (?:in|before) (?:my |her |his )?eyes/u.test(text)
      )),
  // Bare "pus" counts beside a nail, or beside a lump or wound that is red and hot (not an eye's, ear's or throat's).
  pus_lump: (present, matched) =>
    !/^(?:pus|гно\p{L}*)$/u.test(matched) ||
    present.has('toenail_fold_swelling') ||
    (present.has('red_hot_swollen_skin') &&
      !['eye_discharge', 'ear_discharge', 'tonsil_exudate'].some((id) => present.has(id))),
  // A size (a golf ball, a plum) tells a large boil only beside a boil or an abscess.
  boil_large_or_many_heads: (present, matched) =>
    /carbuncle|карбункул|boil|фурункул|чир|нарыв|head|головк|головок/u.test(matched) ||
    present.has('pus_lump'),
  // A neck stiff after sleeping awkwardly or in a draught is a crick, not meningism (unless there is a fever).
  neck_stiffness: (present, _, text) =>
    present.has('fever') ||
    !/slept|sleeping|woke|waking|pillow|awkward|funny|draught|draft|продуло|сквозняк|отлежал|спал/u.test(
      text,
    ),
  // A face swollen beside a toothache is the tooth's swelling, not angioedema (lips or tongue named still are).
  lip_tongue_swelling: (present, matched) =>
    (/lip|tongue|губ|язык/u.test(matched) && !/under|под язык/u.test(matched)) ||
    !(present.has('tooth_pain') || (present.has('face_hand_swelling') && aroundPregnancy(present))),
  // Swelling of the face and hands is a pre-eclampsia sign only in pregnancy or just after it, and there it is that
  // sign rather than a swollen face of another cause.
  face_hand_swelling: (present) => aroundPregnancy(present),
  facial_swelling: (present) => !(present.has('face_hand_swelling') && aroundPregnancy(present)),
  // Burns in the mouth after swallowing a chemical are that, not a burn of the skin.
  burn_injury: (present) => !(present.has('mouth_burns') && present.has('ingested_chemical')),
  heavy_vaginal_bleeding: (present, matched) =>
    /прокладк|pad|towel/u.test(matched) || aroundPregnancy(present),
  heavy_periods: (present) => !aroundPregnancy(present),
  lower_abdominal_pain: (present, matched) => !/side|сторон|боку/u.test(matched) || aroundPregnancy(present),
  blurred_vision: (present, matched) => !SPOTS_BEFORE_EYES.test(matched) || aroundPregnancy(present),
  flashes_of_light: (present, matched) => !(SPOTS_BEFORE_EYES.test(matched) && aroundPregnancy(present)),
  // Carbon monoxide's clue only beside its symptoms, not a household's shared cold, flu or tummy bug.
  others_same_symptoms_home: (present) =>
    ['headache', 'dizziness', 'confusion', 'fainting'].some((f) => present.has(f)) &&
    !['fever', 'cough', 'sore_throat', 'runny_nose', 'diarrhoea', 'rash'].some((f) => present.has(f)),
  // "Порезал руку стеклом", "cut my arm on a fence": one limb cut is an accident unless the text says it was meant.
  self_harm_recent: (_, matched, text) =>
    !/(?:руку|руке|палец|arm|hand|finger)(?!\p{L})/u.test(matched) ||
    /себе|себя|нарочно|специально|myself|on purpose|deliberately/u.test(text),
  // A splash in the eye is the eye's injury; the skin's only when the skin is named.
  chemical_on_skin: (present, matched) => !present.has('chemical_in_eye') || /skin|кож/u.test(matched),
  eye_foreign_body: (present) => !present.has('chemical_in_eye'),
  left_lower_pain: inTheBelly,
  right_lower_pain: inTheBelly,
  // "Прививку от столбняка не помню", "not sure when my last tetanus jab was": the jab is asked about, not recent.
  recent_vaccination: (_, __, text) => !/столбняк|tetanus/u.test(text),
  // "The flow is weak" is the urine stream, not tiredness.
  fatigue: (_, matched, text, before) =>
    (!/^weak/u.test(matched) || !/flow|stream/u.test(text)) && !CIRCUMSTANCE.test(before),
  // "Меня беспокоит кашель" is something that bothers, not anxiety (the stems are the same).
  worry: (_, matched) => !/беспокои[тл]|беспокоят/u.test(matched),
  arm_weakness: (present, matched) =>
    WEAKNESS_WORDS.test(matched) || !(present.has('shoulder_pain') || present.has('pain_lifting_arm')),
  // chronic history, musculoskeletal, women's health
  // "Ketones negative", "кетоны в норме": a test told, not a positive one.
  ketones_positive: (_, matched, text) => !KETONES_NORMAL.test(after(text, matched)),
  // A baby "плохо набирает вес", "poor weight gain": too little gain, not too much.
  weight_gain: (_, matched, text) =>
    !TOO_LITTLE.test(before(text, matched)) && !(/^толст/u.test(matched) && NAILS.test(text)),
  // Nails that turn yellow or thick are a nail's (fungus), not jaundice, weight or a painful toe, unless the skin or
  // the eyes are named.
  jaundice: (_, matched, text) => !NAILS.test(text) || /skin|eye|кож|глаз|белк|склер/u.test(matched),
  big_toe_pain: (_, matched) => !NAILS.test(matched),
  // White or blue fingers or toes in the cold are Raynaud's, not blue lips (the lips or face named still are).
  blue_lips: (_, matched, text) =>
    /lip|face|губ|лиц|носогуб/u.test(matched) ||
    !/finger|toe|hand|feet|foot|пальц|пальчик|кист|рук|ног|стоп/u.test(text),
  // Swelling on both sides with the cheeks puffed out ("лицо как у хомяка") is the parotid glands of mumps;
  // mastoiditis is one ear's.
  swelling_behind_ear: (present, _, text) => !(present.has('parotid_swelling') && BOTH_SIDES.test(text)),
  // "Пью метформин много лет" is a medicine taken for years, not thirst: a word between "пью" and "много" must
  // be a drink.
  thirst: (_, matched) =>
    !/^пью \p{L}+ /u.test(matched) || /^пью (?:вод|жидк|чай|чая|сок|морс|компот|молок)/u.test(matched),
  // "В груди, красное" is the breast's only beside breastfeeding or a birth ("груди" is also the chest).
  breast_red_painful: (present, matched) =>
    !/^груд\p{L}*,/u.test(matched) ||
    ['breastfeeding', 'recently_gave_birth', 'pregnant'].some((id) => present.has(id)),
  // "Тест положительный" is a pregnancy test only beside a late period or pregnancy named (else a covid or strep test).
  pregnant_possible: (present, matched, text) =>
    !/^(?:тест|test)/u.test(matched) ||
    present.has('missed_period') ||
    /беремен|pregnan|задержк|полоск/u.test(text),
  // A sore in the mouth that will not heal is a mouth ulcer's (mouth_ulcer_3_weeks), not the skin's.
  changing_mole: (_, matched) => !/mouth|tongue|gum|во рту|язык|десн/u.test(matched),
  // A spot, mole or sore on the nose that bleeds is that skin lesion's, not a nosebleed.
  nosebleed: (_, matched, text) => !SKIN_LESION_BEFORE.test(before(text, matched)),
  // A bone broken months or years ago ("broke my wrist last winter") is history, not a deformed limb now.
  limb_deformity: (_, matched, text) => !LONG_AGO.test(sentenceAround(text, matched)),
  // "Cracked my knee on the table" is a knock ("cracked" and "cracks" share a stem).
  joint_creaking: (_, matched) => !/cracked/u.test(matched),
  // Blood on wiping after a pee is not from the back passage.
  blood_on_toilet_paper: (_, __, text) => !/(?<!\p{L})(?:pee|wee|urin|писа|пописа|моч|помоч)/u.test(text),
  // A neck stiff in the morning is a crick (slept awkwardly), not joints.
  morning_stiffness: (_, matched, text) => !NECK.test(matched) && (!NECK.test(text) || JOINTS.test(text)),
  // eye, ENT, mouth and teeth, skin
  new_floaters: (present, matched) => !(SPOTS_BEFORE_EYES.test(matched) && aroundPregnancy(present)),
  // "People's voices sound muffled" is hearing, not the patient's own voice.
  muffled_voice: (_, matched) => !/voices|hear/u.test(matched),
  // Swollen after the wisdom tooth came out is the socket's.
  gum_swelling_back_tooth: (present) => !present.has('recent_tooth_extraction'),
  // A piece knocked off is a chip; a milk tooth is not replanted ("my baby knocked his tooth out" still counts).
  tooth_knocked_out: (_, matched, text) =>
    !/кус|част|угол|край|piece|bit|chip|corner|half/u.test(matched) &&
    !/молочн|(?:baby|milk) (?:tooth|teeth)/u.test(text),
  // Sores that keep coming back are not one that will not heal.
  mouth_ulcer_3_weeks: (_, matched) => !/every|keep|recurr|again/u.test(matched),
  // A rash under a ring on a finger is from the jewellery.
  ring_shaped_rash: (_, __, text) => !/пальц|палец|обручальн|finger|wedding/u.test(text),
  // A nail fungus is the nail's, not the skin between the toes.
  itchy_peeling_toes: (_, matched) => !/ногт|ногот|nail/u.test(matched),
  // An itchy throat, eye or ear at night is not the skin's: no such part named in the itch's clause.
  itch_worse_at_night: (_, matched, text) => {
    const clause =
      text
        .slice(0, text.indexOf(matched))
        .split(/[.,;!?]/u)
        .pop() ?? '';
    return !/throat|eye|(?<!\p{L})(?:ears?|ух|уш|нос)|горл|глаз/u.test(`${clause} ${matched}`);
  },
  // children, infections, mental health
  // Dark yellow urine is concentrated urine, not the tea colour of bile or muscle pigment.
  dark_urine: (_, matched) => !/yellow|желт/u.test(matched),
  // A swollen gum is teething's beside a baby or a tooth coming through; an adult's is a back tooth's or the gums'.
  swollen_gum_tooth: (present, __, text) =>
    present.has('chewing_on_things') ||
    /(?<!\p{L})(?:bab(?:y|ies)|toddler|infant|son|daughter|child|kid|малыш|младен|ребен|сын|доч)/u.test(text),
  // Itching between the toes is a fungal infection, not scabies' burrows.
  burrows_between_fingers: (_, __, text) =>
    !/(?:пальц|пальчик)\p{L}* (?:на )?ног|межпальц\p{L}* (?:\p{L}+ )?(?:на )?(?:ног|стоп)/u.test(text),
  // Worms asked about in a stool test were not seen.
  worms_seen: (_, __, text) => !/анализ|соскоб|сдали|сдать|сдавали|test|sample|swab/u.test(text),
  // "Whooping cough" beside a vaccination is the jab's name, not a whoop heard.
  whoop: (_, matched, text) =>
    matched !== 'whooping cough' || !/vaccin|jab|immunis|immuniz|booster|прививк|вакцин/u.test(text),
  // "Морская свинка" is a guinea pig, not mumps.
  parotid_swelling: (_, matched, text) => !/^свинк/u.test(matched) || !/морск/u.test(text),
  // An itch around the mouth is the skin's (a rash), not the mouth's after food.
  itchy_mouth: (_, __, text) =>
    !/(?:around|round|near|вокруг|около|возле) (?:the |his |her |my )?(?:mouth|lips|рта|губ)/u.test(text),
  // Swollen hands and feet in pregnancy are pre-eclampsia's or the pregnancy's, not Kawasaki disease's.
  swollen_red_hands_feet: (present) => !aroundPregnancy(present),
  // "Manic depression" is the old name of bipolar disorder, not a high mood now.
  elated_mood: (_, matched, text) => matched !== 'manic' || !/manic[ -]depress/u.test(text),
  // A thought of cutting is not a cut, nor is a finger cut by accident.
  self_harm_acts: (_, matched, text) => !harmOnlyThought(matched, text) && !accidentalCut(text),
  // "Stopped drinking" is alcohol unless food, water or milk are the subject; "want to quit" is not done yet.
  cut_down_drinking: (_, matched, text) =>
    (/alcohol|booze|алкогол|спиртн|бух|выпива|выпивк|запо[йяе]|detox|withdraw|абстинен/u.test(matched) ||
      !FOOD_OR_WATER.test(text)) &&
    !INTENT_BEFORE.test(text.slice(0, text.indexOf(matched))),
  // exposures, injuries, burns, bites, poisoning
  // A drug "не давали", "not given" is denied; "не помогает" (did not help) was taken.
  // The finding is regular use (medication-overuse headache, liver): a dose given once is not it.
  paracetamol_use: (_, matched, text) => !deniedAfter(matched, text) && REGULARLY.test(text),
  took_opioids: (_, matched, text) => !deniedAfter(matched, text),
  // "Pale poo", "бледный стул", "сыпь не бледнеет": the colour of something else; white fingers are Raynaud's.
  pale_skin: (_, matched, text) =>
    !PALE_THING.test(matched) &&
    !PALE_OTHER.test(text) &&
    !(/finger|toe|пальц|пальчик/u.test(text) && !/face|skin|lips|лиц|кож|губ/u.test(text)),
  // Exercise, cold air, pollen or pets matter as triggers of a chest or nose symptom, not of a sore knee.
  exercise_triggered: (present) => TRIGGERED_SYMPTOMS.some((id) => present.has(id)),
  // "Hurts when I press" is the chest wall's only when the chest is what hurts.
  chest_pain_reproducible: (present, matched) =>
    !/belly|tummy|stomach|abdom|живот/u.test(matched) &&
    (present.has('chest_pain') || /chest|rib|breast|stern|груд|ребр/u.test(matched)),
  // A bat ("летучая мышь") is no rodent.
  rodent_contact: (_, __, text) => !/летуч\p{L}* мыш/u.test(text),
  // Not knowing or not remembering is no answer, flu or covid jabs are not the routine childhood ones, and "no
  // vaccinations lately" is about a recent jab.
  unvaccinated: (_, __, text) =>
    !/not sure|unsure|don'?t know|not certain|не знаю|не помню|не уверен|грипп|ковид|коронавирус|covid|corona|flu(?!\p{L})|recent|lately|недавн|последн/u.test(
      text,
    ),
  // Cold air eases croup, which is not a poisoned home.
  better_away_from_home: (present) => !present.has('barking_cough') && !present.has('stridor'),
  // Sunburn is its own finding (no burns service), and a burning feeling is no burn.
  burn_large: notAFeltOrSunBurn,
  burn_face: notAFeltOrSunBurn,
  burn_deep: notAFeltOrSunBurn,
  burn_hand: notAFeltOrSunBurn,
  burn_foot: notAFeltOrSunBurn,
  skin_white_hard_after_cold: (present, matched, text) =>
    /frostbit/u.test(matched) || present.has('cold_exposure') || COLD.test(text),
  // Fainting words are a knock-out only beside an injury; "knocked his tooth out" is the tooth's.
  knocked_out: (present, matched, text) =>
    !/tooth|teeth|зуб/u.test(matched) &&
    !present.has('tooth_knocked_out') &&
    (/knock|нокаут/u.test(matched) || INJURIES.some((id) => present.has(id)) || BLOW.test(text)),
  amnesia_injury: (present, _, text) => INJURY_WORDS.test(text) || INJURIES.some((id) => present.has(id)),
  // A jolt or jerk of the neck is an injury's only in a crash or fall ("my neck jerks" is a tic).
  neck_jolt: (present, matched, text) =>
    /whiplash|хлыст/u.test(matched) ||
    INJURIES.some((id) => id !== 'neck_jolt' && present.has(id)) ||
    INJURY_WORDS.test(text),
  // "Удары в груди" beside a racing heart are heartbeats, and "давление упало" is a reading that fell.
  chest_wall_injury: (present, matched, text) =>
    !present.has('palpitations') &&
    !/heart|сердц/u.test(matched) &&
    (!/^упал/u.test(matched) || !READING_FELL.test(text)),
  // A ring or circle beside any bite; a spreading patch only beside a tick's (else it is a spreading infection).
  expanding_red_ring: (present, matched) =>
    TICK.some((id) => present.has(id)) ||
    (/ring|circle|halo|bull|target|migrans|кольц|круг|мишен|ободок|ободк|эритем/u.test(matched) &&
      BITES.some((id) => present.has(id))),
  bite_site_swelling: (present, _, text) => afterABite(present, text),
  large_local_swelling: (present, _, text) => afterABite(present, text),
  // Travel years ago is not the past year.
  malaria_area_travel_past_year: (_, __, text) =>
    !/(?:\d+|два|три|пять|несколько|много|пару|two|three|four|five|several|many) (?:лет|года|years) (?:назад|ago)/u.test(
      text,
    ),
  // Breathing slowly on purpose is an exercise, and fast shallow breathing is fast breathing.
  slow_breathing: (present, __, text) =>
    !present.has('fast_breathing') &&
    !/exercis|techniqu|meditat|relax|упражнен|медитац|техник|расслаб/u.test(text),
  // A fit's stiffening is the fit, and stiffness in the morning or after a workout is not rigidity.
  muscle_rigidity: (present, _, text) =>
    !present.has('seizure') && !/утр|morning|трениров|спортзал|зарядк|gym|workout|exercis/u.test(text),
  ...Object.fromEntries(
    OWN_HISTORY.map((id) => [id, (_: unknown, matched: string, text: string) => ownHistory(matched, text)]),
  ),
  // knowledge-base additions
  // Pain at the thumb side of the wrist on gripping, without a fall, is de Quervain's, not a scaphoid fracture.
  wrist_pain_thumb_side: (present) =>
    !present.has('thumb_wrist_pain_gripping') || INJURIES.some((id) => present.has(id)),
};

// children, infections, mental health
/** "Thoughts of cutting myself", "хочется порезать себя": a thought or an urge, not an act. */
const THOUGHT_BEFORE =
  /(?:thoughts?|urges?|wants?|wanted|feel like|tempted|thinking|think|мысл\p{L}*|хочу|хочется|хочет|желани\p{L}*|тянет)(?: (?:to|of|about|бы))? $/u;
const harmOnlyThought = (matched: string, text: string): boolean =>
  THOUGHT_BEFORE.test(text.slice(0, text.indexOf(matched)));
/** "Порезал себе палец", "cut myself by accident": an accident unless the text says it was meant. */
const accidentalCut = (text: string): boolean =>
  /палец|пальц|finger|thumb|случайно|accident/u.test(text) &&
  !/нарочно|специально|намеренно|on purpose|deliberately|self-?harm|селфхарм|самоповрежд/u.test(text);
const FOOD_OR_WATER =
  /(?<!\p{L})(?:eat\p{L}*|food|fluids?|water|milk|feed\p{L}*|juice|ест|есть|еды|еду|кушат\p{L}*|вод[аыуе]|молок\p{L}*|жидкост\p{L}*|корм\p{L}*|груд\p{L}*|бутылочк\p{L}*)(?!\p{L})/u;
const INTENT_BEFORE =
  /(?:need|want|should|going|plan|planning|hope|хочу|надо|нужно|собираюсь|планирую)\p{L}* (?:to )?(?:\p{L}+ )?$/u;

// exposures, injuries, burns, bites, poisoning
const REGULARLY =
  /every|daily|regular|most days|always|constant|all the time|each day|каждый|ежедневн|регулярн|постоянн|всё время|все время|часто|often/u;
const TRIGGERED_SYMPTOMS = [
  'wheeze',
  'cough',
  'breathlessness',
  'chest_tightness',
  'sneezing',
  'runny_nose',
  'blocked_nose',
  'itchy_eyes',
];
const BITES = [
  'insect_sting',
  'insect_bite',
  'animal_bite',
  'wild_animal_bite',
  'human_bite',
  'snake_bite',
  'tick_bite',
  'tick_attached',
  'jellyfish_sting',
];
const TICK = ['tick_bite', 'tick_attached'];
const PALE_THING =
  /poo|stool|urine|wee|rash|finger|toe|whites|стул|кал|моч|сып|пятн|нажат|надав|стакан|пальц/u;
const PALE_OTHER =
  /бледн\p{L}* (?:\p{L}+ )?(?:стул|кал|какашк|моч)|(?:стул|кал|какашк|моч)\p{L}* (?:\p{L}+ ){0,2}бледн|pale (?:\p{L}+ )?(?:poo|stool|urine|wee|pee|rash|spot|pink|yellow|blue|line|patch|brown)|(?:poo|poos|stools?) (?:\p{L}+ ){0,2}pale/u;
const COLD = /(?<!\p{L})(?:cold|frost|snow|freez|ic[ey](?!\p{L})|мороз|холод|снег|лед|льд|замерз)/u;
/** A blow rather than a fall: "упал в обморок" is a faint. */
const BLOW = /(?<!\p{L})(?:удар|травм|hit|punch|injur|accident|crash|collision|авари|дтп|столкн)/u;
/** "Давление упало", "сахар упал до 2,8", "упала по центилям": a reading that fell. */
const READING_FELL =
  /(?:давлени|сахар|глюкоз|температур|гемоглобин|пульс|сатурац)\p{L}* (?:\p{L}+ )?упал|упал\p{L}* (?:\p{L}+ )?(?:по )?(?:центил|перцентил)/u;
const INJURY_WORDS =
  /(?<!\p{L})(?:fall|fell|hit|punch|bang|bump|knock|accident|crash|collision|injur|удар|травм|паден|упал|авари|дтп|столкн)/u;
/** A bite of a named kind, or "bitten" by something the text does not name. */
function afterABite(present: ReadonlySet<string>, text: string): boolean {
  return (
    BITES.some((id) => present.has(id)) ||
    (present.has('wound_or_bite') && /bite|bitten|укус|покусал/u.test(text))
  );
}
const DENIED_AFTER =
  /^\p{L}*(?: \p{L}+)? (?:не (?:давал|дали|принимал|пил|употреблял|пробовал|колол|нюхал|курил)|not (?:given|taken|used)|never (?:taken|used|had))/u;
function deniedAfter(matched: string, text: string): boolean {
  const at = text.indexOf(matched);
  return at >= 0 && DENIED_AFTER.test(text.slice(at + matched.length));
}
function notAFeltOrSunBurn(present: ReadonlySet<string>, matched: string): boolean {
  return !present.has('sunburnt_skin') && !/burning|жжени|жжет/u.test(matched);
}
