// The print view (a frame of the workbench page, documents.ts writes its document): the documents' HTML,
// as wq-forms' templates made it, laid out by wq-forms' own layout code (gbt9704/layout.ts: the
// line grid, page breaks a 文书 officer would choose, the 版记 at the foot) and then set on A4
// sheets, each document's pages numbered from 1 ("— 1 —", odd right, even left), its provenance
// line in the bottom margin. The numbers are drawn on the sheets rather than in CSS page-margin
// boxes: those count the pages of the whole print (and Chromium before 131 has none), where each
// document counts its own.
import { doubleRuleBars } from '../../../scripts/lib/gbt9704/banner-geometry.ts';
import { PX_PER_MM, geometryFor } from '../../../scripts/lib/gbt9704/geometry.ts';
import { layOut, layoutSettings } from '../../../scripts/lib/gbt9704/layout.ts';
import { documentsBody } from '../../../scripts/lib/gbt9704/print-body.ts';
import type { RenderJob } from '../../../scripts/lib/gbt9704/types.ts';

export type PrintJob = Pick<RenderJob, 'html' | 'layout' | 'orientation' | 'format' | 'trace' | 'doubleRuleTop'> & { title: string; form: string };

export interface Printed {
  /** Sheets in all. */
  pages: number;
  /** Sheets of each document, in order (0 for one that could not be laid out). */
  perDocument: number[];
  /** The view's height on screen, px (the frame is made this tall). */
  height: number;
  problems: { title: string; message: string }[];
}

/**
 * The workbench asks by message ({ wqPrint: jobs }) and is answered by message ({ wqPrinted }):
 * the frame's script is a classic one, and the two meet only through messages wherever the page
 * is opened from (a server, or disk: the offline package).
 */
export interface PrintRequest {
  wqPrint: PrintJob[];
}
export interface PrintReply {
  wqPrinted: Printed;
}

const el = (tag: string, cls: string, text?: string): HTMLElement => {
  const e = document.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

function sheet(job: PrintJob, doc: HTMLElement, index: number, page: number): { sheet: HTMLElement; body: HTMLElement } {
  const s = el('section', `sheet ${job.orientation} fmt-${job.format}`);
  s.dataset['doc'] = String(index);
  s.dataset['page'] = String(page);
  s.dataset['form'] = job.form;
  s.setAttribute('aria-label', `${job.title} 第 ${page} 页`);
  const area = el('div', 'sheet-area');
  const body = doc.cloneNode(false) as HTMLElement;
  body.removeAttribute('style');
  area.appendChild(body);
  s.appendChild(area);
  // The 信函格式 numbers no first page (GB/T 9704 §10.1); every other page counts from 1 in its document.
  if (!(job.format === 'letter' && page === 1)) s.appendChild(el('div', `pn ${page % 2 === 1 ? 'odd' : 'even'}`, `— ${page} —`));
  s.appendChild(el('div', 'trace', job.trace));
  if (job.format === 'letter' && page === 1 && job.doubleRuleTop !== undefined) {
    for (const bar of doubleRuleBars(job.doubleRuleTop, geometryFor(job.orientation).height)) {
      const rule = el('div', 'rule');
      rule.style.top = `${bar.top}mm`;
      rule.style.height = `${bar.thickness}mm`;
      s.appendChild(rule);
    }
  }
  return { sheet: s, body };
}

/** A 公文 after layout: its pages start at the blocks layout.ts forced onto a new page. */
function letterSheets(job: PrintJob, doc: HTMLElement, index: number): HTMLElement[] {
  const sheets: HTMLElement[] = [];
  let current: HTMLElement | undefined;
  for (const child of Array.from(doc.childNodes)) {
    const starts = child instanceof HTMLElement && child.style.breakBefore === 'page';
    if (!current || starts) {
      const made = sheet(job, doc, index, sheets.length + 1);
      sheets.push(made.sheet);
      current = made.body;
    }
    if (child instanceof HTMLElement) child.style.breakBefore = '';
    current.appendChild(child);
  }
  return sheets;
}

/**
 * A form (登记表, 送达回执): the printer pages its table; here its rows are set on sheets one by
 * one, the header row repeated on each, a row never split (as the stylesheet keeps them).
 */
function formSheets(job: PrintJob, doc: HTMLElement, index: number, problems: Printed['problems']): HTMLElement[] {
  const room = geometryFor(job.orientation).typeHeight * PX_PER_MM;
  const sheets: HTMLElement[] = [];
  let body: HTMLElement;
  const next = () => {
    const made = sheet(job, doc, index, sheets.length + 1);
    sheets.push(made.sheet);
    body = made.body;
    document.getElementById('sheets')!.appendChild(made.sheet);
  };
  next();
  const height = () => body.getBoundingClientRect().height;
  for (const child of Array.from(doc.childNodes)) {
    if (!(child instanceof HTMLTableElement)) {
      body!.appendChild(child);
      if (height() > room && body!.childNodes.length > 1) {
        next();
        body!.appendChild(child);
      }
      continue;
    }
    const head = child.tHead;
    const rows = Array.from(child.tBodies).flatMap((b) => Array.from(b.rows));
    const table = () => {
      const t = child.cloneNode(false) as HTMLTableElement;
      if (head) t.appendChild(head.cloneNode(true));
      const tbody = document.createElement('tbody');
      t.appendChild(tbody);
      body!.appendChild(t);
      return tbody;
    };
    let tbody = table();
    for (const row of rows) {
      tbody.appendChild(row);
      if (height() > room) {
        if (tbody.rows.length === 1) {
          problems.push({ title: job.title, message: '表格中有一行长过一页，打印时这一行会被截断' });
          continue;
        }
        next();
        tbody = table();
        tbody.appendChild(row);
      }
    }
  }
  for (const s of sheets) s.remove();
  return sheets;
}

async function show(jobs: readonly PrintJob[]): Promise<Printed> {
  const main = document.getElementById('sheets')!;
  while (main.firstChild) main.removeChild(main.firstChild);
  document.body.style.removeProperty('zoom');
  // Laid out first as wq-forms lays out its batch: the documents side by side in the flow, at the 版心's width.
  const stage = el('div', 'stage');
  stage.innerHTML = documentsBody(jobs);
  // The commands' named pages and margin boxes: the sheets here carry their own margins, numbers and lines.
  stage.querySelector('style')?.remove();
  document.body.appendChild(stage);
  if (document.fonts) await document.fonts.ready;
  const failed = layOut(layoutSettings());
  const problems: Printed['problems'] = failed.map((f) => ({ title: jobs[f.index]!.title, message: f.message }));
  const perDocument = jobs.map(() => 0);
  for (const doc of Array.from(stage.querySelectorAll<HTMLElement>('article.doc'))) {
    const index = Number(doc.dataset['index']);
    const job = jobs[index]!;
    const sheets = job.layout === 'letter' ? letterSheets(job, doc, index) : formSheets(job, doc, index, problems);
    perDocument[index] = sheets.length;
    for (const s of sheets) main.appendChild(s);
  }
  stage.remove();
  // On a narrow screen the sheets are shown smaller; printed, they are A4 (print-frame.css).
  const widest = Math.max(...Array.from(main.children).map((s) => (s as HTMLElement).offsetWidth), 1);
  const scale = Math.min(1, (document.documentElement.clientWidth - 16) / widest);
  if (scale < 1) document.body.style.setProperty('zoom', String(scale));
  return { pages: main.children.length, perDocument, height: Math.ceil(document.documentElement.scrollHeight) + 4, problems };
}

window.addEventListener('message', (event: MessageEvent<PrintRequest>) => {
  // Only the page that holds this frame; the answer goes back to it alone.
  if (event.source !== window.parent || !Array.isArray(event.data?.wqPrint)) return;
  void show(event.data.wqPrint).then((printed) => window.parent.postMessage({ wqPrinted: printed } satisfies PrintReply, event.origin === 'null' || event.origin === '' ? '*' : event.origin));
});
// Ready: the workbench sends the documents once it hears this.
window.parent.postMessage({ wqPrintReady: true }, '*');
