import { describe, expect, it } from 'vitest';
import { parsed } from './parser-helpers.js';

/** Each finding as patients and parents type it: Russian first, then English. */
const SAID: ReadonlyArray<readonly [id: string, ru: readonly string[], en: readonly string[]]> = [
  [
    'eyelid_lump',
    ['у дочки на веке шишечка как горошина', 'на верхнем веке появилось уплотнение, не болит'],
    ['I have a small lump on my upper eyelid, it does not hurt', 'doctor said it is a chalazion'],
  ],
  [
    'crusty_eyelids',
    ['по утрам корочки на ресницах, веки красные', 'окулист сказал блефарит'],
    ['my eyelashes are crusty every morning', 'flaky bits along my lashes'],
  ],
  [
    'gritty_eye',
    ['глаза как будто песком засыпаны', 'в глазу как песок, трёт'],
    ['my eye feels gritty', 'feels like there is sand in my eye'],
  ],
  [
    'new_floaters',
    ['перед глазом появились плавающие точки и паутинка', 'вдруг полетели мушки перед правым глазом'],
    ["I've suddenly got loads of new floaters in my right eye", 'black dots floating in my vision'],
  ],
  [
    'curtain_over_vision',
    ['как будто шторка опустилась на правый глаз', 'часть поля зрения пропала, как тень'],
    ["it's like a curtain coming down over my left eye", 'a dark shadow across part of my vision'],
  ],
  [
    'red_patch_white_of_eye',
    ['у меня лопнул сосуд в глазу', 'на белке глаза ярко-красное пятно, не болит'],
    ['there is a bright red patch on the white of my eye', 'I think I burst a blood vessel in my eye'],
  ],
  [
    'pain_moving_eye',
    ['больно двигать глазом, веко опухло', 'глаз болит при движении'],
    ['it hurts when I move my eye', 'pain when moving my eyes'],
  ],
  [
    'bulging_eye',
    ['глаз выпирает вперед, веко красное', 'у сына глаз как будто вылез вперёд'],
    ['his eye is bulging out', 'my right eye seems to be sticking out'],
  ],
  [
    'ear_itching',
    ['чешется в ухе уже неделю', 'у меня зудят уши внутри'],
    ['my ears are really itchy inside', 'my left ear keeps itching'],
  ],
  [
    'muffled_voice',
    ['голос сдавленный, как будто горячая картошка во рту', 'у сына голос стал глухой, не может глотать'],
    ['he sounds like he has a hot potato in his mouth', 'my voice is muffled and it hurts to swallow'],
  ],
  [
    'one_sided_nasal_discharge',
    ['у сына из одной ноздри течет зеленая сопля с запахом', 'гной только из левой ноздри'],
    ['smelly discharge coming from one nostril only', 'runny nose on one side, it smells bad'],
  ],
  [
    'nosebleed_prolonged',
    ['кровь из носа не останавливается уже 30 минут', 'не можем остановить кровь из носа'],
    ["my nosebleed won't stop, I've been pinching it for 20 minutes", "we can't stop his nosebleed"],
  ],
  [
    'vertigo_constant',
    ['голова кружится постоянно, даже лежа', 'всё вращается и не проходит уже сутки'],
    ['the room has been spinning nonstop since yesterday', "the spinning won't stop even when I lie still"],
  ],
  [
    'swelling_behind_ear',
    ['за ухом опухло и покраснело', 'у ребёнка припухлость за ушком, ухо оттопырилось'],
    ['red swelling behind his ear', 'a sore red lump behind her ear'],
  ],
  [
    'something_stuck_throat',
    ['подавился, рыбная кость застряла в горле', 'кажется, косточка в горле после ужина'],
    [
      'I think I have a fish bone stuck in my throat',
      'feels like something is stuck in my throat after eating',
    ],
  ],
  [
    'ear_injury',
    ['почистил ухо ватной палочкой, теперь больно', 'сына ударили по уху на перемене'],
    ['I pushed a cotton bud too far into my ear', 'I got hit on the ear and now it hurts'],
  ],
  [
    'tooth_pain_hot_cold',
    ['зуб болит от холодного и сладкого', 'зубы реагируют на горячее'],
    ['my tooth hurts when I drink something cold', 'I have sensitive teeth'],
  ],
  [
    'tooth_pain_biting',
    ['больно накусывать на зуб', 'зуб болит, когда жую'],
    ['my tooth hurts when I bite down', "I can't chew on that tooth"],
  ],
  [
    'gum_swelling_back_tooth',
    ['десна над зубом мудрости опухла и болит', 'воспалился капюшон над восьмёркой'],
    ['the gum over my back tooth is swollen', 'my wisdom tooth gum is swollen and sore'],
  ],
  [
    'bad_taste_mouth',
    ['неприятный привкус во рту', 'у дочки запах изо рта уже неделю'],
    ['there is a horrible taste in my mouth', 'my son has really bad breath'],
  ],
  [
    'mouth_ulcer_3_weeks',
    ['язва во рту не заживает', 'ранка на языке никак не проходит'],
    ["I have an ulcer on my tongue that won't heal", "sore on my gum that hasn't healed for ages"],
  ],
  [
    'sore_gums',
    ['десны красные и опухшие', 'у ребёнка болят дёсны'],
    ['my gums are sore and swollen', 'her gums look red and puffy'],
  ],
  [
    'tooth_knocked_out',
    ['сыну выбили передний зуб', 'упала с велосипеда и выбила зуб'],
    ['my son knocked his front tooth out playing football', 'she had a tooth knocked out in a fall'],
  ],
  [
    'scaly_plaques',
    ['у меня псориаз', 'на локтях бляшки с серебристыми чешуйками'],
    ['I have thick red patches with silvery scales on my elbows', 'my psoriasis has flared up'],
  ],
  [
    'honey_crusts',
    ['у ребенка на лице медовые корочки', 'в садике сказали стрептодермия'],
    ['yellow crusty sores around his mouth', 'she has impetigo on her chin'],
  ],
  [
    'ring_shaped_rash',
    ['красное пятно в виде кольца, в центре светлее', 'у сына стригущий лишай на щеке'],
    ['there is a red ring shaped rash on my arm', 'I think my daughter has ringworm'],
  ],
  [
    'itchy_peeling_toes',
    ['чешется и шелушится кожа между пальцами ног', 'грибок стопы, трескается кожа'],
    ['my toes are itchy and peeling in between', "I think I've got athlete's foot"],
  ],
  [
    'wart',
    ['у сына бородавка на пальце', 'на подошве шипица, больно наступать'],
    ['I have a wart on my finger', 'my daughter has a verruca on her foot'],
  ],
  [
    'pearly_bumps',
    ['у ребенка блестящие узелки с вдавлением в центре', 'врач сказал контагиозный моллюск'],
    ['my daughter has small shiny bumps with a dimple in the middle', 'he has molluscum on his tummy'],
  ],
  [
    'herald_patch',
    ['сначала появилось одно большое пятно, потом много мелких', 'похоже на розовый лишай'],
    ['first there was one big patch and then lots of small ones', 'the GP thinks it is pityriasis rosea'],
  ],
  [
    'greasy_scales',
    ['у малыша желтые корочки на голове', 'перхоть и шелушение бровей'],
    ['greasy yellow flakes on her scalp', 'my baby has cradle cap'],
  ],
  [
    'punched_out_sores',
    ['на экземе появились язвочки, как выбитые', 'у ребенка герпетическая экзема'],
    ['his eczema has suddenly got painful punched out sores', 'the doctor mentioned eczema herpeticum'],
  ],
  [
    'itch_worse_at_night',
    ['чешется сильнее ночью', 'зуд не даёт спать'],
    ['the itching is worse at night', 'the itch keeps her awake'],
  ],
  [
    'thick_discoloured_nail',
    ['ноготь на ноге толстый и желтый', 'грибок ногтей на больших пальцах'],
    ['my toenail is thick and yellow', 'I have a fungal nail infection'],
  ],
  [
    'facial_redness',
    ['у меня постоянно красное лицо и щеки', 'сосудистая сеточка на щеках и носу'],
    ['my cheeks and nose are always red', 'I think I have rosacea'],
  ],
];

describe('eye, ENT, mouth and teeth, skin: everyday words', () => {
  for (const [id, ru, en] of SAID) {
    it(`${id} in Russian and English`, () => {
      for (const text of [...ru, ...en]) expect(parsed(text)[id], text).toBe('yes');
    });
  }
});

describe('eye, ENT, mouth and teeth, skin: denied', () => {
  it('a negated finding comes out as "no" or not at all, never "yes"', () => {
    for (const [text, id] of [
      ['no lump on the eyelid', 'eyelid_lump'],
      ['шишки на веке нет', 'eyelid_lump'],
      ['no floaters or flashes', 'new_floaters'],
      ['мушек перед глазами нет', 'new_floaters'],
      ['no curtain over my vision', 'curtain_over_vision'],
      ['шторки перед глазом нет', 'curtain_over_vision'],
      ['no pain when I move my eyes', 'pain_moving_eye'],
      ['при движении глазом не больно', 'pain_moving_eye'],
      ['ears are not itchy', 'ear_itching'],
      ['уши не чешутся', 'ear_itching'],
      ["the nosebleed didn't last long", 'nosebleed_prolonged'],
      ['кровь из носа быстро остановилась', 'nosebleed_prolonged'],
      ['no swelling behind the ear', 'swelling_behind_ear'],
      ['за ухом не опухло', 'swelling_behind_ear'],
      ['зуб не реагирует на холодное', 'tooth_pain_hot_cold'],
      ['накусывать не больно', 'tooth_pain_biting'],
      ['зуб не болит, когда жую', 'tooth_pain_biting'],
      ['gums are not swollen', 'sore_gums'],
      ['дёсны не болят', 'sore_gums'],
      ['запаха изо рта нет', 'bad_taste_mouth'],
      ['no itching at night', 'itch_worse_at_night'],
      ['ночью не чешется', 'itch_worse_at_night'],
      ['no warts', 'wart'],
      ['бородавок нет', 'wart'],
      ['no rosacea', 'facial_redness'],
      ['голова кружится не постоянно', 'vertigo_constant'],
      ['no dandruff', 'greasy_scales'],
    ] as const) {
      expect(parsed(text)[id], text).not.toBe('yes');
    }
  });
});

describe('eye, ENT, mouth and teeth, skin: nearby complaints that are not these findings', () => {
  it('does not fire on lookalike words', () => {
    for (const [text, ids] of [
      // Dark circles, blurring, and light that hurts are not a curtain or floaters.
      ['dark circles under my eyes', ['curtain_over_vision', 'new_floaters']],
      ['тени под глазами, пелена перед глазами', ['curtain_over_vision']],
      ['I keep the curtains closed because light hurts my eyes', ['curtain_over_vision']],
      ['dark spots around my eyes', ['new_floaters']],
      ['черные точки на носу', ['new_floaters']],
      ['red circles under her eyes', ['ring_shaped_rash']],
      // Moving the body or the head is not moving the eye.
      ['больно двигаться и болят глаза', ['pain_moving_eye']],
      ['болит глаз и при повороте головы', ['pain_moving_eye']],
      ['my eyes hurt when I look at the screen', ['pain_moving_eye']],
      // A lump behind or under the ear is mostly a gland.
      ['I have a lump behind my ear', ['swelling_behind_ear']],
      ['шишка под ухом, болит горло', ['swelling_behind_ear']],
      ['ringing in my ears and a rash', ['ring_shaped_rash']],
      ["people's voices sound muffled since my cold", ['muffled_voice']],
      ['голос гнусавый, нос заложен', ['muffled_voice']],
      ['my nose is running from both sides', ['one_sided_nasal_discharge']],
      ['кровь из носа час назад, сейчас нет', ['nosebleed_prolonged']],
      ['голова кружится два раза в сутки', ['vertigo_constant']],
      ['ощущение инородного тела в горле', ['gritty_eye']],
      ['loud bang then he fell and hit his head', ['ear_injury']],
      // Knocked out (unconscious), a chip, a milk tooth.
      ['he got knocked out and chipped a tooth', ['tooth_knocked_out']],
      ['выбил кусочек зуба об асфальт', ['tooth_knocked_out']],
      ['у сына выбили молочный зуб', ['tooth_knocked_out']],
      // A cold the illness; a tooth "a bit" sore; a swelling after an extraction.
      ['I have a cold and my teeth ache', ['tooth_pain_hot_cold']],
      ['my tooth is a bit sore', ['tooth_pain_biting']],
      ['I had my wisdom tooth out yesterday and the gum is swollen', ['gum_swelling_back_tooth']],
      ['удалили зуб мудрости, десна опухла', ['gum_swelling_back_tooth']],
      ['I have lost my sense of taste', ['bad_taste_mouth']],
      ["leg ulcer that won't heal", ['mouth_ulcer_3_weeks']],
      ['язва желудка не заживает', ['mouth_ulcer_3_weeks']],
      ['I get mouth ulcers every few weeks', ['mouth_ulcer_3_weeks']],
      // Yellow crusts by the eyes or in the nose; shingles; a ring on a finger; a nail fungus.
      ['yellow crusty eyes in the morning', ['honey_crusts', 'crusty_eyelids']],
      ['желтые корочки в носу', ['honey_crusts']],
      ['опоясывающий лишай на боку', ['ring_shaped_rash', 'herald_patch']],
      ['rash under my wedding ring', ['ring_shaped_rash']],
      ['сыпь под кольцом на пальце', ['ring_shaped_rash']],
      ['грибок ногтей на пальцах ног', ['itchy_peeling_toes']],
      ['чешется между пальцами рук', ['itchy_peeling_toes']],
      ['у ребенка ветрянка, блестящие пузырьки', ['pearly_bumps']],
      ['he has chickenpox, little shiny blisters', ['pearly_bumps']],
      ['my throat is itchy at night and I cough', ['itch_worse_at_night']],
      ['горло чешется по ночам', ['itch_worse_at_night']],
      ['my face is red and hot, he has a fever', ['facial_redness']],
      ['лицо красное, температура', ['facial_redness']],
      ['black toenail after I dropped something on it', ['thick_discoloured_nail']],
      ['dental plaque on my teeth', ['scaly_plaques']],
    ] as const) {
      const found = parsed(text);
      for (const id of ids) expect(found[id], `${id} ← ${text}`).toBeUndefined();
    }
  });

  it("in pregnancy spots before the eyes are pre-eclampsia's, not floaters", () => {
    expect(parsed('беременна 34 недели, мушки перед глазами и болит голова').new_floaters).toBeUndefined();
    expect(parsed("I'm pregnant and seeing black spots in my vision").new_floaters).toBeUndefined();
    expect(parsed('мушки перед правым глазом, не беременна').new_floaters).toBe('yes');
  });
});

describe('eye, ENT, mouth and teeth, skin: what a specific finding also says', () => {
  it('implies the general finding its words cover', () => {
    expect(parsed('it hurts when I move my eye')).toMatchObject({ pain_moving_eye: 'yes', eye_pain: 'yes' });
    expect(parsed('кровь из носа не останавливается')).toMatchObject({
      nosebleed_prolonged: 'yes',
      nosebleed: 'yes',
    });
    expect(parsed('кровь из носа не останавливается')).toMatchObject({ bleeding_wont_stop: 'yes' });
    expect(parsed('she had a tooth knocked out in a fall')).toMatchObject({
      tooth_knocked_out: 'yes',
      tooth_broken: 'yes',
    });
    expect(parsed('the room has been spinning nonstop')).toMatchObject({
      vertigo_constant: 'yes',
      vertigo: 'yes',
    });
    expect(parsed('зуб болит от холодного')).toMatchObject({ tooth_pain_hot_cold: 'yes', tooth_pain: 'yes' });
    expect(parsed('my tooth hurts when I bite')).toMatchObject({
      tooth_pain_biting: 'yes',
      tooth_pain: 'yes',
    });
    expect(parsed('язва во рту не заживает')).toMatchObject({
      mouth_ulcer_3_weeks: 'yes',
      mouth_ulcers: 'yes',
    });
    expect(parsed('I think my daughter has ringworm')).toMatchObject({
      ring_shaped_rash: 'yes',
      rash: 'yes',
    });
    expect(parsed('похоже на розовый лишай')).toMatchObject({ herald_patch: 'yes', rash: 'yes' });
    expect(parsed('на экземе появились ямки')).toMatchObject({
      punched_out_sores: 'yes',
      dry_itchy_skin: 'yes',
    });
  });
});
