import type { NumericFinding } from '../types.js';
import { defineFindings } from './define.js';

/** Symptoms a child can only report once they talk about them. */
const VERBAL = { minAgeMonths: 36 } as const;
const SELF_REPORT = { minAgeMonths: 96 } as const;
const NEWBORN = { maxAgeMonths: 1 } as const;
const ADULT_50 = { minAgeMonths: 600 } as const;

/** Danger signs the red-flag rules (src/red-flags/) need that no body-system file defines. */
const dangerSigns = [
  ...defineFindings('general', 'sign', [
    ['unresponsive', 'Does not respond, cannot be woken', 'Не реагирует, не удаётся разбудить', 0.0005],
    [
      'muscle_rigidity',
      'Muscles stiff and rigid all over the body',
      'Мышцы всего тела напряжены и скованы',
      0.001,
    ],
    [
      'cold_pale_limb',
      'An arm or leg suddenly cold, pale and painful',
      'Рука или нога внезапно стала холодной, бледной и болезненной',
      0.0005,
    ],
  ]),
  ...defineFindings('respiratory', 'symptom', [
    [
      'reliever_not_helping',
      'The blue reliever inhaler (salbutamol) is not helping',
      'Синий ингалятор скорой помощи (сальбутамол) не помогает',
      0.002,
    ],
    [
      'reliever_every_4_hours',
      'Needs the reliever inhaler more often than every 4 hours',
      'Ингалятор скорой помощи нужен чаще, чем раз в 4 часа',
      0.003,
    ],
  ]),
  ...defineFindings('digestive', 'sign', [
    [
      'redcurrant_jelly_stool',
      'Stool looks like red-currant jelly (blood with mucus)',
      'Стул похож на малиновое желе (кровь со слизью)',
      0.0005,
      { maxAgeMonths: 72 },
    ],
    ['green_vomit', 'Green (bile-coloured) vomit', 'Рвота зелёного цвета (желчью)', 0.002],
    [
      'projectile_vomiting',
      'Forceful vomiting that shoots out after feeds',
      'Рвота «фонтаном» после кормлений',
      0.002,
      { maxAgeMonths: 6 },
    ],
    [
      'jaundice_first_day',
      'Yellow skin appeared within 24 hours of birth',
      'Желтушность кожи появилась в первые 24 часа после рождения',
      0.001,
      NEWBORN,
    ],
    [
      'bowels_stopped',
      'Bowels stopped completely: no stool, no wind',
      'Полностью перестали отходить стул и газы',
      0.002,
    ],
    [
      'hernia_stuck',
      'A hernia bulge has become painful and will not go back in',
      'Грыжевое выпячивание стало болезненным и не вправляется',
      0.0005,
    ],
  ]),
  ...defineFindings('urinary_reproductive', 'symptom', [
    [
      'cannot_pass_urine',
      'Cannot pass urine despite a full bladder',
      'Не может помочиться при полном мочевом пузыре',
      0.002,
    ],
    [
      'priapism',
      'Painful erection lasting 4 hours or longer',
      'Болезненная эрекция 4 часа и дольше',
      0.0002,
      { sex: 'male' },
    ],
    [
      'foreskin_stuck_back',
      'Foreskin pulled back behind the head of the penis and will not go forward again',
      'Крайняя плоть сдвинута за головку полового члена и не возвращается обратно',
      0.0002,
      { sex: 'male' },
    ],
    [
      'penis_caught_in_zip',
      'Penis (its skin) caught in a zip',
      'Половой член (крайняя плоть) защемлён молнией',
      0.0001,
      { sex: 'male' },
    ],
  ]),
  ...defineFindings('ent', 'symptom', [
    ['spitting_blood', 'Spitting out fresh red blood', 'Сплёвывает свежую алую кровь', 0.002],
  ]),
  ...defineFindings('neurological', 'symptom', [
    [
      'jaw_pain_chewing',
      'Jaw aches when chewing and eases with rest',
      'Челюсть болит при жевании и проходит в покое',
      0.003,
      ADULT_50,
    ],
    [
      'scalp_tenderness',
      'Scalp tender to touch, e.g. when combing',
      'Кожа головы болезненна при касании, например при расчёсывании',
      0.005,
      VERBAL,
    ],
    ['leg_weakness_both', 'Weakness in both legs', 'Слабость в обеих ногах', 0.003],
    [
      'headache_on_waking',
      'Headache that wakes them at night or is worst on waking',
      'Головная боль будит ночью или сильнее всего сразу после пробуждения',
      0.01,
    ],
    [
      'new_squint_or_clumsiness',
      'A new squint, new clumsiness or unsteady walking',
      'Появилось косоглазие, неловкость движений или шаткая походка',
      0.002,
    ],
    [
      'muscle_jerks',
      'Muscles twitching or jerking on their own',
      'Мышцы сами подёргиваются или вздрагивают',
      0.005,
    ],
    [
      'headache_since_injury',
      'Headache that has not gone since the head injury',
      'Головная боль не проходит после травмы головы',
      0.003,
      VERBAL,
    ],
    [
      'clear_fluid_from_nose',
      'Clear watery fluid running from the nose since a head injury',
      'Прозрачная водянистая жидкость течёт из носа после травмы головы',
      0.0003,
    ],
    [
      'clear_fluid_from_ear',
      'Clear watery fluid running from an ear since a head injury',
      'Прозрачная водянистая жидкость течёт из уха после травмы головы',
      0.0003,
    ],
  ]),
  ...defineFindings('exposure', 'history', [
    [
      'malaria_area_travel_past_year',
      'Visited a country with malaria in the past 12 months',
      'За последние 12 месяцев был(а) в стране, где есть малярия',
      0.02,
    ],
    [
      'overdose_intentional',
      'Took tablets or a substance on purpose to harm themselves',
      'Принял(а) таблетки или вещество намеренно, чтобы навредить себе',
      0.001,
      SELF_REPORT,
    ],
    [
      'self_harm_recent',
      'Hurt themselves on purpose in the last few days',
      'Намеренно причинил(а) себе вред в последние дни',
      0.002,
      SELF_REPORT,
    ],
    [
      'hypo_not_improving',
      'Blood sugar still low 15 minutes after taking sugar',
      'Сахар крови остаётся низким через 15 минут после приёма сахара',
      0.0005,
    ],
    ['chemical_on_skin', 'A chemical splashed onto the skin', 'На кожу попало химическое вещество', 0.002],
    [
      'eye_penetrating_injury',
      'Something sharp or flying at speed went into the eye',
      'В глаз попал острый или летевший с силой предмет',
      0.0005,
    ],
  ]),
  ...defineFindings('injury', 'symptom', [
    [
      'penetrating_wound',
      'A stab, gunshot or deep puncture wound to the head, neck, chest, abdomen or back',
      'Ножевое, огнестрельное или глубокое колотое ранение головы, шеи, груди, живота или спины',
      0.0005,
    ],
    [
      'achilles_snap',
      'A sudden snap or kick felt at the back of the heel, now cannot stand on tiptoe',
      'Внезапный щелчок или «удар» сзади над пяткой, теперь не встать на носок',
      0.0005,
    ],
    [
      'wrist_pain_thumb_side',
      'After a fall on the hand, pain in the wrist at the base of the thumb',
      'После падения на руку — боль в запястье у основания большого пальца',
      0.001,
    ],
    ['burn_hand', 'Burn on a hand', 'Ожог кисти', 0.001],
    ['burn_foot', 'Burn on a foot', 'Ожог стопы', 0.0005],
    ['burn_genitals', 'Burn on the genitals or groin', 'Ожог половых органов или паха', 0.0002],
  ]),
];

/**
 * Simpler, observable re-asks for danger signs a patient may not know how to judge (see src/red-flags/doubt.ts for
 * which answer is reassuring). Rare to be alarming in anyone, so their base rate is the reassuring answer's.
 */
const reasks = defineFindings('danger_signs', 'sign', [
  [
    'answers_normally',
    'Can answer you normally and knows where they are',
    'Отвечает как обычно и понимает, где находится',
    0.99,
    VERBAL,
  ],
  [
    'responds_to_voice',
    'Opens their eyes or responds when spoken to',
    'Открывает глаза или отвечает, когда к нему обращаются',
    0.995,
  ],
  ['stays_awake_when_woken', 'Stays awake once woken', 'Не засыпает снова, если разбудить', 0.99],
  [
    'can_speak_full_sentences',
    'Can say a full sentence without stopping for breath',
    'Может сказать целую фразу, не останавливаясь, чтобы вдохнуть',
    0.98,
    VERBAL,
  ],
  ['lips_usual_colour', 'Lips are their usual pink colour', 'Губы обычного розового цвета', 0.995],
  ['can_swallow_saliva', 'Can swallow their own saliva', 'Может проглотить слюну', 0.995],
  [
    'noisy_breathing_in_at_rest',
    'A harsh noise when breathing in while resting quietly',
    'Грубый шум на вдохе даже в спокойном состоянии',
    0.003,
  ],
  [
    'can_smile_evenly',
    'Both corners of the mouth lift when smiling',
    'При улыбке оба уголка рта поднимаются одинаково',
    0.995,
  ],
  [
    'can_raise_both_arms',
    'Can lift both arms and hold them up for 10 seconds',
    'Может поднять обе руки и удержать их 10 секунд',
    0.995,
    VERBAL,
  ],
  [
    'can_repeat_phrase',
    'Can repeat a simple sentence clearly',
    'Может чётко повторить простую фразу',
    0.99,
    { minAgeMonths: 48 },
  ],
  ['chin_to_chest', 'Can touch the chest with the chin', 'Может прижать подбородок к груди', 0.99],
  [
    'new_purple_spots',
    'New tiny purple-red spots or bruises without an injury',
    'Новые мелкие багровые точки или синяки без травмы',
    0.003,
  ],
  [
    'colour_returns_quickly',
    'Colour returns within 2 seconds after pressing a fingernail for 5 seconds',
    'Цвет ногтя восстанавливается за 2 секунды после нажатия на 5 секунд',
    0.98,
  ],
  ['passed_urine_12h', 'Passed urine in the last 12 hours', 'Мочился(ась) за последние 12 часов', 0.98],
  [
    'jerking_while_unresponsive',
    'Shaking or jerking of the body while not responding',
    'Подёргивания или судороги тела, во время которых не реагирует',
    0.002,
  ],
]);

/** Measurements for thresholds that must not borrow the duration of all symptoms or a lumped yes/no. */
export const dangerSignNumericFindings: NumericFinding[] = [
  {
    kind: 'numeric',
    id: 'fever_days',
    name: { ru: 'Сколько дней держится температура', en: 'How many days the fever has lasted' },
    category: 'history',
    system: 'general',
    unit: { ru: 'дней', en: 'days' },
    min: 0,
    max: 60,
    buckets: [1, 3, 5, 8],
  },
  {
    kind: 'numeric',
    id: 'newborn_age_days',
    name: { ru: 'Возраст малыша в днях', en: 'Baby’s age in days' },
    category: 'history',
    system: 'paediatric',
    unit: { ru: 'дней', en: 'days' },
    min: 0,
    max: 90,
    buckets: [0, 7, 21, 60],
  },
  {
    kind: 'numeric',
    id: 'blood_glucose_mmol',
    name: { ru: 'Сахар крови по глюкометру', en: 'Blood sugar on a glucose meter' },
    category: 'vital',
    system: 'general',
    unit: { ru: 'ммоль/л', en: 'mmol/L' },
    min: 0.5,
    max: 40,
    buckets: [2.5, 6, 14, 25],
  },
  {
    kind: 'numeric',
    id: 'respiratory_rate',
    name: { ru: 'Число вдохов за минуту в покое', en: 'Breaths in one minute at rest' },
    category: 'vital',
    system: 'respiratory',
    unit: { ru: 'в минуту', en: 'per minute' },
    min: 4,
    max: 120,
    buckets: [14, 24, 35, 50, 70],
  },
  {
    kind: 'numeric',
    id: 'oxygen_saturation',
    name: { ru: 'Сатурация (SpO₂) по пульсоксиметру', en: 'Oxygen level (SpO₂) on a pulse oximeter' },
    category: 'vital',
    system: 'respiratory',
    unit: { ru: '%', en: '%' },
    min: 50,
    max: 100,
    buckets: [85, 91, 94, 98],
  },
  {
    kind: 'numeric',
    id: 'heart_rate',
    name: { ru: 'Пульс в покое (ударов в минуту)', en: 'Pulse at rest (beats a minute)' },
    category: 'vital',
    system: 'cardiovascular',
    unit: { ru: 'уд/мин', en: 'beats/min' },
    min: 20,
    max: 250,
    buckets: [45, 75, 110, 160],
  },
  {
    kind: 'numeric',
    id: 'burn_palms',
    name: {
      ru: 'Сколько ладоней пострадавшего закроют ожог',
      en: 'How many of the patient’s own palms would cover the burn',
    },
    category: 'history',
    system: 'injury',
    unit: { ru: 'ладоней', en: 'palms' },
    min: 0,
    max: 100,
    buckets: [0.5, 2, 5, 20],
  },
];

export const dangerSignFindings = [...dangerSigns, ...reasks, ...dangerSignNumericFindings];
