/**
 * A Russian birth certificate's series and number: a Roman numeral (Latin letters), a dash, two Cyrillic
 * capitals, and six digits, e.g. "IV-МЮ 123456". People type the numeral with look-alike Cyrillic letters
 * (Х, С, І) and add "№" or spaces; all of that is accepted and written one way.
 */
const CERTIFICATE = /^([IVXLCХСІ]+)\s*-?\s*([А-ЯЁ]{2})\s*(?:№|N)?\s*(\d{6})$/u;
const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const LATIN: Record<string, string> = { Х: 'X', С: 'C', І: 'I' };

/** The certificate in its one stored form, or null when it is not a certificate's series and number. */
export function normaliseBirthCertificate(raw: string): string | null {
  const match = CERTIFICATE.exec(raw.trim().toUpperCase());
  if (!match) return null;
  const numeral = match[1]!.replace(/[ХСІ]/gu, (letter) => LATIN[letter]!);
  if (!ROMAN.test(numeral)) return null;
  return `${numeral}-${match[2]} ${match[3]}`;
}
