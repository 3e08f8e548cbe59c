import { describe, expect, it } from 'vitest';
import { recogniseComplaints } from '../src/knowledge/complaints/index.js';
import { FINDINGS } from '../src/knowledge/findings/index.js';
import { IMPLIES } from '../src/parser/implications.js';
import { CLINICAL_LEXICON } from '../src/parser/lexicon-clinical.js';
import { EN_LEXICON } from '../src/parser/lexicon-en.js';
import { RU_LEXICON } from '../src/parser/lexicon-ru.js';
import { parseComplaint, parseComplaintDetails } from '../src/parser/parse-complaint.js';
import { EN_EVENT_PHRASES } from '../src/parser/phrases-en-events.js';
import { EN_PHRASES } from '../src/parser/phrases-en.js';
import { RU_EVENT_PHRASES } from '../src/parser/phrases-ru-events.js';
import { RU_PHRASES } from '../src/parser/phrases-ru.js';
import { REASSURANCES } from '../src/parser/reassurances.js';
import { parsed } from './parser-helpers.js';

describe('free-text complaint parser', () => {
  it('Russian: sore throat, temperature with a comma decimal and "третий день"', () => {
    expect(parsed('болит горло и температура 38,5 третий день')).toEqual({
      sore_throat: 'yes',
      temperature_c: 38.5,
      duration_days: 3,
      fever_days: 3,
    });
  });

  it('English: negation does not cross "but"', () => {
    expect(parsed('no fever but bad cough')).toEqual({ fever: 'no', cough: 'yes' });
  });

  it('Russian negation carries over "и" lists and stops at a comma', () => {
    expect(parsed('нет температуры и кашля, болит живот справа внизу')).toEqual({
      fever: 'no',
      cough: 'no',
      abdominal_pain: 'yes',
      right_lower_pain: 'yes',
    });
  });

  it('Russian postposed negation: "температуры нет", "сыпи не было"', () => {
    expect(parsed('температуры нет, сыпи не было, насморк 3 дня')).toEqual({
      fever: 'no',
      rash: 'no',
      runny_nose: 'yes',
      duration_days: 3,
    });
  });

  it('a postposed "нет" after an "или" list denies every item', () => {
    expect(parsed('кашля или насморка нет')).toEqual({ cough: 'no', runny_nose: 'no' });
    expect(parsed('мыслей навредить себе или ребёнку нет')).toEqual({ self_harm_thoughts: 'no' });
    expect(parsed('рвоты или поноса нет, болит живот')).toEqual({
      vomiting: 'no',
      diarrhoea: 'no',
      abdominal_pain: 'yes',
    });
    expect(parsed('no thoughts of harming myself')).toEqual({ self_harm_thoughts: 'no' });
  });

  it('English negation with contractions and "or" lists', () => {
    expect(parsed("I don't have a cough or runny nose, but my chest hurts and I'm short of breath")).toEqual({
      cough: 'no',
      runny_nose: 'no',
      chest_pain: 'yes',
      breathlessness: 'yes',
    });
    expect(parsed("haven't had a fever for 2 days")).toMatchObject({ fever: 'no', duration_days: 2 });
  });

  it('a new statement with its own verb is not negated ("не кашляю и болит горло")', () => {
    expect(parsed('не кашляю и болит горло')).toEqual({ cough: 'no', sore_throat: 'yes' });
  });

  it('blood pressure "185/110" and "180 на 100"', () => {
    expect(parsed('давление 185/110, болит голова')).toEqual({
      bp_systolic: 185,
      bp_diastolic: 110,
      headache: 'yes',
    });
    expect(parsed('давление 180 на 100')).toMatchObject({ bp_systolic: 180, bp_diastolic: 100 });
    expect(parsed('BP 150/95 this morning')).toMatchObject({ bp_systolic: 150, bp_diastolic: 95 });
  });

  it('temperatures in both languages, with dot or comma, and out-of-range numbers ignored', () => {
    expect(parsed('fever of 39.2 since yesterday')).toEqual({
      temperature_c: 39.2,
      duration_days: 1,
      fever_days: 1,
    });
    expect(parsed('t 37,9')).toEqual({ temperature_c: 37.9 });
    expect(parsed('температура до 40 градусов')).toEqual({ temperature_c: 40 });
    expect(parsed('temperature 98')).toEqual({ fever: 'yes' });
  });

  it('durations: "for 3 days", "a week", "две недели", "вторую неделю"; ages are not durations', () => {
    expect(parsed('cough for 3 days')).toEqual({ cough: 'yes', duration_days: 3 });
    expect(parsed('cough for a week')).toEqual({ cough: 'yes', duration_days: 7 });
    expect(parsed('кашель две недели')).toEqual({ cough: 'yes', duration_days: 14 });
    expect(parsed('кашляю вторую неделю')).toEqual({ cough: 'yes', duration_days: 8 });
    expect(parsed('ребенку 2 месяца, температура 37,9')).toEqual({ temperature_c: 37.9 });
    expect(parsed('my 2 months old has a fever')).toEqual({ fever: 'yes' });
  });

  it('specific findings imply their general form, and the span points at the words', () => {
    const findings = parseComplaint('Сухой кашель по ночам');
    expect(findings.map((f) => [f.findingId, f.value])).toEqual(
      expect.arrayContaining([
        ['dry_cough', 'yes'],
        ['cough', 'yes'],
      ]),
    );
    const dry = findings.find((f) => f.findingId === 'dry_cough')!;
    expect('Сухой кашель по ночам'.slice(dry.start, dry.end)).toBe(dry.text);
    expect(dry.text).toBe('Сухой кашель');
  });

  it('"ё" and capital letters do not matter', () => {
    expect(parsed('Жжёт в груди')).toEqual({ chest_pain_burning: 'yes' });
  });
});

describe('everyday Russian and English through stems, in any word order', () => {
  it.each([
    ['болит спина', 'back_pain'],
    ['спину ломит', 'back_pain'],
    ['поясница', 'back_pain'],
    ['голова кружится', 'dizziness'],
    ['кружится голова', 'dizziness'],
    ['кровь в кале', 'bloody_stool'],
    ['стул с кровью', 'bloody_stool'],
    ['глаз покраснел', 'red_eye'],
    ['my back is killing me', 'back_pain'],
    ['blood in his nappy', 'bloody_stool'],
  ])('"%s" → %s', (text, id) => {
    expect(parsed(text)[id]).toBe('yes');
  });

  it('one typo in a long word is forgiven, a short word is not confused with another', () => {
    expect(parsed('темпиратура и кашель')).toMatchObject({ fever: 'yes', cough: 'yes' });
    expect(parsed('болит горло, пропал голос').headache).toBeUndefined();
    // A short real word one letter from a longer one: "back" is not "blacked (out)".
    expect(parsed('his back sticks out on one side')).toEqual({});
    expect(parsed('I put my back out')).toMatchObject({ back_pain: 'yes' });
  });

  it('negation inside a phrase ("голова не болит") and a near miss ("чуть не упала в обморок")', () => {
    expect(parsed('голова не болит, кружится')).toMatchObject({ headache: 'no' });
    expect(parsed('чуть не упала в обморок')).toEqual({ near_fainting: 'yes' });
    expect(parsed('not coughing, no vomiting')).toEqual({ cough: 'no', vomiting: 'no' });
    expect(parsed('без рвоты, нет температуры')).toEqual({ vomiting: 'no', fever: 'no' });
  });
});

describe('emergency signs in everyday words (tuning round v2)', () => {
  it.each([
    ['my left leg is cold and white', 'cold_pale_limb'],
    ['нога холодная и бледная', 'cold_pale_limb'],
    ['пальцы онемели', 'numbness_tingling'],
    ['blood coming from my back passage', 'bloody_stool'],
    ["haven't farted since yesterday", 'bowels_stopped'],
    ['газы не отходят', 'bowels_stopped'],
    ['been sick 5 times', 'vomiting'],
    ["can't open my mouth", 'trismus'],
    ['не могу открыть рот', 'trismus'],
    ["erection won't go down", 'priapism'],
    ['эрекция не проходит', 'priapism'],
    ["she won't use her arm", 'cannot_use_arm'],
    ['не двигает рукой', 'cannot_use_arm'],
    ['swallowed magnet balls', 'ingested_magnets'],
    ['проглотил магнитные шарики', 'ingested_magnets'],
    ['drank kerosene', 'ingested_chemical'],
    ['отпил керосин', 'ingested_chemical'],
    ['big lump on his head', 'scalp_swelling_large'],
    ['на голове большая шишка', 'scalp_swelling_large'],
    ['упала головой', 'head_injury'],
    ["lump in the groin that won't go back", 'hernia_stuck'],
    ['шишка в паху не уходит', 'hernia_stuck'],
    ['the voices tell him to do it', 'hearing_voices'],
    ['the neighbours are poisoning us', 'paranoid_beliefs'],
    ['he got stabbed', 'trauma_fall'],
    ['белые выделения', 'vaginal_discharge'],
    ['her wee has gone cola coloured', 'blood_in_urine'],
    ['моча цвета колы', 'blood_in_urine'],
    ['on warfarin', 'takes_anticoagulants'],
    ['takes blood thinners', 'takes_anticoagulants'],
    ['пьёт варфарин', 'takes_anticoagulants'],
    ['I had my baby 8 days ago', 'recently_gave_birth'],
    ['я родила месяц назад', 'recently_gave_birth'],
    ['soaking a pad every half hour', 'heavy_vaginal_bleeding'],
    ['the condom split last night', 'unprotected_sex'],
    ['резко заболел низ живота справа', 'sudden_one_sided_pelvic_pain'],
    ['sudden pain lower left side', 'sudden_one_sided_pelvic_pain'],
    ['порвался презерватив', 'unprotected_sex'],
    ['прокладки хватает на полчаса', 'heavy_vaginal_bleeding'],
  ])('"%s" → %s', (text, id) => {
    expect(parsed(text)[id]).toBe('yes');
  });

  it('and their everyday look-alikes stay quiet', () => {
    expect(parsed('my hands are always cold').cold_pale_limb).toBeUndefined();
    expect(parsed("can't lift my arm above my head").cannot_use_arm).toBeUndefined();
    expect(parsed('не могу поднять руку вверх').cannot_use_arm).toBeUndefined();
    expect(parsed('пальцы белые').vaginal_discharge).toBeUndefined();
    expect(parsed("baby hasn't pooed for 3 days").bowels_stopped).toBeUndefined();
    expect(parsed("I've been sick for a week").vomiting).toBeUndefined();
    expect(parsed('groin lump goes back in when lying down').hernia_stuck).toBeUndefined();
    expect(parsed('red spots on my legs').vaginal_bleeding).toBeUndefined();
    expect(parsed('spotting at 8 weeks pregnant').vaginal_bleeding).toBe('yes');
    expect(parsed('should I worry?').worry).toBeUndefined();
    expect(parsed('стоит ли волноваться?').worry).toBeUndefined();
    expect(parsed('I worry all the time').worry).toBe('yes');
    expect(parsed('had my baby checked by the nurse').recently_gave_birth).toBeUndefined();
    expect(parsed('ребёнок родился недоношенным').recently_gave_birth).toBeUndefined();
    expect(parsed('soaking a pad every 2 hours').heavy_vaginal_bleeding).toBeUndefined();
    expect(parsed('месячные были 2 недели назад').painful_periods).toBeUndefined();
    expect(parsed('болезненные месячные').painful_periods).toBe('yes');
    // Sleeping through the night is not being unrousable; "can't wake him" still is.
    expect(parsed('астма, ночью не просыпаюсь')).not.toHaveProperty('unresponsive');
    expect(parsed('ночью не просыпается от кашля')).toEqual({});
    expect(parsed('не просыпается, не можем разбудить').unresponsive).toBe('yes');
  });
});

describe('emergency signs in everyday words (tuning round v2, second pass)', () => {
  it.each([
    ['my mate got stabbed in the stomach', 'penetrating_wound'],
    ['he was shot in the chest', 'penetrating_wound'],
    ['ножевое ранение в живот', 'penetrating_wound'],
    ['I take sertraline and started tramadol', 'serotonergic_medicine'],
    ['legs jerking', 'muscle_jerks'],
    ['prostate biopsy 2 days ago', 'recent_procedure'],
    ['I had knee surgery 2 weeks ago', 'recent_procedure'],
    ['had my knee replaced 6 weeks ago', 'joint_replacement'],
    ['he wakes with a headache', 'headache_on_waking'],
    ['now his eye is turning inwards', 'new_squint_or_clumsiness'],
    ['her eye seems to turn in a bit, especially when tired', 'eyes_misaligned'],
    ['в паху справа шишечка появляется, когда плачет', 'groin_bulge'],
    ["felt a pop at the back of my ankle and can't stand on tiptoe", 'achilles_snap'],
    ['на носочки не встать', 'achilles_snap'],
    ['запястье болит со стороны большого пальца', 'wrist_pain_thumb_side'],
    ["my little finger feels numb and I can't bend the tip", 'cannot_bend_finger'],
    ['в паху справа шишка вылезла и не уходит обратно', 'hernia_stuck'],
    ['had his flu jab yesterday', 'recent_vaccination'],
    ['вчера привили', 'recent_vaccination'],
    ['sharp pain on the side of my chest when I breathe in', 'pleuritic_pain'],
  ])('"%s" → %s', (text, id) => {
    expect(parsed(text)[id]).toBe('yes');
  });

  it('and their everyday look-alikes stay quiet', () => {
    expect(parsed('sudden stabbing pain in my chest')).not.toHaveProperty('penetrating_wound');
    expect(parsed('sudden stabbing pain in my chest')).not.toHaveProperty('trauma_fall');
    expect(parsed('shooting pain in my chest')).not.toHaveProperty('penetrating_wound');
    expect(parsed('squints to watch telly')).toEqual({});
    expect(parsed('went to the surgery yesterday with a fever')).not.toHaveProperty('recent_procedure');
    expect(parsed('replaced my car tyres')).not.toHaveProperty('recent_procedure');
    expect(parsed('сын родился недоношенным')).not.toHaveProperty('recent_procedure');
    expect(parsed('fell on my outstretched hand')).not.toHaveProperty('wrist_pain_thumb_side');
    expect(parsed('упал на руку')).not.toHaveProperty('wrist_pain_thumb_side');
    expect(parsed('боль в спине будит ночью')).not.toHaveProperty('headache');
    expect(parsed('голова болит и меня шатает')).not.toHaveProperty('new_squint_or_clumsiness');
    expect(parsed('jabbing pain in my side')).not.toHaveProperty('recent_vaccination');
    expect(parsed('привит по календарю')).not.toHaveProperty('recent_vaccination');
    expect(parsed('pain on the right side of my chest')).not.toHaveProperty('flank_pain');
  });
});

describe('known confusions', () => {
  it('a muscle cramp is not a seizure nor abdominal cramping', () => {
    expect(parsed('судорога в ноге ночью')).toEqual({});
    expect(parsed('свело икру')).toEqual({});
    expect(parsed('cramp in my calf at night')).toEqual({});
    expect(parsed('у ребенка судороги на фоне температуры')).toMatchObject({ seizure: 'yes' });
  });

  it('pain in the side is not a headache; a stitch when running is nothing', () => {
    expect(parsed('болит бок')).toEqual({ flank_pain: 'yes' });
    expect(parsed('колет в боку когда бегаю')).toEqual({});
    expect(parsed('stitch in my side when running')).toEqual({});
  });

  it('a faint rash is a rash, not a faint', () => {
    expect(parsed('a faint blotchy rash')).toEqual({ rash: 'yes' });
    expect(parsed('I feel faint')).toEqual({ near_fainting: 'yes' });
  });

  it('a typographic apostrophe, as phones type it, reads like the plain one', () => {
    expect(parsed('I can’t breathe')).toEqual({ breathlessness: 'yes' });
    expect(parsed('she won’t wake up')).toEqual({ unresponsive: 'yes' });
  });

  it('everyday words for not breathing, a bleeding bottom, projectile vomiting, a dry mouth and no urine', () => {
    expect(parsed('не могу дышать')).toEqual({ breathlessness: 'yes' });
    expect(parsed('нечем дышать')).toEqual({ breathlessness: 'yes' });
    expect(parsed('не могу дышать носом')).toEqual({ blocked_nose: 'yes' });
    expect(parsed('I can’t breathe through my nose')).toEqual({ blocked_nose: 'yes' });
    expect(parsed('ребенок посинел и не дышит')).toEqual({ blue_lips: 'yes', unresponsive: 'yes' });
    expect(parsed('he stopped breathing')).toEqual({ unresponsive: 'yes' });
    expect(parsed('нос не дышит')).toEqual({ blocked_nose: 'yes' });
    expect(parsed('bleeding from my bottom')).toEqual({ bloody_stool: 'yes' });
    expect(parsed('rectal bleeding')).toEqual({ bloody_stool: 'yes' });
    expect(parsed('кровь из прямой кишки')).toEqual({ bloody_stool: 'yes' });
    expect(parsed('рвота фонтаном после кормления')).toMatchObject({
      projectile_vomiting: 'yes',
      vomiting: 'yes',
    });
    expect(parsed('projectile vomiting after feeds')).toMatchObject({ projectile_vomiting: 'yes' });
    expect(parsed('сушит во рту')).toEqual({ dry_mouth: 'yes' });
    expect(parsed('мочи нет с утра')).toMatchObject({ little_urine: 'yes' });
    expect(parsed('sudden loss of sight in one eye')).toMatchObject({ vision_loss_sudden: 'yes' });
    expect(parsed('one-sided leg swelling')).toEqual({ leg_swelling_one: 'yes' });
    expect(parsed('red, painful eye, wears contact lenses')).toEqual({
      red_eye: 'yes',
      eye_pain: 'yes',
      contact_lens_wearer: 'yes',
    });
    expect(parsed('ношу контактные линзы')).toEqual({ contact_lens_wearer: 'yes' });
  });

  it('a swollen nail fold, and pus beside it; "pus" alone elsewhere is not a boil', () => {
    expect(parsed('side of my fingernail is swollen, throbbing and there’s a yellow bit of pus')).toEqual({
      toenail_fold_swelling: 'yes',
      pus_lump: 'yes',
    });
    expect(parsed('нарыв у ногтя, палец опух')).toEqual({ pus_lump: 'yes', toenail_fold_swelling: 'yes' });
    expect(parsed('воспалилась заусеница')).toEqual({ toenail_fold_swelling: 'yes' });
    expect(parsed('ingrown toenail, red and sore')).toEqual({ toenail_fold_swelling: 'yes' });
    expect(parsed('boil with pus')).toEqual({ pus_lump: 'yes' });
    expect(parsed('pus on my tonsils')).not.toHaveProperty('pus_lump');
    expect(parsed('baby has a bulging soft spot')).toEqual({ bulging_fontanelle: 'yes' });
  });

  it('thrush in the mouth is white patches, not vaginal thrush; a torn skin flap is a cut', () => {
    expect(parsed('white patches in baby’s mouth that don’t wipe off')).toEqual({
      white_patches_mouth: 'yes',
    });
    expect(parsed('у малыша во рту молочница')).toEqual({ white_patches_mouth: 'yes' });
    expect(parsed('oral thrush')).toEqual({ white_patches_mouth: 'yes' });
    expect(parsed('I have thrush, itching down there')).toEqual({ vaginal_itching: 'yes' });
    expect(parsed('caught my arm on the door handle and the skin tore')).toEqual({ cut_wound: 'yes' });
  });

  it('a painful big toe (gout), not a thumb', () => {
    expect(parsed('big toe suddenly very painful, red and swollen')).toMatchObject({ big_toe_pain: 'yes' });
    expect(parsed('сильно болит большой палец на ноге')).toEqual({ big_toe_pain: 'yes' });
    expect(parsed('болит большой палец руки')).toEqual({});
  });

  it('an ankle twisted "it", an itchy bottom or scalp; a twitching eyelid and a breast lump are not what they resemble', () => {
    expect(parsed('my ankle is swollen after I twisted it')).toMatchObject({ twisted_ankle: 'yes' });
    expect(parsed('my child has been scratching his bottom at night')).toEqual({ anal_itch: 'yes' });
    expect(parsed('у ребенка чешется попа')).toEqual({ anal_itch: 'yes' });
    expect(parsed('itchy scalp')).toEqual({ itchy_scalp: 'yes' });
    expect(parsed('зуд кожи головы')).toEqual({ itchy_scalp: 'yes' });
    expect(parsed('my eye is twitching')).toEqual({});
    expect(parsed('глаз дергается')).toEqual({});
    expect(parsed('muscle jerks and sweating')).toMatchObject({ muscle_jerks: 'yes' });
    expect(parsed('lump in my breast')).not.toHaveProperty('breast_red_painful');
  });

  it('what is told across commas: a loose stool with blood, a knee hot and swollen; "back to normal" is no back pain', () => {
    expect(parsed('стул 5-6 раз в день жидкий, живот крутит, немного крови')).toMatchObject({
      diarrhoea: 'yes',
      bloody_stool: 'yes',
    });
    expect(parsed('понос, кровь из носа')).toEqual({ diarrhoea: 'yes', nosebleed: 'yes' });
    expect(parsed('my knee blew up overnight, hot and swollen, very painful')).toEqual({
      hot_swollen_joint: 'yes',
    });
    expect(parsed('колено горячее и опухло')).toMatchObject({ hot_swollen_joint: 'yes' });
    expect(parsed('it went back to normal later')).toEqual({});
    expect(parsed('my back went yesterday')).toMatchObject({ back_pain: 'yes' });
    expect(parsed('I smoked for 40 years')).toEqual({ smoker: 'yes' });
    expect(parsed('курю 20 лет')).toEqual({ smoker: 'yes' });
  });

  it('a tooth out, a bulging navel, seizures in epilepsy, missed tablets, a drooping fingertip, a board not seen', () => {
    expect(parsed('had a wisdom tooth out 3 days ago')).toMatchObject({ recent_tooth_extraction: 'yes' });
    expect(parsed('удалили зуб мудрости, болит лунка')).toEqual({ recent_tooth_extraction: 'yes' });
    expect(parsed('у дочки пупок выпирает')).toEqual({ umbilical_bulge: 'yes' });
    expect(parsed('У меня эпилепсия, было 2 приступа, таблетки забыла выпить')).toEqual({
      epilepsy_history: 'yes',
      seizure: 'yes',
      missed_medication: 'yes',
    });
    expect(parsed('I have epilepsy and had two attacks today, I missed my tablets')).toEqual({
      epilepsy_history: 'yes',
      seizure: 'yes',
      missed_medication: 'yes',
    });
    expect(parsed('у меня приступ астмы')).not.toHaveProperty('seizure');
    expect(parsed('the tip droops and I can’t straighten the end bit')).toEqual({
      cannot_bend_finger: 'yes',
      fingertip_droop: 'yes',
    });
    expect(parsed('he can’t see the board at school')).toEqual({ blurred_vision: 'yes' });
    expect(parsed('колено хрустнуло и опухло')).toMatchObject({ twisted_knee: 'yes' });
  });

  it('a milk tooth falling out is no fall, and leaking urine is not retention', () => {
    expect(parsed('my son’s baby tooth fell out')).toEqual({});
    expect(parsed('leaking wee and sometimes can’t make it to the loo in time')).toEqual({
      urgency_urination: 'yes',
    });
    expect(parsed('I can’t pee at all')).toEqual({ cannot_pass_urine: 'yes' });
  });

  it('a crick in the neck, a cold, a sleepy baby, a face swollen by a tooth or in pregnancy', () => {
    expect(parsed('my neck is stiff after sleeping funny')).toEqual({ neck_pain: 'yes' });
    expect(parsed('продуло, шея не поворачивается')).toEqual({ neck_pain: 'yes' });
    expect(parsed('stiff neck and fever')).toEqual({ neck_stiffness: 'yes', fever: 'yes' });
    expect(parsed('I’ve got a stinking cold')).toEqual({ runny_nose: 'yes' });
    expect(parsed('у меня простуда')).toEqual({ runny_nose: 'yes' });
    expect(parsed('после ОРВИ остался кашель')).toEqual({ cough: 'yes' });
    expect(parsed('a cough after a cold')).toEqual({ cough: 'yes' });
    expect(parsed('my hands are cold')).toEqual({});
    expect(parsed('the baby is very sleepy and not feeding')).toEqual({
      lethargy: 'yes',
      poor_feeding: 'yes',
    });
    expect(parsed('after sleeping badly I have a headache')).not.toHaveProperty('lethargy');
    expect(parsed('bad toothache and my face is swollen')).toEqual({
      tooth_pain: 'yes',
      facial_swelling: 'yes',
    });
    expect(parsed('болит зуб, лицо опухло')).toEqual({ tooth_pain: 'yes', facial_swelling: 'yes' });
    expect(parsed('my face and lips are swollen after peanuts')).toMatchObject({
      lip_tongue_swelling: 'yes',
    });
    expect(parsed('беременна 32 недели, отекло лицо и руки')).toMatchObject({ face_hand_swelling: 'yes' });
    expect(parsed('беременна 32 недели, отекло лицо и руки')).not.toHaveProperty('lip_tongue_swelling');
    expect(parsed('лицо и руки отекли')).not.toHaveProperty('face_hand_swelling');
  });

  it('clinical terms as a letter or a nurse writes them, in both languages', () => {
    expect(parsed('34-year-old woman with 2 days of dysuria and urinary frequency, no fever')).toMatchObject({
      painful_urination: 'yes',
      frequent_urination: 'yes',
      fever: 'no',
    });
    expect(parsed('crushing substernal chest pain and diaphoresis')).toMatchObject({ sweating: 'yes' });
    expect(parsed('pleuritic chest pain and dyspnoea after a long flight')).toMatchObject({
      pleuritic_pain: 'yes',
      breathlessness: 'yes',
    });
    expect(parsed('nausea and anorexia')).toMatchObject({ loss_of_appetite: 'yes' });
    expect(parsed('anorexia nervosa')).toEqual({});
    expect(parsed('presyncope')).toEqual({ near_fainting: 'yes' });
    expect(parsed('syncope')).toEqual({ fainting: 'yes' });
    expect(parsed('мелена, кровохарканье')).toEqual({ black_stool: 'yes', coughing_blood: 'yes' });
    expect(parsed('дизурия, поллакиурия, лихорадки нет')).toEqual({
      painful_urination: 'yes',
      frequent_urination: 'yes',
      fever: 'no',
    });
  });

  it('danger signs in everyday Russian: a sucking-in belly, a rash like bruises, the worst headache, a swollen belly with no stool, persecution', () => {
    expect(parsed('ребенок часто дышит, втягивается живот')).toEqual({
      fast_breathing: 'yes',
      chest_recession: 'yes',
    });
    expect(parsed('сыпь как синяки по всему телу')).toMatchObject({ new_purple_spots: 'yes' });
    expect(parsed('a rash that looks like bruises')).toMatchObject({ new_purple_spots: 'yes' });
    expect(parsed('голова болит сильнее чем когда-либо')).toMatchObject({ thunderclap_headache: 'yes' });
    expect(parsed('никогда так не болела голова')).toMatchObject({ thunderclap_headache: 'yes' });
    expect(parsed('я никогда так сильно не болела гриппом')).not.toHaveProperty('thunderclap_headache');
    expect(parsed('живот вздулся, стула нет, рвет')).toEqual({
      bloating: 'yes',
      constipation: 'yes',
      vomiting: 'yes',
    });
    expect(parsed('говорит, что его преследуют')).toEqual({ paranoid_beliefs: 'yes' });
    expect(parsed('отравилась после шаурмы')).not.toHaveProperty('paranoid_beliefs');
    expect(parsed('temperature for 5 days, red eyes and cracked lips')).toMatchObject({
      red_cracked_lips: 'yes',
    });
    expect(parsed('губы потрескались')).toMatchObject({ red_cracked_lips: 'yes' });
  });

  it('cheeks as if slapped, but not a slap', () => {
    expect(parsed('bright red cheeks like she’s been slapped')).toEqual({ slapped_cheeks: 'yes' });
    expect(parsed('щёки ярко-красные, как будто нашлепали')).toEqual({ slapped_cheeks: 'yes' });
    expect(parsed('he slapped me across the face')).toEqual({});
  });

  it('in pregnancy a bleeding with no other site named is vaginal; gums and nose are not', () => {
    expect(parsed('беременна, кровит')).toMatchObject({ vaginal_bleeding: 'yes' });
    expect(parsed('кровотечение, беременна 8 недель')).toMatchObject({ vaginal_bleeding: 'yes' });
    expect(parsed('pregnant, bleeding and cramps')).toMatchObject({ vaginal_bleeding: 'yes' });
    expect(parsed('беременна, кровотечения нет')).toMatchObject({ vaginal_bleeding: 'no' });
    expect(parsed('беременна, кровь из носа')).not.toHaveProperty('vaginal_bleeding');
    expect(parsed('I’m pregnant and my gums are bleeding')).not.toHaveProperty('vaginal_bleeding');
  });

  it('"throbbing" is a one-sided headache only in a headache; lifting hurts the back only with back pain', () => {
    expect(parsed('throbbing toothache')).toEqual({ tooth_pain: 'yes' });
    expect(parsed('throbbing headache')).toMatchObject({ one_sided_headache: 'yes' });
    expect(parsed('worst headache of my life, came on while lifting weights')).not.toHaveProperty(
      'back_pain_after_lifting',
    );
    expect(parsed('hurt my back lifting boxes')).toMatchObject({ back_pain_after_lifting: 'yes' });
  });

  it('walking brings on chest pain only when the chest hurts', () => {
    expect(parsed('болит колено при ходьбе')).toEqual({ joint_pain: 'yes', knee_pain: 'yes' });
    expect(parsed('my hip hurts when I walk')).toEqual({ hip_pain: 'yes', joint_pain: 'yes' });
    expect(parsed('давит в груди при ходьбе').chest_pain_exertion).toBe('yes');
    expect(parsed('chest tightness when I climb stairs').chest_pain_exertion).toBe('yes');
  });

  it('an arm that will not go up for a painful shoulder is not a weak arm; weakness words still are', () => {
    expect(parsed('I can’t lift my arm above my head')).toEqual({ pain_lifting_arm: 'yes' });
    expect(parsed('не могу поднять руку выше головы, болит плечо')).toEqual({
      pain_lifting_arm: 'yes',
      shoulder_pain: 'yes',
    });
    expect(parsed('my shoulder hurts and I can’t raise my arm').arm_weakness).toBeUndefined();
    expect(parsed('my left arm went weak and my shoulder hurts').arm_weakness).toBe('yes');
    expect(parsed('не могу поднять руку, лицо перекосило')).toMatchObject({ arm_weakness: 'yes' });
  });

  it('an overdose told with "about", and why it was taken, in both languages', () => {
    expect(parsed('I took about 20 paracetamol last night because I was upset')).toMatchObject({
      took_paracetamol_excess: 'yes',
      took_overdose: 'yes',
    });
    expect(parsed('she swallowed the whole packet of paracetamol on purpose')).toMatchObject({
      took_paracetamol_excess: 'yes',
      overdose_intentional: 'yes',
    });
    expect(parsed('выпила около 20 таблеток парацетамола нарочно')).toMatchObject({
      took_paracetamol_excess: 'yes',
      overdose_intentional: 'yes',
    });
    expect(parsed('выпил 15 таблеток чтобы не проснуться')).toMatchObject({ overdose_intentional: 'yes' });
    expect(parsed('took 2 paracetamol for a headache')).not.toHaveProperty('took_overdose');
  });

  it('around a birth or a pregnancy heavy bleeding is the danger sign, otherwise a heavy period', () => {
    expect(parsed('после родов 5 дней, сильное кровотечение и сгустки')).toMatchObject({
      heavy_vaginal_bleeding: 'yes',
      vaginal_bleeding: 'yes',
    });
    expect(parsed('I gave birth 10 days ago and now bleeding heavily with clots')).toMatchObject({
      heavy_vaginal_bleeding: 'yes',
    });
    expect(parsed('обильные месячные со сгустками')).toEqual({ heavy_periods: 'yes' });
    expect(parsed('heavy periods with clots')).toEqual({ heavy_periods: 'yes' });
  });

  it('spots before the eyes in pregnancy blur the sight; elsewhere they are flashes', () => {
    expect(parsed('беременность 34 недели, мушки перед глазами')).toMatchObject({ blurred_vision: 'yes' });
    expect(parsed('беременность 34 недели, мушки перед глазами')).not.toHaveProperty('flashes_of_light');
    expect(parsed('мушки перед глазами, давление 180')).toMatchObject({ flashes_of_light: 'yes' });
    expect(parsed('32 weeks pregnant, bad headache and seeing spots')).toEqual({
      pregnant: 'yes',
      pregnancy_over_20_weeks: 'yes',
      pregnant_possible: 'yes',
      headache: 'yes',
      blurred_vision: 'yes',
    });
  });

  it('a household ill alike is carbon monoxide’s clue only beside its symptoms', () => {
    expect(parsed('угорели, в доме газовая колонка, у всех болит голова')).toMatchObject({
      combustion_source_indoors: 'yes',
      others_same_symptoms_home: 'yes',
    });
    expect(parsed('we all have headaches and feel dizzy')).toMatchObject({
      others_same_symptoms_home: 'yes',
    });
    expect(parsed('у всех в семье температура и болит голова')).not.toHaveProperty(
      'others_same_symptoms_home',
    );
    expect(parsed('the whole family has diarrhoea')).not.toHaveProperty('others_same_symptoms_home');
  });

  it('a baby hungry again straight after vomiting', () => {
    expect(parsed('projectile vomiting after every feed and seems hungry straight after')).toMatchObject({
      projectile_vomiting: 'yes',
      hungry_after_vomiting: 'yes',
    });
    expect(parsed('срыгивает фонтаном и сразу просит есть')).toMatchObject({ hungry_after_vomiting: 'yes' });
  });

  it('half a face that will not move, a limb cold and pale told limb first, legs that gave way', () => {
    expect(parsed("I woke up with half my face not moving, can't close my eye")).toEqual({
      face_droop: 'yes',
    });
    expect(parsed('половина лица не двигается, глаз не закрывается')).toEqual({ face_droop: 'yes' });
    expect(parsed('нога холодная, бледная и очень болит')).toMatchObject({ cold_pale_limb: 'yes' });
    expect(parsed('my foot went cold and white and really hurts')).toMatchObject({ cold_pale_limb: 'yes' });
    expect(parsed('ноги холодные, мерзну')).toEqual({});
    expect(parsed('внезапно ослабли обе ноги')).toMatchObject({ leg_weakness_both: 'yes' });
  });

  it('"I\'m 38 weeks" is a pregnancy, not an age or a duration; weeks into a cough are a duration', () => {
    expect(parsed("I'm 38 weeks and the baby hasn't moved at all today")).toEqual({
      pregnant: 'yes',
      pregnancy_over_20_weeks: 'yes',
      pregnancy_over_37_weeks: 'yes',
      reduced_fetal_movements: 'yes',
    });
    expect(parsed('срок 38 недель, ребёнок не шевелится')).toEqual({
      pregnant: 'yes',
      pregnancy_over_20_weeks: 'yes',
      pregnancy_over_37_weeks: 'yes',
      reduced_fetal_movements: 'yes',
    });
    expect(parsed("I'm 3 weeks into this cough")).toEqual({ cough: 'yes', duration_days: 21 });
  });

  it('sudden deafness, burns in the mouth from a chemical, a lump by the anus, pain below the left ribs', () => {
    expect(parsed("I've suddenly gone deaf in my right ear")).toMatchObject({ sudden_hearing_loss: 'yes' });
    expect(parsed('внезапно оглохла на одно ухо')).toMatchObject({ sudden_hearing_loss: 'yes' });
    expect(parsed('ребёнок выпил средство для труб, во рту ожоги')).toEqual({
      ingested_chemical: 'yes',
      mouth_burns: 'yes',
    });
    expect(parsed('a painful red lump near my bum')).toMatchObject({ anal_lump: 'yes' });
    expect(parsed('болит слева под рёбрами')).toMatchObject({ upper_abdominal_pain: 'yes' });
    expect(parsed('болит под правым ребром')).not.toHaveProperty('upper_abdominal_pain');
  });

  it('one leg swollen in the singular, both in the plural', () => {
    expect(parsed('my leg is swollen')).toEqual({ leg_swelling_one: 'yes' });
    expect(parsed('my legs are swollen')).toEqual({ leg_swelling_both: 'yes' });
    expect(parsed('нога опухла и болит икра')).toEqual({ leg_swelling_one: 'yes', leg_pain_calf: 'yes' });
    expect(parsed('ноги опухли к вечеру')).toEqual({ leg_swelling_both: 'yes' });
  });

  it('everyday back strain, a cough and cold, teething, fingers numb at night', () => {
    expect(parsed('I pulled a muscle in my lower back lifting a sofa')).toEqual({
      back_pain: 'yes',
      back_pain_after_lifting: 'yes',
    });
    expect(parsed('a cough and cold for 4 days')).toMatchObject({ cough: 'yes', runny_nose: 'yes' });
    expect(parsed('my hands are cold and I cough')).toEqual({ cough: 'yes' });
    expect(parsed('у малыша режутся зубки, грызёт всё подряд')).toEqual({ chewing_on_things: 'yes' });
    expect(parsed("he's teething")).toEqual({ chewing_on_things: 'yes' });
    expect(parsed('покалывание в пальцах рук по ночам')).toMatchObject({ hand_tingling_night: 'yes' });
    expect(parsed('my fingers go numb and tingly at night')).toMatchObject({ hand_tingling_night: 'yes' });
  });

  it('what bothers is not anxiety; a cut hand is no self-harm unless meant; an eye splash is the eye’s', () => {
    expect(parsed('меня беспокоит кашель')).toEqual({ cough: 'yes' });
    expect(parsed('беспокоюсь о здоровье')).toEqual({ worry: 'yes' });
    expect(parsed('порезал руку стеклом, кровь хлещет')).not.toHaveProperty('self_harm_recent');
    expect(parsed('режу себе руки')).toMatchObject({ self_harm_recent: 'yes' });
    expect(parsed('I’ve been cutting my arms')).toMatchObject({ self_harm_recent: 'yes' });
    expect(parsed('I got some oven cleaner splashed in my eye')).toEqual({ chemical_in_eye: 'yes' });
  });

  it('a baby with only one wet nappy passes little urine', () => {
    expect(parsed('not feeding and has had only 1 wet nappy today')).toMatchObject({ little_urine: 'yes' });
    expect(parsed('за день всего один мокрый подгузник')).toEqual({ little_urine: 'yes' });
  });

  it('a pain low down on one side is in the lower belly; a lower leg is not', () => {
    expect(parsed('a niggly pain low down on my left side')).toEqual({
      abdominal_pain: 'yes',
      lower_abdominal_pain: 'yes',
      left_lower_pain: 'yes',
    });
    expect(parsed('болит внизу живота слева')).toMatchObject({ left_lower_pain: 'yes' });
    expect(parsed('pain in my right lower leg')).toEqual({});
    expect(parsed('lower right tummy pain')).toMatchObject({ right_lower_pain: 'yes' });
    expect(parsed('she broke off a corner of her front tooth')).toEqual({ tooth_broken: 'yes' });
  });

  it('a scald from a hot cup, purging, itchy palms in pregnancy, crying since the birth, insulin, a hangover', () => {
    expect(parsed('she pulled a hot cup of tea over herself, her chest is blistering')).toMatchObject({
      burn_injury: 'yes',
      blisters: 'yes',
    });
    expect(parsed("I've been making myself sick after eating")).toEqual({ self_induced_vomiting: 'yes' });
    expect(parsed('вызываю рвоту после еды')).toEqual({ self_induced_vomiting: 'yes' });
    expect(parsed('беременна 30 недель, зудят ладони и стопы')).toMatchObject({ itchy_palms_soles: 'yes' });
    expect(parsed('since the baby was born 3 weeks ago I cry all the time and can’t cope')).toMatchObject({
      recently_gave_birth: 'yes',
      low_mood: 'yes',
    });
    expect(parsed('сахар 2.9, потею, я на инсулине')).toMatchObject({
      sweating: 'yes',
      insulin_treated: 'yes',
      diabetes: 'yes',
    });
    expect(parsed('hangover and a headache')).toMatchObject({ drank_alcohol_heavily: 'yes' });
    expect(parsed('с похмелья болит голова')).toMatchObject({ drank_alcohol_heavily: 'yes' });
  });

  it('a pain on one side is the flank, and in pregnancy the lower belly too', () => {
    expect(parsed('pain in my right side')).toEqual({ flank_pain: 'yes' });
    expect(parsed('болит в правом боку')).toEqual({ flank_pain: 'yes' });
    expect(parsed('I’m 7 weeks pregnant with terrible pain on one side')).toMatchObject({
      lower_abdominal_pain: 'yes',
      flank_pain: 'yes',
    });
    expect(parsed('беременна 6 недель, боль с одной стороны')).toMatchObject({ lower_abdominal_pain: 'yes' });
    expect(parsed('боль с одной стороны головы')).not.toHaveProperty('flank_pain');
  });

  it('a fall from a height or a crash is a major-trauma mechanism', () => {
    expect(parsed('друг упал с крыши, не двигается')).toMatchObject({ high_energy_injury: 'yes' });
    expect(parsed('he fell off a ladder and hit his head')).toMatchObject({ high_energy_injury: 'yes' });
    expect(parsed('попал в аварию, болит шея')).toMatchObject({ high_energy_injury: 'yes' });
    expect(parsed('упала дома, ушибла колено')).not.toHaveProperty('high_energy_injury');
  });

  it('pus on the tonsils, a red streak, a rusty nail, a lump in the armpit; a tetanus jab asked about', () => {
    expect(parsed('болит горло, на миндалинах гной')).toMatchObject({ tonsil_exudate: 'yes' });
    expect(parsed('рука опухла, идёт красная полоса')).toMatchObject({ red_streak: 'yes' });
    expect(parsed('поранилась о ржавый гвоздь, прививку от столбняка не помню')).toEqual({
      wound_or_bite: 'yes',
      wound_contaminated: 'yes',
    });
    expect(parsed('stepped on a rusty nail')).toEqual({ wound_contaminated: 'yes' });
    expect(parsed('a painful swollen lump in my armpit')).toMatchObject({ swollen_lymph_nodes: 'yes' });
    expect(parsed('I had my flu jab yesterday')).toMatchObject({ recent_vaccination: 'yes' });
  });

  it('waking at night to pass urine, a weak stream, hot flushes, irregular periods, a one-sided headache', () => {
    expect(parsed('getting up 4 times a night to wee and the flow is weak')).toEqual({
      night_urination: 'yes',
      frequent_urination: 'yes',
      weak_urine_stream: 'yes',
    });
    expect(parsed('ночью встаю в туалет по 3 раза, струя слабая')).toEqual({
      night_urination: 'yes',
      weak_urine_stream: 'yes',
    });
    expect(parsed('hot flushes and my periods are all over the place')).toEqual({
      hot_flushes: 'yes',
      irregular_periods: 'yes',
    });
    expect(parsed('приливы, месячные сбились')).toEqual({ hot_flushes: 'yes', irregular_periods: 'yes' });
    expect(parsed('headaches on one side with flashing zigzags before them')).toEqual({
      headache: 'yes',
      one_sided_headache: 'yes',
      aura: 'yes',
    });
    expect(parsed('I feel weak and tired')).toEqual({ fatigue: 'yes' });
    expect(parsed('I sprained my wrist falling off my bike')).toEqual({ trauma_fall: 'yes' });
  });

  it('rarer emergencies in lay words: between the shoulder blades, moonshine, home canning, sickle cell, AF, a house fire', () => {
    expect(parsed('sudden tearing pain in my back between my shoulder blades')).toMatchObject({
      pain_radiates_back: 'yes',
      back_pain: 'yes',
    });
    expect(parsed('выпил самогон, всё как в тумане перед глазами')).toEqual({
      drank_surrogate_alcohol: 'yes',
      blurred_vision: 'yes',
    });
    expect(parsed('ate some home-canned beans, now I’m seeing double')).toEqual({
      ate_home_canned_food: 'yes',
      double_vision: 'yes',
    });
    expect(parsed('sickle cell crisis')).toEqual({ sickle_cell_disease: 'yes' });
    expect(parsed('sudden severe tummy pain, I have AF')).toMatchObject({ heart_disease_history: 'yes' });
    expect(parsed('у меня мерцательная аритмия, резко заболел живот')).toEqual({
      heart_disease_history: 'yes',
      sudden_onset: 'yes',
      abdominal_pain: 'yes',
    });
    expect(parsed('был в горящем доме, кашляет сажей')).toMatchObject({ smoke_inhalation: 'yes' });
    expect(parsed('ребёнок заболел, температура')).toEqual({ fever: 'yes' });
  });

  it('nitroglycerin or a GTN spray tells of known angina', () => {
    expect(parsed('прихватило сердце, таблетка нитроглицерина не помогла')).toMatchObject({
      chest_pain: 'yes',
      heart_disease_history: 'yes',
    });
    expect(parsed('I have angina, took my GTN spray twice')).toEqual({ heart_disease_history: 'yes' });
  });

  it('skin and eyes gone yellow, told skin first, and pale stools', () => {
    expect(parsed('my 4 week old baby’s skin and eyes are yellow and his poo is pale')).toEqual({
      jaundice: 'yes',
      pale_stools: 'yes',
    });
    expect(parsed('кожа и глаза жёлтые, стул светлый')).toEqual({ jaundice: 'yes', pale_stools: 'yes' });
    expect(parsed('his skin looks a bit pale')).not.toHaveProperty('jaundice');
  });

  it('a faint is not a fall, and a normal temperature says there is no fever', () => {
    expect(parsed('упала в обморок').trauma_fall).toBeUndefined();
    expect(parsed('температура нормальная').fever).toBe('no');
    expect(parsed('перегрелся на жаре').fever).toBeUndefined();
  });
});

describe('numbers and their role', () => {
  it('the age is read, and is neither a duration nor a temperature', () => {
    for (const [text, months] of [
      ['ребёнку 5 месяцев, температура 38,2', 5],
      ['мне 34 года, болит голова', 408],
      ['my son is 3 and has a cough', 36],
      ['a 4-year-old with earache', 48],
      ['дочке полтора года', 18],
      ['у дочки 7 лет болел живот', 84],
      ['у малыша 5 месяцев температура', 5],
    ] as const) {
      const details = parseComplaintDetails(text);
      expect(details.ageMonths, text).toBe(months);
      expect(
        details.findings.some((f) => f.findingId === 'duration_days'),
        text,
      ).toBe(false);
    }
    expect(parseComplaintDetails('she is 2 weeks late').ageMonths).toBeUndefined();
    // After "у ребенка", days and months are how long it has lasted; after an adult, years are too.
    for (const text of [
      'у ребенка 3 дня температура',
      'у сына 2 месяца кашель',
      'у мамы 3 года болит спина',
    ]) {
      const lasted = parseComplaintDetails(text);
      expect(lasted.ageMonths, text).toBeUndefined();
      expect(
        lasted.findings.some((f) => f.findingId === 'duration_days'),
        text,
      ).toBe(true);
    }
  });

  it('time since an event is not how long the symptoms last', () => {
    const back = parseComplaintDetails('вернулся из Таиланда два месяца назад, температура 39 третий день');
    expect(back.eventDaysAgo).toEqual([60]);
    expect(back.symptomDays).toEqual({ fever: 3 });
    expect(parsed('кашель две недели, температура третий день')).toMatchObject({
      duration_days: 14,
      fever_days: 3,
    });
    expect(parsed('вернулся из Таиланда два месяца назад, температура 39 третий день')).toMatchObject({
      duration_days: 3,
    });
    expect(parseComplaintDetails('came back from Kenya 2 weeks ago').eventDaysAgo).toEqual([14]);
    expect(parseComplaintDetails('back from India 3 weeks ago, fever for 4 days')).toMatchObject({
      eventDaysAgo: [21],
      symptomDays: { fever: 4 },
    });
    // The onset of a symptom "… ago" is its duration.
    expect(parsed('кашель начался 5 дней назад')).toMatchObject({ cough: 'yes', duration_days: 5 });
    // The last period, an operation or a procedure, a birth: dates of events too.
    expect(parseComplaintDetails('месячные были 2 недели назад').eventDaysAgo).toEqual([14]);
    expect(parsed('had my knee replaced 6 weeks ago, now it is hot').duration_days).toBeUndefined();
    expect(parsed('wisdom tooth out 3 days ago').duration_days).toBeUndefined();
    expect(parseComplaintDetails('I had my baby 8 days ago').eventDaysAgo).toEqual([8]);
    expect(parseComplaintDetails('he had his MMR 9 days ago').eventDaysAgo).toEqual([9]);
  });

  it('each duration belongs to its symptom; the illness lasts as long as the longest', () => {
    const d = parseComplaintDetails('кашель две недели, температура третий день');
    expect(d.symptomDays).toEqual({ cough: 14, fever: 3 });
    expect(parsed('кашель две недели, температура третий день').duration_days).toBe(14);
    expect(parseComplaintDetails('fever for 5 days and a rash since yesterday').symptomDays).toEqual({
      fever: 5,
      rash: 1,
    });
  });

  it('a blood sugar reading in mmol/L, or in mg/dL converted', () => {
    expect(parsed('сахар 2,8, трясутся руки')).toEqual({ blood_glucose_mmol: 2.8, tremor: 'yes' });
    expect(parsed('sugar was 250')).toEqual({ blood_glucose_mmol: 13.9 });
  });

  it('weeks of pregnancy and days late are not durations', () => {
    expect(parsed('беременна 8 недель, мажет кровью')).toEqual({
      pregnant: 'yes',
      pregnant_possible: 'yes',
      vaginal_bleeding: 'yes',
    });
    expect(parsed('period is two weeks late').duration_days).toBeUndefined();
    expect(parsed('родилась на 36 неделе')).toEqual({});
    expect(parsed('born at 36 weeks, now feeding poorly')).toEqual({ poor_feeding: 'yes' });
  });
});

describe('lexicons', () => {
  it('name only findings of the knowledge base', () => {
    const ids = new Set(FINDINGS.map((f) => f.id));
    for (const lexicon of [
      RU_LEXICON,
      EN_LEXICON,
      CLINICAL_LEXICON,
      RU_PHRASES,
      EN_PHRASES,
      RU_EVENT_PHRASES,
      EN_EVENT_PHRASES,
    ]) {
      for (const id of Object.keys(lexicon)) expect(ids.has(id), id).toBe(true);
    }
    for (const [id, general] of Object.entries(IMPLIES)) {
      for (const g of [id, ...general]) expect(ids.has(g), g).toBe(true);
    }
  });
});

describe('complaints recognised in free text', () => {
  it('lists the complaints whose findings were understood, first mentioned first', () => {
    expect(recogniseComplaints(parseComplaint('кашель и болит горло'))).toEqual(['cough', 'sore_throat']);
    expect(recogniseComplaints(parseComplaint('no cough, but my back hurts'))).toEqual(['back_pain']);
    expect(recogniseComplaints(parseComplaint('всё хорошо'))).toEqual([]);
    expect(recogniseComplaints(parseComplaint('сегодня укусил клещ'))).toContain('tick_bite');
    expect(recogniseComplaints(parseComplaint('ребёнок проглотил батарейку'))).toEqual(['swallowed_object']);
    expect(recogniseComplaints(parseComplaint('I burned my hand on the oven'))).toEqual(['burn']);
    expect(recogniseComplaints(parseComplaint('выпила пачку таблеток'))).toEqual(['overdose']);
    expect(recogniseComplaints(parseComplaint('болит зуб, щёку раздуло'))).toEqual([
      'toothache',
      'swollen_face_jaw',
    ]);
  });
});

describe('what a complaint says is fine', () => {
  it('is a "no" to the danger sign it rules out, in both languages', () => {
    expect(parsed('sprained my ankle, a bit swollen, I can walk on it')).toMatchObject({
      twisted_ankle: 'yes',
      cannot_bear_weight: 'no',
    });
    expect(parsed('подвернула ногу, наступать могу')).toMatchObject({ cannot_bear_weight: 'no' });
    expect(parsed('small cut on my finger, it stopped bleeding with pressure')).toMatchObject({
      cut_wound: 'yes',
      bleeding_wont_stop: 'no',
    });
    expect(parsed('кровь быстро остановилась')).toEqual({ bleeding_wont_stop: 'no' });
    expect(parsed('temperature is normal, just a cough')).toEqual({ fever: 'no', cough: 'yes' });
    expect(parsed('температура нормальная, болит горло')).toEqual({ fever: 'no', sore_throat: 'yes' });
    expect(parsed('he is playing normally and drinking well')).toEqual({
      lethargy: 'no',
      poor_feeding: 'no',
    });
    expect(parsed('дышит нормально')).toEqual({ breathlessness: 'no' });
    expect(parsed('she is alert and talking normally, otherwise well')).toEqual({
      lethargy: 'no',
      confusion: 'no',
      feeling_very_unwell: 'no',
    });
    // Someone otherwise well is not drowsy either.
    expect(parsed('в остальном чувствую себя нормально, писает как обычно')).toEqual({
      feeling_very_unwell: 'no',
      lethargy: 'no',
      little_urine: 'no',
    });
    expect(parsed("a rash on her tummy. she's well")).toMatchObject({
      feeling_very_unwell: 'no',
      lethargy: 'no',
    });
    expect(parsed('в остальном здорова, весёлая и активная')).toMatchObject({ lethargy: 'no' });
    expect(parsed("she's not herself, very sleepy")).toEqual({ lethargy: 'yes' });
    expect(parsed('wet nappies as usual, playing happily')).toEqual({ little_urine: 'no', lethargy: 'no' });
  });

  it('but not when negated or hedged, and a danger sign said elsewhere outweighs it', () => {
    expect(parsed("can't walk on it")).toEqual({ cannot_bear_weight: 'yes' });
    expect(parsed('не могу наступать на ногу')).toMatchObject({ cannot_bear_weight: 'yes' });
    expect(parsed('not able to walk on it')).not.toHaveProperty('cannot_bear_weight', 'no');
    expect(parsed('ходить могу с трудом')).not.toHaveProperty('cannot_bear_weight', 'no');
    expect(parsed('he has stopped playing and is floppy')).not.toHaveProperty('lethargy', 'no');
    expect(parsed('not alert, floppy')).toEqual({ lethargy: 'yes' });
    expect(parsed('не играет, вялый')).toEqual({ lethargy: 'yes' });
    expect(parsed('чувствую себя плохо')).not.toHaveProperty('feeling_very_unwell', 'no');
    expect(parsed("I can stand on it but can't put weight on it")).toMatchObject({
      cannot_bear_weight: 'yes',
    });
  });

  it('names only real findings', () => {
    const ids = new Set(FINDINGS.map((f) => f.id));
    expect(Object.keys(REASSURANCES).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('drooling and swallowing', () => {
  it("a teething baby's dribbling is not the airway sign; with a fever or stridor, or unable to swallow, it is", () => {
    expect(parsed('my baby is teething, dribbling a lot and chewing everything')).not.toHaveProperty(
      'drooling',
    );
    expect(parsed('у малыша режутся зубки, слюни текут, всё тянет в рот')).not.toHaveProperty('drooling');
    expect(parsed('teething, drooling, and noisy breathing in')).toMatchObject({ drooling: 'yes' });
    expect(parsed("my son is drooling and can't swallow his saliva")).toEqual({ drooling: 'yes' });
    expect(parsed("she can't swallow anything, even water")).toMatchObject({ swallowing_difficulty: 'yes' });
  });
});

describe('injuries told plainly', () => {
  it('a swelling after an injury, a deformity denied, a hand still used, a knee walked on', () => {
    expect(
      parsed('fell on my wrist, sore and a bit swollen, no deformity, I can move my fingers and use my hand'),
    ).toEqual({ trauma_fall: 'yes', injury_swelling: 'yes', limb_deformity: 'no', cannot_use_arm: 'no' });
    expect(parsed('подвернула ногу, немного отекла')).toMatchObject({ injury_swelling: 'yes' });
    expect(parsed('ударился коленом, ходит нормально')).toMatchObject({ cannot_bear_weight: 'no' });
  });

  it('a swelling with no injury told is not one, nor is a tumour', () => {
    expect(parsed('my ankles are swollen in the evenings')).not.toHaveProperty('injury_swelling');
    expect(parsed('у мамы опухоль груди')).not.toHaveProperty('injury_swelling');
  });

  it('a wound that gapes or needs stitches', () => {
    expect(parsed('deep cut, the edges gape open')).toMatchObject({ cut_wound: 'yes', wound_gaping: 'yes' });
    expect(parsed('I think it needs stitches')).toMatchObject({ wound_gaping: 'yes' });
    expect(parsed('порезала палец, края расходятся')).toMatchObject({ wound_gaping: 'yes' });
    expect(parsed('рана зияет')).toMatchObject({ wound_gaping: 'yes' });
  });
});

describe('what is told after what is denied', () => {
  it('a phrase\'s own "не" must stand before its word: in "пьёт воду и не рвёт" only the vomiting is denied', () => {
    expect(parsed('пьёт воду и не рвёт')).toEqual({ vomiting: 'no' });
    expect(parsed('не пьёт')).toEqual({ poor_feeding: 'yes' });
    expect(parsed('месячных нет две недели')).toMatchObject({ missed_period: 'yes' });
  });

  it('vomiting that keeps water down, or does not', () => {
    expect(parsed('рвота с ночи, воду пью, не рвёт от воды')).toEqual({
      vomiting: 'yes',
      repeated_vomiting: 'no',
    });
    expect(parsed('vomiting since last night but keeping fluids down')).toEqual({
      vomiting: 'yes',
      repeated_vomiting: 'no',
    });
    expect(parsed('рвёт даже от воды')).toMatchObject({ repeated_vomiting: 'yes' });
    expect(parsed('воду не удерживает')).toMatchObject({ repeated_vomiting: 'yes' });
  });

  it('periods gone for years are not a late period, "now" ends a denial, and spotting is bleeding, not spots', () => {
    expect(parsed('no periods for 3 years and now spotting')).toMatchObject({ vaginal_bleeding: 'yes' });
    expect(parsed('no periods for 3 years and now spotting')).not.toHaveProperty('rash');
    expect(parsed('no periods for 3 years and now spotting')).not.toHaveProperty('missed_period');
    expect(parsed('месячных нет 5 лет, а тут кровянистые выделения')).toMatchObject({
      vaginal_bleeding: 'yes',
    });
    expect(parsed('месячных нет 5 лет, а тут кровянистые выделения')).not.toHaveProperty('missed_period');
    expect(parsed('no cough and now a fever')).toEqual({ cough: 'no', fever: 'yes' });
  });
});

describe('a spreading tooth infection, an abscess forming, an eye that is sticky but sees', () => {
  it('swelling under the tongue, or the neck beside a bad tooth, is the floor of the mouth; "hard to swallow" is difficulty', () => {
    expect(parsed('toothache and now my face and neck are very swollen, hard to swallow')).toMatchObject({
      tooth_pain: 'yes',
      facial_swelling: 'yes',
      floor_of_mouth_swelling: 'yes',
      swallowing_difficulty: 'yes',
    });
    expect(parsed('swelling under my tongue')).toEqual({ floor_of_mouth_swelling: 'yes' });
    expect(parsed('болит зуб, щека и шея опухли')).toMatchObject({ floor_of_mouth_swelling: 'yes' });
    expect(parsed('my neck is swollen')).not.toHaveProperty('floor_of_mouth_swelling');
    expect(parsed('swelling under my jaw when I eat')).not.toHaveProperty('floor_of_mouth_swelling');
  });

  it('a hot or throbbing lump is an abscess forming, and "not hot" is not', () => {
    expect(parsed("a lump near my bottom, it's hot and throbbing")).toMatchObject({
      anal_lump: 'yes',
      pus_lump: 'yes',
    });
    expect(parsed('a lump in my breast, not hot')).toMatchObject({ pus_lump: 'no' });
  });

  it('a sticky red eye that sees well', () => {
    expect(parsed('глаз красный, гноится, утром слиплись ресницы, видит хорошо')).toEqual({
      red_eye: 'yes',
      eye_discharge: 'yes',
      blurred_vision: 'no',
    });
    expect(parsed('sticky eye with a yellow crust, vision is fine')).toMatchObject({ blurred_vision: 'no' });
    expect(parsed('рана гноится')).not.toHaveProperty('eye_discharge');
  });
});

describe('pressure that is low, a pain low on one side', () => {
  it('low blood pressure is not low blood sugar, and a pressure that fell is no fall', () => {
    expect(parsed('low blood pressure')).toEqual({ bp_low: 'yes' });
    expect(parsed('my blood pressure is low on my medication')).toEqual({ bp_low: 'yes' });
    expect(parsed('low blood sugar')).toEqual({ low_glucose_reading: 'yes' });
    expect(parsed('низкое давление')).toEqual({ bp_low: 'yes' });
    expect(parsed('давление упало до 80/50')).toMatchObject({ bp_low: 'yes' });
    expect(parsed('давление упало до 80/50')).not.toHaveProperty('trauma_fall');
    expect(parsed('бабушка упала, ударилась головой')).toMatchObject({ trauma_fall: 'yes' });
  });

  it('a pain low on the right in early pregnancy, with bleeding told further on', () => {
    expect(
      parsed("I'm 6 weeks pregnant with pain low on my right side and some bleeding, feel faint"),
    ).toMatchObject({
      pregnant: 'yes',
      lower_abdominal_pain: 'yes',
      right_lower_pain: 'yes',
      vaginal_bleeding: 'yes',
      near_fainting: 'yes',
    });
  });
});

describe('emergencies told in everyday words', () => {
  it('an electric shock from a cable, a child pulled out of a pool', () => {
    expect(parsed('got a shock from a cable at work')).toMatchObject({ electric_shock: 'yes' });
    expect(parsed('шибануло током от розетки')).toMatchObject({ electric_shock: 'yes' });
    expect(parsed('сын упал в бассейн, вытащили через минуту')).toMatchObject({ submersion: 'yes' });
    expect(parsed('нырнул в бассейн, болит ухо')).not.toHaveProperty('submersion');
  });

  it('no wind and no stool is a stopped bowel, not a dry nappy or breathlessness', () => {
    const obstruction = parsed("haven't pooped or passed wind for 3 days, my belly is huge and tight");
    expect(obstruction).toMatchObject({ bowels_stopped: 'yes', bloating: 'yes' });
    expect(obstruction).not.toHaveProperty('little_urine');
    expect(obstruction).not.toHaveProperty('breathlessness');
    expect(parsed("she hasn't passed urine since morning")).toMatchObject({ little_urine: 'yes' });
  });

  it('blood passed at the toilet, an overdose counted "of my tablets", a sudden savage headache', () => {
    expect(parsed('много раз ходил в туалет чистой кровью')).toMatchObject({ bloody_stool: 'yes' });
    expect(parsed('I took 30 of my sertraline tablets an hour ago')).toMatchObject({ took_overdose: 'yes' });
    expect(parsed('вдруг дикая головная боль в затылке')).toMatchObject({ thunderclap_headache: 'yes' });
    expect(parsed('головная боль, как удар по затылку')).toMatchObject({ thunderclap_headache: 'yes' });
    expect(parsed('дикая головная боль после праздника')).not.toHaveProperty('thunderclap_headache');
    expect(parsed('suddenly an excruciating headache while lifting')).toMatchObject({
      thunderclap_headache: 'yes',
    });
  });
});

describe('a pulse and an oxygen level in the text', () => {
  it('reads the pulse, its bounds and its units, and leaves counts of minutes alone', () => {
    expect(parsed('пульс 38, голова кружится')).toMatchObject({ heart_rate: 38, dizziness: 'yes' });
    expect(parsed('heart rate is over 180')).toEqual({ heart_rate: 180 });
    expect(parsed('180 ударов в минуту')).toEqual({ heart_rate: 180 });
    expect(parsed('pulse 45 bpm')).toEqual({ heart_rate: 45 });
    expect(parsed('my heart is pounding, over 180')).toEqual({ heart_rate: 180, palpitations: 'yes' });
    expect(parsed('heart racing for over 20 minutes')).not.toHaveProperty('heart_rate');
    expect(parsed('температура 38 пульс 120')).toEqual({ temperature_c: 38, heart_rate: 120 });
  });

  it('reads the oxygen level from a pulse oximeter', () => {
    expect(parsed('сатурация 89%')).toEqual({ oxygen_saturation: 89 });
    expect(parsed('oxygen level dropped to 88')).toEqual({ oxygen_saturation: 88 });
  });

  it('"больше" and "большой" are not pain', () => {
    expect(parsed('живот стал больше')).toEqual({});
    expect(parsed('голова большая')).toEqual({});
    expect(parsed('колено разболелось')).toMatchObject({ knee_pain: 'yes' });
    expect(parsed('побаливает живот')).toMatchObject({ abdominal_pain: 'yes' });
  });
});

describe('English negations between a phrase’s words', () => {
  it('"doesn\'t", "isn’t" and "dont" deny the finding; a negation that is the phrase’s own does not', () => {
    expect(parsed("my head doesn't hurt")).toEqual({ headache: 'no' });
    expect(parsed('my tooth doesn’t hurt')).toEqual({ tooth_pain: 'no' });
    expect(parsed("I can't breathe")).toMatchObject({ breathlessness: 'yes' });
  });
});

describe('phrase hygiene', () => {
  it('no Russian phrase takes "бол*" (it would take "больше" and "большой"): HURT says pain', () => {
    const words = [...Object.values(RU_PHRASES), ...Object.values(RU_EVENT_PHRASES)].flat().join(' ');
    expect(words).not.toMatch(/(?<!\p{L})бол\*/u);
  });

  it('an eye that hurts to look around', () => {
    expect(
      parsed('his eyelid is swollen shut, he has a fever and says it hurts to look around'),
    ).toMatchObject({
      pain_moving_eye: 'yes',
    });
    expect(parsed('my neck is stiff and it hurts to look around')).not.toHaveProperty('pain_moving_eye');
  });
});

describe('a mention the context explains away', () => {
  it('does not hide the shorter mentions inside it; cuts she says she made herself are self-harm', () => {
    expect(
      parsed('нашла у дочки порезы на руке, один глубокий открытый, она говорит что сама'),
    ).toMatchObject({
      cut_wound: 'yes',
      self_harm_acts: 'yes',
      wound_gaping: 'yes',
    });
    expect(parsed('сам порезал палец ножом')).not.toHaveProperty('self_harm_acts');
  });
});

describe('sleep, a stiff jaw, a lot of paracetamol, pressure in the cheeks', () => {
  it('reads them, and falling asleep is no fall', () => {
    expect(parsed("can't fall asleep for two weeks")).toEqual({ sleep_problems: 'yes', duration_days: 14 });
    expect(parsed('I fell asleep on the sofa')).not.toHaveProperty('trauma_fall');
    expect(parsed('my jaw feels stiff')).toEqual({ trismus: 'yes' });
    expect(parsed('I took a lot of paracetamol')).toMatchObject({ took_paracetamol_excess: 'yes' });
    expect(parsed('выпила много парацетамола')).toMatchObject({ took_paracetamol_excess: 'yes' });
    expect(parsed('pressure in my cheeks')).toEqual({ facial_pain: 'yes' });
  });
});

describe('everyday words that are not the finding', () => {
  it('a coil fitted, the cold outside, an erection problem of months, warming up', () => {
    expect(parsed("I'd like to get the coil fitted")).not.toHaveProperty('seizure');
    expect(parsed('he had a fit')).toEqual({ seizure: 'yes' });
    const chilblains = parsed('red patches on my toes after being out in the cold, burns when I warm up');
    expect(chilblains).not.toHaveProperty('runny_nose');
    expect(chilblains).not.toHaveProperty('fainting');
    expect(chilblains).not.toHaveProperty('fever');
    expect(parsed("he's burning up")).toEqual({ fever: 'yes' });
    expect(parsed('was knocked out cold')).toMatchObject({ fainting: 'yes' });
    expect(parsed('trouble keeping an erection for the last 6 months')).not.toHaveProperty('priapism');
    expect(parsed('an erection that has lasted 5 hours')).toMatchObject({ priapism: 'yes' });
  });
});

describe('a sexual assault', () => {
  it('is read in both languages, and is a traumatic event', () => {
    expect(parsed('I was sexually assaulted last night')).toMatchObject({ sexual_assault: 'yes' });
    expect(parsed('меня изнасиловали вчера')).toMatchObject({ sexual_assault: 'yes' });
    expect(parsed('grape juice stains')).not.toHaveProperty('sexual_assault');
    expect(parsed('I was raped two months ago')).not.toHaveProperty('sexual_assault');
  });
});

describe('food is no flooding; eating and playing fine', () => {
  it('reads the child as well and the heartburn alone', () => {
    expect(parsed('mild heartburn after spicy food')).toEqual({ heartburn: 'yes' });
    expect(parsed('runny nose, eating and playing fine')).toEqual({
      runny_nose: 'yes',
      poor_feeding: 'no',
      lethargy: 'no',
    });
  });
});

describe('an exposure to HIV', () => {
  it('unprotected sex with someone with HIV, a used needle; not a test result', () => {
    expect(parsed("condom split last night with a guy who says he's HIV positive")).toMatchObject({
      hiv_exposure: 'yes',
    });
    expect(parsed('I pricked myself with a used needle in the park')).toMatchObject({ hiv_exposure: 'yes' });
    expect(parsed('презерватив порвался, партнёр ВИЧ-положительный')).toMatchObject({ hiv_exposure: 'yes' });
    expect(parsed('my HIV test came back negative')).toEqual({});
  });
});

describe('a known migraine, as usual or not', () => {
  it('is the patient’s own attack when told as usual, a new headache when told as different', () => {
    expect(parsed('my usual migraine, one side throbbing, got my triptan')).toMatchObject({
      usual_migraine: 'yes',
      headache: 'yes',
    });
    expect(parsed('опять моя мигрень, как обычно, пульсирует слева')).toMatchObject({
      usual_migraine: 'yes',
    });
    expect(parsed('my migraine again but not like the usual one')).not.toHaveProperty('usual_migraine');
    expect(parsed('у меня мигрень, но сегодня болит по-другому')).not.toHaveProperty('usual_migraine');
  });
});

describe('a known skin condition flaring, recurrent thrush, genital warts, a carbuncle, sore muscles after the gym', () => {
  it('reads each in both languages and keeps the named disease', () => {
    expect(
      parsed("my eczema's flared on my hands again, the usual steroid cream helped before"),
    ).toMatchObject({
      usual_skin_flare: 'yes',
      dry_itchy_skin: 'yes',
    });
    expect(parsed('экзема опять обострилась на руках')).toMatchObject({ usual_skin_flare: 'yes' });
    expect(parsed('this is my 5th thrush this year')).toMatchObject({
      recurrent_thrush: 'yes',
      vaginal_itching: 'yes',
    });
    expect(parsed('опять молочница, уже третий раз за полгода')).toMatchObject({ recurrent_thrush: 'yes' });
    expect(parsed('На члене маленькие бугорки как цветная капуста')).toMatchObject({ genital_warts: 'yes' });
    expect(parsed('фурункул на шее огромный, несколько головок')).toMatchObject({
      boil_large_or_many_heads: 'yes',
    });
    expect(parsed('went to the gym first time in ages, legs killing me 2 days later')).toMatchObject({
      muscle_soreness_after_exercise: 'yes',
    });
    expect(parsed('my legs are sore and swollen')).not.toHaveProperty('muscle_soreness_after_exercise');
  });
});

describe('a reported denial, self-harm to cope, sleepless and elated', () => {
  it('reads what a parent reports and what a manic patient says of himself', () => {
    expect(parsed('про суицид говорит нет')).toMatchObject({ suicidal_thoughts: 'no' });
    expect(parsed('у дочки на бедре свежие царапины-порезы, она сказала что так легче')).toMatchObject({
      self_harm_acts: 'yes',
    });
    expect(parsed("I haven't slept for 4 nights but feel amazing")).toMatchObject({
      little_need_for_sleep: 'yes',
      elated_mood: 'yes',
    });
    expect(parsed('не спит четвёртую ночь, а энергии полно')).toMatchObject({ little_need_for_sleep: 'yes' });
  });
});

describe('sleepy in the daytime', () => {
  it('is not a drowsiness that is hard to wake from', () => {
    expect(parsed('храпит ночью сильно, днём сонливая')).not.toHaveProperty('lethargy');
    expect(parsed('ребёнок вялый и сонливый')).toMatchObject({ lethargy: 'yes' });
  });
});
