/**
 * Whether a complaint is told about someone else ("my son…", "у мамы…", "she…"). The checker uses it to tell a
 * patient answering for themselves from a relative answering for them: someone who answers the questions
 * themselves is conscious and responding (Resuscitation Council UK, ABCDE approach 2021: a patient who responds
 * normally has an airway, breathing and brain perfusion), so their own "don't know" about their consciousness is
 * not the doubt a bystander's is.
 */
const PEOPLE_EN =
  'he|she|him|his|her|hers|they|their|son|daughter|wife|husband|partner|boyfriend|girlfriend|mum|mom|mother|' +
  'mummy|dad|daddy|father|grandma|granny|grandmother|nan|nana|grandad|grandpa|grandfather|baby|child|kid|toddler|' +
  'boy|girl|friend|flatmate|roommate|housemate|neighbour|neighbor|brother|sister|uncle|aunt|colleague';
const PEOPLE_RU =
  'он|она|они|его|ее|ему|ей|им|него|нее|нему|ней|ним|них|сын|сына|сыну|сынок|сынишка|дочь|дочка|дочки|дочке|дочку|' +
  'дочери|муж|мужа|мужу|жена|жены|жене|жену|мама|мамы|маме|маму|мать|матери|папа|папы|папе|папу|отец|отца|отцу|' +
  'бабушка|бабушки|бабушке|бабушку|бабуля|бабули|дедушка|дедушки|дедушке|дед|деда|деду|ребенок|ребенка|ребенку|' +
  'ребеночек|малыш|малыша|малышу|малышка|малышки|внук|внука|внучка|внучки|друг|друга|другу|подруга|подруги|подруге|' +
  'сосед|соседа|соседка|соседки|брат|брата|брату|сестра|сестры|сестре|свекровь|свекрови|теща|тещи|коллега|коллеги';

/**
 * Not the bare object pronouns "them", "их": they are mostly the medicines or things just named ("metformin — should
 * I keep taking them?", "их пить как обычно?"); "у них", "they" and "their" still name people.
 */
const SOMEONE_ELSE = new RegExp(`(?<!\\p{L})(?:${PEOPLE_EN}|${PEOPLE_RU})(?!\\p{L})`, 'u');
/** A baby or toddler cannot be a patient of 15 or more: a new mother writing "the baby won't latch" is the patient. */
const BABY = new RegExp(
  '(?<!\\p{L})(?:baby|babies|newborn|toddler|малыш|малыша|малышу|малышом|малышка|малышки|ребеночек|новорожденн\\p{L}*)(?!\\p{L})',
  'gu',
);

/** "I'm 66", "мне 34 года": writers who give their own age are telling of themselves, whoever else they name. */
const OWN_AGE =
  /(?<!\p{L})(?:i'?m|i am|мне)\s+(?:уже\s+|почти\s+|almost\s+|nearly\s+)?\d{1,3}(?!\d|\s*(?:weeks?|недел|min|мин|hours?|час))/u;

/**
 * True when the complaint names another person; false for "I…", "у меня…", impersonal complaints and writers who
 * give their own age ("my sister has osteoporosis, I'm 66"). For a patient of 15 or more
 * (`patientIsAdolescentOrAdult`), a baby named in it is not the patient and not who it is about.
 */
export function toldAboutSomeoneElse(text: string, { patientIsAdolescentOrAdult = false } = {}): boolean {
  const plain = text.toLowerCase().replaceAll('ё', 'е');
  return (
    SOMEONE_ELSE.test(patientIsAdolescentOrAdult ? plain.replace(BABY, ' ') : plain) && !OWN_AGE.test(plain)
  );
}
