/**
 * How a text's runs are set on the page (templates/blocks use it through the runGroups helper):
 * lines to write on cut into pieces that run on, a blank date kept whole, 避头尾 kept round
 * blanks. Apart from templates.ts, which reads the templates from disk: the handbook's case
 * workbench registers the same helper in the browser.
 */
import type { Run, Text } from './model/types.ts';

/** Lines to write on longer than this (characters) are set as pieces; a name's or a date's stays whole. */
const SEGMENTED = 6;

/** A group of runs set together: `nb` groups never break inside (runs joined to the one before). */
interface RunGroup {
  nb: boolean;
  runs: Run[];
}

/** Marks that never start a line, and marks that never end one (避头尾). */
const CLOSING = /^[，。、；：？！”’）》〉」』】〕…—]+/u;
const OPENING = /[“‘（《〈「『【〔]+$/u;

const isPlain = (run: Run | undefined): run is Run => run !== undefined && !run.blank && !run.keep && !run.font;

/**
 * The runs of a text as the page sets them: runs joined to the one before (a blank date) in one
 * group that never breaks; a line to write on, outside such a group, as one-character pieces, so
 * that it fills the rest of a line and runs on to the next instead of moving whole to the next
 * line and leaving the words before it spread out over the line they leave (justified text). A
 * blank is an inline block, after which the browser may break before anything: a closing mark
 * right after it joins its last piece, an opening mark right before it its first (避头尾).
 */
export function runGroups(value: Text): RunGroup[] {
  const groups: RunGroup[] = [];
  value.forEach((run, i) => {
    const joined = value[i + 1]?.join === true;
    const last = groups.at(-1);
    if (run.join && last) {
      last.nb = true;
      last.runs.push(run);
      return;
    }
    const previous = value[i - 1];
    const afterBox = last !== undefined && (last.nb || last.runs.at(-1)?.blank !== undefined);
    const closing = isPlain(run) && afterBox ? CLOSING.exec(run.t)?.[0] : undefined;
    if (closing && last) {
      const tail = last.nb ? last : { nb: true, runs: [last.runs.pop()!] };
      if (!last.nb) {
        if (last.runs.length === 0) groups.pop();
        groups.push(tail);
      }
      tail.runs.push({ t: closing });
      if (run.t.length > closing.length) groups.push({ nb: false, runs: [{ ...run, t: run.t.slice(closing.length) }] });
      return;
    }
    // An opening mark that ends the text before a blank moves into the blank's group.
    const opening = (run.blank || joined) && isPlain(previous) && last && !last.nb ? OPENING.exec(previous.t)?.[0] : undefined;
    const lead: Run[] = [];
    if (opening && last) {
      const before = last.runs.at(-1)!;
      last.runs[last.runs.length - 1] = { ...before, t: before.t.slice(0, -opening.length) };
      if (last.runs.at(-1)!.t === '') last.runs.pop();
      if (last.runs.length === 0) groups.pop();
      lead.push({ t: opening });
    }
    if (joined) groups.push({ nb: true, runs: [...lead, run] });
    else if (run.blank && run.line && run.blank > SEGMENTED) {
      const pieces: Run[] = Array.from({ length: Math.ceil(run.blank) }, () => ({ t: '', blank: 1, line: true as const }));
      if (lead.length > 0) groups.push({ nb: true, runs: [...lead, pieces.shift()!] });
      groups.push({ nb: false, runs: pieces });
    } else groups.push({ nb: lead.length > 0, runs: [...lead, run] });
  });
  return groups.filter((g) => g.runs.length > 0);
}
