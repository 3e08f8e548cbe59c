/**
 * The words that scope what a complaint says, shared by the phrase matcher (inside a mention) and the negation
 * pass (across a clause).
 */

const NEGATIONS = new Set(
  [
    'не нет нету без ни отрицает отсутствует отсутствуют',
    'no not without denies deny never none nor neither cannot cant dont doesnt didnt havent hasnt hadnt isnt',
    'arent wasnt werent wont couldnt wouldnt',
  ]
    .join(' ')
    .split(' '),
);

/** A negation word; English ones are also any word ending in n't, typed with or without the apostrophe. */
export const isNegation = (word: string): boolean =>
  NEGATIONS.has(word.replace(/['’]/gu, '')) || /n['’]t$/u.test(word);

/** "чуть не упала в обморок" is a near faint, not a denial. */
export const NEAR_MISS: ReadonlySet<string> = new Set(['чуть', 'едва', 'почти', 'было']);

/**
 * Words that start a new clause: what follows is told, not denied ("no periods for years and now spotting").
 */
export const CONTRAST: ReadonlySet<string> = new Set(
  'но а однако зато хотя теперь but however though although whereas yet now'.split(' '),
);
