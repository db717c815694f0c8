/**
 * The properties every printed document must have, checked on the PDF as a reader's tools see
 * it (poppler): words inside the 版心, no two words printed over each other, no date stated
 * after the document's own, no near-empty page, no closing mark starting a line and no line spread
 * out letter by letter, the signature block of GB/T 9704 §7.3.5.
 * Each check returns the problems it found (an empty list when the document is right), so a
 * test can name them.
 */
import { statSync } from 'node:fs';
import { GRID, LANDSCAPE, PORTRAIT, type PageGeometry } from '../../scripts/lib/gbt9704/geometry.ts';
import { infoCommand, pageSizesCommand, parseInfo, parsePageSizes, parseWords, runAll, wordsCommand, type Word } from './pdf-tools.ts';

const TOL = 1; // mm: pdftotext reports advance boxes, and Chromium snaps lines to whole pixels

export interface Printed {
  file: string;
  words: Word[];
  geometry: (page: number) => PageGeometry;
  pages: number;
  meta: Record<string, string>;
}

/**
 * What was read of each file, by its path and its version on disk: several tests read the same
 * PDF, and each read is three poppler runs.
 */
const readBefore = new Map<string, Printed>();

const keyOf = (file: string) => {
  const { mtimeMs, size, ino } = statSync(file);
  return `${file}\u0000${ino}:${size}:${mtimeMs}`;
};

/** A PDF as poppler reads it: its words with their boxes, its pages' geometry, its metadata. */
export function readPrinted(file: string): Printed {
  return readBefore.get(keyOf(file)) ?? readPrintedAll([file])[0]!;
}

/** Several PDFs as readPrinted() reads each, those not read before in one batch of poppler runs. */
export function readPrintedAll(files: readonly string[]): Printed[] {
  const fresh = [...new Set(files.filter((f) => !readBefore.has(keyOf(f))))];
  const outputs = runAll(fresh.flatMap((f) => [wordsCommand(f), pageSizesCommand(f), infoCommand(f)]));
  fresh.forEach((file, i) => {
    const [xml, sizesText, infoText] = outputs.slice(i * 3, i * 3 + 3) as [string, string, string];
    const sizes = parsePageSizes(sizesText);
    const geometry = (page: number) => {
      const s = sizes.find((x) => x.page === page)!;
      return s.width > s.height ? LANDSCAPE : PORTRAIT;
    };
    readBefore.set(keyOf(file), { file, words: parseWords(xml), geometry, pages: sizes.length, meta: parseInfo(infoText) });
  });
  return files.map((f) => readBefore.get(keyOf(f))!);
}

/** Below the 版心: the page number ("— n —") and, further down, the provenance line. */
const isPageNumber = (p: Printed, w: Word) => {
  const g = p.geometry(w.page);
  return w.y0 > g.top + g.typeHeight && w.y1 < g.top + g.typeHeight + 12 && /^(—|\d+)$/.test(w.text);
};
const isTrace = (p: Printed, w: Word) => {
  const g = p.geometry(w.page);
  return w.y0 > g.top + g.typeHeight + 12;
};
/** The 信函格式's mark stands above the 版心, 30 mm from the edge (GB/T 9704 §10.1). */
const isLetterhead = (p: Printed, w: Word) => p.meta['WqForm'] === 'transfer-letter' && w.page === 1 && w.y0 >= 27 && w.y1 <= p.geometry(1).top + 10;

/** The words of the document itself: not the page numbers, the provenance line or the letterhead. */
const bodyWords = (p: Printed) => p.words.filter((w) => !isPageNumber(p, w) && !isTrace(p, w));

function outsideTypeArea(p: Printed): string[] {
  return bodyWords(p)
    .filter((w) => !isLetterhead(p, w))
    .filter((w) => {
      const g = p.geometry(w.page);
      return w.x0 < g.left - TOL || w.x1 > g.left + g.typeWidth + TOL || w.y0 < g.top - TOL || w.y1 > g.top + g.typeHeight + TOL;
    })
    .map((w) => `第 ${w.page} 页“${w.text}”`);
}

/** Two words whose boxes overlap by more than a hair, on any page, margins included. */
export function overprints(p: Printed): string[] {
  const out: string[] = [];
  const margin = 0.25;
  for (let page = 1; page <= p.pages; page++) {
    const ws = p.words.filter((w) => w.page === page);
    for (let i = 0; i < ws.length; i++) {
      for (let j = i + 1; j < ws.length; j++) {
        const a = ws[i]!;
        const b = ws[j]!;
        const x = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
        const y = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
        if (x > margin && y > margin) out.push(`第 ${page} 页“${a.text}”与“${b.text}”重叠`);
      }
    }
  }
  return out;
}

const DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/gu;
const iso = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/** Dates the document states that are later than its own (its 成文日期, in the metadata), but for the deadlines it sets (WqDeadlines). */
function datesAfterOwn(p: Printed): string[] {
  const own = p.meta['WqDocumentDate'];
  if (!own) return [];
  const deadlines = new Set((p.meta['WqDeadlines'] ?? '').split(' ').filter(Boolean));
  const text = bodyWords(p).map((w) => w.text).join('');
  return [...text.matchAll(DATE)]
    .map((m) => iso(m[1]!, m[2]!, m[3]!))
    .filter((d) => d > own && !deadlines.has(d))
    .map((d) => `${d} 晚于成文日期 ${own}`);
}

/** Pages that hold less than three lines of the document (a page alone with a 署名 or a stray row). */
function nearEmptyPages(p: Printed): string[] {
  if (p.pages < 2) return [];
  const out: string[] = [];
  for (let page = 1; page <= p.pages; page++) {
    const lines = new Set(bodyWords(p).filter((w) => w.page === page).map((w) => Math.round(w.y0)));
    if (lines.size < 3) out.push(`第 ${page} 页只有 ${lines.size} 行`);
  }
  return out;
}

/**
 * GB/T 9704 §7.3.5.1: the 成文日期 four characters in from the right of the 版心; the 署名 on the
 * line(s) above it, centred over the date as far as the 版心 allows; a blank line above the 署名.
 */
export function signatureProblems(p: Printed, unsigned = false): string[] {
  const ws = bodyWords(p);
  const last = Math.max(...ws.map((w) => w.page));
  const g = p.geometry(last);
  const right = g.left + g.typeWidth;
  const onLast = ws.filter((w) => w.page === last);
  const lineOf = (w: Word) => onLast.filter((o) => Math.abs(o.y0 - w.y0) < 1);
  // The date line: a date (or "年 月 日" to fill in) alone on its line, before the 版记.
  const dateWord = [...onLast].reverse().find((w) => /^(\d{4}年\d{1,2}月\d{1,2}日|年|日)$/u.test(w.text) && lineOf(w).every((o) => /^[\d年月日]+$/u.test(o.text)) && !lineOf(w).some((o) => o.text.endsWith('印发')));
  if (!dateWord) return ['找不到成文日期'];
  const line = lineOf(dateWord);
  // A date left blank prints "年 月 日": two characters' room stands before 年.
  const x0 = Math.min(...line.map((w) => w.x0)) - (line.some((w) => w.text === '年') ? 2 * GRID.charPitch : 0);
  const x1 = Math.max(...line.map((w) => w.x1));
  const problems: string[] = [];
  if (Math.abs(right - x1 - 4 * GRID.charPitch) > 1.2) problems.push(`成文日期右空 ${((right - x1) / GRID.charPitch).toFixed(1)} 字，应为 4 字`);
  const above = onLast.filter((w) => w.y0 < dateWord.y0 - 1 && w.y0 > dateWord.y0 - 2.5 * GRID.linePitch && !/^[（(]/u.test(w.text));
  const nearest = Math.max(...above.map((w) => w.y0));
  const names = above.filter((w) => Math.abs(w.y0 - nearest) < 1);
  // A blank form whose issuer has no name of its own (the 警务督察 department of an organ not yet known) leaves its 署名 to the clerk.
  if (names.length === 0) return unsigned ? problems : [...problems, '成文日期上方没有署名'];
  const n0 = Math.min(...names.map((w) => w.x0));
  const n1 = Math.max(...names.map((w) => w.x1));
  const centred = Math.abs((n0 + n1) / 2 - (x0 + x1) / 2) < 1.5;
  const clamped = Math.abs(n1 - right) < 1.5;
  if (!centred && !clamped) problems.push(`署名（${names.map((w) => w.text).join('')}）没有以成文日期为准居中`);
  if (n1 > right + TOL) problems.push('署名超出版心');
  return problems;
}

/** The words on one printed line of a page (the same baseline within a hair). */
function printedLines(p: Printed): Word[][] {
  const lines: Word[][] = [];
  for (const w of [...bodyWords(p)].sort((a, b) => a.page - b.page || a.y0 - b.y0 || a.x0 - b.x0)) {
    const line = lines.find((l) => l[0]!.page === w.page && Math.abs(l[0]!.y0 - w.y0) < 1.5);
    if (line) line.push(w);
    else lines.push([w]);
  }
  for (const l of lines) l.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/** Marks that never start a line (避头, GB/T 15834 and every 文书 officer's eye). */
const CLOSING = /^[，。、；：？！）》〉」』】〕”’]/u;

/**
 * A closing mark at the start of a line (or of a line in a table cell): a word that begins with
 * one and has no word right before it on its line.
 */
function closingAtLineStart(p: Printed, letter: boolean): string[] {
  const out: string[] = [];
  for (const line of printedLines(p)) {
    line.forEach((w, i) => {
      const before = line[i - 1];
      // In a 公文 a line starts at the 版心's left edge or two characters in (a blank line to write on
      // before a mark prints no word); in a ruled form, a word with none close before it starts a cell's line.
      const starts = letter ? w.x0 - p.geometry(w.page).left < GRID.charPitch * 2.5 : !before || w.x0 - before.x1 > GRID.charPitch * 1.5;
      if (CLOSING.test(w.text) && starts) out.push(`第 ${w.page} 页一行以“${w.text.slice(0, 6)}”开头`);
    });
  }
  return out;
}

/**
 * Lines spread out letter by letter: justified text whose next word, too long for the line, left a
 * gap the line's characters were spread over. Seen as many one-character words in a row, each set
 * apart by more than a fifth of a character.
 */
function letterSpacedLines(p: Printed): string[] {
  const out: string[] = [];
  for (const line of printedLines(p)) {
    let run = 0;
    let longest = 0;
    line.forEach((w, i) => {
      const before = line[i - 1];
      const apart = before !== undefined && w.x0 - before.x1 > GRID.charPitch * 0.2 && w.x0 - before.x1 < GRID.charPitch * 1.2;
      run = [...w.text].length === 1 && apart ? run + 1 : 0;
      longest = Math.max(longest, run);
    });
    if (longest >= 6) out.push(`第 ${line[0]!.page} 页一行字距拉开：${line.map((w) => w.text).join(' ').slice(0, 40)}`);
  }
  return out;
}

/** The document's text as a reader reads it, line by line (page numbers and provenance left out): for reviewed snapshots. */
export function readingText(p: Printed): string {
  const ws = bodyWords(p);
  const out: string[] = [];
  for (let page = 1; page <= p.pages; page++) {
    const onPage = ws.filter((w) => w.page === page).sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
    const lines: Word[][] = [];
    for (const w of onPage) {
      const line = lines.find((l) => Math.abs(l[0]!.y0 - w.y0) < 1.5);
      if (line) line.push(w);
      else lines.push([w]);
    }
    out.push(`— 第 ${page} 页 —`);
    for (const line of lines) {
      line.sort((a, b) => a.x0 - b.x0);
      let text = '';
      line.forEach((w, i) => {
        const gap = i === 0 ? 0 : w.x0 - line[i - 1]!.x1;
        text += (gap > GRID.charPitch * 0.6 ? '　' : '') + w.text;
      });
      out.push(text);
    }
  }
  return out.join('\n');
}

/** Every property at once, as "file: problem" lines; `unsigned`: a blank form whose 署名 the clerk writes. */
export function allProblems(p: Printed, letter: boolean, { unsigned = false }: { unsigned?: boolean } = {}): string[] {
  const name = p.file.split('/').at(-1);
  return [
    ...outsideTypeArea(p),
    ...overprints(p),
    ...datesAfterOwn(p),
    ...nearEmptyPages(p),
    ...closingAtLineStart(p, letter),
    ...letterSpacedLines(p),
    ...(letter ? signatureProblems(p, unsigned) : []),
  ].map((x) => `${name}：${x}`);
}
