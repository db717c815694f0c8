/**
 * The page the browser prints: one <article class="doc"> per document, the GB/T 9704
 * stylesheet and the font faces inline, and a Content-Security-Policy that lets the page
 * load nothing but fonts (request interception enforces the same from outside).
 */
import { readFileSync } from 'node:fs';
import { geometryCss } from './geometry.ts';
import { STYLESHEET } from './templates.ts';
import type { RenderJob } from './types.ts';

let stylesheet: string | undefined;
function gbt9704Css(): string {
  stylesheet ??= readFileSync(STYLESHEET, 'utf8');
  return stylesheet;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src file:; img-src 'none'; script-src 'none'";

export function documentHtml(jobs: readonly Pick<RenderJob, 'html' | 'layout' | 'orientation'>[], fontCss: string): string {
  const docs = jobs
    .map((job, i) => `<article class="doc ${job.layout} ${job.orientation}" data-index="${i}">\n${job.html}\n</article>`)
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>公文</title>
<style>
${geometryCss()}
${fontCss}
${gbt9704Css()}
</style></head>
<body>
${docs}
</body></html>`;
}
