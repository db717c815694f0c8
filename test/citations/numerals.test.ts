import { describe, expect, it } from 'vitest';
import { fromChineseNumeral, toChineseNumeral } from '../../scripts/lib/citations/index.ts';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [17, '十七'],
    [20, '二十'],
    [21, '二十一'],
    [29, '二十九'],
    [33, '三十三'],
    [90, '九十'],
    [99, '九十九'],
  ])('writes %i as %s, and reads it back', (n, numeral) => {
    expect(toChineseNumeral(n)).toBe(numeral);
    expect(fromChineseNumeral(numeral)).toBe(n);
  });

  it('round-trips every number from 1 to 99, each numeral distinct', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 99; n++) {
      const numeral = toChineseNumeral(n);
      expect(seen.has(numeral)).toBe(false);
      seen.add(numeral);
      expect(fromChineseNumeral(numeral)).toBe(n);
    }
  });

  it.each(['', '一十', '十十', '二二', '零', '百', '二十十', 'x', '三十三条'])('does not read %j as a numeral', (s) => {
    expect(fromChineseNumeral(s)).toBeUndefined();
  });

  it.each([0, 100, -1, 1.5, Number.NaN])('refuses to write %s', (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });
});
