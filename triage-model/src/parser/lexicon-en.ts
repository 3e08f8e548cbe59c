/**
 * English phrases for findings, as regular-expression sources over lower-cased text. `W` = rest of the word.
 * A context lookbehind starts with a lookahead on its own word (`(?=bleed)(?<=pregnan…)bleed`), so its backwards
 * scan runs only where that word begins, not at every position of the text.
 */
const W = '\\p{L}*';
const N = "(?:can'?t|cannot)";

/** A count of tablets no single dose reaches ("took 20 paracetamol"). */
const MANY = `(?:(?:about|around|like|maybe|roughly|nearly|almost|over|at least|more than|up to) )?(?:[1-9]\\d+|ten|fifteen|twenty|thirty|forty|fifty)`;

/** "Pain on one side": the flank, and in pregnancy the lower belly (implications.ts). */
const SIDE_PAIN_EN = `pain (?:on|in|down) (?:one|my left|my right|the left|the right|my) side(?! of (?:my |the |his |her )?(?:chest|head|face|neck|body|tongue|throat))`;

/** "38 weeks", "38+3", "38+3 weeks", not "38 weeks old", "3 weeks late" (weeks of pregnancy, see below). */
const gestation = (weeks: string): string =>
  `(?<!\\d)${weeks}(?:\\+[0-6](?!\\d)(?: weeks?| wks?)?|(?: weeks?| wks?)(?!\\p{L})(?! (?:old|late|overdue|ago|into|in|of|with)))`;
const WEEKS_20 = gestation('(?:2\\d|3\\d|4[0-2])');
const WEEKS_37 = gestation('(?:3[7-9]|4[0-2])');
const ABOUT = '(?:about |around |nearly |almost |just over |over )?';

export const EN_LEXICON: Record<string, readonly string[]> = {
  // "Had my baby 8 days ago", "gave birth last week" (not "had my baby checked").
  // A pad soaked within the hour (NICE NG88, 2018, emergency threshold), not "every 2 hours".
  heavy_vaginal_bleeding: [
    `soak${W} (?:through )?(?:a |the |my )?(?:\\p{L}+ )?(?:pads?|towels?)(?= (?:every|each|in|within) (?:half(?: an?)? hour|\\d+ ?min${W}|an hour|1 hour|hour(?!s)))`,
  ],
  recently_gave_birth: [
    `(?:since|after) (?:the|my|our) baby (?:was born|arrived|came)`,
    // The time itself is read as a number, so it is looked at, not matched.
    `had (?:my|the|our|a) baby(?= (?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|months?) ago)`,
    `had (?:my|the|our|a) baby (?:last|this) (?:week|month)`,
    `gave birth`,
    `giving birth`,
    `post-?partum`,
    `post-?natal`,
  ],
  took_overdose: [
    `(?:took|swallowed|taken|had) ${MANY} (?:of (?:my|his|her|their|the) )?(?:\\p{L}+ ){0,2}(?:tablets|pills|capsules|packets)`,
    `(?:took|swallowed|taken|had) ${MANY} (?:paracetamol|acetaminophen|tylenol|ibuprofen|aspirin)`,
    // A child who got into someone's medicines: "swallowed his grandmother's pills", "ate some of my tablets".
    `(?:swallowed|ate|eaten|got into) (?:\\p{L}+'?s? ){0,5}(?:pills|tablets|capsules|medicines|medication)`,
  ],
  took_paracetamol_excess: [
    `(?:took|swallowed|taken|had) ${MANY} (?:\\p{L}+ )?(?:paracetamol|acetaminophen|tylenol)`,
    `(?:took|swallowed|taken|had) (?:a |the )?(?:whole|entire|full) (?:packet|box|bottle|pack) of (?:paracetamol|acetaminophen|tylenol)`,
    `(?:took|swallowed|taken|had) (?:a lot|lots|loads|too much|too many|a handful|a bunch) of (?:my |the |his |her )?(?:paracetamol|acetaminophen|tylenol|panadol)`,
  ],
  // Several people at home ill alike: carbon monoxide's clue (kept only beside its symptoms: implications.ts).
  others_same_symptoms_home: [
    `(?:whole|entire) (?:family|household)`,
    `every(?:one|body) (?:in|at) (?:the|our|my) (?:house|home|flat)`,
    `(?:all|both) of us`,
    `we (?:all|both) (?:have|got|feel)`,
    `(?:husband|wife|partner|kids|children|son|daughter|mum|dad)(?:'s| has| have| is| are)(?: got)? (?:it |the same )?(?:too|as well)`,
  ],
  red_streak: [`red (?:line|streak)s?`],
  // "A lump on my daughter's upper eyelid": the lid a few words after the lump.
  eyelid_lump: [
    `(?:lump|bump|cyst|swelling|nodule|pea)s? on (?:\\p{L}+'?s? ){0,2}(?:upper |lower |top |bottom )?(?:eye)?lids?(?!\\p{L})`,
  ],
  wound_contaminated: [`rusty`, `(?:dirty|soil|manure|muddy) (?:\\p{L}+ )?(?:wound|nail|cut|graze)`],
  night_urination: [
    `(?:get|gets|getting|got|wake|wakes|waking) up (?:[\\p{L}\\d]+ ){0,3}(?:a|at|in the|every|each) night`,
    `(?:wee|pee|urinat)${W} (?:\\p{L}+ )?(?:at|during the|every) night`,
  ],
  weak_urine_stream: [
    `(?:flow|stream) (?:is |has got |has become )?(?:weak|slow|poor|feeble)`,
    `(?:weak|slow|poor) (?:urine )?(?:flow|stream)`,
  ],
  hot_flushes: [`hot flush${W}`, `hot flash${W}`],
  irregular_periods: [
    `periods? (?:are |is |have been |has been )?(?:all over the place|irregular|erratic|unpredictable)`,
    `irregular (?:periods?|cycles?)`,
  ],
  drank_surrogate_alcohol: [
    `moonshine`,
    `bootleg (?:alcohol|vodka|spirits?)`,
    `home-?made (?:vodka|alcohol|spirits?|liquor)`,
  ],
  ate_home_canned_food: [`home[- ]?(?:canned|bottled|preserved|jarred)`],
  sickle_cell_disease: [`sickle`],
  // Why the tablets were taken: on purpose, to die, to stop the pain of feeling (NICE CG16 Self-harm, 2004/2022).
  overdose_intentional: [
    // Only the reason is matched (looked back to the taking), so the tablets stay an overdose of their own.
    `(?=on |delib|inten|to )(?<=(?:took|swallowed|taken)(?: [\\p{L}\\d]+){0,8} )(?:on purpose|deliberately|intentionally|to (?:die|end it|end my life|kill myself|not wake up))`,
    `(?:tried|trying|attempted) to (?:kill (?:myself|himself|herself)|end (?:it|my life|his life|her life)|overdose)`,
    `suicide attempt`,
  ],
  // "boiling water" is a scald, not a boil (pus_lump).
  pus_lump: [
    `boils?(?!\\p{L})`,
    // A lump that is hot or throbbing is an abscess forming.
    `(?=hot|throbbing)(?<=(?:lump|bump) (?:[\\p{L}\\d',]+ ){0,25})(?:hot|throbbing)`,
    `(?:hot|throbbing),? (?:and )?(?:\\p{L}+ )?lump`,
    // Pus from a wound, a scar or an ulcer, or a wound said to be infected, is an infected wound (infected_wound).
    `(?:wound|cut|scar|stitches|incision|ulcer|graze|piercing)[^.!?]{0,40}(?:pus|infected|festering)`,
    `(?:pus|infected|festering)[^.!?]{0,20}(?:wound|cut|scar|stitches|incision|ulcer|graze|piercing)`,
  ],
  burn_injury: [
    `(?:hot|boiling) (?:cup|mug|pot|pan|kettle|bowl) of`,
    `(?:boiling|scalding) (?:water|oil|milk|tea|coffee|soup)`,
    `spilled (?:hot|boiling) `,
    `(?:pot|pan|kettle|cup|mug|bowl) of (?:boiling|hot)`,
  ],
  hernia_stuck: [
    `hernia${W} (?:\\p{L}+ ){0,4}(?:won'?t|will not|doesn'?t|does not|can'?t|cannot) (?:go|be pushed|push) (?:back|in)`,
    `(?:stuck|trapped|strangulated|incarcerated) hernia`,
    `hernia${W} (?:is |has |got )?(?:become )?(?:stuck|trapped)`,
    // NHS Inguinal hernia (2023): a hernia that becomes firm or tender, or cannot be pushed back, needs A&E.
    `hernia${W} (?:\\p{L}+ ){0,4}(?:hard|firm)(?!\\p{L})`,
  ],
  fever: [
    // "Burning up", not "burns when I warm up".
    `burning up`,
    `fever${W}`,
    `high temperature`,
    `temperature`,
    `temp(?!\\p{L})`,
    `pyrexi${W}`,
    `hot forehead`,
  ],
  chills: [`chills?`, `shiver${W}`, `rigors?`],
  fatigue: [`tired${W}`, `fatigue${W}`, `exhausted`, `weak(?:ness)?(?!\\p{L})`, `no energy`],
  body_aches: [`body aches?`, `aching all over`, `muscle aches?`, `aching muscles`, `aches and pains`],
  sweating: [`sweat${W}`, `clammy`],
  night_sweats: [`night sweats?`, `sweating at night`],
  weight_loss: [
    `weight loss`,
    `lost weight`,
    `losing weight`,
    // A child falling across growth centiles is losing weight for their age (NICE NG75 Faltering growth 2017).
    `(?:dropped|fallen|fell|falling|dropping|gone down|going down|slipped|crossed)(?: [\\p{L}\\d]+){0,6} (?:centiles?|percentiles?|centile lines?)`,
  ],
  loss_of_appetite: [`no appetite`, `poor appetite`, `loss of appetite`, `lost (?:my |his |her )?appetite`],
  sudden_onset: [`sudden${W}`, `all of a sudden`, `out of nowhere`],
  confusion: [`confus${W}`, `disorient${W}`, `drowsy`, `not making sense`],
  fainting: [
    // "Out cold", not "out in the cold".
    `(?:knocked|was|went|passed|is) out cold`,
    `faint${W}`,
    `passed out`,
    `blacked out`,
    `lost consciousness`,
    `collapsed`,
  ],
  mottled_skin: [`mottled`, `bluish skin`, `ashen`, `grey skin`],
  little_urine: [
    `(?:only|just) (?:one|1|two|2) wet (?:nappy|nappies|diapers?)`,
    `not peeing`,
    `no urine`,
    `little urine`,
    `dry (?:nappies|nappy|diapers?)`,
    `not passing urine`,
    `hasn'?t peed`,
  ],
  dizziness: [`dizz${W}`, `light-?headed${W}`],
  feeling_very_unwell: [
    `very unwell`,
    `really unwell`,
    `feel(?:s|ing)? terrible`,
    `feel(?:s|ing)? awful`,
    `very ill`,
  ],
  swollen_lymph_nodes: [
    `swollen glands`,
    `lymph nodes?`,
    `swollen neck glands`,
    // A lump in the armpit, groin or neck is a lymph node as a rule.
    `lump (?:in|under) (?:my |his |her |the )?(?:armpit|groin|neck)`,
  ],
  seizure: [
    `seizure${W}`,
    `fits?(?!\\p{L})`,
    `convulsion${W}`,
    `fitting`,
    // In someone with epilepsy an "attack" or "episode" is a seizure.
    `(?=attack|episode)(?<=epilep${W}[^.!?]{0,60})(?:attack|episode)s?`,
  ],
  thirst: [`thirst${W}`],
  cough: [`cough${W}`],
  dry_cough: [`dry cough${W}`, `tickly cough`],
  productive_cough: [
    `phlegm`,
    `sputum`,
    `productive cough`,
    `chesty cough`,
    `wet cough`,
    `coughing up (?:mucus|green|yellow)`,
  ],
  breathlessness: [
    `short(?:ness)? of breath`,
    `breathless${W}`,
    `${N} breathe`,
    `difficulty breathing`,
    `hard to breathe`,
    `trouble breathing`,
    `struggling to breathe`,
  ],
  severe_breathlessness: [
    `${N} finish (?:a )?sentences?`,
    `breathless at rest`,
    `too breathless to (?:talk|speak)`,
  ],
  wheeze: [`wheez${W}`],
  chest_tightness: [`tight(?:ness)? (?:in )?(?:the |my )?chest`, `chest tightness`, `chest feels tight`],
  pleuritic_pain: [
    `pain (?:when|on) breathing`,
    `hurts to breathe`,
    `pain on (?:breathing in|inspiration)`,
    `hurts when i breathe`,
  ],
  coughing_blood: [`coughing (?:up )?blood`, `blood in (?:my )?(?:sputum|phlegm)`],
  fast_breathing: [`fast breathing`, `breathing (?:very )?fast`, `rapid breathing`, `breathing quickly`],
  blue_lips: [`blue lips`, `lips (?:are |turned |look )?blue`, `turned blue`],
  night_cough: [`cough${W} (?:at|during the) night`, `night(?:-time)? cough${W}`, `cough${W} worse at night`],
  barking_cough: [`bark${W}`, `seal-?like`],
  stridor: [`stridor`, `noisy breathing`, `harsh breathing`],
  chest_recession: [`recession`, `sucking in (?:between|under) (?:the |his |her )?ribs`, `ribs sucking in`],
  loss_of_smell: [
    `loss of (?:smell|taste)`,
    `lost (?:my )?(?:sense of )?(?:smell|taste)`,
    `${N} (?:smell|taste)`,
  ],
  sore_throat: [
    `sore throat`,
    `throat (?:is )?(?:sore|hurts|pain)`,
    `throat pain`,
    `scratchy throat`,
    `strep`,
  ],
  runny_nose: [
    `(?:cough|coughs|coughing) and (?:a )?cold(?!\\p{L})`,
    `(?<!\\p{L})cold and (?:a )?cough`,
    `runny nose`,
    `running nose`,
    `snott${W}`,
    `nasal discharge`,
    `snuffl${W}`,
    // "I've got a (stinking) cold" is a runny nose to start the interview from; the weather, hands or sores, or a
    // cold that is over ("a cough after a cold"), are not.
    `(?<!(?:after|in|into|from) (?:a |the |my )?)(?:a|the|stinking|streaming|heavy|bad|head|nasty|horrible) cold(?! (?:sores?|hands|feet|weather|sweats?|water|air|compress|room|turkey|shower))`,
  ],
  blocked_nose: [
    `${N} breathe (?:through|out of|with) (?:my |his |her |the )?nose`,
    `blocked nose`,
    `stuffy nose`,
    `congest${W}`,
    `stuffed nose`,
    `stuffed up`,
  ],
  sneezing: [`sneez${W}`],
  hoarse_voice: [`hoarse${W}`, `lost (?:my |his |her )?voice`],
  tonsil_exudate: [
    `white spots`,
    `pus on (?:the |my |his |her )?tonsils`,
    `white (?:patches|coating) on (?:the |my )?tonsils`,
  ],
  painful_swallowing: [`pain(?:ful)? (?:when |on )?swallow${W}`, `hurts to swallow`, `difficulty swallowing`],
  facial_pain: [
    `facial pain`,
    `sinus pain`,
    `pain in (?:my )?(?:cheeks|forehead)`,
    `(?:pressure|pain|ache|throbbing) (?:in|behind|around|over) (?:my |the |his |her )?(?:face|cheeks?|cheekbones?|sinuses|forehead|eyes and cheeks)`,
    `(?:cheeks?|sinuses|cheekbones?) (?:hurt|ache|throb|feel (?:full|blocked|heavy))`,
    `face pain`,
  ],
  thick_nasal_discharge: [`(?:green|yellow|thick) (?:snot|mucus|discharge)`],
  ear_pain: [`ear ?ache`, `ear pain`, `ears? hurts?`, `pain in (?:my |the |his |her )?ear`],
  ear_discharge: [`discharge from (?:the |my |his |her )?ear`, `ear discharge`, `ear is (?:leaking|running)`],
  hearing_loss: [`muffled hearing`, `${N} hear`, `hearing loss`, `blocked ear`],
  ear_pulling: [
    `pull${W} (?:at )?(?:his |her |the )?ears?`,
    `rubbing (?:his |her )?ears?`,
    `tugging (?:at )?(?:his |her )?ears?`,
  ],
  // Someone who is not breathing is in arrest: said as a whole clause only ("not breathing through my nose" is a
  // blocked nose, "not breathing fast" a reassurance).
  unresponsive: [
    `(?:stopped|isn't|not|no longer) breathing(?=\\s*(?:$|[.,;:!?]|(?:and|or|at all|anymore)(?!\\p{L})))`,
  ],
  // Oral thrush (its words are not read as vaginal thrush: this longer mention covers them).
  white_patches_mouth: [
    `(?:oral )?thrush (?:in|on) (?:the |his |her |my |baby'?s )?(?:mouth|tongue)`,
    `oral thrush`,
  ],
  // "my ankle is swollen after I twisted it": the ankle named before the twist.
  twisted_ankle: [
    `(?=twist|sprain|roll|turn)(?<=ankle[^.;!?]{0,40})(?:twist|sprain|roll|turn)(?:ed|ing) (?:it|over)`,
  ],
  red_eye: [
    `red eyes?`,
    // "red, painful eye": only "red" is taken, so the pain is still read.
    `red(?=,? (?:(?:and )?(?:painful|sore|itchy|watery|sticky|swollen|irritated|gritty),? ){1,3}eyes?)`,
    `eyes? (?:is |are )?red`,
    `pink eye`,
    `bloodshot`,
  ],
  eye_discharge: [
    `sticky eyes?`,
    `eye discharge`,
    `discharge from (?:the |my |his |her )?eyes?`,
    `crusty eyes?`,
    `gunky eyes?`,
  ],
  itchy_eyes: [`itchy eyes?`, `watery eyes?`, `eyes? (?:are )?(?:itchy|watering|streaming)`],
  eye_pain: [`eye pain`, `painful eyes?`, `pain in (?:my )?eye`],
  blurred_vision: [`blurred vision`, `blurry vision`],
  drooling: [`drool${W}`, `${N} swallow (?:his |her |my )?saliva`],
  cannot_bear_weight: [`(?:${N}|unable to) (?:walk|stand|step) on (?:it|them)`],
  swallowing_difficulty: [
    `(?:${N}|unable to|(?:is|am|are) not able to) swallow(?! (?:his |her |my |their )?(?:saliva|spit))`,
    `(?:hard|difficult) to swallow`,
  ],
  strawberry_tongue: [`strawberry tongue`],
  mouth_ulcers: [
    `mouth ulcers?`,
    `mouth sores?`,
    `sores in (?:the |my |his |her )?mouth`,
    `ulcers in (?:the |his |her )?mouth`,
  ],
  chest_pain: [`chest pain`, `pain in (?:my |the |his |her )?chest`, `chest hurts`, `chest ache`],
  chest_pain_pressing: [
    `crushing`,
    `pressing (?:chest )?pain`,
    `squeez${W}`,
    `pressure in (?:my |the )?chest`,
    `chest pressure`,
    `heavy chest`,
  ],
  pain_radiates_arm: [
    `spread${W} (?:to|into|down) (?:my |the )?(?:left |right )?(?:arm|shoulder)`,
    `radiat${W} (?:to|into|down) (?:my |the )?(?:left |right )?(?:arm|shoulder)`,
    `goes (?:down|into) my (?:left )?arm`,
  ],
  pain_radiates_jaw: [`(?:spread${W}|radiat${W}) (?:to|into) (?:my |the )?(?:jaw|neck)`],
  pain_radiates_back: [
    `(?:spread${W}|radiat${W}|goes|going) (?:to|into|through to) (?:my |the )?back`,
    // Pain between the shoulder blades: where an aortic dissection is felt (ESC/EACTS 2024).
    `between (?:my |the |his |her )?shoulder ?blades`,
  ],
  chest_pain_exertion: [`on exertion`, `when (?:i )?(?:walk|climb)${W}`, `climbing stairs`],
  chest_pain_burning: [
    `burning (?:in (?:my |the )?chest|chest|behind (?:my |the )?breastbone)`,
    `chest burning`,
  ],
  palpitations: [
    `palpitation${W}`,
    `heart (?:is )?racing`,
    `racing heart`,
    `pounding heart`,
    `irregular heart${W}`,
    `heart (?:is )?pounding`,
    `flutter${W}`,
  ],
  leg_swelling_one: [
    `(?:left|right|one) (?:leg|calf) (?:is )?swollen`,
    `swollen (?:left|right) (?:leg|calf)`,
    `swelling (?:in|of) (?:my )?(?:left|right|one) (?:leg|calf)`,
    // One leg named in the singular: "my leg is swollen" (both would be "legs").
    `(?:my|his|her|the) (?:leg|calf) (?:is |has |got |gone |went |become )*(?:swollen|puffy|swelling|bigger than the other)`,
    `swollen (?:leg|calf)(?!\\p{L})`,
  ],
  leg_swelling_both: [
    `swollen ankles`,
    `ankles (?:are )?swollen`,
    `both legs (?:are )?swollen`,
    `swelling (?:in|of) (?:both )?(?:my )?(?:legs|ankles)`,
  ],
  leg_pain_calf: [`calf pain`, `pain in (?:my )?calf`, `calf (?:hurts|is painful)`],
  nosebleed: [`nose ?bleed${W}`, `bleeding from (?:my |the |his |her )?nose`],
  headache: [`head ?ache${W}`, `head (?:hurts|pain)`, `migraine${W}`],
  thunderclap_headache: [
    `worst headache`,
    `thunderclap`,
    `worst ever headache`,
    `sudden severe headache`,
    `worst pain of my life`,
    `sudden(?:ly)? (?:a |an )?(?:horrendous|excruciating|agonising|agonizing|explosive|blinding) headache`,
    `headache[^.!?]{0,30}like (?:being |I'd been |I was )?(?:hit|kicked|struck) (?:in|on|over) the head`,
  ],
  one_sided_headache: [
    `(?=on one side)(?<=headaches? (?:\\p{L}+ ){0,2})on one side`,
    `one side of (?:my )?head`,
    `one-sided`,
    `throbbing`,
  ],
  band_headache: [`like a (?:tight )?band`, `tight band`, `pressing headache`],
  aura: [`aura`, `zig-?zags?`, `flashing lights`],
  light_sensitivity: [`light hurts`, `sensitiv${W} to light`, `photophobi${W}`, `bright light hurts`],
  neck_stiffness: [
    `stiff neck`,
    `neck (?:is )?stiff`,
    `neck stiffness`,
    `${N} bend (?:my |his |her )?neck`,
    `${N} touch (?:his |her |my )?chin`,
  ],
  face_droop: [
    `face (?:is )?droop${W}`,
    `droop${W} face`,
    `facial droop`,
    `mouth droop${W}`,
    // A face that will not move on one side (a stroke until shown otherwise, or Bell's palsy).
    `half (?:of )?(?:my|his|her|the) face (?:is |has |went |gone )*(?:not moving|won'?t move|dropped|droop${W}|paraly${W}|frozen)`,
    `${N} (?:fully )?close (?:my|his|her|one) eye`,
  ],
  // A limb cold and pale told limb first, across a comma (acute limb ischaemia).
  cold_pale_limb: [
    `(?:leg|foot|arm|hand) (?:is |has |went |gone |turned |feels )*(?:cold|icy)(?:,| and) (?:\\p{L}+ )?(?:pale|white|blue|mottled)`,
    `(?:leg|foot|arm|hand) (?:is |has |went |gone |turned |feels )*(?:pale|white|blue|mottled)(?:,| and) (?:\\p{L}+ )?(?:cold|icy)`,
  ],
  // "I'm 38 weeks": the weeks of a pregnancy (numbers.ts reads them as no duration); only "I'm" is matched, as
  // the number is read there.
  pregnant: [
    `(?:i'?m|i am)(?= (?:\\d{1,2}|\\p{L}+) weeks?(?!\\p{L})(?! (?:old|late|overdue|ago|into|in|of|with)))`,
    // A positive pregnancy test is a pregnancy ("a covid test was positive" is not: the test is named).
    `positive pregnancy test`,
    `pregnancy test (?:was |is |came back |came up |showed |shows )?(?:positive|two lines)`,
  ],
  reduced_fetal_movements: [
    `baby (?:has ?n[o']?t|hasn'?t|has not|didn'?t|did not|hasnt) (?:moved|kicked|been moving|been kicking)`,
    `no (?:baby )?(?:movements?|kicks?) (?:today|since|all day)`,
  ],
  sudden_hearing_loss: [
    `sudden${W} (?:gone |went |lost (?:my |the )?(?:hearing )?)?deaf${W}`,
    `sudden${W} (?:lost|loss of|can'?t|cannot) (?:my |the )?hear${W}`,
    `sudden hearing loss`,
  ],
  anal_lump: [
    `(?:lump|bump|swelling)(?: [\\p{L}']+){0,6} (?:bum ?hole|anus|back passage|butt ?hole)`,
    `lump (?:near|on|by|next to|around|in) (?:my |his |her |the )?(?:bum|bottom|anus|back passage|butt)`,
    // Piles are the lump people name ("I've got piles", "a haemorrhoid came out").
    `(?<!\\p{L})(?:piles|haemorrhoids?|hemorrhoids?)(?!\\p{L})`,
  ],
  arm_weakness: [
    `arm weakness`,
    `weak(?:ness)? (?:in )?(?:my |his |her )?(?:left |right )?(?:arm|leg)`,
    `${N} lift (?:my |his |her )?arm`,
    `numb (?:arm|leg)`,
  ],
  speech_difficulty: [
    `slurred speech`,
    `slurring`,
    `${N} speak properly`,
    `speech (?:is )?slurred`,
    `trouble speaking`,
    `garbled speech`,
  ],
  vision_loss_sudden: [
    `lost (?:my )?vision`,
    `sudden(?:ly)? (?:${N} see|blind${W}|vision loss)`,
    `lost (?:the )?(?:sight|vision) (?:in|of) (?:my |his |her |the |one )?(?:left |right )?eye`,
    `(?:went|gone|going) blind`,
    `(?:sudden(?:ly)? )?loss of (?:the )?(?:vision|sight)`,
    `vision loss`,
    `blind in (?:one|my|his|her|the) (?:left |right )?eye`,
    `${N} see (?:anything )?(?:out of|with) (?:my |one |his |her |the )?(?:left |right )?eye`,
  ],
  numbness_tingling: [`numb${W}`, `tingl${W}`, `pins and needles`],
  vertigo: [`vertigo`, `room (?:is )?spinning`, `spinning`],
  head_injury: [
    `hit (?:my |his |her )?head`,
    `head injury`,
    `bumped (?:my |his |her )?head`,
    `banged (?:my |his |her )?head`,
  ],
  stress_related_headache: [`(?:from|due to) stress`, `screen time`, `at the computer`],
  recurrent_headaches: [
    `(?:had|get) (?:these|similar) (?:headaches )?before`,
    `recurrent headaches?`,
    `frequent headaches?`,
  ],
  abdominal_pain: [
    `(?:stomach|tummy|belly|abdominal) (?:pain|ache)`,
    `(?:stomach|tummy|belly) ?ache`,
    `(?:stomach|tummy|belly|abdomen) hurts`,
    `pain in (?:my |the |his |her )?(?:stomach|tummy|belly|abdomen)`,
  ],
  upper_abdominal_pain: [
    `upper (?:stomach|abdomen|abdominal|belly)`,
    `pit of (?:my |the )?stomach`,
    `epigastr${W}`,
  ],
  right_lower_pain: [
    `lower right`,
    `right lower`,
    `right side of (?:my |the |his |her )?(?:lower )?(?:abdomen|stomach|belly|tummy)`,
    `(?=on )(?<=low (?:down )?)on (?:my |the |his |her )?right`,
  ],
  right_upper_pain: [`under (?:my |the )?right ribs?`, `right upper`, `upper right`],
  pain_migrated_navel: [
    `(?:around|near) (?:the |my |his |her )?(?:navel|belly button)`,
    `moved to the (?:lower )?right`,
  ],
  lower_abdominal_pain: [
    // In pregnancy a pain on one side is low in the belly until shown otherwise (implications.ts).
    SIDE_PAIN_EN,
    `lower (?:abdomen|abdominal|belly|tummy|stomach)`,
    // "A pain low down on my left side": low in the belly, on that side (left_lower_pain / right_lower_pain too).
    `pain (?:\\p{L}+ ){0,2}low down`,
    `pain (?:\\p{L}+ ){0,2}low(?= on (?:my |the |his |her )?(?:left|right))`,
  ],
  // A fall from a height or a crash: major-trauma mechanisms (NICE NG39 Major trauma, 2016).
  high_energy_injury: [
    `f[ae]ll(?:en)? (?:off|from|out of) (?:a |the |his |her |my |our )?(?:roof|height|balcony|tree|scaffold${W}|ladder|window)`,
    `(?:car|motorbike|motorcycle|bike|road traffic) (?:crash|accident|collision)`,
    `hit by a (?:car|van|bus|lorry|truck)`,
  ],
  left_lower_pain: [`(?=on )(?<=low (?:down )?)on (?:my |the |his |her )?left`],
  cramping_pain: [`cramp${W}`, `colick${W}`],
  nausea: [`nause${W}`, `feel(?:s|ing)? sick`, `queasy`],
  vomiting: [
    `vomit${W}`,
    `throw${W} up`,
    `threw up`,
    `being sick`,
    // UK "hasn't been sick" = has not vomited ("been sick for a week" alone may mean ill, so only after a negation).
    `(?<=(?:hasn'?t|has not|haven'?t|have not|wasn'?t|not) )been sick`,
  ],
  repeated_vomiting: [
    `${N} keep (?:any )?(?:fluids|water|anything) down`,
    `vomit${W} (?:repeatedly|constantly|again and again)`,
    `keeps vomiting`,
  ],
  diarrhoea: [`diarrh${W}`, `loose stools?`, `runny poo`, `the runs`, `watery stools?`],
  // A joint named before "hot and swollen" ("my knee blew up overnight, hot and swollen").
  hot_swollen_joint: [
    `(?=hot|swollen|red)(?<=(?:knee|ankle|wrist|elbow|joint)s?[^.!?]{0,40})(?:hot,? and swollen|swollen,? and hot|red,? hot,? and swollen)`,
  ],
  bloody_stool: [
    `blood in (?:the |my |his |her )?(?:stool|poo|faeces|feces|nappy)`,
    `bloody (?:stool|poo|diarrh${W})`,
  ],
  black_stool: [`black (?:stool|poo|tarry)`, `tarry`],
  vomiting_blood: [`vomit${W} blood`, `blood in (?:my |the |his |her )?vomit`, `coffee grounds`],
  heartburn: [`heartburn`],
  acid_regurgitation: [
    `acid reflux`,
    `reflux`,
    `regurgitat${W}`,
    `sour taste`,
    `acid (?:in my mouth|coming up)`,
  ],
  bloating: [`bloat${W}`, `gassy`],
  constipation: [`constipat${W}`, `${N} poo`, `haven'?t pooed`],
  alternating_bowel: [`alternating`, `diarrh${W} and constipation`, `constipation and diarrh${W}`],
  pain_relieved_by_defecation: [
    `better after (?:a )?(?:bowel movement|poo|going to the toilet)`,
    `relieved by (?:a )?bowel movement`,
  ],
  pain_after_fatty_food: [`after (?:a )?fatty (?:food|meals?)`, `after fatty`],
  pain_worse_on_movement: [`worse (?:when|on) (?:moving|walking|coughing)`, `hurts to (?:move|walk)`],
  rigid_abdomen: [`rigid`, `hard (?:abdomen|belly|stomach)`, `board-?like`],
  jaundice: [
    `jaundice${W}`,
    `yellow (?:skin|eyes)`,
    `turned yellow`,
    `(?:skin|eyes)(?: and (?:his |her |my |the )?(?:skin|eyes))? (?:is |are |look |looks |have |has |gone |turned |going |a bit |quite |very )*yellow`,
  ],
  // Pale or white stools beside jaundice point to the bile ducts (NICE CG98 Neonatal jaundice, 2010, updated 2016).
  pale_stools: [
    `(?:poo|poos|poop|stool|stools|faeces|feces) (?:is |are |look |looks |has been |have been |very |quite )*(?:pale|white|grey|gray|chalky|clay${W})`,
    `(?:pale|white|grey|chalky) (?:poo|poos|poop|stools?)`,
  ],
  epigastric_pain_empty: [`on an empty stomach`, `hunger pains?`],
  ate_suspicious_food: [
    `food poisoning`,
    `ate (?:something|bad|dodgy|undercooked)`,
    `dodgy`,
    `undercooked`,
    `bad (?:food|chicken|fish|sushi)`,
  ],
  nsaid_use: [`ibuprofen`, `aspirin`, `nsaids?`, `naproxen`, `diclofenac`],
  painful_urination: [
    `burn${W} (?:when|on) (?:i )?(?:pee|urinat${W}|passing urine)`,
    `pain(?:ful)? (?:when |on )?(?:peeing|urinating|urination)`,
    `hurts to pee`,
    `dysuria`,
    `stings when i pee`,
  ],
  frequent_urination: [
    `peeing (?:a lot|often|frequently)`,
    `frequent urination`,
    `pee(?:ing)? all the time`,
    `urinating (?:a lot|frequently)`,
    // "Keep needing to go", "always running to the loo".
    `(?:keep|keeps|keeping|constantly|always) (?:needing|wanting|having|running|rushing|going) (?:to )?(?:go|the loo|the toilet|to the loo|to the toilet|pee|wee)`,
  ],
  urgency_urination: [`urgen(?:t|cy) (?:need )?to (?:pee|urinate)`, `${N} hold (?:my )?(?:pee|urine)`],
  blood_in_urine: [`blood in (?:my |the |his |her )?(?:urine|pee)`, `(?:red|pink) (?:urine|pee)`],
  cloudy_urine: [`cloudy (?:urine|pee)`, `smelly (?:urine|pee)`],
  flank_pain: [
    SIDE_PAIN_EN,
    `flank pain`,
    `pain in (?:my )?(?:side|flank)`,
    `kidney pain`,
    `pain in (?:my )?(?:lower )?back on (?:one|the left|the right) side`,
  ],
  vaginal_discharge: [`vaginal discharge`, `discharge (?:from )?(?:down there|(?:my |the )?vagina)`],
  vaginal_itching: [`vaginal itch${W}`, `itch${W} down there`],
  pregnant_possible: [`pregnan${W}`, `positive (?:pregnancy )?test`],
  missed_period: [`missed (?:my )?period`, `period (?:is )?late`, `late period`],
  vaginal_bleeding: [
    `vaginal bleeding`,
    `bleeding (?:from )?(?:down there|(?:my |the )?vagina)`,
    `spotting`,
    // In pregnancy a bleeding with no other site named is vaginal ("pregnant, bleeding and cramps").
    `(?=bleed)(?<=pregnan${W}[^.;!?]{0,60})bleed(?:ing)?(?! (?:from (?:my |the |his |her )?(?:nose|gums|cut|wound)|gums|nose))`,
  ],
  painful_periods: [`period pain`, `painful periods?`, `menstrual (?:pain|cramps)`, `on my period`],
  pelvic_pain: [`pelvic pain`, `pain in (?:my )?pelvis`],
  testicular_pain: [
    `testic${W} pain`,
    `pain in (?:my |his )?(?:testicle|testis|scrotum)`,
    `(?:testicle|balls?) hurts?`,
  ],
  rash: [`rash${W}`, `spots(?!\\p{L})`],
  non_blanching_rash: [
    `(?:doesn'?t|does not|won'?t) fade`,
    `non-?blanching`,
    `glass test`,
    `purple spots`,
    `petechia${W}`,
  ],
  itchy_rash: [`itch${W}`],
  hives: [`hives`, `welts?`, `urticaria`],
  dry_itchy_skin: [`dry (?:itchy )?skin`, `eczema`, `flaky skin`, `scaly`],
  red_hot_swollen_skin: [
    `red,? (?:and )?(?:tight,? )?(?:and )?hot`,
    `hot to (?:the )?touch`,
    `red and swollen`,
    `swollen and red`,
  ],
  spreading_redness: [`spreading redness`, `redness (?:is )?spreading`],
  blisters: [`blister${W}`, `vesicles?`],
  sandpaper_rash: [`sandpaper`, `rough rash`],
  hand_foot_mouth_spots: [
    `hands,? feet and mouth`,
    `hand,? foot and mouth`,
    // "blisters around her mouth, hands and feet", in any order.
    `(?:mouth|hands|feet)(?:,? (?:and |or )?(?:on |around |in )?(?:his |her |the |my )?(?:mouth|hands|feet)){2}`,
    `on (?:his |her |the )?(?:palms|hands) and (?:soles|feet)`,
  ],
  // The same words as a swollen face below, so a swollen face is read as both (see KEPT_ONLY_IF).
  facial_swelling: [
    `(?:face|cheek|jaw) (?:is |are )?(?:swelling|swollen|puffy)`,
    `swollen (?:face|cheek|jaw)`,
  ],
  lip_tongue_swelling: [
    `swollen (?:lips?|tongue|face)`,
    `(?:lips?|tongue|face) (?:is |are )?(?:swelling|swollen)`,
    `swelling of (?:the |my |his |her )?(?:lips?|tongue|face)`,
  ],
  throat_tightness: [`throat (?:is )?(?:closing|tight)`, `tight throat`, `throat tightness`],
  allergen_exposure: [`stung`, `bee sting`, `wasp`, `after eating (?:nuts|peanuts|shellfish)`],
  new_product_contact: [`new (?:cream|soap|detergent|cosmetic${W}|lotion|washing powder|shampoo)`],
  wound_or_bite: [`cut(?!\\p{L})`, `scratch(?:ed)?(?!\\p{L})`, `wound`, `bite(?!\\p{L})`, `bitten`],
  self_induced_vomiting: [`mak(?:e|ing) (?:myself|herself|himself) (?:be )?(?:sick|throw up|vomit)`],
  itchy_palms_soles: [
    `itch${W} (?:\\p{L}+ )?(?:palms|soles|hands and feet)`,
    `(?:palms|soles|hands and feet) (?:\\p{L}+ )?itch${W}`,
  ],
  drank_alcohol_heavily: [`hangover`, `hung ?over`],
  hand_tingling_night: [
    `(?:fingers|hands?) (?:\\p{L}+ ){0,4}(?:numb|tingl)${W} (?:\\p{L}+ ){0,3}(?:at night|in bed|overnight|when i sleep)`,
  ],
  back_pain: [
    // "Pulled a muscle in my lower back", "did my back in".
    `(?:pulled|strained|tweaked|hurt|injured|put out|did) (?:a |my |his |her )?(?:muscle |something )?(?:in |out )?(?:my |his |her )?(?:lower |upper )?back(?!\\p{L})`,
    `back ?ache`,
    `back pain`,
    `(?:lower )?back hurts`,
    `pain in (?:my )?(?:lower )?back`,
    `lumbago`,
  ],
  back_pain_leg_radiation: [`(?:down|into) (?:my )?leg`, `sciatica`, `shooting down`],
  back_pain_after_lifting: [`after lifting`, `lifted something`, `awkward movement`, `twisted`],
  saddle_numbness: [`saddle`, `numb${W} (?:around|in) (?:my )?(?:groin|bottom)`],
  bladder_control_loss: [`(?:urinary )?incontinen${W}`, `lost control of (?:my )?bladder`, `wet myself`],
  bowel_control_loss: [`faecal incontinen${W}`, `lost control of (?:my )?bowels?`, `soiled myself`],
  joint_pain: [`joint pain`, `(?:joints?|knees?) (?:hurt|ache)${W}`, `painful joints?`],
  neck_pain: [
    `neck pain`,
    `neck hurts`,
    `sore neck`,
    // A neck stiff from sleeping awkwardly or a draught is a painful neck (see KEPT_ONLY_IF for neck_stiffness).
    `(?:stiff neck|neck (?:is |feels )?stiff)(?=[^.!?]{0,40}(?:slept|sleeping|woke|waking|pillow|awkward|funny|draught|draft))`,
  ],
  trauma_fall: [
    `(?:in|into|had) a (?:fist ?)?fight`,
    `falling (?:off|over|down|from)`,
    `sprain${W} (?:my |his |her )?(?:wrist|thumb|finger|elbow|hand)`,
    `fell(?!\\p{L})`,
    `fall(?!\\p{L})`,
    `injur${W}`,
    `trauma`,
  ],
  low_mood: [
    `cry(?:ing)? (?:all the time|constantly|every day|all day)`,
    `${N} cope`,
    `low mood`,
    `depress${W}`,
    `sad(?:ness)?(?!\\p{L})`,
    `feeling (?:low|down)`,
    `hopeless${W}`,
  ],
  anhedonia: [
    `no interest`,
    `lost interest`,
    `nothing (?:brings|gives) (?:me )?(?:joy|pleasure)`,
    `don'?t enjoy anything`,
    `no pleasure`,
  ],
  // "On edge" with its "on" (the phrase matcher skips it): "the edge of" is no anxiety.
  worry: [`anxi${W}`, `worr${W}`, `nervous`, `on edge`],
  panic_attacks: [`panic${W}`, `attacks? of (?:fear|terror)`],
  sleep_problems: [
    `insomnia`,
    `${N} sleep`,
    `poor sleep`,
    `trouble sleeping`,
    `not sleeping`,
    `waking up at night`,
  ],
  suicidal_thoughts: [
    `suicid${W}`,
    `kill myself`,
    `end my life`,
    `don'?t want to live`,
    `want to die`,
    `(?:not|n\\W?t) worth living`,
  ],
  self_harm_thoughts: [`self-?harm${W}`, `(?:hurt|harm|cut)(?:ing)? (?:myself|herself|himself)`],
  suicide_plan: [`have a plan`, `planned (?:how|to)`, `made a plan`],
  suicide_intent: [`going to (?:kill myself|end it)`, `intend to (?:kill myself|end my life|die)`],
  restlessness: [`restless${W}`, `on edge`, `tense(?!\\p{L})`],
  concentration_problems: [`(?:${N}|trouble|difficulty) concentrat${W}`, `poor concentration`, `${N} focus`],
  poor_feeding: [
    `(?:not|isn'?t) feeding`,
    `feeding poorly`,
    `poor feeding`,
    `refus${W} (?:to )?(?:feed|food|the bottle|the breast|drink${W})`,
    `not eating or drinking`,
    `won'?t (?:eat|drink|feed)`,
  ],
  lethargy: [`letharg${W}`, `floppy`, `hard to wake`, `listless`, `(?:unusually |very |so )?sleepy`],
  irritability: [`irritab${W}`, `fussy`, `crying`, `cries`, `inconsolable`, `cranky`],
  sunken_eyes: [`sunken eyes`],
  dry_mouth: [`dry (?:mouth|lips|tongue)`],
  no_tears: [`no tears`, `crying without tears`],
  sunken_fontanelle: [`sunken (?:soft spot|fontanel${W})`],
  bulging_fontanelle: [`bulging (?:soft spot|fontanel${W})`],
  apnoea: [`apnoea`, `apnea`, `stops breathing`, `pauses in (?:his |her )?breathing`],
  grunting: [`grunt${W}`],
  high_pitched_cry: [`high-?pitched cry${W}`, `weak cry`, `crying non-?stop`, `won'?t stop crying`],
  sick_contacts: [
    `(?:everyone|others|people|kids) (?:at home|at school|at nursery|in (?:his |her )?class) (?:are|is) (?:ill|sick)`,
    `sick contacts?`,
    `caught it from`,
  ],
  smoker: [`smok${W}`],
  asthma_history: [`asthma${W}`],
  allergy_history: [`allerg${W}`, `hay fever`],
  hypertension_history: [`hypertension`, `high blood pressure`],
  diabetes: [`diabet${W}`],
  heart_disease_history: [
    `heart disease`,
    `heart failure`,
    `previous heart attack`,
    `had a heart attack`,
    // Whoever carries a GTN spray knows their angina.
    `gtn`,
    `nitro(?:glycerin|spray| spray)`,
    `angina`,
    // Atrial fibrillation, as patients name it.
    `atrial fibrillation`,
    `(?:have|got|with|known|history of) (?:an? )?(?:af|a-fib|afib)(?!\\p{L})`,
  ],
  high_cholesterol: [`cholesterol`],
  recent_immobility: [
    `long[- ]haul flight`,
    `long flight`,
    `after (?:an )?(?:operation|surgery)`,
    `bed ?rest`,
    `plaster cast`,
  ],
  hormonal_contraception: [`the pill`, `contracepti${W}`, `hrt`, `hormone replacement`],
  previous_clot: [`blood clot${W}`, `dvt`, `thrombosis`],
  // Disease-modifying and anti-rejection drugs suppress the bone marrow or immunity (BSR DMARD guideline 2017).
  immunosuppressed: [
    `chemo${W}`,
    `immunosuppress${W}`,
    `transplant`,
    `methotrexate`,
    `azathioprine`,
    `mycophenolate`,
    `tacrolimus`,
    `ciclosporin`,
    `cyclosporine`,
    `leflunomide`,
  ],
  covid_contact: [`(?:contact|exposed) (?:with|to) (?:someone with )?covid`],
  recent_stress: [`stress${W}`],
  alcohol_excess: [`alcohol`, `drink(?:ing)? (?:a lot|heavily)`, `heavy drink${W}`],
  new_medication: [
    `new (?:medication|medicine|drug|pills)`,
    `started (?:taking )?(?:a new )?(?:medication|medicine|antibiotics?)`,
    `antibiotics?`,
  ],
  // After an injury (see implications.ts): the swelling of the injured part.
  injury_swelling: [`swollen`, `swelling`],
  wound_gaping: [
    `gap(?:e|es|ed|ing)(?!\\p{L})`,
    `(?:edges|sides) (?:\\p{L}+ )?(?:apart|open|separat${W})`,
    `(?:wide|split) open`,
    `need${W} (?:\\p{L}+ )?stitch${W}`,
  ],
  // Under the tongue, or (with a bad tooth, see implications.ts) the neck: a dental infection spreading; not "under the
  // jaw", where a salivary gland or a lymph node swells.
  floor_of_mouth_swelling: [
    `(?:swollen|swelling) (?:\\p{L}+ ){0,2}under (?:my |his |her |the )?tongue`,
    `under (?:my |his |her |the )?tongue (?:is |are )?(?:\\p{L}+ )?(?:swollen|swelling)`,
    `floor of (?:the |my |his |her )?mouth`,
    `neck (?:is |are )?(?:\\p{L}+ )?(?:swollen|swelling)`,
  ],
  bp_low: [
    `low (?:blood pressure|bp)`,
    `(?:blood pressure|bp) (?:is |was |has been |went |keeps |is very |is really |is too )?(?:low|dropp${W}|fell|falling|crashed)`,
  ],
  // chronic history, musculoskeletal, women's health
  insulin_treated: [
    `(?:on|take|takes|taking|use|uses|using|inject${W}|missed|forgot|forgotten) (?:my |his |her |their |the )?insulin(?! resist)`,
  ],
  // Nails gone yellow, thick or crumbly are a nail's (fungus) however many words stand between ("the nails on both
  // my big toes have gone yellow"); "gone yellow" alone would read as jaundice.
  thick_discoloured_nail: [
    `(?:toe|finger)?nails?(?: (?:on|of|in|my|his|her|both|the|big|little|toes?|fingers?|feet|foot|hands?|left|right|have|has|are|is|gone|turned|got|become|becoming|going|all|quite|very|really)){0,8} (?:yellow|thick|crumbl|discolou?r)${W}`,
  ],
  // A spot or sore that bleeds and will not heal is a suspicious skin lesion (basal or squamous cell carcinoma):
  // NICE NG12 Suspected cancer (2015, updated 2023).
  changing_mole: [
    `(?:spot|sore|scab|lump|growth|patch|bump|mole)[^.!?]{0,60}(?:never|not|won'?t|doesn'?t|does not|will not|isn'?t|hasn'?t)(?: \\p{L}+)? heal${W}`,
  ],
  // "Breast, red and painful", "my boob is red and hot": a list after the breast (the phrase stops at a comma).
  breast_red_painful: [
    `(?:breast|boob)s?(?: (?:is|are|has|have|gone|got|very|really|a bit|quite|and|lump|lumpy|area|in|my))*,? (?:red|hot|inflamed)${W}`,
  ],
  ketones_positive: [
    `keton${W} (?:(?:are|is|were|was|at|of|reading) )?(?:\\+{1,4}|(?:[1-9]|0[.,][6-9])(?:[.,]\\d+)?(?![\\d.,]))`,
    // A strip or stick read as pluses: "ketone strip said ++", "ketones in my wee were +++".
    `keton${W}(?: (?:strips?|sticks?|tests?|dipsticks?|in|on|my|his|her|the|urine|wee|pee|said|says|showed|shows|came|back|up|were|was|are|is|at)){1,5} \\+{1,4}`,
    `\\+{1,4} keton${W}`,
  ],
  // Told as known ("I have gout", "my gout", "gout flare"), not asked ("do I have gout?"). The word "gout" itself
  // is left unmatched, so a current attack still reads as a hot swollen joint.
  gout_history: [
    `(?<!(?:do|does|could|can|might|may) (?:i |he |she |it |this )?)(?:have|has|had|got|get|suffer${W} (?:from|with)|diagnosed with|history of|known)(?= gout)`,
    `(?:my|his|her)(?= gout)`,
    `(?=attack|flare|again|before)(?<=gout )(?:attack|flare|again|before)${W}`,
    `allopurinol`,
    `febuxostat`,
  ],
  // Tablets are the phrase's ("steroid tablets"); two overlapping mentions would split a negation.
  long_term_steroids: [
    `(?:on|taking|take|takes) (?:oral )?steroids?(?! (?:inhaler|cream|spray|injection|drops|nasal|ointment|tablets?|pills?))`,
  ],
  // "Always cold" but not "always get colds" or "cold sores".
  cold_intolerance: [
    `(?:always|constantly|permanently|forever) (?:feel(?:ing)? |so |really |very )?cold(?!\\p{L})(?! sores?)`,
    `(?<!(?:a|the|colds?|catch|catching|get|getting) )cold all the time`,
    `feel(?:s|ing)? the cold`,
  ],
  weight_gain: [`(?:put|puts|putting|piled|piling) on (?:\\p{L}+ ){0,2}(?:weight|pounds|kilos|stone)`],
  // The days before a period: the number is read in numbers.ts, so only the words after it are matched.
  premenstrual_symptoms: [
    `(?=before)(?<=(?:week|weeks|days?) )before (?:my |each |every |the |her )?periods?`,
  ],
  // Weeks of pregnancy ("I'm 38 weeks", "at 30+2", "32 weeks pregnant"): the number is read in numbers.ts, so
  // only the words around it are matched. Not a baby "born at 32 weeks".
  pregnancy_over_20_weeks: [
    `(?<!born )(?:i'?m|i am|she'?s|she is|at|now|currently)(?= ${ABOUT}${WEEKS_20})`,
    `(?=pregnant|along|gone)(?<=(?<!born (?:at )?)${WEEKS_20} )(?:pregnant|along|gone)`,
    `(?<!born (?:at )?)(?:twenty|thirty|forty)(?=(?:[- ]\\p{L}+)? weeks? (?:pregnant|along|gone))`,
    // age.ts reads "I'm 38+3" as an age, so only the days after the "+" are left to match.
    `(?<=(?<![\\d/.,])(?:2\\d|3\\d|4[0-2])\\+)[0-6](?![\\d+])`,
  ],
  pregnancy_over_37_weeks: [
    `(?<!born )(?:i'?m|i am|she'?s|she is|at|now|currently)(?= ${ABOUT}${WEEKS_37})`,
    `(?=pregnant|along|gone)(?<=(?<!born (?:at )?)${WEEKS_37} )(?:pregnant|along|gone)`,
    `(?<!born (?:at )?)(?:thirty(?=[- ](?:seven|eight|nine))|forty)(?=(?:[- ]\\p{L}+)? weeks? (?:pregnant|along|gone))`,
    `(?<=(?<![\\d/.,])(?:3[7-9]|4[0-2])\\+)[0-6](?![\\d+])`,
    `(?:past|over|after) (?:my |her |the )?due date`,
  ],
  // eye, ENT, mouth and teeth, skin
  // "Knocked out" alone is also unconsciousness: the tooth must be what was knocked out.
  tooth_knocked_out: [
    `knock${W} (?:(?:his|her|my|their|a|the|one|two|both|of|front|adult|permanent|\\p{L}+'s) ){0,4}(?:tooth|teeth) (?:\\p{L}+ )?out`,
    `knock${W} out (?:(?:his|her|my|their|a|the|one|two|both|of|front|adult|permanent|\\p{L}+'s) ){0,4}(?:tooth|teeth)`,
    `(?:tooth|teeth) (?:was |were |got |has been |have been |came |come )?(?:completely )?knocked out`,
  ],
  // A stem would take "ringing" in the ears; not "under my ring" (jewellery).
  ring_shaped_rash: [
    `rings?[- ](?:shaped|like)`,
    `(?:red|pink|raised|scaly|round) rings?(?!\\p{L})`,
    `(?:like|in|forms?|formed|making) (?:a )?(?:red )?rings?(?!\\p{L})(?! (?:finger|on))`,
  ],
  // Pityriasis rosea: one big patch first, then many small ones.
  herald_patch: [
    `(?:big|large|larger|bigger|oval) (?:\\p{L}+ ){0,2}(?:patch|spot|blotch|mark)(?:es|s)? (?:\\p{L}+ ){0,3}(?:first|before)(?!\\p{L})`,
    `first (?:\\p{L}+ ){0,3}(?:big|large|larger|bigger|oval) (?:\\p{L}+ ){0,2}(?:patch|spot|blotch|mark)`,
  ],
  // children, infections, mental health
  // "Has worms": the verb is a function word to the phrase matcher.
  worms_seen: [`(?:has|have|got|caught|picked up) (?:threadworms?|pinworms?|worms)(?!\\p{L})`],
  // "On the first day", "within 24 hours" are read (and hidden) as durations, so they are only looked ahead at.
  jaundice_first_day: [
    `(?:yellow|jaundic${W})(?=(?: [\\p{L}']+){0,4} (?:on |in |within )?(?:the |his |her )?(?:first|1st) day(?!s))`,
    `(?:yellow|jaundic${W})(?=(?: [\\p{L}']+){0,4} (?:within|in) (?:the )?(?:first )?(?:24|twenty-four) h)`,
    // Yellow since birth, or born yellow; not "born three days ago and now yellow".
    `(?:yellow|jaundic${W}) (?:(?:ever )?since|from|at) birth`,
    `(?:yellow|jaundic${W}) (?:ever )?since (?:he|she) was born`,
    `born (?:\\p{L}+ )?(?:yellow|jaundiced)`,
  ],
  // Only the feeding is matched, so "sleepy" stays lethargy's as well.
  sleepy_feeding_poorly: [`(?<=(?:too|so) (?:sleepy|drowsy) (?:to )?)(?:feed|eat|suck|drink)${W}`],
  // Sleeping little yet not tired, in one sentence ("hardly sleeping but I'm not tired"): the phrase matcher
  // stops at "but" and would let "not sleeping and tired" through.
  little_need_for_sleep: [
    `(?:don'?t|doesn'?t|didn'?t) (?:seem to |even )?need (?:much |any )?sleep`,
    `need(?:s|ing)? (?:very |so )?(?:little|less|hardly any|barely any) sleep`,
    `(?:hardly|barely|not|only|little) (?:any )?(?:sleep(?:s|ing)?|slept)(?:,? (?:and|but|yet))? (?:[\\p{L}']+ ){0,2}(?:not|never|isn'?t|aren'?t|don'?t feel|doesn'?t feel|without (?:feeling|being)) (?:\\p{L}+ )?(?:tired|sleepy|exhausted)`,
    `(?:hardly|barely|not|only|little) (?:any )?(?:sleep(?:s|ing)?|slept)(?:,? (?:and|but|yet))? (?:[\\p{L}']+ ){0,3}(?:full of energy|buzzing|wired|bursting with energy)`,
    // "Haven't slept for 4 nights but feel amazing".
    `(?:haven'?t|hasn'?t|hadn'?t|not|hardly|barely) (?:\\p{L}+ )?slept (?:[\\p{L}\\d']+ ){0,4}(?=(?:but|yet|and) (?:[\\p{L}']+ ){0,2}(?:feel(?:s|ing)?|felt) (?:amazing|great|fantastic|incredible|brilliant|fine|on top of the world|full of energy))`,
  ],
  // "My last drink was 3 days ago", not "after drinking last night".
  cut_down_drinking: [`(?:my|his|her|their) last (?:alcoholic )?drink (?:was|\\d)`],
  // "Hurts to look around" after a swollen eyelid or a sore eye: the eye's own movement hurts.
  pain_moving_eye: [
    `(?<=\\beye[^.!?]{0,100})(?:hurts?|painful|sore) (?:\\p{L}+ )?to look (?:around|sideways|to the sides?|up)`,
  ],
  // exposures, injuries, burns, bites, poisoning
  // "Pressing" is also a pressing pain, so the stemmed phrases cannot say "when I press on it".
  chest_pain_reproducible: [
    `(?:when|if) (?:i |you |he |she |we |they )?(?:press|push|prod|poke|touch)(?:es|ed|ing)? (?:on |at )?(?:it|there|the spot|that spot|the area|(?:my|the|his|her) (?:chest|ribs?|breastbone|sternum))`,
    `(?:pressing|pushing|prodding) (?:on )?(?:it|there|(?:my|the|his|her) (?:chest|ribs?|breastbone|sternum)) (?:hurts|makes it worse|is painful)`,
    `(?:sore|tender|painful) to (?:the )?touch`,
  ],
  // Whole, these take in the patient's own "had a heart attack" and "heart disease" (heart_disease_history).
  family_history_heart: [
    `(?:dad|father|mum|mom|mother|brother|sister|parents?)(?:'s)? (?:\\p{L}+ ){0,2}had (?:a |two |several )?heart attacks?`,
    `heart (?:disease|problems|attacks?) (?:\\p{L}+ )?runs? in (?:the|my|our|his|her) family`,
  ],
  // Commas part the clauses the stemmed phrases work in: "everyone who ate the salad, got sick".
  others_ill_same_food: [
    `(?:everyone|everybody|all of us|others|the others),? (?:who|that) (?:ate|had) [^.!?;]{0,40}?(?<!\\p{L})(?:sick|ill|poorly|unwell|vomit\\p{L}*|throwing up|diarrh\\p{L}*|food poisoning)`,
  ],
  // Trying to get a tick out means it is still in; "we removed the tick" does not.
  tick_attached: [
    `(?:how (?:do (?:i|we|you) |to |can (?:i|we) |should (?:i|we) )|can'?t |cannot |couldn'?t |trying to |tried to |need to )(?:remove|get|pull|take|twist) (?:out |off )?(?:the |a |this |that )?tick`,
  ],
  // Not "strong pain, painkillers don't help".
  took_opioids: [`strong painkillers?`],
  // The noun "burn" stems like "burning" (a feeling), so a burn's place is matched here.
  burn_face: [
    `burns? (?:on|to) (?:his |her |my |the |their |your )?(?:face|cheeks?|forehead|neck|chin|nose)`,
  ],
  burn_hand: [`burns? (?:on|to) (?:his |her |my |the |their |your )?(?:hands?|palms?|fingers?|thumbs?)`],
  burn_foot: [`burns? (?:on|to) (?:his |her |my |the |their |your )?(?:foot|feet|toes?|soles?)`],
  mouth_burns: [
    `(?<!(?:it|that|this|which) )burns? (?:in|on|inside|around) (?:his |her |my |the |their |your )?(?:mouth|lips?|tongue)`,
  ],
  large_local_swelling: [
    `(?:swollen|swelling|swelled|puffed)(?: up)?(?: all)?(?: the way)?(?: up)? (?:to|past|beyond|above) (?:the |his |her |my )?(?:elbow|knee|wrist|shoulder|ankle|armpit|groin|thigh|hip)`,
  ],
  // knowledge-base additions
  // "Has a squint", not "squints to see the board" (narrowing the eyes).
  // "Now his eye is turning in": a squint told as starting is new (the stemmed phrases drop "now" and "in").
  new_squint_or_clumsiness: [
    `(?:now|started|starting|begun|began|suddenly) (?:\\p{L}+ ){0,3}turn(?:s|ing|ed)? (?:in|out)(?:wards?)?(?!\\p{L})`,
  ],
  eyes_misaligned: [
    `(?<!\\p{L})(?:an?|has|have|had|got|with|his|her|the|their) squint(?![\\p{L}])`,
    // "Her eye seems to turn in": "in" is a function word to the stemmed phrases.
    `eyes? (?:\\p{L}+ ){0,3}turn(?:s|ing|ed)? (?:in|out)(?:wards?)?(?!\\p{L})`,
  ],
  // A lump in the groin is a gland or a hernia; both are read and the questions tell them apart.
  groin_bulge: [`lump (?:in|under) (?:my |his |her |the )?groin`],
  // Not the order-free stems: "erection for the last 6 months" is no lasting erection.
  priapism: [`erection(?=[^.!?]{0,30}(?<!\\p{L})hours?(?!\\p{L}))`],
  // "Sexually assaulted", "raped", "forced me to have sex".
  sexual_assault: [
    `sexually (?:assaulted|attacked|abused)`,
    `(?<!\\p{L})(?:was|been|got|were|i was|she was|he was) (?:\\p{L}+ )?raped`,
    `(?<!\\p{L})rape(?!\\p{L})`,
    `forced (?:me|her|him) (?:\\p{L}+ )?(?:to have sex|into sex)`,
    `sexual assault`,
  ],
  // Unprotected sex with someone with HIV, or a used needle.
  hiv_exposure: [
    `(?:condom (?:split|broke|burst|came off|slipped)|without (?:a )?condom|unprotected|bareback)[^.!?]{0,80}(?<!\\p{L})hiv(?!\\p{L})`,
    `(?<!\\p{L})hiv[- ]?(?:positive|\\+)[^.!?]{0,80}(?:condom|unprotected|sex|slept with)`,
    `needle[- ]?stick`,
    `(?:pricked|stabbed|stuck|jabbed) (?:myself |me |him |her )?(?:with|by|on) (?:a |an )?(?:used |dirty |discarded |old )?(?:needle|syringe)`,
  ],
  usual_migraine: [
    `(?:my|another|again) (?:\\p{L}+ )?migraines?`,
    `migraines? (?:again|as usual|like always)`,
  ],
  // Only the flare's own words, so the named disease is still read ("my eczema's flared" is also a dry itchy skin).
  usual_skin_flare: [
    `(?<=(?:eczema|psoriasis|dermatitis)(?:'s| has| is)? (?:\\p{L}+ )?)(?:flared|flaring|flare[ -]?up|back|playing up)`,
    `(?:usual|normal) (?=eczema|psoriasis)`,
  ],
  // "Wakes up an hour after going to sleep SCREAMING": a night terror.
  // Only with what marks a night terror (cannot be comforted, does not see you, remembers nothing), not a child
  // woken by pain.
  night_terrors: [
    `(?:wak${W}|woke)(?: [\\p{L}']+){0,10},? screaming(?=[^.!?]*(?:comfort|(?:see|recogni[sz]e)s? (?:me|us)|no memory|remember|back to sleep))`,
  ],
  // A child waking at night with aching legs, well by day (growing pains).
  night_leg_pains_child: [
    `growing pains?`,
    `(?:(?<=night[^.!?]{0,80})|(?=[^.!?]*night))(?:wak${W}|woke|cry${W}|cries)(?: [\\p{L}']+){0,8} (?:legs?|shins?|calves|knees)(?: [\\p{L}']+){0,2} (?:hurt${W}|ach${W}|pain${W}|sore)`,
    `(?:legs?|shins?|calves) (?:hurt${W}|ach${W}|pain${W})(?: [\\p{L}']+){0,6} (?:at night|in the night|every night|night)`,
  ],
  // Tearful in the first days after the birth, the birth named before or after.
  weepy_after_birth: [
    `baby blues`,
    `(?<=(?:had (?:my|the|our|a) baby|gave birth|given birth|birth|born|postpartum|new baby)[^]{0,120})(?:keep crying|crying|cry (?:a lot|all the time)|weepy|tearful|teary|overwhelmed)`,
    `(?:weepy|tearful|teary|crying|overwhelmed)(?=[^]{0,80}(?:since|after) (?:the |my )?(?:birth|baby|delivery))`,
  ],
  // "I have IBS, flaring again", "my usual IBS": a known IBS in its usual flare.
  usual_ibs_flare: [
    `(?:ibs|irritable bowel(?: syndrome)?)(?=[^]{0,80}(?:flar${W}|again|usual|as always|playing up|acting up))`,
    `(?:usual|typical|another) (?:ibs|irritable bowel)`,
  ],
};
