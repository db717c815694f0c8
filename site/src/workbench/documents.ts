// The documents a case calls for, loaded when the clerk opens the panel: made by wq-forms' own
// builders (scripts/lib/documents) from the validator's result, rendered by its own templates
// (precompiled) into the print view, where they are laid out by its own layout code and printed
// with the GB/T 9704 stylesheet; or written as DOCX by its own DOCX writer. Same document model,
// same words.
import { formDefs, model } from 'wq:data';
import type { Case } from '../../../scripts/lib/case/index.ts';
import { unitSettings, type FormContext } from '../../../scripts/lib/documents/context.ts';
import { documentFileName } from '../../../scripts/lib/documents/naming.ts';
import { documentsForCase, toRenderJob, type BuiltDocument } from '../../../scripts/lib/documents/registry.ts';
import type { ValidationResult } from '../../../scripts/lib/validate/validator-core.ts';
import type { Workbench } from './app.ts';
import type { JsonObject } from './doc.ts';
import { fill, h } from './dom.ts';
import { download } from './files.ts';
import type { PrintJob, PrintReply, PrintRequest } from './print-frame.ts';
import { browserTemplates } from './templates.ts';

const templates = browserTemplates();

/** The case's documents, as wq-forms would make them for the same file (no unit file: the issuer is derived from the case's unit). */
export function caseDocuments(result: ValidationResult, doc: JsonObject, asOf: string): BuiltDocument[] {
  if (!result.valid || !result.facts) return [];
  const data = doc as unknown as Case;
  const ctx: FormContext = { data, issues: result.issues, facts: result.facts, duties: result.duties, model, unit: unitSettings(model, data.unit), asOf };
  return documentsForCase(ctx, formDefs);
}

/** What the print view needs of a document. */
export function printJob(built: BuiltDocument, created = new Date()): PrintJob {
  const job = toRenderJob(built.doc!, templates, created, model);
  return { html: job.html, layout: job.layout, orientation: job.orientation, format: job.format, trace: job.trace, title: job.meta.title, form: job.meta.form, ...(job.doubleRuleTop !== undefined ? { doubleRuleTop: job.doubleRuleTop } : {}) };
}

async function exportDocx(built: BuiltDocument): Promise<void> {
  const { renderDocx } = await import('../../../scripts/lib/gbt9704/docx/render.ts');
  const job = toRenderJob(built.doc!, templates, new Date(), model);
  const bytes = await renderDocx(built.doc!, { subject: job.meta.subject, trace: job.trace });
  download(bytes, documentFileName(built.doc!.caseId, built.def.title, built.doc!.part).replace(/\.pdf$/, '.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
}

/** Where the build put the print view's script and stylesheet (beside the page's own). */
function printAssets(): { script: string; style: string } {
  const app = document.getElementById('wb-app');
  const at = (name: string) => new URL(app?.dataset[name] ?? '', location.href).href;
  return { script: at('printScript'), style: at('printStyle') };
}

const PRINT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The print view's document: GB/T 9704's stylesheet and the view's own script, nothing of the handbook's. */
function printDocument(): string {
  const { script, style } = printAssets();
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${attr(PRINT_POLICY)}"><title>公文打印</title><link rel="stylesheet" href="${attr(style)}"><script src="${attr(script)}"></script></head><body class="wq-print"><main id="sheets" aria-label="公文"></main></body></html>`;
}

/** The print view: a frame of its own (its stylesheet is GB/T 9704's, not the handbook's), filled by its own script. */
function openPrintView(host: HTMLElement, jobs: PrintJob[], status: HTMLElement): void {
  host.querySelector('iframe.wb-print-frame')?.remove();
  delete host.dataset['printed'];
  const started = performance.now();
  const frame = h('iframe', { class: 'wb-print-frame', title: '公文打印预览' });
  frame.srcdoc = printDocument();
  const target = location.protocol === 'file:' ? '*' : location.origin;
  const listen = (event: MessageEvent<{ wqPrintReady?: true } & Partial<PrintReply>>) => {
    if (event.source !== frame.contentWindow) return;
    if (event.data?.wqPrintReady) {
      frame.contentWindow!.postMessage({ wqPrint: jobs } satisfies PrintRequest, target);
      return;
    }
    const shown = event.data?.wqPrinted;
    if (!shown) return;
    window.removeEventListener('message', listen);
    frame.style.height = `${shown.height}px`;
    const problems = shown.problems.map((p) => `“${p.title}”${p.message}`);
    status.textContent = `共 ${shown.pages} 页，用时 ${Math.round(performance.now() - started)} 毫秒。${problems.length ? `无法排版：${problems.join('；')}。` : ''}`;
    host.dataset['printed'] = String(shown.pages);
    host.dataset['printMs'] = String(Math.round(performance.now() - started));
  };
  window.addEventListener('message', listen);
  host.appendChild(frame);
}

let attachedTo: HTMLElement | undefined;

/**
 * Shows the documents panel and keeps its list up to date with each check (once typing pauses:
 * building every document on each keystroke would be wasted). The print view stays until the
 * clerk asks for a new one; a change to the case says it is no longer current.
 */
export function attach(app: Workbench, body: HTMLElement, printSection: HTMLElement): void {
  if (attachedTo === body) return;
  attachedTo = body;
  let ready: BuiltDocument[] = [];
  let printedText: string | undefined;
  const intro = h('p', { class: 'wb-hint', id: 'wb-doc-intro' });
  const list = h('ul', { class: 'wb-doc-list', id: 'wb-doc-list' });
  const status = h('p', { class: 'wb-hint', 'aria-live': 'polite', id: 'wb-print-status' });
  const printArea = h('div', { class: 'wb-print-area', id: 'wb-print-area' });
  const preview = h('button', { type: 'button', class: 'wb-button', id: 'wb-print-preview' }, '打印预览（全部公文）');
  preview.addEventListener('click', () => {
    flush();
    printedText = app.text();
    openPrintView(printArea, ready.map((b) => printJob(b)), status);
    printArea.scrollIntoView({ block: 'start' });
  });
  const print = h('button', { type: 'button', class: 'wb-button', id: 'wb-print' }, '打印…');
  print.addEventListener('click', () => {
    const frame = printArea.querySelector<HTMLIFrameElement>('iframe.wb-print-frame');
    if (frame?.contentWindow) frame.contentWindow.print();
    else status.textContent = '请先点“打印预览”。';
  });
  fill(body, intro, list, h('div', { class: 'wb-toolbar' }, preview, print), status);
  fill(printSection, printArea);

  const update = (result: ValidationResult) => {
    const built = result.valid ? caseDocuments(result, app.doc, app.asOf) : [];
    ready = built.filter((b) => b.doc);
    preview.disabled = print.disabled = ready.length === 0;
    intro.textContent = !result.valid
      ? '案件没有错误后，这里列出它需要的公文。'
      : ready.length === 0
        ? '本案目前不需要制作公文。'
        : `本案需要 ${ready.length} 份公文（与“生成公文”命令为同一案件文件生成的相同；没有单位设置文件，发文机关标志按承办机关名称排印，发文字号待填）。`;
    fill(
      list,
      built.map((b) => {
        const title = `${b.def.title}${b.doc?.part ? `（${b.doc.part}）` : ''}`;
        return h(
          'li',
          { 'data-form': b.def.id },
          h('span', { class: 'wb-doc-title' }, title),
          ' ',
          b.doc ? h('button', { type: 'button', class: 'wb-button wb-small', onclick: () => void exportDocx(b) }, `导出 DOCX：${title}`) : h('span', { class: 'wb-error' }, `无法生成：${b.problem?.message ?? ''}`),
        );
      }),
    );
    if (printedText !== undefined && app.text() !== printedText) status.textContent = '案件已修改：打印预览不是最新的，请重新点“打印预览”。';
  };
  let timer: number | undefined;
  let pending: ValidationResult | undefined;
  /** Brings the list up to the last check at once (before printing: never the documents of a case as it was). */
  const flush = () => {
    clearTimeout(timer);
    if (pending) update(pending);
    pending = undefined;
  };
  app.onChecked = (result) => {
    pending = result;
    clearTimeout(timer);
    timer = window.setTimeout(flush, 300);
  };
  update(app.check());
  pending = undefined;
}

/** Fetches the parts loaded later (DOCX writer, print view), so the service worker keeps them for use offline. */
export async function prefetch(): Promise<void> {
  await import('../../../scripts/lib/gbt9704/docx/render.ts');
  const { script, style } = printAssets();
  await Promise.all([fetch(script), fetch(style)]);
}
