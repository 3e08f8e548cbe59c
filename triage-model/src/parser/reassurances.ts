/**
 * What a complaint says is fine, read as a "no" to the danger sign it rules out: "I can walk on it" answers the
 * fracture question, "the bleeding has stopped" the bleeding one, "temperature is normal" the fever one. Only plain
 * statements count: a negated one ("can't walk", "не могу наступить") is the danger sign itself and is left to the
 * lexicon, and a hedged one ("ходить могу с трудом") is not a reassurance. Nothing else is read inside these words.
 */
const W = '\\p{L}*';
/** Not after a negation or a "less", which turn the reassurance round. */
const PLAIN_EN = "(?<!(?:not|never|n't|no longer|less|stopped|barely|hardly) )";
const PLAIN_RU = '(?<!(?:не|менее|плохо|еле|почти не) )';
const HEDGED_RU = '(?! (?:с трудом|еле|плохо|больно|только))';
const HEDGED_EN = '(?! (?:with difficulty|only|a little|slightly|badly))';
/** A plain statement starting with one of `words`: the lookahead first, so the lookbehind runs only where it may match. */
const en = (words: string, rest: string) => `(?=${words})${PLAIN_EN}(?:${words})${rest}`;
const ru = (words: string, rest: string) => `(?=${words})${PLAIN_RU}(?:${words})${rest}`;

/**
 * Reassurances that rule out more than their own sign: someone "otherwise well" or "happy and herself" is not
 * drowsy or hard to wake (NICE NG143 traffic lights, 2019, updated 2021: "responds normally, content, stays awake"
 * is green).
 */
export const REASSURES_TOO: Readonly<Record<string, readonly string[]>> = {
  feeling_very_unwell: ['lethargy'],
};

export const REASSURANCES: Readonly<Record<string, readonly string[]>> = {
  // A burn or blister a few centimetres across, or the size of a coin, is far smaller than the patient's palm (about
  // 1 % of the body surface: NICE CKS Burns and scalds 2024, Lund and Browder), so it is no large burn.
  burn_large: [
    `(?<=(?:blister|burn)${W}(?: [\\p{L}']+){0,3} )(?:about |around |roughly |approx\\.? |maybe )?[1-5](?:[.,]\\d)? ?(?:cm|centimet${W})(?!\\p{L})`,
    `(?<=(?:blister|burn)${W}(?: [\\p{L}']+){0,3} )(?:the )?size of a (?:coin|penny|5p|10p|50p|pound coin|thumbnail|fingernail|fingertip|pea|grape)`,
    `(?<=(?:пузыр|ожог|волдыр)${W}(?: \\p{L}+){0,2} )(?:около |примерно |где-то |размером )?(?:сантиметр${W} [1-5](?!\\d|[.,]\\d)|[1-5](?:[.,]\\d)? ?(?:см|сантиметр${W}))`,
    `(?<=(?:пузыр|ожог|волдыр)${W}(?: \\p{L}+){0,2} )(?:размером )?с (?:монет${W}|пятак${W}|ноготь|ноготок|горошин${W}|рубл${W})`,
  ],
  fever: [
    `(?:temperature|temp)(?:'s| is| was| has been)? (?:normal|fine|ok|okay)(?!\\p{L})`,
    `normal temperature`,
    `температур${W} (?:в норме|нормальн${W})`,
  ],
  cannot_bear_weight: [
    en(
      'able to|can|could',
      ` (?:still )?(?:walk|put (?:my |his |her )?weight|bear weight|stand)(?: on (?:it|them|my \\p{L}+|his \\p{L}+|her \\p{L}+))?${HEDGED_EN}`,
    ),
    en('walking', ` (?:on it )?(?:fine|normally|ok|okay|without (?:a )?(?:limp|problem${W}))`),
    ru(
      'могу|может|можно|могла?|смогла?',
      ` (?:на не[её] )?(?:наступать|наступить|ходить|опираться|опереться|стоять)${HEDGED_RU}`,
    ),
    `(?:наступать|наступить|ходить|опираться) (?:на не[её] )?(?:могу|может|можно)${HEDGED_RU}`,
    ru('хож|ход', `${W} (?:нормально|сам${W}|без проблем|не хромая)`),
  ],
  cannot_use_arm: [
    en(
      'can|able to|could',
      ` (?:still )?(?:move|use|bend|wiggle) (?:my |his |her )?(?:fingers|hand|arm|wrist|elbow)${HEDGED_EN}`,
    ),
    ru('могу|может|можно', ` (?:двигать|шевелить|пользоваться) (?:пальцами|рукой|кистью)${HEDGED_RU}`),
    ru('двигает|шевелит|пользуется', ` (?:пальцами|рукой|кистью) (?:нормально|как обычно|свободно)`),
  ],
  bleeding_wont_stop: [
    `(?:bleeding|blood) (?:has |had |soon |quickly )?stopped`,
    en('stopped', ` bleeding`),
    `(?:кровь|кровотечени${W}) (?:\\p{L}+ )?(?:остановил${W}|прекратил${W})`,
    ru(`перестал${W}|прекратил${W}`, ` кровоточить`),
  ],
  blurred_vision: [
    `(?:vision|eyesight|sight) (?:is |seems )?(?:fine|normal|ok|okay|good|unaffected|not affected)(?!\\p{L})`,
    en('can see|seeing', ` (?:fine|normally|ok|okay|clearly|well)(?!\\p{L})`),
    ru('видит|вижу', ` (?:хорошо|нормально|как обычно|четко)`),
    `зрение (?:нормальное|в порядке|не (?:ухудшилось|изменилось|пострадало|страдает))`,
  ],
  breathlessness: [
    en('breathing', ` (?:is |fine|normally|ok|okay|easily)(?:fine|normal|ok|okay)?(?!\\p{L})`),
    ru('дыш', `${W} (?:нормально|свободно|легко|хорошо)`),
  ],
  lethargy: [
    en('playing|plays', ` (?:normally|happily|as usual|as normal|well|fine|ok|okay)`),
    en('alert', `(?! (?:but|only|at times))(?!\\p{L})`),
    ru('играет', `(?! (?:меньше|хуже|мало))`),
    ru(`активн${W}|бодр${W}`, ` как (?:обычно|всегда)`),
  ],
  confusion: [
    en('talking|answering|speaking|chatting', ` (?:normally|sensibly|as usual|as normal)`),
    ru('отвечает|разговаривает|говорит|общается', ` (?:на вопросы )?(?:нормально|как обычно|адекватно)`),
  ],
  feeling_very_unwell: [
    `otherwise (?:well|fine|ok|okay|healthy|feel(?:ing|s)? (?:fine|well|ok|okay))`,
    `(?:fine|well) (?:otherwise|in (?:myself|himself|herself))`,
    // "I feel fine right now", "feeling ok in myself" (not "I don't feel well": a negation before turns it round).
    en(
      "feel|feeling|i feel|i'm feeling|im feeling",
      ` (?:absolutely |completely |totally |perfectly )?(?:fine|ok|okay|well|normal|alright|all right)(?: (?:now|right now|at the moment|today|in myself))?(?!\\p{L})`,
    ),
    ru(
      'в остальном',
      ` (?:\\p{L}+ )?(?:чувству${W} себя |самочувствие )?(?:нормально|хорошо|нормальное|хорошее)`,
    ),
    ru('самочувствие', ` (?:хорошее|нормальное|не страдает)`),
    // A parent's "she's well", "he seems fine otherwise", "his usual self", "весёлый, активный".
    en(
      "(?:s?he|they|baby|the baby)(?:'s| is| are| seems?| looks?)",
      ` (?:otherwise )?(?:well|fine|happy|okay|ok|content|herself|himself|(?:his|her|their) usual self)(?!\\p{L})`,
    ),
    `(?:happy|content|smiley|smiling) (?:and (?:playing|alert|active)|baby|boy|girl)`,
    ru('в остальном', ` (?:\\p{L}+ )?(?:здоров${W}|в порядке|как обычно)`),
    ru('ведет себя|ведёт себя', ` (?:как обычно|обычно|нормально)`),
    ru(`весел${W}|довольн${W}`, `(?:,| и) (?:активн${W}|игра${W}|бодр${W})`),
    ru('чувству', `${W} себя (?:нормально|хорошо)`),
    // "It doesn't seem to bother him at all": the child behaves as usual (NICE NG143 green: content, responds
    // normally).
    `(?:does ?n[o']?t|doesnt) (?:seem to |appear to )?(?:bother|upset|trouble|hurt) (?:him|her|them|the baby)(?: at all)?(?!\\p{L})`,
    `(?:s?he|they|the baby|baby)(?:'s| is| are| seems?)? (?:not|isn't|aren't) (?:at all )?(?:bothered|fussed)(?!\\p{L})`,
    `(?:его|ее|её|ребенка|малыша|сына|дочку|дочь)(?: \\p{L}+)? (?:это |совсем |вообще )*не беспоко${W}`,
    `не беспоко${W} (?:его|ее|её|ребенка|малыша|сына|дочку)`,
  ],
  little_urine: [
    `(?:wet nappies|wet diapers) (?:as usual|as normal|normally|fine)`,
    `(?:plenty of|normal(?: number of)?|lots of) wet (?:nappies|diapers)`,
    en('peeing|weeing|passing urine|urinating', ` (?:normally|fine|as usual|as normal)`),
    ru('писает|мочится|мочеиспускание|подгузники мокрые|памперсы мокрые', ` (?:нормально|как обычно|обычно)`),
  ],
  repeated_vomiting: [
    en(
      'keeping|keeps|kept|can keep|able to keep',
      ` (?:\\p{L}+ )?(?:fluids|water|drinks|liquids|it|everything|food) down`,
    ),
    `(?:не рв[её]т|не тошнит) от (?:воды|питья|жидкости|еды)`,
    ru('вода|воду|жидкость|питье', ` (?:(?!не )\\p{L}+ )?(?:удерживает${W}|держ${W})`),
  ],
  poor_feeding: [
    en('drinking|feeding|eating and drinking', ` (?:fine|well|normally|ok|okay|as usual)`),
    // "Eating and playing fine": the eating here, the playing under lethargy.
    en('eating|feeding', `(?= and playing (?:fine|well|normally|ok|okay|as usual))`),
    ru('пь[её]т|ест и пь[её]т|кушает|сосет грудь', ` (?:хорошо|нормально|как обычно)`),
  ],
};
