import { describe, expect, it } from 'vitest';
import { parsed, notYes } from './parser-helpers.js';

/**
 * Everyday phrasings of chronic history, musculoskeletal and women's-health findings, as patients and parents type
 * them, with the ordinary complaints next to them that must not be read as these findings.
 */

const says = (id: string, value: 'yes' | 'no', texts: readonly string[]): void => {
  for (const text of texts) expect(parsed(text), text).toHaveProperty(id, value);
};
const silent = (id: string, texts: readonly string[]): void => {
  for (const text of texts) expect(parsed(text), text).not.toHaveProperty(id);
};

describe('chronic history', () => {
  it('insulin treatment', () => {
    says('insulin_treated', 'yes', [
      "I'm on insulin and my sugar is 25",
      'my son is type 1 diabetic and has an insulin pump',
      'forgot to take my lantus last night',
      'у меня диабет 1 типа, сахар высокий',
      'сын колет новорапид и лантус, сейчас рвота',
    ]);
    says('insulin_treated', 'no', ["I'm diabetic but not on insulin"]);
    silent('insulin_treated', ['I was told I have insulin resistance', 'type 2 diabetes on metformin']);
  });

  it('ketones found on a test', () => {
    says('ketones_positive', 'yes', [
      "his ketones are high and he's been sick twice",
      'blood ketones 2.4 and sugar 22',
      'у ребёнка ацетон в моче, три креста',
      'кетоны в моче по тест-полоске',
    ]);
    notYes('ketones_positive', [
      'checked ketones, negative',
      'кетоны отрицательные',
      'ketones 0.2',
      'кетонов нет',
    ]);
    silent('ketones_positive', ['выпила кетонал, болит зуб', 'изо рта пахнет ацетоном']);
  });

  it('gout before, and a gout attack still reads as a hot joint', () => {
    says('gout_history', 'yes', [
      'I have gout and my big toe is red again',
      'my gout is playing up in my ankle',
      'у меня подагра, опять болит большой палец',
      'у мужа приступ подагры, колено опухло',
    ]);
    expect(parsed('у меня приступ подагры')).toMatchObject({ gout_history: 'yes', hot_swollen_joint: 'yes' });
    silent('gout_history', ['could this be gout? my toe is red', 'неужели подагра? палец красный']);
    notYes('gout_history', ["I don't have gout", 'у меня нет подагры']);
  });

  it('rheumatoid arthritis', () => {
    says('rheumatoid_history', 'yes', [
      'I have rheumatoid arthritis and my hands are swollen today',
      'у мамы ревматоидный артрит, обострение',
    ]);
    silent('rheumatoid_history', ['my knee hurts, arthritis I think', 'артроз колена']);
  });

  it("Crohn's or ulcerative colitis, not irritable bowel", () => {
    says('ibd_history', 'yes', [
      "I have Crohn's and I'm having bloody diarrhoea again",
      'ulcerative colitis flare, going 10 times a day',
      'у меня болезнь Крона, снова понос',
      'у дочки неспецифический язвенный колит',
    ]);
    silent('ibd_history', ['I have IBS and feel bloated', 'колет в боку', 'у меня СРК, вздутие']);
  });

  it('chronic kidney disease, not stones or an infection', () => {
    says('kidney_disease_history', 'yes', [
      'I have CKD stage 3 and my legs are swollen',
      "I'm on dialysis three times a week",
      'у папы хроническая почечная недостаточность',
      'я на гемодиализе',
    ]);
    silent('kidney_disease_history', [
      'I have kidney stones',
      'I think I have a kidney infection',
      'камни в почках',
      'у меня пиелонефрит',
    ]);
  });

  it('steroid tablets long term, not an inhaler or a cream', () => {
    says('long_term_steroids', 'yes', [
      "I've been on prednisolone for years for my lungs",
      'he takes steroid tablets every day',
      'мама давно пьёт преднизолон',
      'принимаю метипред от артрита',
    ]);
    silent('long_term_steroids', [
      'I use a brown steroid inhaler',
      'steroid cream for eczema for months',
      'мажу гормональной мазью',
      'принимаю гормоны щитовидки',
    ]);
  });
});

describe('general signs', () => {
  it('breath that smells of acetone', () => {
    says('fruity_breath', 'yes', [
      'his breath smells like pear drops and he is breathing fast',
      'her breath smells of nail polish remover',
      'у сына запах ацетона изо рта, рвота',
      'изо рта пахнет ацетоном',
    ]);
    silent('fruity_breath', ['I have bad breath', 'неприятный запах изо рта']);
  });

  it('morning stiffness of the joints, not a stiff neck', () => {
    says('morning_stiffness', 'yes', [
      'my hands are really stiff in the morning for over an hour',
      'joints stiff first thing and it takes ages to get going',
      'по утрам скованность в суставах около часа',
      'утром руки как деревянные, не сжать кулак',
    ]);
    silent('morning_stiffness', [
      'woke up with a stiff neck',
      'stiff neck in the morning after sleeping funny',
      'утром шея не поворачивается, продуло',
      'скованность в шее утром',
    ]);
  });

  it('feeling the cold, not a cold or chills in a fever', () => {
    says('cold_intolerance', 'yes', [
      "I'm always cold even when everyone else is warm",
      'I feel the cold much more than I used to',
      'постоянно мёрзну, даже летом',
      'всем тепло, а мне холодно',
    ]);
    silent('cold_intolerance', [
      'I keep getting colds all the time',
      'my tooth is sensitive to cold',
      "I'm cold and shivery with a temperature",
      'мёрзну, знобит, температура 39',
      'ноги холодные, мерзну',
    ]);
  });

  it('feeling the heat', () => {
    says('heat_intolerance', 'yes', [
      "I can't stand the heat any more, always hot and sweaty",
      'плохо переношу духоту, постоянно жарко',
      'не переношу жару, потею',
      'всем холодно, а мне жарко',
    ]);
    silent('heat_intolerance', ['I feel hot and sweaty with a fever', 'жар, температура 39']);
  });

  it('weight gain, not a leg that takes weight or a baby gaining too little', () => {
    says('weight_gain', 'yes', [
      "I've put on a stone without eating any more",
      "I've gained 10 kg this year and I'm always tired",
      'набрала 10 кг за полгода, хотя ем как раньше',
      'поправилась на 5 кг и отекает лицо',
    ]);
    silent('weight_gain', [
      "I can't put weight on my leg",
      'poor weight gain in my baby',
      'ребёнок плохо набирает вес',
      'дочка поправилась после ангины',
    ]);
    notYes('weight_gain', ['baby not gaining weight', 'вес не набирает']);
  });

  it('pain in the bones, not aches in the flu or a knock', () => {
    says('bone_pain', 'yes', [
      'severe pain in my bones, worse at night',
      'my bones are aching badly with sickle cell',
      'кости болят, особенно ночью',
    ]);
    silent('bone_pain', [
      'I stubbed my toe and the bone hurts',
      'ломит кости, температура',
      'косточка на ноге болит',
      'хожу на костылях, болит нога',
    ]);
  });
});

describe('joints and soft tissues', () => {
  it('creaking joints, not a knock or a pop', () => {
    says('joint_creaking', 'yes', [
      'my knees creak and crack when I go up stairs',
      'my shoulder clicks and grinds when I lift my arm',
      'колени хрустят при приседании',
      'в суставах скрипит и хрустит',
    ]);
    silent('joint_creaking', ['I cracked my knee on the table', 'felt a pop in my knee playing football']);
  });

  it('pain on the outer side of the elbow', () => {
    says('outer_elbow_pain', 'yes', [
      'pain on the outside of my elbow when I grip the kettle',
      'I think I have tennis elbow',
      'болит локоть с наружной стороны, когда беру чашку',
      'врач сказал локоть теннисиста',
    ]);
    silent('outer_elbow_pain', ["I have golfer's elbow", 'ударился локтем, болит']);
  });

  it('heel pain with the first steps', () => {
    says('heel_pain_first_steps', 'yes', [
      'heel pain first thing in the morning, the first steps out of bed are agony',
      'my heel hurts when I get out of bed',
      'утром больно наступить на пятку, потом расхаживаюсь',
      'у мамы пяточная шпора',
    ]);
    silent('heel_pain_first_steps', ['натёрла пятку новыми туфлями', 'I stepped on a nail with my heel']);
  });

  it('stiff aching shoulders (polymyalgia), not one sore shoulder', () => {
    says('shoulder_girdle_stiffness', 'yes', [
      "both shoulders stiff and aching in the morning, can't lift my arms",
      'маме 70, по утрам болят оба плеча и скованность',
      'плечи скованы и ноют утром, трудно одеться',
    ]);
    silent('shoulder_girdle_stiffness', ['my shoulder hurts when I lift my arm', 'болит правое плечо']);
  });

  it('blood on the toilet paper is rectal bleeding too', () => {
    expect(parsed('bright red blood on the toilet paper when I wipe')).toMatchObject({
      blood_on_toilet_paper: 'yes',
      bloody_stool: 'yes',
    });
    says('blood_on_toilet_paper', 'yes', ['на туалетной бумаге алая кровь после стула']);
    says('blood_on_toilet_paper', 'no', ['no blood on the toilet paper', 'крови на бумаге нет']);
    silent('blood_on_toilet_paper', [
      'blood when I wipe after peeing',
      'blood in my stool',
      'blood on the tissue when I blow my nose',
    ]);
  });
});

describe("women's health", () => {
  it('fishy discharge (bacterial vaginosis)', () => {
    expect(parsed('thin grey discharge with a fishy smell, worse after sex')).toMatchObject({
      fishy_discharge: 'yes',
      vaginal_discharge: 'yes',
    });
    says('fishy_discharge', 'yes', [
      'it smells fishy down there',
      'I think I have BV again',
      'выделения с запахом рыбы',
      'опять бактериальный вагиноз, серые выделения',
    ]);
    silent('fishy_discharge', ['моча пахнет рыбой', 'thick white discharge like cottage cheese']);
  });

  it('vaginal dryness', () => {
    says('vaginal_dryness', 'yes', [
      'vaginal dryness since the menopause',
      'dry down there and sex is painful',
      'сухость во влагалище, больно при близости',
      'после родов не хватает смазки',
    ]);
    silent('vaginal_dryness', ['сухость во рту', 'dry skin on my legs']);
  });

  it('pain in the perineum', () => {
    says('perineal_pain', 'yes', [
      'pain in my perineum when I sit',
      'aching between my balls and my anus',
      'болит промежность, больно сидеть',
    ]);
    silent('perineal_pain', ['болит низ живота', 'pain in my lower back']);
  });

  it('bleeding after sex', () => {
    says('bleeding_after_sex', 'yes', [
      'I bleed after sex',
      'spotting after intercourse for a month',
      'кровь после секса',
      'после полового акта мажет кровью',
    ]);
    says('bleeding_after_sex', 'no', ['no bleeding after sex']);
    silent('bleeding_after_sex', ['blood in my urine after the gym', 'кровит десна']);
  });

  it('premenstrual symptoms', () => {
    says('premenstrual_symptoms', 'yes', [
      'I get PMS every month, really moody and bloated',
      'tearful and irritable the week before my period',
      'перед месячными всегда отекаю и плачу',
      'за неделю до месячных грудь болит и настроение ужасное',
      'ПМС, раздражительность',
    ]);
    silent('premenstrual_symptoms', ['my period is late', 'болит живот во время месячных']);
  });

  it('breastfeeding, not breasts or formula', () => {
    says('breastfeeding', 'yes', [
      "I'm breastfeeding, can I take ibuprofen?",
      "I'm a nursing mum and have a fever",
      'кормлю грудью, можно ли парацетамол',
      'кормящая мама, температура 38',
      'я на ГВ, заложен нос',
    ]);
    silent('breastfeeding', [
      'my breasts are tender before my period',
      'кормлю смесью',
      'грудной ребёнок, насморк',
      "I've been nursing my sick baby all night",
    ]);
  });

  it('pelvic girdle pain in pregnancy', () => {
    says('pelvic_girdle_pain', 'yes', [
      'pain over my pubic bone when I walk, 30 weeks pregnant',
      'I have SPD and can barely turn over in bed',
      'беременна, болит лобок при ходьбе',
      'расхождение лонного сочленения, больно ходить',
    ]);
    silent('pelvic_girdle_pain', ['I have pelvic pain', 'болит внизу живота']);
  });
});

describe('denials', () => {
  it('a denied finding is a "no"', () => {
    for (const [id, texts] of [
      ['morning_stiffness', ['no morning stiffness']],
      ['breastfeeding', ["I'm not breastfeeding", 'не кормлю грудью']],
      ['vaginal_dryness', ['сухости во влагалище нет']],
      ['bone_pain', ['no bone pain', 'кости не болят']],
      ['long_term_steroids', ["I don't take steroid tablets", 'не принимаю преднизолон']],
      ['kidney_disease_history', ['не на диализе']],
      ['bleeding_after_sex', ['no bleeding after sex or between periods']],
      ['perineal_pain', ['промежность не болит']],
      ['insulin_treated', ['not on insulin']],
      ['joint_creaking', ['суставы не хрустят']],
      ['outer_elbow_pain', ['no pain on the outside of the elbow']],
      ['premenstrual_symptoms', ['no PMS']],
    ] as const) {
      says(id, 'no', texts);
    }
  });
});

describe('weeks of pregnancy', () => {
  it('20 weeks or more, read from the number of weeks', () => {
    says('pregnancy_over_20_weeks', 'yes', [
      'я на 30 неделе, болит голова',
      'беременна 25 недель, отекли ноги',
      '30 недель беременности, мушки перед глазами',
      'на двадцать пятой неделе тянет живот',
      '32 weeks pregnant with a bad headache',
      "I'm 24 weeks and my hands are swollen",
      'at 28 weeks, leaking fluid',
      'twenty-six weeks pregnant and itchy palms',
      'третий триместр, отёки',
      "I'm in my third trimester",
    ]);
    expect(parsed('я на 30 неделе')).toMatchObject({ pregnant: 'yes', pregnancy_over_20_weeks: 'yes' });
    silent('pregnancy_over_20_weeks', [
      'на 12 неделе беременности тошнит',
      "I'm 12 weeks pregnant and bleeding",
      "I'm 28 and have a headache",
      "I'm 25 weeks into the treatment",
      'сын родился на 32 неделе, сейчас кашель',
      'дочка родилась недоношенной на 30 неделе',
      'she was born at 30 weeks and now has a cough',
    ]);
  });

  it('37 weeks or more implies 20 weeks or more', () => {
    for (const text of [
      '38 weeks pregnant and my waters broke',
      "I'm 38+3 and leaking",
      "I'm 40 weeks, past my due date",
      'thirty-eight weeks pregnant, contractions',
      'срок 38 недель, отошли воды',
      'на 39-й неделе, схватки',
      'ПДР прошла, схваток нет',
    ]) {
      expect(parsed(text), text).toMatchObject({
        pregnant: 'yes',
        pregnancy_over_20_weeks: 'yes',
        pregnancy_over_37_weeks: 'yes',
      });
    }
    silent('pregnancy_over_37_weeks', [
      'на 34 неделе отошли воды',
      'at 36+5 my waters went',
      "I'm 30 weeks pregnant",
      'сын родился на 38 неделе',
    ]);
  });
});
