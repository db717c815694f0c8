/**
 * Lays each document out before printing, on screen at the 版心's width, where text wraps
 * exactly as in print (puppeteer's isolated world; the page itself runs no script).
 *
 * Letter-style documents (公文) are paginated here, not by the printer: every block is
 * snapped to whole grid lines, the page breaks are chosen by the rules a 文书 officer keeps
 * (no paragraph leaves fewer than two lines on a page, a heading or the title never ends a
 * page, the closing sentence, 附件说明, 署名, 附注 and 版记 stay on one page with at least two lines
 * of the body), paragraphs that run over a page are split into two elements at the line,
 * each page starts with a forced break, and the 版记 is padded down to the foot of the 版心
 * (GB/T 9704 §7.4). Every page then holds at most 22 lines, so the printer breaks nowhere else.
 *
 * It also places the 署名 centred over the 成文日期 (§7.3.5), condenses a 发文字号 that would run
 * into the 签发人 (§7.2.6), and finds what cannot be laid out at all (a word wider than the
 * 版心): such a document is taken out of the batch and reported, the others print.
 */
import type { Page } from 'puppeteer-core';
import { LETTERHEAD_OFFSET } from './banner-geometry.ts';
import { GRID, PX_PER_MM } from './geometry.ts';

export interface PageProblem {
  index: number;
  message: string;
  field?: string;
  /** All the text of what could not be laid out (the caller finds which field it shows). */
  text?: string;
}

export interface Settings {
  line: number;
  char: number;
  perPage: number;
  offset: number;
}

/**
 * Runs in the page: returns the documents that could not be laid out (and removes them). Exported
 * for the handbook's case workbench, whose print view runs it in the browser on the same markup.
 */
export function layOut({ line, char, perPage, offset }: Settings): PageProblem[] {
  const problems: PageProblem[] = [];
  const docs = Array.from(document.querySelectorAll<HTMLElement>('article.doc'));

  const fail = (doc: HTMLElement, message: string, field?: string, text?: string) => {
    problems.push({ index: Number(doc.dataset['index']), message, ...(field ? { field } : {}), ...(text ? { text } : {}) });
  };

  /** What pokes out of the 版心 (or out of its table cell), and the field it comes from. */
  const overflow = (doc: HTMLElement): { what: string; text: string; field?: string } | undefined => {
    const box = doc.getBoundingClientRect();
    // Anything wider than the 版心 would make the printer shrink every page of the batch.
    if (doc.scrollWidth > doc.clientWidth + 1) {
      const wide = Array.from(doc.querySelectorAll<HTMLElement>('*')).filter((el) => el.getBoundingClientRect().right > box.right + 1);
      // The innermost of them: its text is what pokes out, not the whole paragraph around it.
      const culprit = wide.find((el) => !wide.some((other) => other !== el && el.contains(other))) ?? wide[0];
      const field = (culprit?.closest('[data-field]') as HTMLElement | null)?.dataset['field'] || undefined;
      const text = culprit?.textContent ?? '';
      return { what: text.slice(0, 40), text, ...(field ? { field } : {}) };
    }
    for (const el of Array.from(doc.querySelectorAll<HTMLElement>('.nb, .ml, .dn, .sg, .sl, .tl, td, th, p, div'))) {
      const r = el.getBoundingClientRect();
      const cell = el.closest('td, th') as HTMLElement | null;
      const limit = cell && el !== cell ? cell.getBoundingClientRect() : box;
      if (r.width > 0 && (r.right > limit.right + 1.5 || r.left < limit.left - 1.5)) {
        const field = (el.closest('[data-field]') as HTMLElement | null)?.dataset['field'] || undefined;
        const text = el.textContent ?? '';
        return { what: text.slice(0, 40), text, ...(field ? { field } : {}) };
      }
    }
    return undefined;
  };

  /**
   * 发文字号 and 签发人 share a line (§7.2.6): the number is condensed so that a character's space
   * parts them; when that would squeeze it below 70 %, the 签发人 moves up a line, into the blank
   * lines under the mark, and the number has its line to itself (condensed only if it must be).
   */
  const fitNumber = (doc: HTMLElement): string | undefined => {
    const number = doc.querySelector<HTMLElement>('.banner .docno.upward .dn');
    const signerBox = doc.querySelector<HTMLElement>('.banner .signer');
    const signer = signerBox?.querySelector<HTMLElement>('.sg');
    if (!number || !signer || !signerBox) return undefined;
    const condense = (room: number) => {
      const w = number.getBoundingClientRect().width;
      if (w <= room) return 1;
      const scale = Math.floor((room / w) * 1000) / 1000;
      number.style.display = 'inline-block';
      number.style.transformOrigin = 'left center';
      number.style.transform = `scaleX(${scale})`;
      return scale;
    };
    const n = number.getBoundingClientRect();
    const s = signer.getBoundingClientRect();
    if (n.width <= s.left - char - n.left) return undefined;
    if ((s.left - char - n.left) / n.width >= 0.7) {
      condense(s.left - char - n.left);
      return undefined;
    }
    signerBox.style.top = `${signerBox.offsetTop - line}px`;
    const box = doc.getBoundingClientRect();
    if (s.width > box.width - 2 * char) return '签发人姓名过长，在版头内排不下';
    return condense(box.right - char - n.left) < 0.5 ? '发文字号过长，在版头内排不下' : undefined;
  };

  /** The 署名 centred over the date, kept inside the 版心. */
  const placeSignature = (doc: HTMLElement) => {
    for (const block of Array.from(doc.querySelectorAll<HTMLElement>('.signoff'))) {
      const date = block.querySelector<HTMLElement>('.date .d');
      if (!date) continue;
      const b = block.getBoundingClientRect();
      const d = date.getBoundingClientRect();
      const centre = d.left + d.width / 2 - b.left;
      // A two-line 署名 is one box, centred as a whole, each line centred in it.
      const names = Array.from(block.querySelectorAll<HTMLElement>('.issuer .sl'));
      const widths = names.map((n) => n.getBoundingClientRect().width);
      const w = Math.max(...widths);
      const left = Math.max(0, Math.min(b.width - w, centre - w / 2));
      names.forEach((name, i) => {
        name.style.marginLeft = `${left + (w - widths[i]!) / 2}px`;
      });
    }
  };

  const linesOf = (el: HTMLElement) => el.getBoundingClientRect().height / line;
  const snap = (el: HTMLElement): number => {
    let lines = linesOf(el);
    if (Math.abs(lines - Math.round(lines)) > 0.02) {
      el.style.minHeight = `${Math.ceil(lines - 0.02) * line}px`;
      lines = linesOf(el);
    }
    return Math.round(lines);
  };

  /** Splits a paragraph before its line k (0-based): the rest becomes a new paragraph after it. */
  const split = (p: HTMLElement, k: number): HTMLElement | undefined => {
    const target = p.getBoundingClientRect().top + k * line;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let at: [Node, number] | undefined;
    while (!at && walker.nextNode()) {
      const node = walker.currentNode as Text;
      for (let i = 0; i < node.length; i++) {
        const code = node.data.charCodeAt(i);
        if (code >= 0xdc00 && code <= 0xdfff) continue;
        range.setStart(node, i);
        range.setEnd(node, Math.min(node.length, i + (code >= 0xd800 && code <= 0xdbff ? 2 : 1)));
        const r = range.getClientRects()[0];
        if (r && r.top + r.height / 2 >= target) {
          at = [node, i];
          break;
        }
      }
    }
    if (!at) return undefined;
    // Start the cut before any element the line opens with (a kept word), not inside it.
    let start: Node = at[0];
    let offset0 = at[1];
    while (offset0 === 0 && start.parentNode && start.parentNode !== p && start.parentNode.firstChild === start) {
      start = start.parentNode;
    }
    range.setStart(...(offset0 === 0 && start !== at[0] ? ([start.parentNode!, Array.from(start.parentNode!.childNodes).indexOf(start as ChildNode)] as const) : ([at[0], at[1]] as const)));
    range.setEnd(p, p.childNodes.length);
    const rest = p.cloneNode(false) as HTMLElement;
    rest.append(range.extractContents());
    rest.classList.add('cont');
    rest.style.minHeight = '';
    p.classList.add('split');
    p.style.minHeight = '';
    p.after(rest);
    return rest;
  };

  const paginate = (doc: HTMLElement) => {
    const letterFormat = doc.classList.contains('fmt-letter');
    const blocks = Array.from(doc.children).filter((el) => !el.classList.contains('trace-glyphs')) as HTMLElement[];
    const tail = blocks.find((el) => el.classList.contains('tail'));
    // The closing group: the closing sentence and everything after it.
    const closingAt = blocks.findIndex((el) => el.classList.contains('closing') || el.classList.contains('attachments') || el.classList.contains('signoff'));
    interface Unit {
      el: HTMLElement;
      lines: number;
      start: number;
      splittable: boolean;
      keepWithNext: boolean;
    }
    const units: Unit[] = [];
    let total = 0;
    const groupStart = closingAt < 0 ? blocks.length : closingAt;
    for (let i = 0; i < groupStart; i++) {
      const el = blocks[i]!;
      // A 信函格式 版头 starts at the letterhead, `offset` above the 版心, and ends on a grid line
      // (banner-geometry.ts): it holds whole lines of the 版心 once the offset is taken off.
      // Snapping it whole would push every line below it a third of a line off the grid.
      const letterhead = letterFormat && el.classList.contains('banner');
      const lines = letterhead ? Math.round((el.getBoundingClientRect().height - offset) / line) : snap(el);
      const splittable = el.tagName === 'P' && !el.classList.contains('heading') && !el.classList.contains('addressee');
      const keepWithNext = el.tagName === 'H1' || el.classList.contains('heading') || el.classList.contains('addressee') || el.classList.contains('banner');
      units.push({ el, lines, start: total, splittable, keepWithNext });
      total += lines;
    }
    const group = blocks.slice(groupStart);
    let groupLines = 0;
    for (const el of group) if (el !== tail) groupLines += snap(el);
    const tailLines = tail ? snap(tail) : 0;
    if (group.length > 0) units.push({ el: group[0]!, lines: groupLines + tailLines, start: total, splittable: false, keepWithNext: false });
    total += groupLines + tailLines;
    if (groupLines + tailLines > perPage) return '落款和版记在一页内排不下';

    // Where a page may break: before line j.
    const allowed = new Array<boolean>(total + 1).fill(false);
    units.forEach((u, i) => {
      const prev = units[i - 1];
      const isGroup = i === units.length - 1 && group.length > 0;
      allowed[u.start] = i > 0 && !prev!.keepWithNext && !isGroup;
      if (u.splittable) for (let k = 2; k <= u.lines - 2; k++) allowed[u.start + k] = true;
    });
    const breaks: number[] = [];
    let pageStart = 0;
    while (total - pageStart > perPage) {
      let j = pageStart + perPage;
      while (j > pageStart && !allowed[j]) j--;
      if (j === pageStart) j = pageStart + perPage; // nothing allows a break: cut at the page's end
      breaks.push(j);
      pageStart = j;
    }
    // Apply the breaks, the last first so that the lines before it keep their places.
    for (const at of [...breaks].reverse()) {
      const unit = [...units].reverse().find((u) => u.start <= at)!;
      let first: HTMLElement | undefined = unit.el;
      if (at > unit.start) first = unit.splittable ? split(unit.el, at - unit.start) : undefined;
      if (!first) return '段落无法在页末分开';
      first.style.breakBefore = 'page';
      if (letterFormat) first.style.paddingTop = `${offset}px`;
    }
    if (tail) {
      const used = total - pageStart;
      // A hair short of the foot: rounding must never push the 版记 onto a page of its own.
      tail.style.paddingTop = `${Math.max(0, (perPage - used) * line - 2)}px`;
    }
    return undefined;
  };

  for (const doc of docs) {
    const problem = doc.classList.contains('letter') ? fitNumber(doc) : undefined;
    if (problem) {
      fail(doc, problem, doc.querySelector<HTMLElement>('.banner')?.dataset['field'] || undefined);
      continue;
    }
    if (doc.classList.contains('letter')) placeSignature(doc);
    const wide = overflow(doc);
    if (wide) {
      fail(doc, `“${wide.what}”超出版心，无法排版`, wide.field, wide.text);
      continue;
    }
    if (doc.classList.contains('letter')) {
      const broken = paginate(doc);
      if (broken) fail(doc, broken);
    }
  }
  for (const p of problems) document.querySelector(`article.doc[data-index="${p.index}"]`)?.remove();
  return problems;
}

/** The grid in CSS pixels, as the page lays it out. */
export const layoutSettings = (): Settings => ({ line: GRID.linePitch * PX_PER_MM, char: GRID.charPitch * PX_PER_MM, perPage: GRID.lines, offset: LETTERHEAD_OFFSET * PX_PER_MM });

/** Lays out every document of the batch in the page; returns (and removes) those that cannot be. */
export async function layoutDocuments(page: Page): Promise<PageProblem[]> {
  const settings = layoutSettings();
  // The function is sent as source; a bundler that keeps function names wraps them in __name(),
  // which the page does not have.
  return page.evaluate(`(() => { const __name = (f) => f; return (${layOut.toString()})(${JSON.stringify(settings)}); })()`) as Promise<PageProblem[]>;
}
