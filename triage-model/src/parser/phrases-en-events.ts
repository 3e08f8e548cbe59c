/**
 * Everyday English for what happened rather than what is felt: bites, stings, burns, exposures, poisoning,
 * injuries and pregnancy events. Same syntax as phrases-en.ts.
 */
const ANIMAL = 'dog|dogs|cat|cats|puppy|kitten';
const MEDS = 'pills|tablets|painkillers|meds|medication*|medicine*|capsules|sleeping';
const WILD = 'fox|bat|hedgehog|squirrel|rat|raccoon|monkey|badger';

export const EN_EVENT_PHRASES: Readonly<Record<string, readonly string[]>> = {
  animal_bite: [`bit*|bitten|bite ${ANIMAL}`],
  wild_animal_bite: [`bit*|bitten|bite|scratch* ${WILD}`],
  human_bite: [
    'bit*|bitten|bite person|human|child|kid',
    // "Fight bite": a knuckle cut on someone's teeth is a human bite.
    'punch*|hit mouth|teeth|tooth',
    'cut|cuts|wound|graze* knuckle* tooth|teeth',
    'knuckle* cut|split tooth|teeth',
    'fight bite',
  ],
  snake_bite: ['bit*|bitten|bite snake|adder|viper'],
  insect_sting: ['stung', 'sting* bee|wasp|hornet'],
  insect_bite: ['bit*|bitten|bite mosquito*|insect*|bug*|spider*|flea*|ant|ants|midge*|horsefly'],
  tick_bite: ['tick bite|bitten|bit|attached|embedded|stuck', 'ticks'],
  jellyfish_sting: ['jellyfish'],
  burn_injury: [
    'burned*',
    'burnt*',
    'scald*',
    'burn hand|arm|leg|finger*|face|skin|kettle|iron|oven|stove',
    // A scald is often told by what spilled: "the kettle tipped over him", "knocked hot tea onto her lap".
    'kettle|teapot|saucepan tipped|spilled|spilt|poured|splashed|knocked',
    'hot|boiling water|tea|coffee|drink|soup|oil|fat tipped|spilled|spilt|poured|splashed|knocked',
    'boiling water|oil|fat',
  ],
  chemical_on_skin: ['bleach|acid|chemical*|cleaner|lye splash*|spill*|skin'],
  electric_shock: [
    'electric* shock|socket|wire',
    'electrocut*',
    'shock socket|plug|cable|wire|outlet|mains|fence',
  ],
  submersion: ['drown*', 'under water|pool', 'pulled out water|pool'],
  heat_exposure: ['heatstroke', 'heat stroke|exhaustion', 'overheat*', 'too much sun'],
  sunburnt_skin: ['sunburn*', 'sunburnt', 'burnt sun'],
  cold_exposure: ['hypotherm*', 'frostbit*'],
  smoke_inhalation: ['smoke inhal*|breathed|fire', 'house fire', 'fumes'],
  combustion_source_indoors: ['carbon monoxide', 'boiler|heater|stove|generator fumes|monoxide|faulty'],
  took_overdose: [
    'overdos*',
    `took|swallowed too many ${MEDS}`,
    'took|swallowed whole packet|bottle',
    'took too much',
    // A child in the medicines: "got into nan's tablets", "ate some pills", "two tablets missing".
    `got|gotten into ${MEDS}`,
    `swallowed|ate|took nan*|gran*|grandma*|grandad*|mum*|mom*|dad*|someone* ${MEDS}`,
    `ate|eaten|chewed|chewing ${MEDS}`,
    `${MEDS} missing* packet|pack|strip|blister|bottle|box|pot`,
  ],
  ingested_chemical: [
    'drank|swallowed|drunk|sipped bleach|cleaner|detergent*|chemical*|petrol|acid|antifreeze|pod*|kerosene|paraffin|turpentine',
    'lamp oil',
    'drank|swallowed|drunk|sipped|ate washing|dishwasher|laundry liquid|tablet*|capsule*|powder|up',
    'drank|swallowed|drunk|sipped|ate disinfectant|dettol|descaler|oven|drain|weedkiller|pesticide|poison*',
  ],
  ingested_small_object: [
    'swallowed coin*|toy|battery|batteries|magnet*|bead*|button*|marble*|piece*|object',
  ],
  ingested_button_battery: ['swallowed battery|batteries', 'button battery'],
  ingested_magnets: ['swallowed magnet*', 'magnet|magnetic balls|beads'],
  choking_episode: ['chok*', 'something stuck throat', 'food stuck throat'],
  drank_alcohol_heavily: ['drunk', 'wasted', 'hammered', 'binge drink*', 'drank lot|bottle|loads'],
  took_stimulant_drugs: ['cocaine', 'amphetamine*', 'mdma', 'ecstasy', 'meth'],
  ate_wild_mushrooms: ['mushroom*'],
  ate_plant_or_berries: ['ate|eaten berries|plant*|leaves|flower*', 'berries'],
  eye_trauma: [
    'hit|poked|punched|scratched eye*',
    'ball eye*',
    'ball|fist|elbow|punch*|stick|racket|shuttlecock|cork|branch|hit|poked|punched|struck|elbowed right|left|straight eye*',
  ],
  chemical_in_eye: ['bleach|chemical*|cleaner|acid|cement|lime|mortar|plaster eye*|eyes'],
  eye_foreign_body: ['something eye', 'grit|dust|sand|eyelash|metal eye*'],
  cut_wound: ['cut', 'gash*', 'graz*', 'laceration', 'skin tore|torn|tear|split', 'skin flap'],
  bleeding_wont_stop: [
    "bleeding wont|won't stop",
    "cant|can't stop bleeding",
    'pouring blood',
    'blood everywhere',
  ],
  injury_swelling: ['swollen|swelling after fall|injury|knock|hit'],
  limb_deformity: [
    'arm|leg|wrist|finger bent|wrong|deformed|misshapen',
    'broken arm|leg|wrist|bone|ankle',
    // A knuckle gone flat or sunk in after a punch is a displaced knuckle bone.
    'knuckle* sunk*|sunken|dent*|flat|flattened|missing|dropped',
    'dislocat*',
  ],
  twisted_ankle: ['twist*|sprain*|roll*|turn* ankle', 'went|gone|go*|turned over ankle', 'sprained ankle'],
  // Not "can't lift my arm above my head" (a stiff shoulder).
  cannot_use_arm: ["wont|won't|cant|can't|cannot use arm", "wont|won't move arm", 'arm hanging|limp|floppy'],
  cannot_bear_weight: [
    "cant|can't|cannot|unable put|bear|take weight",
    "cant|can't|cannot walk on foot|leg|it",
  ],
  twisted_knee: ['twist*|bang*|hit knee'],
  bruising: ['bruis*'],
  pregnant: ['pregnant', 'pregnancy'],
  unprotected_sex: [
    'condom split|broke|burst|tore|ripped|off',
    'unprotected sex|intercourse',
    'without condom',
  ],
  reduced_fetal_movements: [
    'baby moving less|hardly|stopped|much',
    'baby not moving|kicking',
    'kick* less|fewer',
    'fewer|less|reduced|no kicks|movements',
  ],
  regular_contractions: ['contraction*', 'labour|labor pains'],
  waters_broken: ['waters broke|broken|gone', 'leaking fluid'],
  face_hand_swelling: ['face|hands|fingers puffy|swollen|swelling'],
  breast_red_painful: ['breast red|painful|hot|sore', 'mastitis'],
  // `flooding*`, not the stem "flood": one letter from "food".
  heavy_periods: ['heavy period*|bleeding', 'flooding*', 'clots period*|bleeding', 'period* clot*'],
  // Around a pregnancy or a birth heavy bleeding is this danger sign, not a heavy period (implications.ts).
  heavy_vaginal_bleeding: ['heavy|heavily|lots|loads bleeding|bleed*|blood', 'bleeding|blood clots'],
  hungry_after_vomiting: [
    'hungry after|again|straight|right',
    'wants feed|eat|milk again|straight|right after',
  ],
};
