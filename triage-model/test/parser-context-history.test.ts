import { describe, expect, it } from 'vitest';
import { parsed, says, notYes } from './parser-helpers.js';

/**
 * Context that changes what a phrase means: a relative's long-term illness is family history, an injury long ago is
 * history, yellow nails are a nail's, blue fingers in the cold are no blue lips, a spot on the nose that bleeds is no
 * nosebleed; readings told by how low they went and ketone strips read as pluses.
 */

describe('parser: context and history', () => {
  it('a relative’s long-term illness is family history unless the complaint is about that relative', () => {
    notYes('asthma_history', [
      'my boy coughs at night and gets wheezy when he runs. dad has asthma',
      'У сына кашель по ночам, у папы астма',
      'family history of asthma, I have a cough',
    ]);
    notYes('diabetes', [
      'I feel tired all the time, my mum has diabetes',
      'Постоянно хочу пить, у бабушки диабет',
    ]);
    says('asthma_history', ['I have asthma and my chest is tight', 'у меня астма, задыхаюсь']);
    says('diabetes', [
      'My mum has diabetes and is now confused',
      'Dad (76) is confused today. He has diabetes',
      'Диабет, пью метформин много лет',
    ]);
  });

  it('a bone broken long ago is history, one broken now is not', () => {
    notYes('limb_deformity', [
      'broke my wrist slipping on ice last winter, should I get a bone scan?',
      'перелом руки был в прошлом году, сейчас болит спина',
    ]);
    says('limb_deformity', ['I think I have broken my wrist, it looks bent', 'перелом руки, рука кривая']);
  });

  it('yellow, thick nails are a nail’s, not jaundice, weight gain or a painful toe', () => {
    const ru = parsed('Ногти на больших пальцах ног пожелтели, толстые стали, крошатся');
    expect(ru).toMatchObject({ thick_discoloured_nail: 'yes' });
    expect(ru).not.toHaveProperty('jaundice');
    expect(ru).not.toHaveProperty('weight_gain');
    expect(ru).not.toHaveProperty('big_toe_pain');
    says('thick_discoloured_nail', ['the nails on both my big toes have gone yellow and thick']);
    notYes('jaundice', ['the nails on both my big toes have gone yellow and thick']);
    says('jaundice', ['пожелтела кожа и белки глаз', 'my skin has gone yellow']);
  });

  it('white or blue fingers in the cold are no blue lips', () => {
    notYes('blue_lips', [
      'На холоде пальцы рук белеют, потом синеют',
      'my fingers go white then blue in the cold',
    ]);
    says('blue_lips', ['губы синеют', 'he turned blue', 'ребенок посинел']);
  });

  it('a spot on the nose that bleeds is no nosebleed', () => {
    notYes('nosebleed', ['a pearly spot on the side of his nose that bleeds now and then']);
    says('nosebleed', ['my nose bleeds every day', 'кровь из носа']);
  });

  it('a reflex is no reflux', () => {
    notYes('acid_regurgitation', ['his arms shoot up, my mum says it is just his startle reflex']);
    says('acid_regurgitation', ['acid reflux after meals']);
  });
});

describe('parser: injuries and skin infections', () => {
  it('a punch is an injury, and a knuckle sunk in after it is a deformity', () => {
    expect(parsed('punched a wall, my hand is swollen and the knuckle looks sunk in')).toMatchObject({
      trauma_fall: 'yes',
      injury_swelling: 'yes',
      limb_deformity: 'yes',
    });
    expect(parsed('ударил кулаком в стену, кисть опухла, костяшка провалилась')).toMatchObject({
      trauma_fall: 'yes',
      injury_swelling: 'yes',
      limb_deformity: 'yes',
    });
    notYes('trauma_fall', ['trying to fight off a cold']);
  });

  it('a red scar or a leg ulcer is a wound; a throbbing lump the size of a golf ball is a large boil', () => {
    says('wound_or_bite', [
      'one end of the scar is red and hot',
      'a leg ulcer on my ankle',
      'шов покраснел',
      'трофическая язва',
    ]);
    const boil = parsed('painful lump in my armpit, now like a golf ball, red and tight and throbbing');
    expect(boil).toMatchObject({ pus_lump: 'yes', boil_large_or_many_heads: 'yes' });
    notYes('boil_large_or_many_heads', ['a bruise the size of an egg after a fall']);
    says('red_hot_swollen_skin', ['шишка красная, горячая, болит']);
    says('pus_lump', ['ухо красное, горячее, из прокола гной']);
    notYes('pus_lump', ['глаза красные, гной из глаз']);
  });

  it('pus from a wound, a scar or an ulcer; an operation told beside lying up', () => {
    says('pus_lump', [
      'рана гноится и покраснела',
      'шов после операции гноится',
      'my wound is oozing pus',
      'the cut on my finger is infected',
    ]);
    notYes('pus_lump', ['глаз гноится', 'pus coming from his ear', 'гной из уха']);
    says('recent_procedure', [
      'шов после операции покраснел',
      'two weeks after an operation the scar is red',
    ]);
  });

  it('a red breast told as a list; needing to pass urine all the time', () => {
    says('breast_red_painful', [
      'lump in my breast, red and painful',
      'уплотнение в груди, красное, кормлю грудью',
    ]);
    notYes('breast_red_painful', ['сыпь на груди, красная, чешется']);
    says('frequent_urination', ['it burns when I pee and I keep needing to go']);
  });

  it('a child falling across growth centiles is losing weight, not falling', () => {
    says('weight_loss', [
      'she has dropped from the 50th to the 25th centile',
      'упала по центилям за полгода',
    ]);
    notYes('trauma_fall', ['упала по центилям за полгода']);
  });

  it('a burn or blister a few centimetres across or the size of a coin is no large burn', () => {
    expect(parsed('на ладони пузырь сантиметра 4, кожа вокруг красная')).toMatchObject({ burn_large: 'no' });
    expect(parsed('burn the size of a 50p on my arm')).toMatchObject({
      burn_injury: 'yes',
      burn_large: 'no',
    });
    expect(parsed('ожог размером с монету')).toMatchObject({ burn_injury: 'yes', burn_large: 'no' });
    expect(parsed('burnt my hand, blister about 3cm')).toMatchObject({ burn_large: 'no' });
    expect(parsed('ожог 15 см на ноге')).not.toHaveProperty('burn_large');
  });

  it('a problem that does not bother the child is a parent’s reassurance about how the child is', () => {
    for (const text of [
      'one side of his scrotum is bigger, soft, doesnt seem to bother him at all',
      "she's not bothered by it",
      'шишка мягкая, его это совсем не беспокоит',
    ]) {
      expect(parsed(text), text).toMatchObject({ feeling_very_unwell: 'no', lethargy: 'no' });
    }
    expect(parsed('he is bothered by the pain')).not.toHaveProperty('lethargy');
  });

  it('a positive pregnancy test is a pregnancy; a positive covid test is not', () => {
    says('pregnant', [
      'Тест положительный!! Задержка 2 недели',
      'тест на беременность положительный',
      'positive pregnancy test, period 2 weeks late',
    ]);
    notYes('pregnant', ['ПЦР тест положительный, кашель', 'my covid test was positive']);
    notYes('pregnant_possible', ['ПЦР тест положительный, кашель']);
  });

  it('"I feel fine right now" reassures; "I don\'t feel well", "I never feel well" do not', () => {
    expect(parsed('had 3 hypos this week. Feel fine right now')).toMatchObject({ feeling_very_unwell: 'no' });
    expect(parsed('feeling ok in myself')).toMatchObject({ feeling_very_unwell: 'no' });
    for (const text of ["I don't feel well", 'I do not feel well', 'I never feel well']) {
      expect(parsed(text), text).not.toHaveProperty('feeling_very_unwell', 'no');
    }
  });

  it('a lump at the edge of the back passage; "the edge of" is no anxiety', () => {
    const lump = parsed('a hard purple lump right at the edge of my bum hole');
    expect(lump).toMatchObject({ anal_lump: 'yes' });
    expect(lump).not.toHaveProperty('worry');
    says('worry', ['I have been on edge all week']);
  });

  it('methotrexate and other DMARDs weaken immunity', () => {
    says('immunosuppressed', [
      'I take methotrexate weekly',
      'пью метотрексат по пятницам',
      'on azathioprine',
    ]);
  });
});

describe('parser: look-alikes and lists', () => {
  it('swelling on both sides with hamster cheeks is mumps, not mastoiditis', () => {
    notYes('swelling_behind_ear', ['распухло за ушами с двух сторон, лицо как у хомяка']);
    says('swelling_behind_ear', ['за ухом покраснело и опухло, болит ухо']);
  });

  it('a medicine taken for many years is no thirst', () => {
    notYes('thirst', ['Диабет, пью метформин много лет']);
    says('thirst', ['пью воду много, постоянно сухо во рту']);
  });

  it('a spot that bleeds and will not heal is a suspicious skin lesion; a mouth sore is a mouth ulcer', () => {
    says('changing_mole', [
      'a pearly spot on his nose that bleeds now and then and never quite heals',
      'пятнышко на носу кровит и не заживает',
    ]);
    notYes('changing_mole', ['a sore in my mouth that will not heal', 'язвочка во рту не заживает']);
  });

  it('a slash joins a list that a postposed denial covers', () => {
    expect(parsed('поноса/запоров нет')).toMatchObject({ diarrhoea: 'no', constipation: 'no' });
    expect(parsed('понос/рвота есть')).toMatchObject({ diarrhoea: 'yes', vomiting: 'yes' });
  });

  it('"с 18 лет" is since an age, "уже год" a year', () => {
    expect(parsed('Одышка, кашель. Курю с 18 лет. Уже год так')).toMatchObject({ duration_days: 365 });
  });
});

describe('parser: readings', () => {
  it('a blood sugar told by how low it went', () => {
    expect(parsed('sugar down to 2.8 and 3.1, got shaky')).toMatchObject({ blood_glucose_mmol: 2.8 });
    expect(parsed('his sugar dropped to 2.9')).toMatchObject({ blood_glucose_mmol: 2.9 });
    expect(parsed('сахар упал до 2,9')).toEqual({ blood_glucose_mmol: 2.9 });
    notYes('trauma_fall', ['сахар упал, трясёт']);
  });

  it('ketones on a strip read as pluses or found in the urine', () => {
    says('ketones_positive', ['the pharmacy ketone strip said ++', 'ketones in her wee', '+++ ketones']);
    notYes('ketones_positive', ['ketone strip said negative']);
  });

  it('"finished antibiotics a week ago" dates the course, not the illness', () => {
    expect(
      parsed('Mum finished clarithromycin a week ago. Now she has watery diarrhoea for 2 days'),
    ).toMatchObject({
      duration_days: 2,
    });
  });

  it('a child’s or a parent’s age in years is no duration', () => {
    expect(parsed('Ребёнок 9 лет, болит живот. Уже 3 месяца')).toMatchObject({ duration_days: 90 });
    expect(parsed('Папа, 70 лет, кашляет 3 дня')).toMatchObject({ duration_days: 3 });
  });
});
