/**
 * Building runs of text. Plain strings are scanned for what must not break across a line
 * (GB/T 9704 §7.3.1 词意完整; a date, 〔2026〕14号, a number with its unit); names and other
 * values a builder knows to be one word are marked with keep(). A blank for the clerk is a run
 * of its own, so every renderer can draw it as a line to write on.
 */
import type { Run, Text } from './types.ts';

/**
 * A date's year and its month and day (it may break between them), a document number's year and
 * its serial (〔2026〕 / 14号: as small as the words allow, so that one moved whole to the next line
 * leaves little room to spread over the line it leaves), numbers with a unit, Latin words.
 */
const UNBREAKABLE = /\d{4}年|\d{1,2}月\d{1,2}日|〔\d{4}〕|\d+(?:\.\d+)?(?:元|号|件|次|日|米|人|名|岁|针|时|分)?|[A-Za-z][A-Za-z0-9.\-]*[A-Za-z0-9]?/gu;

function scan(s: string): Run[] {
  const out: Run[] = [];
  let last = 0;
  for (const m of s.matchAll(UNBREAKABLE)) {
    if (m[0].length < 2) continue;
    if (m.index > last) out.push({ t: s.slice(last, m.index) });
    out.push({ t: m[0], keep: true });
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push({ t: s.slice(last) });
  return out;
}

export type Part = string | Run | Text | undefined | null | false;

/** Runs from parts: strings scanned for unbreakable tokens, runs and texts taken as they are, empty parts dropped. */
export function text(...parts: Part[]): Text {
  const out: Run[] = [];
  for (const part of parts) {
    if (part === undefined || part === null || part === false || part === '') continue;
    if (typeof part === 'string') out.push(...scan(part));
    else if (Array.isArray(part)) out.push(...part);
    else out.push(part);
  }
  // Adjacent plain runs are merged (renderers and snapshots see fewer, longer runs).
  const merged: Run[] = [];
  for (const run of out) {
    const prev = merged.at(-1);
    if (prev && !prev.keep && !prev.blank && !prev.font && !prev.join && !run.keep && !run.blank && !run.font && !run.join) prev.t += run.t;
    else merged.push({ ...run });
  }
  return withPunctuation(merged);
}

/** Marks that never start a line (避头: closing brackets and quotes, pauses and stops). */
const CLOSING = /^[，。、；：？！”’）》〉」』】〕…—,.;:?!)\]]+/u;
/** Marks that never end a line (避尾: opening brackets and quotes). */
const OPENING = /[“‘（《〈「『【〔(\[]+$/u;

/**
 * 避头尾 around words kept whole: a kept word is an inline block, after which the browser may
 * break before anything, so a closing mark right after it (〔2026〕14号）) would start the next
 * line alone, and an opening mark right before it would end a line. Those marks join the word.
 */
function withPunctuation(runs: Run[]): Run[] {
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (!run.keep || run.blank) continue;
    const next = runs[i + 1];
    const closing = next && !next.keep && !next.blank && !next.font ? CLOSING.exec(next.t)?.[0] : undefined;
    if (closing) {
      run.t += closing;
      next!.t = next!.t.slice(closing.length);
    }
    const prev = runs[i - 1];
    const opening = prev && !prev.keep && !prev.blank && !prev.font ? OPENING.exec(prev.t)?.[0] : undefined;
    if (opening) {
      run.t = opening + run.t;
      prev!.t = prev!.t.slice(0, -opening.length);
    }
  }
  return runs.filter((r) => r.t !== '' || r.blank);
}

/**
 * Parts that never break from one another (a blank date: 年 月 日 with room to write, a line
 * label with its blank): every run after the first joins the one before it.
 */
export function together(...parts: Part[]): Text {
  return text(...parts).map((run, i) => (i === 0 ? run : { ...run, join: true as const }));
}

/** One word that never breaks: a person's name, a date. */
export const keep = (t: string): Run => ({ t, keep: true });

/** Room about `chars` characters wide for the clerk to write in (a date's day, a serial). */
export const blank = (chars: number): Run => ({ t: '', blank: chars });

/** A line about `chars` characters long to write on (a name, a place). */
export const fill = (chars: number): Run => ({ t: '', blank: chars, line: true });

/** The words of a text, blanks as full-width spaces (metadata, messages, tests). */
export function plain(value: Text): string {
  return value.map((r) => (r.blank ? '\u3000'.repeat(r.blank) : r.t)).join('');
}

/** Free text from a case as a sentence: a closing 。 added when it has no closing mark. */
export function sentence(s: string): string {
  const trimmed = s.trim();
  return /[。！？；…”）]$/u.test(trimmed) ? trimmed : `${trimmed.replace(/[，,、；;：:]$/u, '')}。`;
}

/** Free text from a case inside a sentence: without its closing mark. */
export function clause(s: string): string {
  return s.trim().replace(/[。！？；;，,、]+$/u, '');
}
