/**
 * Policy number rules by programme kind.
 *
 * OMS: the unified policy number (единый номер полиса, ЕНП) has 16 digits, the last a check digit computed
 * as the Federal OMS Fund specifies (order no. 79 of 7 April 2011, appendix on the unified number): of the
 * first 15 digits, those in odd places counting from the right are read right to left as one number, which
 * is doubled; the digits in even places counting from the right, read right to left, are written in front
 * of that product; the check digit is (10 − (sum of all the digits) mod 10) mod 10.
 *
 * DMS: the insurer's own format, `DMS-<year>-<8 hex digits>` (see insurers.ts).
 */

/** The number as stored: OMS digits without spaces or dashes, DMS upper-cased. */
export function normalisePolicyNumber(kind: 'dms' | 'oms', raw: string): string {
  const trimmed = raw.trim();
  return kind === 'oms' ? trimmed.replace(/[\s-]/g, '') : trimmed.toUpperCase();
}

export function omsCheckDigit(first15: string): number {
  let odd = '';
  let even = '';
  for (let i = first15.length - 1, place = 1; i >= 0; i -= 1, place += 1) {
    if (place % 2 === 1) odd += first15[i];
    else even += first15[i];
  }
  const combined = even + String(Number(odd) * 2);
  const sum = [...combined].reduce((total, digit) => total + Number(digit), 0);
  return (10 - (sum % 10)) % 10;
}

const DMS_NUMBER = /^DMS-\d{4}-[0-9A-F]{8}$/;

type NumberProblem = {
  code: 'policy.dms_number_format' | 'policy.oms_number_format' | 'policy.oms_check_digit';
  message: string;
};

/** Why a normalised number is not valid for the kind, or null when it is. */
export function policyNumberProblem(kind: 'dms' | 'oms', number: string): NumberProblem | null {
  if (kind === 'dms') {
    return DMS_NUMBER.test(number)
      ? null
      : {
          code: 'policy.dms_number_format',
          message:
            'A voluntary (DMS) policy number looks like DMS-2026-1A2B3C4D: "DMS", the year and 8 letters or digits.',
        };
  }
  if (!/^\d{16}$/.test(number)) {
    return { code: 'policy.oms_number_format', message: 'An OMS policy number has 16 digits.' };
  }
  return omsCheckDigit(number.slice(0, 15)) === Number(number[15])
    ? null
    : {
        code: 'policy.oms_check_digit',
        message: 'This OMS policy number has a typing error: its last (check) digit does not match.',
      };
}
