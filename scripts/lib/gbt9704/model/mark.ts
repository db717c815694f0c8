/**
 * The 发文机关标志 (GB/T 9704 §7.2.4): centred, as large as fits the 版心 up to 初号, no
 * smaller than 二号; a longer name is condensed, and one that would need condensing below
 * three quarters is set on two balanced lines (broken between words), each condensed as needed.
 */
import { issuerMarkSize } from '../geometry.ts';
import { breakTitle, widthOf } from './title.ts';
import type { Mark } from './types.ts';

const MIN_SCALE = 0.75;

/** `suffixes`: an office's own name (维护…委员会办公室) after which a two-line mark breaks, organ above, office below. */
export function markOf(name: string, suffixes: readonly string[] = [], typeWidthMm?: number): Mark {
  const one = issuerMarkSize(name, typeWidthMm);
  if (one.scaleX >= MIN_SCALE) return { lines: [name], sizePt: one.sizePt, scaleX: one.scaleX };
  const suffix = suffixes.find((s) => name.endsWith(s) && name.length > s.length);
  const half = Math.ceil(widthOf(name) / 2);
  const lines = suffix ? [name.slice(0, -suffix.length), suffix] : breakTitle(name, [], Math.max(half, 8)).slice(0, 2);
  const longest = lines.reduce((a, b) => (widthOf(a) >= widthOf(b) ? a : b));
  const size = issuerMarkSize(longest, typeWidthMm);
  return { lines: lines.length === 2 ? lines : [name], sizePt: size.sizePt, scaleX: size.scaleX };
}
