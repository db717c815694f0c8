/**
 * The body of a print: the documents, each on its own named page with its margins (the 信函格式
 * starts its page area 30 mm from the edge) and, on a draft only, a small provenance line in the
 * bottom margin, where no 公文 element lives (the page number is 7 mm below the 版心, the line
 * 25 mm): provenance is no 公文 element, and a document to issue keeps it in its metadata alone. Apart from
 * html.ts (the shell, which reads the stylesheet from disk): the handbook's case workbench prints
 * the same body in the browser.
 */
import { LETTERHEAD_TOP } from './banner-geometry.ts';
import { SETTING, geometryFor } from './geometry.ts';
import type { RenderJob } from './types.ts';

/** A CSS string literal (the trace holds only hashes, eIds and citations, but nothing is trusted). */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
/** Text inside an HTML element. */
const htmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageRule(name: string, job: Pick<RenderJob, 'orientation' | 'format' | 'trace'>): string {
  const g = geometryFor(job.orientation);
  const top = job.format === 'letter' ? LETTERHEAD_TOP : g.top;
  const trace = job.trace
    ? `@bottom-center{content:${cssString(job.trace)};font-family:var(--font-song);font-size:${SETTING.trace.sizePt}pt;line-height:${SETTING.trace.line};color:#555;vertical-align:bottom;padding-bottom:${SETTING.trace.fromEdge}mm;text-align:center;white-space:nowrap}`
    : '';
  return `@page ${name}{size:${g.width}mm ${g.height}mm;margin:${top}mm ${g.right}mm ${g.bottom}mm ${g.left}mm;${trace}}`;
}

export function documentsBody(jobs: readonly Pick<RenderJob, 'html' | 'layout' | 'orientation' | 'format' | 'trace'>[]): string {
  const pages = jobs.map((job, i) => pageRule(`wq-doc-${i}`, job)).join('\n');
  const docs = jobs
    .map((job, i) => {
      // The trace's characters set once, unseen, in the document: a margin box's text does not
      // make the browser load the font slices it needs before printing.
      const glyphs = job.trace ? `<span class="trace-glyphs" aria-hidden="true">${htmlText(job.trace)}</span>` : '';
      // At the start: an out-of-flow box at the foot of a full last page would open a page of its own.
      return `<article class="doc ${job.layout} ${job.orientation} fmt-${job.format}" data-index="${i}" style="page:wq-doc-${i}">${glyphs}\n${job.html}\n</article>`;
    })
    .join('\n');
  return `<style>${pages}</style>\n${docs}`;
}
