import { CONTRAST, NEAR_MISS, isNegation } from './clause-words.js';
import { stem } from './stemmer.js';

/**
 * Word-order-free phrase matching over Snowball stems, so one lexicon entry covers the inflected and reordered
 * forms of everyday speech: "болит спина" also finds "спину ломит… болит", "кровь стул" finds "стул с кровью".
 * Phrase syntax: words separated by spaces; `слово*` matches words starting with "слово" (no stemming); `a|b`
 * matches either; function words are ignored on both sides. All words of a phrase must occur in one clause, at
 * most one other word apart; a negation word between them negates the mention ("голова не болит"), one that is
 * part of the phrase does not ("не писал").
 */

export interface PhraseMatch {
  findingId: string;
  start: number;
  end: number;
  /** Character ranges of the words that matched (the span between them may hold other findings). */
  pieces: Array<readonly [number, number]>;
  negated: boolean;
}

/** `first` (the first letter) lets most words be rejected with one comparison. */
type Alternative = ({ prefix: string } | { stem: string }) & { first: string };
type WordMatcher = readonly Alternative[];
interface CompiledPhrase {
  findingId: string;
  words: WordMatcher[];
}
interface WordToken {
  text: string;
  stem: string;
  start: number;
  end: number;
  clause: number;
}

const FUNCTION_WORDS = new Set(
  [
    'и или да в во на с со из у к ко по под над за от до о об при про же ли бы то уже очень так как это там тут',
    'мой моя мое мои меня мне его ее их наш наша сильно немного когда если',
    'the a an my his her their our your of in on at to from with by it its is are am was were be been',
    'i me he she we they you so very really quite bit little when if has have had got and or also then now into onto',
    // "feels like it is closing", "a lump that is hot": comparison words and relative pronouns carry no symptom.
    'like as that which',
  ]
    .join(' ')
    .split(' '),
);
const isClauseBreak = (word: string): boolean => /^[.,;:!?]$/u.test(word) || CONTRAST.has(word);
const TOKEN = /[\p{L}\d]+(?:['’-][\p{L}]+)*|[.,;:!?]/gu;
/** One extra content word may sit between a phrase's words ("болит очень сильно спина" still matches). */
const EXTRA_WORDS = 1;
/**
 * Stems this long also match with one typo: a letter missing or extra ("feverr"), or (from 6) a wrong letter or a
 * swap ("темпиратура"); shorter stems would confuse real words ("голов"/"голос"). The typed word must be this long
 * too: a short one is usually a real word one letter away ("back" is not "blacked").
 */
const FUZZY_MIN_LENGTH = 5;
const FUZZY_SUBSTITUTION_MIN_LENGTH = 6;
/**
 * Everyday words one edit from a lexicon word that are meant as themselves, never as its typo: a day at the beach
 * is no bleach, the shallows are not swallowing.
 */
const NEVER_TYPOS: ReadonlySet<string> = new Set([
  'beach',
  'beaches',
  'shallow',
  'shallows',
  'leach',
  'breach',
]);
export function compilePhrases(lexicon: Readonly<Record<string, readonly string[]>>): CompiledPhrase[] {
  const out: CompiledPhrase[] = [];
  for (const [findingId, phrases] of Object.entries(lexicon)) {
    for (const phrase of phrases) {
      const words = phrase
        .split(/\s+/u)
        .filter((w) => w !== '' && !FUNCTION_WORDS.has(w))
        .map((w): WordMatcher =>
          w
            .split('|')
            .map((a) =>
              a.endsWith('*') ? { prefix: a.slice(0, -1), first: a[0]! } : { stem: stem(a), first: a[0]! },
            ),
        );
      if (words.length === 0) throw new Error(`Empty phrase for ${findingId}: "${phrase}"`);
      out.push({ findingId, words });
    }
  }
  return out;
}

function tokenise(text: string, blocked: ReadonlyArray<readonly [number, number]>): WordToken[] {
  const out: WordToken[] = [];
  let clause = 0;
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0];
    // Numbers with their units and phrases that are not findings are neither matched nor counted as gaps.
    if (blocked.some(([a, b]) => m.index < b && m.index + word.length > a)) continue;
    if (isClauseBreak(word)) {
      clause++;
      continue;
    }
    if (FUNCTION_WORDS.has(word)) continue;
    out.push({ text: word, stem: stem(word), start: m.index, end: m.index + word.length, clause });
  }
  return out;
}

/** Optimal string alignment distance ≤ 1 (one insertion, deletion, substitution or swap of neighbours). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length !== b.length) return a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
  if (a.length < FUZZY_SUBSTITUTION_MIN_LENGTH) return false;
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Negations that stand before what they negate ("нет" may follow: "месячных нет"). */
const PREPOSED_NEGATIONS = new Set(['не', 'ни', 'без', 'no', 'not', 'never', 'without']);
const isPreposedNegation = (word: WordMatcher): boolean =>
  word.some((a) => 'stem' in a && PREPOSED_NEGATIONS.has(a.stem));

const wordMatches = (token: WordToken, word: WordMatcher): boolean => word.some((a) => matchesOne(token, a));

function matchesOne(token: WordToken, word: Alternative): boolean {
  if (token.text[0] !== word.first) return false;
  if ('prefix' in word) return token.text.startsWith(word.prefix);
  if (token.stem === word.stem) return true;
  return (
    !NEVER_TYPOS.has(token.text) &&
    word.stem.length >= FUZZY_MIN_LENGTH &&
    token.stem.length >= FUZZY_MIN_LENGTH &&
    !/\d/u.test(token.stem) &&
    withinOneEdit(token.stem, word.stem)
  );
}

export function findPhraseMatches(
  text: string,
  phrases: readonly CompiledPhrase[],
  blocked: ReadonlyArray<readonly [number, number]> = [],
): PhraseMatch[] {
  const tokens = tokenise(text, blocked);
  const firsts = new Set(tokens.map((t) => t.text[0]));
  const out: PhraseMatch[] = [];
  for (const { findingId, words } of phrases) {
    if (!words.every((w) => w.some((a) => firsts.has(a.first)))) continue;
    for (let i = 0; i < tokens.length; i++) {
      if (!words.some((w) => wordMatches(tokens[i]!, w))) continue;
      const used = new Array<number>(words.length).fill(-1);
      let count = 0;
      const limit = Math.min(tokens.length, i + words.length + EXTRA_WORDS);
      for (let j = i; j < limit && tokens[j]!.clause === tokens[i]!.clause && count < words.length; j++) {
        const w = words.findIndex((word, k) => used[k] === -1 && wordMatches(tokens[j]!, word));
        if (w >= 0) {
          used[w] = j;
          count++;
        }
      }
      if (count < words.length) continue;
      // A phrase's own negation ("не пьет") negates the word after it, so it must come before that word ("не могу
      // поднять" allows a word between): in "пьет воду и не рвет" the "не" belongs to "рвет".
      const detached = (k: number) => used[k + 1]! < used[k]! || used[k + 1]! - used[k]! > 1 + EXTRA_WORDS;
      if (words.some((word, k) => k + 1 < words.length && isPreposedNegation(word) && detached(k))) continue;
      const hit = [...used].sort((a, b) => a - b);
      const first = hit[0]!;
      const last = hit[hit.length - 1]!;
      // A negation word among the phrase's own words is part of it ("не писал"), one between them negates it.
      const between = tokens.slice(first, last + 1).filter((_, k) => !hit.includes(first + k));
      out.push({
        findingId,
        start: tokens[first]!.start,
        end: tokens[last]!.end,
        pieces: hit.map((j) => [tokens[j]!.start, tokens[j]!.end] as const),
        negated: between.some(
          (t) => isNegation(t.text) && !NEAR_MISS.has(tokens[tokens.indexOf(t) - 1]?.text ?? ''),
        ),
      });
      i = last;
    }
  }
  return out;
}
