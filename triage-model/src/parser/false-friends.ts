/**
 * Phrases that contain a finding's word but mean something else; their words are not matched at all.
 * A muscle cramp is not a seizure ("судорога в ноге", "cramp in my calf") nor abdominal cramping, and a stitch
 * in the side while running is not flank pain.
 */
const W = '\\p{L}*';
const LIMB_RU = `(?:ног|икр|рук|пальц|стоп|мышц|бедр|голен|шее|шею)${W}`;
const LIMB_EN = `(?:legs?|calf|calves|foot|feet|toes?|thighs?|hands?|fingers?|muscles?|hamstrings?|neck)`;

export const FALSE_FRIENDS: readonly string[] = [
  `судорог${W} (?:в |во )?(?:левой |правой |обеих )?${LIMB_RU}`,
  `(?:свел${W}|свод${W}|скрутил${W}) (?:мне )?(?:левую |правую )?${LIMB_RU}`,
  `${LIMB_RU} (?:свел${W}|свод${W})`,
  `${LIMB_EN} cramps?`,
  `cramp${W} in (?:my |his |her |the |both )?(?:left |right )?${LIMB_EN}`,
  `(?:колет|кольнул${W}|колоть) (?:в |во )?(?:левом |правом )?бок${W} (?:при беге|когда бега${W}|на пробежке|после бега)`,
  `(?:a )?stitch in (?:my |the )?side`,
  // A coil, a brace or glasses "fitted" is no fit.
  `(?:coil|iud|implant|brace|braces|cast|splint|glasses|lens|lenses|aid|pacemaker|crown|stent|cannula|catheter)[^.!?]{0,20}fitted`,
  `fitted (?:with )?(?:a |an |the |my |her |his )?(?:coil|iud|implant|brace|braces|cast|splint|glasses|lens|lenses|hearing aid|pacemaker|crown|stent|cannula|catheter)`,
  // Mowing ("косит траву") or faking ("косит под больного") is no squint.
  `косит${W} (?:под|траву|газон)`,
  // Falling asleep is no fall.
  `f(?:all|ell)${W}(?= asleep)`,
  // "упала в обморок" is a faint, "упало давление" a reading: neither is a fall.
  `упал${W}(?= (?:в )?обморок)`,
  `упал${W} (?:давлени${W}|температур${W}|сахар${W}|зрени${W})`,
  // "задержка мочи/стула" is not a late period.
  `задержк${W} (?:мочи|мочеиспускания|стула)`,
  // "на жаре" is hot weather, not a fever.
  `(?:на|в|от|по) жар[аеуы](?!\\p{L})`,
  `side stitch`,
  // "Stepped on a nail" is one edit from "strep", which stands for a strep throat.
  `step(?:ped|s|ping)?(?!\\p{L})`,
  // "feel hot in this weather" is the weather, not a fever.
  `hot (?:in|from) (?:the |this )?(?:weather|heat|sun)`,
  // "Ночью не просыпается" sleeps through the night, and one who writes "не просыпаюсь" is awake: neither is
  // unresponsive ("не можем разбудить" still is).
  // "…не просыпается от кашля" says nothing about the cough either way.
  `(?:ночью|ночами|по ночам|за ночь) (?:\\p{L}+ )?не просыпа${W}(?: от \\p{L}+)?`,
  `не просыпа${W} (?:\\p{L}+ )?(?:ночью|ночами|по ночам)`,
  `не просыпаюсь`,
  // A "faint rash" or "faint line" is pale, not a faint (only the word "faint" is skipped, the rash still counts).
  `faint(?:ly)?(?= (?:\\p{L}+ )?(?:rash${W}|spots?|marks?|lines?|patch${W}|blotch${W}|red|pink))`,
  // "went back to normal", "came back from": the adverb, not the back ("my back went" is still back pain).
  `(?<=(?:went|go|goes|going|gone|came|come|comes|get|got|getting|is|was|be|been|are|were|bring|brought) )back(?= (?:to|home|in|on|from|later|again|up|into|inside|out|there|here|now|normal|soon))`,
  `back to normal`,
  // Leaking urine is incontinence, not being unable to pass it.
  `leak${W} (?:of )?(?:wee|urine|pee)`,
  `(?:подтека${W}|недержани${W}) моч${W}`,
  // A milk tooth falling out is not a fall, nor is falling out with someone.
  `(?:tooth|teeth) (?:fell|fallen|falling|came|coming) out`,
  `fell out with`,
  // "Bottom left eyelid", "upper right tooth": a side of the eye, mouth or ear, not the lower left belly.
  `(?:bottom|lower|upper|top) (?:left|right)(?= (?:eye\\p{L}*|lid|lids|lip|lips|tooth|teeth|molar\\p{L}*|wisdom|gum|gums|ear|eyebrow|eyelash\\p{L}*|jaw))`,
  `(?:нижн|верхн)${W} (?:лев|прав)${W}(?= (?:век|глаз|зуб|губ|дёсн|десн|ух|ушн|челюст)\\p{L}*)`,
  // A baby who grunts, strains and goes red before a poo is pushing (infant dyschezia), not grunting to breathe
  // (NICE CG99 Constipation in children 2010, updated 2017).
  `grunt${W}(?=(?: [\\p{L}\\d]+){0,10} (?:before|when|while|during|to) (?:\\p{L}+ )?(?:poo${W}|pooing|poop${W}|stool${W}|bowel${W}|push${W}|strain${W}|dirty nappy))`,
  `(?:strain${W}|push${W}|goes red|going red|turns red|red in the face)(?: \\p{L}+){0,4} grunt${W}`,
  `кряхт${W}(?=(?: [\\p{L}\\d]+){0,8} (?:перед|когда|пока|при) (?:\\p{L}+ )?(?:как|ка|стул|тужит|покак)\\p{L}*)`,
  `(?:тужит${W}|краснеет|покраснеет)(?: \\p{L}+){0,4} кряхт${W}`,
  // "Жара, потею": the weather is hot (a fever is "жар", "нет жара" stays a denied fever).
  `(?<!(?:нет|без|от|из-за|из за) )жара(?= ?(?:[,.!;]|на улице|стоит))`,
  `(?:такая|сильная|летняя|страшная|жуткая) жара`,
  // Scratching one's own itchy skin is no wound ("whenever I scratch, red lines come up" is dermographism), and
  // raised lines where the skin was scratched are weals, not the flat red streak of lymphangitis.
  `(?:when|whenever|if|after|every time) (?:i|you|he|she|we|they) scratch(?:es|ed)?(?= (?:my|his|her|their|your|the)? ?(?:skin|arm|arms|back|legs?|chest|belly|self|myself|himself|herself|it))`,
  `raised (?:red |pink )?(?:lines|welts|weals|wheals)`,
  `(?:если|когда|стоит) (?:\\p{L}+ )?(?:почеш|поцарапа|провест|провед)\\p{L}*(?= (?:\\p{L}+ )?(?:кож|ногт|рук|спин)\\p{L}*)`,
  // Teeth that "простреливает" from cold or sweet hurt in the tooth, not the back (lumbago is "прострел").
  `(?<=(?:зуб|холод|горяч|морожен|сладк)\\p{L}*(?:[ ,]+\\p{L}+){0,5}[ ,]+)простре\\p{L}*`,
  // "At the bottom of the coloured part", "the bottom of my foot": a place, not the bum.
  `(?:at|to|on|from|near|in) the bottom of`,
  // A twitching eyelid is benign, not the muscle jerks of serotonin toxicity.
  `(?:eye|eyelid)s? (?:is |are |keeps |has been )?twitch${W}`,
  `(?:дергается|подергивается) (?:глаз|веко)`,
  `(?:глаз|веко) (?:дергается|подергивается)`,
  // A reflex (the startle reflex, a gag reflex) is one letter from "reflux" but no acid.
  `reflex${W}`,
  `рефлекс${W}`,
  // "Should I worry?" asks for advice; it is not anxiety.
  `(?:should|do|need) (?:i|we) (?:need to |be )?worr${W}`,
  `(?:стоит|нужно|надо) ли (?:мне |нам )?(?:беспокоиться|волноваться|переживать)`,
];
