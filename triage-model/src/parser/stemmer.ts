// The package ships no types; the api and web apps compile this file too, so the declaration must travel with it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- an import cannot bring an ambient module declaration
/// <reference path="./snowball-stemmers.d.ts" />
import snowball from 'snowball-stemmers';

/** Snowball (Porter) stemmers: Russian for Cyrillic words, English for Latin ones. Input is already lower-cased. */
const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');
const cache = new Map<string, string>();

export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = (/\p{Script=Cyrillic}/u.test(word) ? russian : english).stem(word);
    cache.set(word, s);
  }
  return s;
}
