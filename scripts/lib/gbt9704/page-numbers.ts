/**
 * Page numbers, "— 1 —", each document counting from 1 even when many documents are
 * printed in one go.
 *
 * Chromium's footerTemplate and CSS page-margin boxes can only count the pages of the
 * whole print job, so the numbers are not printed with the content. Instead the browser
 * prints, once per batch, a sheet of numbers (page k carries "— k —" in 4号宋体 at the
 * GB/T 9704 place for page k: 7 mm below the 版心, odd right, even left, one character
 * in), and each document's page k is stamped with sheet page k as a form XObject. The
 * numbers are real text in an embedded font, like the rest of the page, marked as an artifact
 * (pagination) in the tagged PDF.
 */
import { PDFDocument, beginMarkedContent, endMarkedContent, type PDFEmbeddedPage, type PDFPage } from 'pdf-lib';
import type { Page } from 'puppeteer-core';
import { geometryFor, type PageGeometry } from './geometry.ts';
import { pageNumberPlace } from './page-number-place.ts';
import type { FontRole } from './fonts.ts';
import { checkFonts, setBody } from './page-setup.ts';
import type { FormTemplates } from './templates.ts';

export interface NumberSheet {
  orientation: PageGeometry['orientation'];
  doc: PDFDocument;
  pages: number;
  /** Font roles the sheet used (宋体 for the numbers). */
  used: Set<FontRole>;
}

/** Sheets of each orientation print on their own named page, margin-less, inside the shell. */
export function numberSheetCss(): string {
  return (['portrait', 'landscape'] as const)
    .map((orientation) => {
      const g = geometryFor(orientation);
      const place = pageNumberPlace(orientation);
      return `@page sheet-${orientation}{size:${g.width}mm ${g.height}mm;margin:0}
.sheet.${orientation}{page:sheet-${orientation};position:relative;width:${g.width}mm;height:${g.height - 1}mm;overflow:hidden;break-after:page}
.sheet.${orientation} .pn{position:absolute;top:${place.top}mm;font-family:var(--font-song);font-size:${place.sizePt}pt;line-height:1;white-space:nowrap;letter-spacing:0;font-kerning:none}
.sheet.${orientation} .pn.odd{right:${place.oddRight}mm}
.sheet.${orientation} .pn.even{left:${place.evenLeft}mm}`;
    })
    .join('\n') + '\n.sheet:last-child{break-after:auto}';
}

function numberSheetBody(templates: FormTemplates, count: number, orientation: PageGeometry['orientation']): string {
  const template = templates.handlebars.partials['page-numbers'];
  if (template === undefined) throw new Error('缺少页码模板 templates/blocks/page-numbers.hbs');
  const render = typeof template === 'function' ? template : templates.handlebars.compile(String(template));
  const pages = Array.from({ length: count }, (_, i) => ({ number: i + 1, side: (i + 1) % 2 === 1 ? 'odd' : 'even', orientation }));
  return render({ pages });
}

export async function printNumberSheet(page: Page, templates: FormTemplates, count: number, orientation: PageGeometry['orientation']): Promise<NumberSheet> {
  await setBody(page, numberSheetBody(templates, count, orientation));
  const { used } = await checkFonts(page);
  // No background: the sheet is laid over finished pages and must cover nothing but its number.
  const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: false, omitBackground: true });
  const doc = await PDFDocument.load(bytes);
  if (doc.getPageCount() !== count) throw new Error(`页码页数不符：应为 ${count}，实为 ${doc.getPageCount()}`);
  return { orientation, doc, pages: count, used };
}

/** Stamps pages 1…n of a document with the sheet's numbers; the 信函格式 shows none on its first page (§10.1). */
export async function stampPageNumbers(doc: PDFDocument, sheets: (orientation: PageGeometry['orientation']) => NumberSheet, skipFirst = false): Promise<void> {
  const pages = doc.getPages();
  const cache = new Map<string, PDFEmbeddedPage>();
  for (const [i, page] of pages.entries()) {
    if (i === 0 && skipFirst) continue;
    const orientation = orientationOf(page);
    const sheet = sheets(orientation);
    if (i >= sheet.pages) throw new Error(`页码页不足：需要第 ${i + 1} 页`);
    const key = `${orientation}:${i}`;
    let stamp = cache.get(key);
    if (!stamp) {
      stamp = await doc.embedPage(sheet.doc.getPage(i));
      cache.set(key, stamp);
    }
    // A page number is pagination, not content: an artifact, outside the structure tree.
    page.pushOperators(beginMarkedContent('Artifact'));
    page.drawPage(stamp, { x: 0, y: 0 });
    page.pushOperators(endMarkedContent());
  }
}

function orientationOf(page: PDFPage): PageGeometry['orientation'] {
  const { width, height } = page.getSize();
  return width > height ? 'landscape' : 'portrait';
}
