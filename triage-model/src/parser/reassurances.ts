/**
 * What a complaint says is fine, read as a "no" to the danger sign it rules out: "I can walk on it" answers the
 * fracture question, "the bleeding has stopped" the bleeding one, "temperature is normal" the fever one. Only plain
 * statements count: a negated one ("can't walk", "не могу наступить") is the danger sign itself and is left to the
 * lexicon, and a hedged one ("ходить могу с трудом") is not a reassurance. Nothing else is read inside these words.
 */
const W = '\\p{L}*';
/** Not after a negation or a "less", which turn the reassurance round. */
const PLAIN_EN = "(?<!(?:not|n't|no longer|less|stopped|barely|hardly) )";
const PLAIN_RU = '(?<!(?:не|менее|плохо|еле|почти не) )';
const HEDGED_RU = '(?! (?:с трудом|еле|плохо|больно|только))';
const HEDGED_EN = '(?! (?:with difficulty|only|a little|slightly|badly))';

export const REASSURANCES: Readonly<Record<string, readonly string[]>> = {
  fever: [
    `(?:temperature|temp)(?:'s| is| was| has been)? (?:normal|fine|ok|okay)(?!\\p{L})`,
    `normal temperature`,
    `температур${W} (?:в норме|нормальн${W})`,
  ],
  cannot_bear_weight: [
    `${PLAIN_EN}(?:able to|can|could) (?:still )?(?:walk|put (?:my |his |her )?weight|bear weight|stand)(?: on (?:it|them|my \\p{L}+|his \\p{L}+|her \\p{L}+))?${HEDGED_EN}`,
    `${PLAIN_EN}walking (?:on it )?(?:fine|normally|ok|okay|without (?:a )?(?:limp|problem${W}))`,
    `${PLAIN_RU}(?:могу|может|можно|могла?|смогла?) (?:на не[её] )?(?:наступать|наступить|ходить|опираться|опереться|стоять)${HEDGED_RU}`,
    `(?:наступать|наступить|ходить|опираться) (?:на не[её] )?(?:могу|может|можно)${HEDGED_RU}`,
    `${PLAIN_RU}(?:хож|ход)${W} (?:нормально|сам${W}|без проблем|не хромая)`,
  ],
  cannot_use_arm: [
    `${PLAIN_EN}(?:can|able to|could) (?:still )?(?:move|use|bend|wiggle) (?:my |his |her )?(?:fingers|hand|arm|wrist|elbow)${HEDGED_EN}`,
    `${PLAIN_RU}(?:могу|может|можно) (?:двигать|шевелить|пользоваться) (?:пальцами|рукой|кистью)${HEDGED_RU}`,
    `${PLAIN_RU}(?:двигает|шевелит|пользуется) (?:пальцами|рукой|кистью) (?:нормально|как обычно|свободно)`,
  ],
  bleeding_wont_stop: [
    `(?:bleeding|blood) (?:has |had |soon |quickly )?stopped`,
    `${PLAIN_EN}stopped bleeding`,
    `(?:кровь|кровотечени${W}) (?:\\p{L}+ )?(?:остановил${W}|прекратил${W})`,
    `${PLAIN_RU}(?:перестал${W}|прекратил${W}) кровоточить`,
  ],
  breathlessness: [
    `${PLAIN_EN}breathing (?:is |fine|normally|ok|okay|easily)(?:fine|normal|ok|okay)?(?!\\p{L})`,
    `${PLAIN_RU}дыш${W} (?:нормально|свободно|легко|хорошо)`,
  ],
  lethargy: [
    `${PLAIN_EN}(?:playing|plays) (?:normally|happily|as usual|as normal|well)`,
    `${PLAIN_EN}alert(?! (?:but|only|at times))(?!\\p{L})`,
    `${PLAIN_RU}играет(?! (?:меньше|хуже|мало))`,
    `${PLAIN_RU}(?:активн${W}|бодр${W}) как (?:обычно|всегда)`,
  ],
  confusion: [
    `${PLAIN_EN}(?:talking|answering|speaking|chatting) (?:normally|sensibly|as usual|as normal)`,
    `${PLAIN_RU}(?:отвечает|разговаривает|говорит|общается) (?:на вопросы )?(?:нормально|как обычно|адекватно)`,
  ],
  feeling_very_unwell: [
    `otherwise (?:well|fine|ok|okay|healthy|feel(?:ing|s)? (?:fine|well|ok|okay))`,
    `(?:fine|well) (?:otherwise|in (?:myself|himself|herself))`,
    `${PLAIN_RU}в остальном (?:\\p{L}+ )?(?:чувству${W} себя |самочувствие )?(?:нормально|хорошо|нормальное|хорошее)`,
    `${PLAIN_RU}самочувствие (?:хорошее|нормальное|не страдает)`,
    `${PLAIN_RU}чувству${W} себя (?:нормально|хорошо)`,
  ],
  little_urine: [
    `(?:wet nappies|wet diapers) (?:as usual|as normal|normally|fine)`,
    `(?:plenty of|normal(?: number of)?|lots of) wet (?:nappies|diapers)`,
    `${PLAIN_EN}(?:peeing|weeing|passing urine|urinating) (?:normally|fine|as usual|as normal)`,
    `${PLAIN_RU}(?:писает|мочится|мочеиспускание|подгузники мокрые|памперсы мокрые) (?:нормально|как обычно|обычно)`,
  ],
  repeated_vomiting: [
    `${PLAIN_EN}(?:keeping|keeps|kept|can keep|able to keep) (?:\\p{L}+ )?(?:fluids|water|drinks|liquids|it|everything|food) down`,
    `(?:не рв[её]т|не тошнит) от (?:воды|питья|жидкости|еды)`,
    `${PLAIN_RU}(?:вода|воду|жидкость|питье) (?:(?!не )\\p{L}+ )?(?:удерживает${W}|держ${W})`,
  ],
  poor_feeding: [
    `${PLAIN_EN}(?:drinking|feeding|eating and drinking) (?:fine|well|normally|ok|okay|as usual)`,
    `${PLAIN_RU}(?:пь[её]т|ест и пь[её]т|кушает|сосет грудь) (?:хорошо|нормально|как обычно)`,
  ],
};
