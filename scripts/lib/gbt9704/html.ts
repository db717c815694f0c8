/**
 * The page the browser prints in. It is loaded once per page of the pool (the "shell":
 * stylesheet, font faces, Content-Security-Policy) and then only its body is replaced
 * for each print: parsing the ≈500 @font-face rules and decoding the font files again
 * for every batch would cost over a second each time.
 *
 * The documents themselves go into the body (print-body.ts).
 *
 * The CSP lets the page load nothing but fonts (request interception enforces the same
 * from outside, and JavaScript is off).
 */
import { readFileSync } from 'node:fs';
import { FONT_ORIGIN } from './fonts.ts';
import { geometryCss } from './geometry.ts';
import { numberSheetCss } from './page-numbers.ts';
import { STYLESHEET } from './templates.ts';

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
