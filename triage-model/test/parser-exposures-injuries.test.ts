import { describe, expect, it } from 'vitest';
import { parsed } from './parser-helpers.js';

/** Everyday phrasings of exposures, injuries, burns, bites and poisonings (phrases-en.ts, phrases-ru.ts). */

/** Texts in which the finding is told, in Russian and in English. */
const TOLD: ReadonlyArray<readonly [findingId: string, texts: readonly string[]]> = [
  [
    'pale_skin',
    [
      'ребёнок очень бледный и вялый',
      'побледнела и упала в обморок',
      'у сына землистый цвет лица',
      'my son looks really pale and sweaty',
      'she went white as a sheet and fainted',
      'the baby is pale and floppy and not feeding',
    ],
  ],
  [
    'exercise_triggered',
    [
      'кашель и свистит в груди после физкультуры',
      'кашляет, когда рядом кошка',
      'wheezy and coughing after running around at football',
      'my cough gets worse in cold air',
    ],
  ],
  [
    'chest_pain_reproducible',
    [
      'болит грудь, больно когда нажимаю на рёбра',
      'при надавливании на грудину больно',
      'my chest hurts when I press on it',
      'my ribs are sore to touch',
    ],
  ],
  [
    'others_ill_same_food',
    [
      'все, кто ел салат, отравились',
      'муж тоже ел и у него понос',
      'everyone who ate the chicken got sick',
      'my husband had the same meal and he is vomiting too',
    ],
  ],
  [
    'paracetamol_use',
    [
      'пью парацетамол каждый день от головы',
      'I take paracetamol every day for my back',
      'I have been taking co-codamol most days for months',
    ],
  ],
  [
    'family_history_heart',
    [
      'у папы был инфаркт в 50 лет',
      'отец умер от инфаркта',
      'my dad had a heart attack at 52',
      'heart disease runs in my family',
    ],
  ],
  [
    'tick_attached',
    [
      'у дочки клещ присосался за ухом',
      'как вытащить клеща у ребёнка',
      "there's a tick embedded in my son's leg",
      "I can't get the tick out of his scalp",
    ],
  ],
  [
    'rodent_contact',
    [
      'в доме завелись мыши, убирала мышиный помёт на даче',
      'в подвале крысы',
      'we had rats in the shed and I cleared them out',
      'cleaned up mouse droppings in the loft last week',
    ],
  ],
  [
    'freshwater_exposure',
    [
      'купался в речке, теперь температура',
      'дети плавали в пруду',
      'swam in the river last week, now fever and calf pain',
      'we were wading through flood water',
    ],
  ],
  [
    'unvaccinated',
    [
      'у ребёнка нет прививок',
      'мы отказались от прививок',
      'не привит, температура и сыпь',
      'he is not vaccinated',
      "hasn't had any of his jabs",
    ],
  ],
  [
    'took_opioids',
    [
      'кололся героином, еле дышит',
      'принимает трамадол от боли в спине',
      'took methadone and heroin last night',
      'my friend took some oxycodone',
      'on strong painkillers after surgery',
    ],
  ],
  [
    'ate_home_canned_food',
    [
      'ели домашние консервы, теперь двоится в глазах',
      'поели маринованных грибочков из банки',
      'вздутая банка с закрутками',
      'ate home canned mushrooms, now double vision',
      'we had some homemade preserves from a bulging jar',
    ],
  ],
  [
    'better_away_from_home',
    [
      'дома болит голова, а на улице проходит',
      'как выхожу из дома — голова проходит',
      'headaches every morning but I feel better when I leave the house',
      'headache goes away when I go outside',
    ],
  ],
  [
    'sun_exposure',
    [
      'весь день загорали на пляже, теперь голова болит',
      'гуляли на солнцепёке, ребёнку плохо',
      'sat in the sun all day at the beach and now a headache',
      'was out in the hot sun for hours gardening',
    ],
  ],
  [
    'burn_large',
    [
      'большой ожог на ноге',
      'облил всю руку кипятком',
      'a big burn on his leg',
      'whole arm scalded with the kettle',
    ],
  ],
  [
    'burn_face',
    [
      'обжёг лицо паром',
      'ожог шеи от утюга',
      'burnt my face on the stove',
      'burns on her face from the fire',
    ],
  ],
  [
    'burn_deep',
    ['ожог белый и не болит', 'кожа обуглилась', 'the burn is white and leathery', 'a third degree burn'],
  ],
  ['burn_hand', ['обварил руку кипятком', 'ожог ладони от сковородки', 'he burned his hand on the oven']],
  ['burn_foot', ['ожог стопы', 'ошпарила ступню', 'scalded his foot in the bath']],
  [
    'skin_white_hard_after_cold',
    [
      'пальцы после мороза белые и твёрдые',
      'после мороза щёки белые и твёрдые',
      'after being out in the snow his fingers are white and hard',
      'frostbite on my toes',
    ],
  ],
  [
    'knocked_out',
    [
      'упал с велосипеда, ударился головой и потерял сознание',
      'после удара был без сознания минуту',
      'hit his head and was knocked out for a minute',
      'he fell off his bike and lost consciousness',
    ],
  ],
  [
    'amnesia_injury',
    [
      'упал, ударился головой, не помнит как упал',
      'после ДТП провал в памяти',
      "hit my head and can't remember what happened",
      'no memory of the accident',
    ],
  ],
  [
    'neck_jolt',
    [
      'в аварии шею дёрнуло, теперь болит',
      'хлыстовая травма после ДТП',
      'whiplash after a car crash',
      'my neck jerked back in the crash',
    ],
  ],
  [
    'chest_wall_injury',
    [
      'ударился грудью о руль',
      'упал на рёбра, больно дышать',
      'fell and hit my chest on the table',
      'cracked ribs after falling off a ladder',
    ],
  ],
  [
    'headache_since_injury',
    [
      'голова болит после удара и не проходит',
      'с тех пор как упал, голова болит после того удара',
      'headache ever since I hit my head yesterday',
      "my head hasn't stopped hurting since the fall",
    ],
  ],
  [
    'expanding_red_ring',
    [
      'после укуса клеща красное кольцо вокруг укуса',
      'укусил клещ, пятно растёт',
      'tick bite on his leg, and a red ring around it',
      'bullseye rash after a tick bite',
    ],
  ],
  [
    'bite_site_swelling',
    [
      'укусила оса, рука опухла',
      'укусил комар, волдырь',
      "stung by a wasp on my hand and it's really swollen",
      'bitten by mosquitoes, the bites are swollen',
    ],
  ],
  [
    'large_local_swelling',
    [
      'укусила пчела в кисть, отёк до локтя',
      'после укуса осы опухла вся рука',
      'stung on the finger and now the whole hand is swollen',
      'bee sting and the swelling has spread up to the elbow',
    ],
  ],
  [
    'pain_behind_eyes',
    [
      'болит за глазами, температура 39',
      'ломит глазные яблоки',
      'больно двигать глазами',
      'pain behind my eyes and a high fever',
      'it hurts to move my eyes',
    ],
  ],
  [
    'malaria_area_travel_past_year',
    [
      'вернулся из Африки месяц назад, температура',
      'была в Индии полгода назад',
      'back from Nigeria three weeks ago, now fever',
      'took malaria tablets for my trip',
    ],
  ],
  [
    'pinpoint_pupils',
    [
      'зрачки узкие как точки',
      'зрачки точечные, спит',
      'his pupils are tiny and he is very sleepy',
      'pinpoint pupils',
    ],
  ],
  [
    'slow_breathing',
    [
      'дыхание редкое и поверхностное',
      'еле дышит после таблеток',
      "he's barely breathing after taking pills",
      'breathing is slow and shallow',
    ],
  ],
  [
    'mouth_burns',
    [
      'обжёг рот горячим чаем',
      'burnt my tongue on hot tea',
      'chemical burns in his mouth after drinking bleach',
    ],
  ],
  [
    'muscle_weakness_spreading',
    [
      'слабость в мышцах распространяется сверху вниз, сначала веки, потом руки',
      'weakness started in his face and is spreading down to his arms',
      'the weakness is spreading',
    ],
  ],
  [
    'muscle_rigidity',
    [
      'тело как доска, температура 40',
      'мышцы ригидные после нового лекарства',
      'his whole body is rigid and he has a high fever after the new medicine',
      'stiff as a board and burning hot',
    ],
  ],
  [
    'foreskin_stuck_back',
    [
      'оттянул крайнюю плоть, а крайняя плоть не возвращается',
      'my foreskin is stuck behind the head and swelling',
    ],
  ],
  ['penis_caught_in_zip', ['прищемил писюн молнией на штанах', 'he caught his penis in his zip']],
  ['spitting_blood', ['после операции сплёвывает кровь', 'she keeps spitting out blood']],
  [
    'burn_injury',
    [
      'опрокинул на себя чайник, рука красная',
      'облилась горячим чаем, на ноге пузыри',
      'the toddler knocked a cup of hot tea over his chest',
      'my kettle tipped and splashed my leg',
      'ребёнок опрокинул на себя чашку с горячим чаем',
    ],
  ],
  [
    'took_overdose',
    [
      'сын добрался до бабушкиной аптечки',
      'после внучки не хватает трёх таблеток',
      'my 3 year old got into the pills in my handbag',
      'a few tablets are missing from the strip',
      'сын проглотил бабушкины таблетки',
      'my son swallowed some of nan’s tablets',
    ],
  ],
  [
    'took_paracetamol_excess',
    [
      'пью парацетамол и колдрекс уже два дня',
      'been taking lemsip and co-codamol together for my flu',
      'I took paracetamol with beechams all weekend',
    ],
  ],
  [
    'human_bite',
    [
      'в драке рассёк кулак о зубы',
      'I hit him in the teeth and cut my knuckle',
      'split my knuckle on his tooth',
    ],
  ],
  ['eye_trauma', ['мячом попало в левый глаз', 'got an elbow right in the left eye playing basketball']],
  [
    'something_stuck_throat',
    ['кусок курицы застрял в пищеводе', 'a bit of steak got stuck and will not go down'],
  ],
  ['palpitations', ['сердце заколотилось на ровном месте', 'my heart is beating really fast for no reason']],
  ['recent_procedure', ['неделю назад удалили миндалины', 'had his tonsils out last week']],
  [
    'trauma_fall',
    [
      'слетел с самоката и ударился животом',
      'he came off his bike onto the handlebars',
      'получил удар ногой в живот',
      'kicked in the stomach by a horse',
      'маму нашли утром на полу',
    ],
  ],
];

/** Nearby everyday complaints in which the finding is not told. */
const NOT_TOLD: ReadonlyArray<readonly [findingId: string, texts: readonly string[]]> = [
  // One dose is not regular use.
  ['paracetamol_use', ['gave her calpol at 6', 'headache goes with paracetamol']],
  [
    'pale_skin',
    [
      'у ребёнка бледный стул',
      'сыпь не бледнеет при надавливании',
      'his poo is pale',
      'my fingers turned white',
      'the whites of my eyes have gone yellow',
      'his wee is pale yellow',
    ],
  ],
  [
    'exercise_triggered',
    ['колено болит после бега', 'my knee hurts after running', 'running nose and a cough'],
  ],
  [
    'chest_pain_reproducible',
    ['my belly is tender to touch', 'живот болит при надавливании', 'pressing pain in my chest'],
  ],
  ['others_ill_same_food', ['отравился шаурмой', 'I have food poisoning', 'муж здоров, а у меня понос']],
  ['family_history_heart', ['у меня был инфаркт семь лет назад', 'I had a heart attack last year']],
  [
    'tick_attached',
    ['сняли клеща вчера', 'we removed the tick yesterday', 'tick bite last week, still itchy'],
  ],
  [
    'rodent_contact',
    ['болит под мышкой', 'мышцы болят', 'летучая мышь в доме', 'my wrist hurts from using a computer mouse'],
  ],
  ['freshwater_exposure', ['купался в море', 'swam in the sea', "can't keep food or water down"]],
  [
    'unvaccinated',
    [
      'не помню, когда делали прививку от столбняка',
      'не прививались от гриппа',
      'not sure if he is vaccinated',
      'no vaccinations recently',
    ],
  ],
  ['took_opioids', ['сильная боль, обезболивающие не помогают', "strong pain, painkillers don't help"]],
  ['better_away_from_home', ['уехал домой и стало лучше', 'ребёнок лающий кашель, на улице легче дышать']],
  ['sun_exposure', ['боюсь смотреть на солнце, глаза режет', 'sunny day, went for a walk, twisted my ankle']],
  ['burn_face', ['my face is burning', 'sunburnt face', 'обгорело лицо на солнце', 'жжение в лице']],
  ['burn_large', ['a big burning pain in my chest', 'небольшой ожог на пальце']],
  [
    'skin_white_hard_after_cold',
    ['my fingers go white and numb in the cold', 'пальцы белеют на холоде и немеют'],
  ],
  [
    'knocked_out',
    ['потерял сознание в душном помещении', 'I passed out in the heat', 'knocked his tooth out'],
  ],
  [
    'amnesia_injury',
    ['не помню, когда была последняя прививка', "I can't remember when my last tetanus jab was"],
  ],
  ['neck_jolt', ['my neck jolted when I sneezed', 'I pulled my neck, it jerks when I turn']],
  [
    'chest_wall_injury',
    [
      'my chest hurts',
      'сильные удары в груди, сердце колотится',
      'давление упало и болит грудь',
      'грудной ребёнок ударился головой',
    ],
  ],
  ['headache_since_injury', ['headache since Monday', 'голова болит с утра']],
  ['expanding_red_ring', ['red circle rash, itchy and scaly', 'кольцо на коже, шелушится', 'родинка растёт']],
  [
    'bite_site_swelling',
    ['my ankle is swollen', 'у ребёнка опухла нога', 'stung by a bee and my lips are swollen'],
  ],
  ['large_local_swelling', ['my whole hand is swollen after the fall', 'вся рука отекла после капельницы']],
  ['pain_behind_eyes', ['болят глаза от компьютера', 'my eyes are sore and red']],
  [
    'malaria_area_travel_past_year',
    ['ездил в Танзанию пять лет назад', 'I was in Africa 10 years ago', 'у меня малярия?', 'back from Spain'],
  ],
  ['pinpoint_pupils', ['pupils are dilated', 'зрачки расширены']],
  [
    'slow_breathing',
    [
      'еле дышу после лестницы',
      'I do slow breathing exercises for anxiety',
      'дышит нормально',
      'I can hardly breathe',
      'breathing very fast and shallow',
    ],
  ],
  ['mouth_burns', ['my mouth is burning after spicy food', 'it burns in my mouth after spicy food']],
  ['muscle_weakness_spreading', ['I feel weak, spreading rash on legs', 'слабость, поднимается температура']],
  [
    'muscle_rigidity',
    [
      'stiff and achy all over with a fever',
      'muscles stiff after the gym',
      'body went stiff and jerking, a fit',
      'всё тело скованно по утрам',
      'мышцы твёрдые после тренировки',
    ],
  ],
];

/** Texts that deny the finding. */
const DENIED: ReadonlyArray<readonly [findingId: string, texts: readonly string[]]> = [
  ['paracetamol_use', ['парацетамол не давали', 'no paracetamol given']],
  ['knocked_out', ['ударился головой, сознание не терял', "hit my head but didn't lose consciousness"]],
  ['tick_attached', ['клещ не присосался', 'the tick was not attached']],
  ['rodent_contact', ['крыс и мышей в доме нет', 'no contact with rats or mice']],
  ['took_opioids', ['героин не употреблял', 'no heroin or methadone']],
  ['pinpoint_pupils', ['зрачки не узкие', 'pupils not tiny']],
  ['sun_exposure', ['на солнце не загорали', 'no sunbathing']],
  ['burn_deep', ['ожог не белый и не обугленный', 'the burn is not white or charred']],
  ['chest_wall_injury', ['грудью не ударялся', 'did not hit my chest']],
];

describe('exposures, injuries, burns, bites and poisoning in everyday words', () => {
  for (const [id, texts] of TOLD) {
    it.each(texts)(`${id}: "%s"`, (text) => expect(parsed(text)[id]).toBe('yes'));
  }
});

describe('nearby complaints that do not tell these findings', () => {
  for (const [id, texts] of NOT_TOLD) {
    it.each(texts)(`not ${id}: "%s"`, (text) => expect(parsed(text)[id]).toBeUndefined());
  }
});

describe('denied, never "yes"', () => {
  for (const [id, texts] of DENIED) {
    it.each(texts)(`no ${id}: "%s"`, (text) => expect(parsed(text)[id]).not.toBe('yes'));
  }
});

describe('what a more specific finding implies', () => {
  it('a burn of a place or a deep or large burn is a burn', () => {
    expect(parsed('burnt my face on the stove')).toMatchObject({ burn_face: 'yes', burn_injury: 'yes' });
    expect(parsed('обварил руку кипятком')).toMatchObject({ burn_hand: 'yes', burn_injury: 'yes' });
  });

  it('a tick still in the skin has bitten; a headache since the injury is a headache', () => {
    expect(parsed('у дочки клещ присосался за ухом')).toMatchObject({
      tick_attached: 'yes',
      tick_bite: 'yes',
    });
    expect(parsed('голова болит после удара и не проходит')).toMatchObject({
      headache_since_injury: 'yes',
      headache: 'yes',
    });
  });

  it('"pale" does not swallow the words of the findings beside it', () => {
    expect(parsed('the baby is pale and floppy and not feeding')).toMatchObject({
      pale_skin: 'yes',
      lethargy: 'yes',
    });
    expect(parsed('my son looks really pale and sweaty')).toMatchObject({
      pale_skin: 'yes',
      sweating: 'yes',
    });
  });

  it('a smartwatch reading is the pulse, its oxygen reading is not', () => {
    expect(parsed('часы показывают 176, сердце колотится').heart_rate).toBe(176);
    expect(parsed('my watch says 165 and I feel dizzy').heart_rate).toBe(165);
    expect(parsed('watch shows 95%').heart_rate).toBeUndefined();
    expect(parsed('my heart is going at 190 on my fitbit').heart_rate).toBe(190);
    expect(parsed('185 по часам, сердце колотится').heart_rate).toBe(185);
    expect(parsed('my dad had a heart attack at 52').heart_rate).toBeUndefined();
  });

  it('"missed my tablets" is a missed dose, not tablets gone missing, and a pill of one\'s own is no overdose', () => {
    expect(parsed('I keep missing my tablets').took_overdose).toBeUndefined();
    expect(parsed('я проглотил таблетку от головы').took_overdose).toBeUndefined();
  });

  it("a relative's heart attack is not the patient's own", () => {
    expect(parsed('у папы был инфаркт в 50 лет').heart_disease_history).toBeUndefined();
    expect(parsed('my dad had a heart attack at 52').heart_disease_history).toBeUndefined();
    expect(parsed('heart disease runs in my family').heart_disease_history).toBeUndefined();
  });
});
