/**
 * Chinese numerals for the numbers the Measures use (1–99): 一 … 十 … 九十九.
 * Written the way Chinese regulations write them: 十 not 一十, 二十 not 二十〇.
 */

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** The numeral for n, an integer from 1 to 99. */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw new RangeError(`只支持 1–99 的整数，收到 ${n}`);
  }
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + DIGITS[ones];
}

const NUMERAL = /^(?:([二三四五六七八九])?(十))?([一二三四五六七八九])?$/u;

/** The number a numeral from 一 to 九十九 stands for, or undefined if it is not one. */
export function fromChineseNumeral(numeral: string): number | undefined {
  const match = NUMERAL.exec(numeral);
  if (!match || numeral === '') return undefined;
  const [, tensDigit, ten, onesDigit] = match;
  if (tensDigit && !ten) return undefined;
  const tens = ten ? (tensDigit ? DIGITS.indexOf(tensDigit as (typeof DIGITS)[number]) : 1) : 0;
  const ones = onesDigit ? DIGITS.indexOf(onesDigit as (typeof DIGITS)[number]) : 0;
  return tens * 10 + ones;
}

/** A regular-expression fragment matching one numeral from 一 to 九十九. */
export const NUMERAL_PATTERN = '[一二三四五六七八九]?十?[一二三四五六七八九]?';
