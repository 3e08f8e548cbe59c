import { searchAliases } from './aliases.js';
import type { Icd10Code } from './types.js';

/** Lower case, ё read as е (Russian texts and people write either), dots ignored in codes. */
const normalize = (text: string) => text.toLowerCase().replaceAll('ё', 'е');
const words = (text: string) =>
  normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
const compactCode = (code: string) => normalize(code).replaceAll('.', '');
const looksLikeCode = (query: string) => /^[a-z]\d/.test(query);

interface Indexed {
  entry: Icd10Code;
  code: string;
  /** Words of both names and the aliases. */
  words: string[];
  /** Codes with an everyday abbreviation are the ones doctors pick most often. */
  everyday: boolean;
  nameLength: number;
}

/**
 * Ranks: 0 the exact code, 1 a code starting with the query, then name matches (every query word starts
 * some word of the Russian or English name or an alias): those with more query words typed in full first,
 * then everyday codes, then the shorter names, which are the general codes. Ties keep code order.
 */
function rank(item: Indexed, query: string, queryWords: string[]): number[] | undefined {
  if (looksLikeCode(query)) {
    const code = compactCode(query);
    if (item.code === code) return [0];
    if (item.code.startsWith(code)) return [1];
  }
  if (!queryWords.length) return undefined;
  if (!queryWords.every((q) => item.words.some((w) => w.startsWith(q)))) return undefined;
  const whole = queryWords.filter((q) => item.words.includes(q)).length;
  return [2, -whole, item.everyday ? 0 : 1, item.nameLength];
}

function compareRanks(a: number[], b: number[]) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function createIcd10Search(codes: readonly Icd10Code[]) {
  const indexed: Indexed[] = [...codes]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((entry) => ({
      entry,
      code: compactCode(entry.code),
      words: [entry.name.ru, entry.name.en, ...(searchAliases[entry.code] ?? [])].flatMap(words),
      everyday: entry.code in searchAliases,
      nameLength: entry.name.ru.length,
    }));
  return (query: string, limit = 20): Icd10Code[] => {
    const q = normalize(query.trim());
    if (!q || limit <= 0) return [];
    const queryWords = words(q);
    return indexed
      .map((item) => ({ item, rank: rank(item, q, queryWords) }))
      .filter((r): r is { item: Indexed; rank: number[] } => r.rank !== undefined)
      .sort((a, b) => compareRanks(a.rank, b.rank))
      .slice(0, limit)
      .map((r) => r.item.entry);
  };
}
