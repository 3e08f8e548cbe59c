import { describe, it } from 'vitest';
import { says, notYes } from './parser-helpers.js';

/**
 * Everyday phrasings of the findings added with the common presentations (hangover, overuse pains, finger and nail
 * injuries, lumps under the skin, genital, groin, breastfeeding and childhood signs), with look-alikes that must not
 * be read as them.
 */

describe('knowledge-base additions: general and musculoskeletal', () => {
  it('a hangover', () => {
    says('hangover', [
      'I have a terrible hangover, headache and feel sick',
      'у меня жуткое похмелье, голова болит',
    ]);
    notYes('hangover', ['I drink two glasses of wine a week', 'голова болит с утра']);
  });

  it('sore muscles after unaccustomed exercise', () => {
    says('muscle_soreness_after_exercise', [
      'my legs are so sore after the gym yesterday',
      'мышцы болят после тренировки',
      'ноги забиты после вчерашней пробежки',
      'у меня крепатура',
    ]);
    notYes('muscle_soreness_after_exercise', [
      'my muscles ache all over with the flu',
      'ломит всё тело, температура',
    ]);
  });

  it('a finger injury, blood under the nail, a throbbing finger, a drooping fingertip', () => {
    says('finger_injury', ['I slammed my finger in the car door', 'прищемил палец дверью']);
    says('blood_under_nail', [
      'now the nail is black',
      'ноготь почернел после удара',
      'под ногтем синяк после удара молотком',
    ]);
    says('finger_pain_throbbing', ['my finger is throbbing', 'палец пульсирует']);
    says('fingertip_droop', ['the fingertip droops since it was hit by a ball', 'кончик пальца свисает']);
    notYes('blood_under_nail', ['my toenail is thick and yellow', 'ногти жёлтые и крошатся']);
    notYes('finger_injury', ['my fingers tingle at night', 'немеют пальцы по ночам']);
  });

  it('a finger that catches, thumb-side wrist pain on gripping, a wrist lump', () => {
    says('finger_catching', ['my finger clicks and gets stuck when I bend it', 'палец щелкает и застревает']);
    says('thumb_wrist_pain_gripping', [
      'pain in my wrist at the thumb side when I lift my baby',
      'запястье болит когда поднимаю ребёнка',
    ]);
    says('wrist_lump', ['hard lump on my wrist', 'шишка на запястье', 'гигрома на руке']);
    // Gripping pain without a fall is no scaphoid fracture.
    notYes('wrist_pain_thumb_side', ['pain in my wrist at the thumb side when I lift my baby']);
    notYes('wrist_lump', ['my wrist is swollen after I fell on it']);
  });

  it('bursitis, a frozen shoulder, a locked knee', () => {
    says('bursa_swelling', ['soft squishy swelling on the point of my elbow', 'шишка на локте, мягкая']);
    says('shoulder_stiff', ['I think I have a frozen shoulder', 'плечо скованное, не поднимается']);
    says('knee_locking', ['my knee keeps locking', 'колено заклинивает']);
    notYes('knee_locking', ['my knee is swollen and sore', 'колено болит и опухло']);
    notYes('shoulder_stiff', ['my shoulder hurts when I reach up', 'болит плечо при подъёме руки']);
  });

  it('Achilles tendon pain is not a rupture; shin splints', () => {
    says('achilles_pain', ['my achilles has been sore for 3 weeks', 'ахилл болит после бега']);
    notYes('achilles_snap', ['my achilles has been sore for 3 weeks', 'ахилл болит после бега']);
    says('shin_pain_exercise', [
      'my shins hurt when I run',
      'голени болят при беге',
      'I think I have shin splints',
    ]);
    notYes('shin_pain_exercise', ['I hit my shin on the table', 'ударился голенью о стол']);
  });

  it('"hurting for weeks" is no pain passing urine', () => {
    notYes('painful_urination', ['my back has been hurting for weeks']);
    says('painful_urination', ['it burns when I wee']);
  });
});

describe('knowledge-base additions: skin, lumps and splinters', () => {
  it('a splinter', () => {
    says('splinter', [
      'I have a splinter in my finger',
      'заноза в пальце',
      'a piece of glass stuck in my foot',
    ]);
    notYes('splinter', ['I cut my finger on glass', 'порезался стеклом']);
  });

  it('lumps under the skin: soft and painless, with a dark dot', () => {
    says('lump_under_skin', ['a lump under the skin on my back', 'шишка под кожей на спине']);
    says('lump_soft_painless', [
      "a soft lump that doesn't hurt and moves",
      'мягкая шишка, не болит, подвижная',
    ]);
    says('lump_central_dot', [
      'a round lump with a black dot in the middle',
      'шишка с черной точкой в центре',
    ]);
    notYes('lump_under_skin', ['a big bump on his head after he fell', 'шишка на голове после удара']);
  });

  it('a lump at the top of the buttock crease, throbbing pain by the anus', () => {
    says('buttock_crease_lump', [
      'painful lump at the top of my bum crack',
      'шишка над копчиком, болит',
      'pilonidal cyst is flaring up',
    ]);
    says('anal_pain_throbbing', ['throbbing pain by my anus', 'пульсирующая боль возле ануса']);
    notYes('buttock_crease_lump', [
      'my tailbone hurts after I fell on the ice',
      'болит копчик после падения',
    ]);
  });
});

describe('knowledge-base additions: veins, genitals, groin, breast and children', () => {
  it('varicose veins, a tender hard vein', () => {
    says('varicose_veins', ['varicose veins on my legs ache', 'варикоз на ногах', 'вены на ногах вздулись']);
    says('tender_vein_cord', ['hard painful red vein on my leg', 'вена на ноге воспалилась']);
    notYes('tender_vein_cord', ['my veins are visible', 'видны вены на руках']);
  });

  it('erection problems', () => {
    says('erection_problems', [
      'I have trouble getting an erection',
      "I can't keep an erection",
      'проблемы с эрекцией уже полгода',
      'слабая эрекция',
    ]);
    notYes('erection_problems', ['painful erection for 5 hours', 'эрекция не проходит 5 часов']);
  });

  it('an empty scrotum, a sore penis head, a groin bulge', () => {
    says('empty_scrotum', ["my baby's testicle hasn't dropped", 'у сына яичко не опустилось в мошонку']);
    says('penis_head_sore', ["my son's foreskin is red and swollen", 'у сына покраснела головка писюна']);
    says('groin_bulge', ['a lump in my groin that comes out when I cough', 'паховая грыжа', 'шишка в паху']);
    notYes('groin_bulge', ['pain in my groin after football', 'болит в паху после футбола']);
    notYes('penis_head_sore', ['у ребёнка головка болит', 'my son has a sore head']);
  });

  it('puffy face in the morning, sore nipples, a newborn’s breasts, a squint', () => {
    says('puffy_face_morning', ['puffy eyes in the morning', 'отеки век по утрам', 'лицо одутловатое']);
    says('sore_cracked_nipples', ['my nipples are cracked and bleeding', 'трещины на сосках']);
    says('baby_breast_swelling', [
      "my newborn's breasts are swollen",
      'у новорожденной набухли грудные железы',
    ]);
    says('eyes_misaligned', [
      'my daughter has a squint',
      'her eyes look different directions',
      'у сына косит глаз',
    ]);
    notYes('eyes_misaligned', ['he squints to see the board', 'щурится, когда смотрит телевизор']);
    notYes('sore_cracked_nipples', ['my breast is red and hot', 'грудь красная и горячая']);
  });
});
