import { describe, expect, it } from 'vitest';
import { faceRanges, missingCharacters, textOf, unicodeRanges } from '../../scripts/lib/gbt9704/coverage.ts';
import { fallbackFontDir } from '../../scripts/lib/gbt9704/fallback-font.ts';

describe('what the bundled body face can print', () => {
  it('reads CSS unicode-range values: single code points, ranges and ? wildcards', () => {
    expect(unicodeRanges('U+3000, U+4E00-9FFF, U+4E??, u+20bb7')).toEqual([
      [0x3000, 0x3000], [0x4e00, 0x9fff], [0x4e00, 0x4eff], [0x20bb7, 0x20bb7],
    ]);
  });

  it('takes a slice without unicode-range as covering everything', () => {
    expect(faceRanges('@font-face{src:url(a.woff2)}')).toEqual([[0, 0x10ffff]]);
  });

  it('reads the text of the HTML as printed: tags dropped, escaped characters decoded', () => {
    expect(textOf('<p class="x">甲&amp;乙&#x3D;&#20013;</p>')).toBe(' 甲&乙=中 ');
  });

  it('finds a rare character of a name (CJK Extension B) that Noto Serif SC lacks, once, in order', () => {
    expect(missingCharacters('<p>吉野𠮷男、𪚥与𠮷</p>')).toEqual(['𠮷', '𪚥']);
  });

  it('finds none of them once the fallback face (花园明朝 A/B) is there, but still one no face has', () => {
    const dir = fallbackFontDir();
    if (!dir) throw new Error('缺少备用字体：请先运行 npm run build:forms');
    expect(missingCharacters('<p>吉野𠮷男、𪚥与䶮，☑☐</p>', dir)).toEqual([]);
    expect(missingCharacters('<p>\u{2A6D6}\u{E000}</p>', dir)).toEqual(['\u{E000}']);
  });

  it('passes the characters an ordinary case holds, rarer given-name characters included', () => {
    expect(missingCharacters('<p>王堃、张喆、李珺、乌力吉；〔2026〕3号；第二十九条第（五）项；1、2、3。</p>')).toEqual([]);
  });
});
