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
  return { html: job.html, layout: job.layout, orientation: job.orientation, format: job.format, trace: job.trace, title: job.meta.title, ...(job.doubleRuleTop !== undefined ? { doubleRuleTop: job.doubleRuleTop } : {}) };
}

async function exportDocx(built: BuiltDocument): Promise<void> {
  const { renderDocx } = await import('../../../scripts/lib/gbt9704/docx/render.ts');
  const job = toRenderJob(built.doc!, templates, new Date(), model);
  const bytes = await renderDocx(built.doc!, { subject: job.meta.subject, trace: job.trace });
  download(bytes, documentFileName(built.doc!.caseId, built.def.title, built.doc!.part).replace(/\.pdf$/, '.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
}

/** The print view: a frame of its own (its stylesheet is GB/T 9704's, not the handbook's), filled by its own script. */
function openPrintView(host: HTMLElement, jobs: PrintJob[], status: HTMLElement): void {
  host.querySelector('iframe.wb-print-frame')?.remove();
  const started = performance.now();
  const frame = h('iframe', { class: 'wb-print-frame', src: new URL('print.html', location.href).href, title: '公文打印预览' });
  const listen = (event: MessageEvent<{ wqPrintReady?: true } & Partial<PrintReply>>) => {
    if (event.source !== frame.contentWindow) return;
    if (event.data?.wqPrintReady) {
      frame.contentWindow!.postMessage({ wqPrint: jobs } satisfies PrintRequest, location.protocol === 'file:' ? '*' : location.origin);
      return;
    }
    const shown = event.data?.wqPrinted;
    if (!shown) return;
    window.removeEventListener('message', listen);
    frame.style.height = `${shown.height}px`;
    const problems = shown.problems.map((p) => `“${p.title}”${p.message}`);
    status.textContent = `共 ${shown.pages} 页，用时 ${Math.round(performance.now() - started)} 毫秒。${problems.length ? `无法排版：${problems.join('；')}。` : ''}`;
    host.dataset['printed'] = String(shown.pages);
  };
  window.addEventListener('message', listen);
  host.appendChild(frame);
}

let attached: { body: HTMLElement; result?: ValidationResult } | undefined;

function draw(app: Workbench, body: HTMLElement, result: ValidationResult): void {
  const built = caseDocuments(result, app.doc, app.asOf);
  if (!result.valid) {
    fill(body, h('p', { class: 'wb-empty' }, '案件没有错误后，这里列出它需要的公文。'));
    return;
  }
  const ready = built.filter((b) => b.doc);
  const status = h('p', { class: 'wb-hint', 'aria-live': 'polite', id: 'wb-print-status' });
  const printArea = h('div', { class: 'wb-print-area', id: 'wb-print-area' });
  const printButton = h('button', { type: 'button', class: 'wb-button', id: 'wb-print-preview', disabled: ready.length === 0 }, '打印预览（全部公文）');
  printButton.addEventListener('click', () => openPrintView(printArea, ready.map((b) => printJob(b)), status));
  const print = h('button', { type: 'button', class: 'wb-button', id: 'wb-print', disabled: ready.length === 0 }, '打印…');
  print.addEventListener('click', () => {
    const frame = printArea.querySelector<HTMLIFrameElement>('iframe.wb-print-frame');
    if (frame?.contentWindow) frame.contentWindow.print();
    else status.textContent = '请先点“打印预览”。';
  });
  fill(
    body,
    ready.length === 0 ? h('p', { class: 'wb-empty' }, '本案目前不需要制作公文。') : h('p', { class: 'wb-hint' }, `本案需要 ${ready.length} 份公文（与“生成公文”命令为同一案件文件生成的相同；没有单位设置文件，发文机关标志按承办机关名称排印，发文字号待填）。`),
    h(
      'ul',
      { class: 'wb-doc-list' },
      ...built.map((b) =>
        h(
          'li',
          { 'data-form': b.def.id },
          h('span', { class: 'wb-doc-title' }, `${b.def.title}${b.doc?.part ? `（${b.doc.part}）` : ''}`),
          b.doc ? h('button', { type: 'button', class: 'wb-button wb-small', onclick: () => void exportDocx(b) }, `导出 DOCX：${b.def.title}`) : h('span', { class: 'wb-error' }, `无法生成：${b.problem?.message ?? ''}`),
        ),
      ),
    ),
    h('div', { class: 'wb-toolbar' }, printButton, print),
    status,
    printArea,
  );
}

/** Shows the documents panel and keeps it up to date with each check. */
export function attach(app: Workbench, body: HTMLElement): void {
  if (attached?.body === body) {
    draw(app, body, app.check());
    return;
  }
  attached = { body };
  let timer: number | undefined;
  app.onChecked = (result) => {
    // Building every document on each keystroke is wasted: once typing pauses.
    clearTimeout(timer);
    timer = window.setTimeout(() => draw(app, body, result), 300);
  };
  draw(app, body, app.check());
}

/** Fetches the parts loaded later (DOCX writer, print view), so the service worker keeps them for use offline. */
export async function prefetch(): Promise<void> {
  await import('../../../scripts/lib/gbt9704/docx/render.ts');
  const frame = h('iframe', { src: new URL('print.html', location.href).href, hidden: true, title: '', 'aria-hidden': 'true', tabindex: -1 });
  frame.addEventListener('load', () => setTimeout(() => frame.remove(), 1000));
  document.body.appendChild(frame);
}
