/**
 * Titles broken as GB/T 9704 §7.3.1 asks: 回行时要做到词意完整，排列对称，长短适宜. Lines break
 * only between words (Intl.Segmenter's Chinese dictionary, with the names and other phrases a
 * builder passes kept whole), never before a closing or after an opening mark, and the lines
 * are balanced: the fewest lines that fit, as equal in length as the word breaks allow.
 */

/** Width of 2号 (22 pt) characters in the 版心: 156 mm ÷ 22 pt ≈ 20.1 full-width characters. */
const TITLE_LINE_UNITS = 20;

const CLOSING = /^[，。、；：？！”’）》〉」』】〕,.;:?!)\]]/u;
const OPENING = /[“‘（《〈「『【〔(\[]$/u;
/** Never the first word of a line: 的 belongs to what it follows (…侵害的报告). */
const PARTICLE = /^的/u;
/** Never the last word of a line: 关于 belongs to what it introduces. */
const PREPOSITION = /^(?:关于|对|对于)$/u;

/** Full-width characters count 1, Latin letters and digits about half. */
export function widthOf(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff]/u.test(ch) ? 0.6 : 1;
  return w;
}

// Made where it exists: the handbook's case workbench builds titles in Chromium 83–86 too, which
// have no Intl.Segmenter; there a title may break between any two characters outside its kept
// phrases (the same words, possibly other line breaks than wq-forms' Node.js makes).
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-Hans', { granularity: 'word' }) : undefined;

/** An organ's name too long for one line breaks only after a level of it: 鄂尔多斯市 / 公安局 / 伊金霍洛旗 / 分局. */
const ORGAN_PART = /.*?(?:自治区|公安厅|公安局|分局|派出所|大队|支队|中队|苏木|嘎查|盟|市|旗|县|区|镇|乡|处|科|室)|.+$/gu;

/** The title cut into pieces that may not be broken: words, kept phrases, punctuation attached. */
function pieces(title: string, kept: readonly string[], max: number): string[] {
  // Mark the kept phrases (longest first) so the segmenter's words never cut through them; a
  // phrase longer than a line is kept in its organ-level parts.
  const phrases = [...kept].filter(Boolean).flatMap((p) => (widthOf(p) <= max ? [p] : (p.match(ORGAN_PART) ?? [p])));
  const spans: [number, number][] = [];
  for (const phrase of phrases.sort((a, b) => b.length - a.length)) {
    let from = 0;
    for (;;) {
      const at = title.indexOf(phrase, from);
      if (at < 0) break;
      const end = at + phrase.length;
      if (!spans.some(([s, e]) => at < e && end > s)) spans.push([at, end]);
      from = end;
    }
  }
  const breaks = new Set<number>();
  if (segmenter) for (const seg of segmenter.segment(title)) breaks.add(seg.index);
  else for (let i = 0; i < title.length; i++) breaks.add(i);
  breaks.add(title.length);
  const allowed = [...breaks].filter((b) => !spans.some(([s, e]) => b > s && b < e)).sort((a, b) => a - b);
  const out: string[] = [];
  let start = 0;
  for (const b of allowed) {
    if (b <= start) continue;
    const piece = title.slice(start, b);
    const prev = out.at(-1);
    // A closing mark stays with the word before it, an opening mark with the word after it; a
    // particle (的) with the word it follows, a preposition (关于) with the words it governs.
    if (prev !== undefined && (CLOSING.test(piece) || OPENING.test(prev) || PARTICLE.test(piece) || PREPOSITION.test(prev))) out[out.length - 1] = prev + piece;
    else out.push(piece);
    start = b;
  }
  return out;
}

/** A piece wider than a line is cut into characters (it must break somewhere). */
function fitting(list: string[], max: number): string[] {
  return list.flatMap((p) => (widthOf(p) <= max ? [p] : [...p]));
}

/** The title's lines: fewest that fit, then the longest line as short as possible, then the lines as even as possible. */
export function breakTitle(title: string, kept: readonly string[] = [], max = TITLE_LINE_UNITS): string[] {
  if (widthOf(title) <= max) return [title];
  const list = fitting(pieces(title, kept, max), max);
  const widths = list.map(widthOf);
  const n = list.length;
  const span = (i: number, j: number) => widths.slice(i, j).reduce((a, b) => a + b, 0);
  // best[k][i]: the best way to set pieces i… on k lines: [longest line, sum of squares, cut points].
  type Plan = { longest: number; squares: number; cuts: number[] } | undefined;
  const memo = new Map<string, Plan>();
  const plan = (i: number, k: number): Plan => {
    const key = `${i}:${k}`;
    if (memo.has(key)) return memo.get(key);
    let best: Plan;
    if (k === 1) {
      const w = span(i, n);
      best = w <= max ? { longest: w, squares: w * w, cuts: [] } : undefined;
    } else {
      for (let j = i + 1; j < n; j++) {
        const w = span(i, j);
        if (w > max) break;
        const rest = plan(j, k - 1);
        if (!rest) continue;
        const candidate = { longest: Math.max(w, rest.longest), squares: w * w + rest.squares, cuts: [j, ...rest.cuts] };
        if (!best || candidate.longest < best.longest - 1e-9 || (Math.abs(candidate.longest - best.longest) < 1e-9 && candidate.squares < best.squares)) best = candidate;
      }
    }
    memo.set(key, best);
    return best;
  };
  for (let lines = 2; lines <= n; lines++) {
    const found = plan(0, lines);
    if (found) {
      const cuts = [0, ...found.cuts, n];
      return cuts.slice(0, -1).map((c, i) => list.slice(c, cuts[i + 1]).join(''));
    }
  }
  return [title];
}
