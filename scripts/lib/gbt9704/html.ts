/**
 * The page the browser prints in. It is loaded once per page of the pool (the "shell":
 * stylesheet, font faces, Content-Security-Policy) and then only its body is replaced
 * for each print: parsing the ≈500 @font-face rules and decoding the font files again
 * for every batch would cost over a second each time.
 *
 * Each document prints on its own named page: its margins (the 信函格式 starts its page area
 * 30 mm from the edge) and, on a draft only, a small provenance line in the bottom margin, where
 * no 公文 element lives (the page number is 7 mm below the 版心, the line 25 mm): provenance is
 * no 公文 element, and a document to issue keeps it in its metadata alone.
 *
 * The CSP lets the page load nothing but fonts (request interception enforces the same
 * from outside, and JavaScript is off).
 */
import { readFileSync } from 'node:fs';
import { LETTERHEAD_TOP } from './banner-geometry.ts';
import { FONT_ORIGIN } from './fonts.ts';
import { SETTING, geometryCss, geometryFor } from './geometry.ts';
import { numberSheetCss } from './page-numbers.ts';
import { STYLESHEET } from './templates.ts';
import type { RenderJob } from './types.ts';

let stylesheet: string | undefined;
function gbt9704Css(): string {
  stylesheet ??= readFileSync(STYLESHEET, 'utf8');
  return stylesheet;
}

const CSP = `default-src 'none'; style-src 'unsafe-inline'; font-src ${FONT_ORIGIN}; img-src 'none'; script-src 'none'`;

/** The id of the <style> holding the role → face choices, replaced once the installed faces are known. */
export const ROLE_STYLE_ID = 'wq-roles';

export function shellHtml(bundledFontCss: string, roleCss: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>公文</title>
<style>
${geometryCss()}
${bundledFontCss}
${gbt9704Css()}
${numberSheetCss()}
</style>
<style id="${ROLE_STYLE_ID}">${roleCss}</style></head>
<body></body></html>`;
}

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
