import { defineFindings } from './define.js';

export const digestiveFindings = [
  ...defineFindings('digestive', 'symptom', [
    ['abdominal_pain', 'Abdominal pain', 'Боль в животе', 0.04],
    ['upper_abdominal_pain', 'Pain in the upper abdomen', 'Боль в верхней части живота', 0.02],
    ['right_lower_pain', 'Pain in the lower right abdomen', 'Боль внизу живота справа', 0.005],
    ['right_upper_pain', 'Pain under the right ribs', 'Боль под правым ребром', 0.005],
    [
      'pain_migrated_navel',
      'Pain started around the navel and then moved',
      'Боль началась около пупка и затем сместилась',
      0.002,
    ],
    ['lower_abdominal_pain', 'Lower abdominal pain', 'Боль внизу живота', 0.02],
    ['cramping_pain', 'Cramping abdominal pain', 'Схваткообразная боль в животе', 0.02],
    ['nausea', 'Nausea', 'Тошнота', 0.04],
    ['vomiting', 'Vomiting', 'Рвота', 0.03],
    [
      'repeated_vomiting',
      'Vomiting again and again, cannot keep fluids down',
      'Многократная рвота, не удерживает жидкость',
      0.005,
    ],
    ['diarrhoea', 'Diarrhoea', 'Диарея (жидкий стул)', 0.03],
    ['bloody_stool', 'Blood in the stool', 'Кровь в стуле', 0.003],
    ['black_stool', 'Black, tarry stool', 'Чёрный дёгтеобразный стул', 0.002],
    [
      'vomiting_blood',
      'Vomiting blood (red, dark "coffee grounds")',
      'Рвота кровью (алой, «кофейной гущей»)',
      0.001,
    ],
    ['heartburn', 'Heartburn', 'Изжога', 0.05],
    ['acid_regurgitation', 'Sour taste, acid coming up', 'Кислый привкус во рту, отрыжка кислым', 0.04],
    ['bloating', 'Bloating', 'Вздутие живота', 0.05],
    ['constipation', 'Constipation', 'Запор', 0.04],
    ['alternating_bowel', 'Diarrhoea alternating with constipation', 'Поносы чередуются с запорами', 0.01],
    [
      'pain_relieved_by_defecation',
      'Pain eases after a bowel movement',
      'Боль уменьшается после опорожнения кишечника',
      0.01,
    ],
    ['pain_after_fatty_food', 'Pain after fatty meals', 'Боль после жирной пищи', 0.01],
    [
      'pain_worse_on_movement',
      'Abdominal pain worse on moving, coughing',
      'Боль в животе усиливается при движении, кашле',
      0.005,
    ],
    ['rigid_abdomen', 'Hard, board-like abdomen', 'Твёрдый, напряжённый живот', 0.001],
    ['jaundice', 'Yellow skin, yellow whites of the eyes', 'Желтушность кожи, белков глаз', 0.002],
    ['epigastric_pain_empty', 'Upper abdominal pain on an empty stomach', 'Боль под ложечкой натощак', 0.01],
  ]),
  ...defineFindings('digestive', 'history', [
    ['ate_suspicious_food', 'Ate food that may have been off', 'Ел(а) подозрительную пищу', 0.03],
    [
      'others_ill_same_food',
      'Others who ate the same food are ill',
      'Заболели другие, кто ел ту же пищу',
      0.01,
    ],
    // Paracetamol is not an NSAID and does not harm the stomach lining, so it is asked separately.
    [
      'nsaid_use',
      'Regularly takes anti-inflammatory painkillers (ibuprofen, aspirin, diclofenac)',
      'Регулярно принимает противовоспалительные обезболивающие (ибупрофен, аспирин, диклофенак)',
      0.05,
      { minAgeMonths: 144 },
    ],
    ['paracetamol_use', 'Regularly takes paracetamol', 'Регулярно принимает парацетамол', 0.05],
  ]),
];
