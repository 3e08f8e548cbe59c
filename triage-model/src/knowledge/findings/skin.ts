import { defineFindings } from './define.js';

export const skinFindings = [
  ...defineFindings('skin', 'symptom', [
    ['rash', 'Rash', 'Сыпь', 0.03],
    [
      'non_blanching_rash',
      'Rash that does not fade when a glass is pressed on it',
      'Сыпь не бледнеет при надавливании стаканом',
      0.001,
    ],
    ['itchy_rash', 'Itchy rash', 'Зудящая сыпь', 0.03],
    ['hives', 'Raised itchy welts like nettle stings (hives)', 'Волдыри, как от ожога крапивой', 0.01],
    ['dry_itchy_skin', 'Dry, itchy patches of skin', 'Сухие зудящие участки кожи', 0.04],
    [
      'red_hot_swollen_skin',
      'A red, hot, painful swollen area of skin',
      'Красный, горячий, болезненный отёк участка кожи',
      0.005,
    ],
    ['spreading_redness', 'Redness spreading quickly', 'Покраснение быстро распространяется', 0.002],
    ['blisters', 'Blisters on the skin', 'Пузырьки на коже', 0.01],
    ['sandpaper_rash', 'Fine rough "sandpaper" rash', 'Мелкая шершавая сыпь, как наждачная бумага', 0.002],
    [
      'hand_foot_mouth_spots',
      'Spots, blisters on hands, feet and in the mouth',
      'Пятна, пузырьки на ладонях, стопах и во рту',
      0.003,
    ],
    ['lip_tongue_swelling', 'Swelling of the lips, tongue, face', 'Отёк губ, языка, лица', 0.003],
    ['throat_tightness', 'Throat feels tight, closing up', 'Чувство сдавления, отёка в горле', 0.002],
  ]),
  ...defineFindings('skin', 'history', [
    [
      'allergen_exposure',
      'Just had contact with a likely allergen (food, medicine, insect sting)',
      'Только что был контакт с возможным аллергеном (еда, лекарство, укус насекомого)',
      0.03,
    ],
    [
      'new_product_contact',
      'Skin contact with something new (cosmetic, detergent, plant)',
      'Контакт кожи с чем-то новым (косметика, бытовая химия, растение)',
      0.03,
    ],
    [
      'wound_or_bite',
      'A break in the skin nearby (cut, scratch, bite)',
      'Рядом повреждение кожи (рана, царапина, укус)',
      0.03,
    ],
  ]),
];
