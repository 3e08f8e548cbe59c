import { defineFindings } from './define.js';

const WOMAN = { sex: 'female', minAgeMonths: 144 } as const;

export const urinaryReproductiveFindings = defineFindings('urinary_reproductive', 'symptom', [
  ['painful_urination', 'Burning, pain when passing urine', 'Жжение, боль при мочеиспускании', 0.02],
  ['frequent_urination', 'Passing urine often', 'Частое мочеиспускание', 0.03],
  [
    'urgency_urination',
    'Sudden urgent need to pass urine',
    'Внезапные сильные позывы к мочеиспусканию',
    0.02,
  ],
  ['blood_in_urine', 'Blood in the urine', 'Кровь в моче', 0.003],
  ['cloudy_urine', 'Cloudy urine', 'Мутная моча', 0.02],
  ['flank_pain', 'Pain in the side of the back, below the ribs', 'Боль в пояснице сбоку, под рёбрами', 0.01],
  ['vaginal_discharge', 'Unusual vaginal discharge', 'Необычные выделения из влагалища', 0.03, WOMAN],
  ['vaginal_itching', 'Vaginal itching', 'Зуд во влагалище', 0.03, WOMAN],
  ['pregnant_possible', 'Could be pregnant', 'Возможна беременность', 0.05, WOMAN],
  ['missed_period', 'Missed period', 'Задержка менструации', 0.03, WOMAN],
  ['vaginal_bleeding', 'Unusual vaginal bleeding', 'Необычное кровотечение из влагалища', 0.01, WOMAN],
  ['painful_periods', 'Painful periods', 'Болезненные менструации', 0.06, WOMAN],
  ['pelvic_pain', 'Pain low in the pelvis', 'Боль в области малого таза', 0.01],
  ['testicular_pain', 'Pain in a testicle', 'Боль в яичке', 0.002, { sex: 'male' }],
]);
