/**
 * How a ledger sheet looks in Excel, WPS and LibreOffice Calc, on screen and on paper: a Chinese
 * font, A4 landscape scaled to the page's width (as many pages down as the rows need), the
 * title and header rows repeated on every page, 内部使用 and the page number in the header and
 * footer, a filter on the header row, and rows tall enough for their wrapped text.
 *
 * Row heights must be written: Excel does not grow a row for wrapped text in a file it opens,
 * so a row left at the default height shows one line of a long list of duties. The height is
 * estimated from the text (a CJK character is two of the width units Excel measures columns
 * in, a Latin one about one) and checked against LibreOffice's own fitted heights in
 * test/report/ledger-calc.test.ts.
 */
import type ExcelJS from 'exceljs';

/** 宋体 is on every Chinese Windows and in WPS; Calc substitutes a CJK face it has. */
export const LEDGER_FONT = { name: '宋体', size: 10.5 } as const;

/** One line of 五号 text with its leading, as Excel sets 宋体 10.5 pt (18 px), and the cell's padding (pt). */
const LINE_HEIGHT = 13.5;
const PADDING = 4;
/** Room lost to a cell's side padding (width units) and to line breaks that cannot fall just anywhere. */
const SIDE_PADDING = 1;
const BREAK_SLACK = 0.95;

/** Width of a text in Excel's column units: CJK and full-width forms are two, others about one. */
function textUnits(text: string): number {
  let units = 0;
  for (const c of text) units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(c) ? 2 : 1.1;
  return units;
}

/** Lines a text takes in a column `width` units wide, wrapped. */
function linesIn(text: string, width: number): number {
  const room = Math.max(1, (width - SIDE_PADDING) * BREAK_SLACK);
  return text.split('\n').reduce((n, paragraph) => n + Math.max(1, Math.ceil(textUnits(paragraph) / room)), 0);
}

/** The height (pt) a row needs for its cells' wrapped text. */
export function rowHeight(texts: readonly (string | undefined)[], widths: readonly number[]): number {
  const lines = Math.max(1, ...texts.map((t, i) => (t ? linesIn(t, widths[i]!) : 1)));
  return Math.ceil(lines * LINE_HEIGHT + PADDING);
}

/** The sheet on paper: A4 landscape, one page wide, title rows on every page, header and footer. */
export function printLayout(sheet: ExcelJS.Worksheet, title: string, headerRows: number, columns: number): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages down as the rows need
    horizontalCentered: true,
    printTitlesRow: `1:${headerRows}`,
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  // Header and footer codes: &L &C &R sections, &"font,style", &P page, &N pages. A & in the title is doubled.
  const font = `&"${LEDGER_FONT.name},常规"`;
  const text = title.replaceAll('&', '&&');
  sheet.headerFooter = {
    oddHeader: `&L${font}&10内部使用&C${font}&10${text}`,
    oddFooter: `&L${font}&10内部使用　不得对外提供&C${font}&10第 &P 页，共 &N 页&R${font}&10&A`,
  };
  sheet.autoFilter = { from: { row: headerRows, column: 1 }, to: { row: headerRows, column: columns } };
}
