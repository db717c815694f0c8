/**
 * Characters a document holds that the bundled body face (Noto Serif SC, 仿宋's stand-in) has
 * no glyph for. Chromium would print them in whatever installed font has one, silently and in a
 * different typeface: a rare character in a name is exactly where that happens. The bundled
 * stylesheet's unicode-range slices say what the face covers, so the command can warn first.
 */
import { BUNDLED, bundledStylesheet, fontFaceRules, unicodeRangeOf, type BundledFace } from './fonts.ts';

import { fallbackRanges } from './fonts.ts';
import type { Range } from './cmap.ts';

export type { Range } from './cmap.ts';

/** The code point ranges of CSS unicode-range values ("U+4E00-9FFF, U+3000, U+4E??"). */
export function unicodeRanges(value: string): Range[] {
  return value.split(',').flatMap((token) => {
    const m = /^\s*U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(token);
    if (!m) return [];
    if (m[1]!.includes('?')) return [[parseInt(m[1]!.replace(/\?/g, '0'), 16), parseInt(m[1]!.replace(/\?/g, 'F'), 16)] as const];
    const start = parseInt(m[1]!, 16);
    return [[start, m[2] ? parseInt(m[2], 16) : start] as const];
  });
}

/** Every range a face's @font-face slices cover; a slice without unicode-range covers everything. */
export function faceRanges(css: string): Range[] {
  return fontFaceRules(css).flatMap((rule) => {
    const range = unicodeRangeOf(rule);
    return range ? unicodeRanges(range) : [[0, 0x10ffff] as const];
  });
}

let bodyRanges: Range[] | undefined;

/** A face's ranges, sorted and merged (a face has a hundred slices; a document thousands of characters). */
function rangesOf(face: BundledFace): Range[] {
  const sorted = faceRanges(bundledStylesheet(face).source).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The text of a document's HTML: tags dropped, character references decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}

const outside = (ranges: readonly Range[], cp: number) => !ranges.some(([start, end]) => cp >= start && cp <= end);

/**
 * The distinct characters of `html`'s text that neither the body face (`ranges`, the bundled
 * one's by default) nor the fallback face (its directory, when there is one) can print, in order.
 */
export function missingCharacters(html: string, fallbackDir?: string, ranges: readonly Range[] = (bodyRanges ??= rangesOf(BUNDLED.fang))): string[] {
  const missing = new Set<string>();
  for (const char of textOf(html)) {
    const cp = char.codePointAt(0)!;
    if (cp <= 0x20 || missing.has(char)) continue;
    if (outside(ranges, cp)) missing.add(char);
  }
  if (missing.size === 0 || !fallbackDir) return [...missing];
  const fallback = fallbackRanges(fallbackDir);
  return [...missing].filter((c) => outside(fallback, c.codePointAt(0)!));
}
