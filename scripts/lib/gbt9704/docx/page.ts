/**
 * GB/T 9704-2012 in Word's terms, from the same numbers the PDF is laid out with
 * (forms/geometry.ts): A4, margins 37 / 26 / 35 / 28 mm, a document grid of 22 lines of 28
 * characters, and page numbers "— 1 —" in 4号 half-width 宋体 7 mm below the 版心, odd pages on
 * the right and even pages on the left, one character in from the edge.
 */
import { AlignmentType, DocumentGridType, Footer, PageNumber, PageOrientation, TextRun, type ISectionOptions } from 'docx';
import { paragraph } from './paragraph.ts';
import { GRID, PLACEMENT, SETTING, geometryFor, type PageGeometry } from '../geometry.ts';
import { runFont } from './fonts.ts';
import { halfPoints, twips } from './units.ts';

/** The 版心 of a page, in twips. */
export function typeArea(orientation: PageGeometry['orientation']): {
  width: number;
  height: number;
} {
  const g = geometryFor(orientation);
  return {
    width: twips(g.width) - twips(g.left) - twips(g.right),
    height: twips(g.height) - twips(g.top) - twips(g.bottom),
  };
}

/**
 * The grid's line pitch: the 版心's height over 22, rounded down so that 22 lines always fit
 * (Word counts floor(height / pitch) lines on a page).
 */
export const LINE = Math.floor(typeArea('portrait').height / GRID.lines);
/** The character pitch: the 版心's width over 28 (15.79 pt, a little under the 16 pt type). */
export const CHAR = typeArea('portrait').width / GRID.chars;

/**
 * The 28 characters of a line come from character spacing, not from Word's character grid:
 * 28 characters of 16 pt would be 2 mm too wide, so the grid's pitch (15.79 pt) is less than
 * the type, and its w:charSpace is negative, which LibreOffice reads wrongly (18 characters to
 * a line; measured with LibreOffice 7.4) and a pitch under the type makes it give each character
 * two cells (14 to a line). Spacing every body character by a whole number of twentieths of a
 * point no larger than the pitch's shortfall (−0.25 pt) fits 28 and no more in every reader;
 * justification then spreads them to the width of the 版心, as the PDF does.
 */
export const BODY_TRACKING = Math.floor((CHAR / 20 - GRID.bodySize) * 20);

/** The trace line in the bottom margin, as the PDF prints it: 宋体, centred, its foot a few mm above the sheet's edge. */
const TRACE = { ...SETTING.trace, linePt: SETTING.trace.sizePt * SETTING.trace.line };

/**
 * Word's footer distance runs from the sheet's bottom edge to the bottom of the footer. The
 * page-number line is set exactly as high as its type (14 pt) with its top edge 7 mm below the
 * 版心; under it, the trace line ends TRACE.fromEdge above the edge (with no trace, the number
 * line is the footer's foot).
 */
function footer(side: 'odd' | 'even', g: PageGeometry, trace: string | undefined): Footer {
  const numberTop = g.bottom - PLACEMENT.pageNumberGap;
  const numberHeight = PLACEMENT.pageNumberSize * 20;
  const number = paragraph(
    {
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: Math.round(CHAR) } : { left: Math.round(CHAR) },
      spacing: { line: numberHeight, lineRule: 'exact', before: 0, after: 0 },
      children: [new TextRun({ ...runFont('song'), size: halfPoints(PLACEMENT.pageNumberSize), children: ['— ', PageNumber.CURRENT, ' —'] })],
    },
    { offGrid: true },
  );
  if (!trace) return new Footer({ children: [number] });
  const traceHeight = Math.round(TRACE.linePt * 20);
  const gap = twips(numberTop - TRACE.fromEdge) - numberHeight - traceHeight;
  const line = paragraph(
    {
      alignment: AlignmentType.CENTER,
      spacing: { line: traceHeight, lineRule: 'exact', before: Math.max(0, gap), after: 0 },
      children: [new TextRun({ ...runFont('song'), size: halfPoints(TRACE.sizePt), color: '555555', text: trace })],
    },
    { offGrid: true },
  );
  return new Footer({ children: [number, line] });
}

/** Where the footer's foot lies: under the trace line, or under the page number when there is none. */
function footerDistance(g: PageGeometry, trace: string | undefined): number {
  return trace ? twips(TRACE.fromEdge) : twips(g.bottom - PLACEMENT.pageNumberGap) - PLACEMENT.pageNumberSize * 20;
}

/**
 * The section: page size and margins; for a 公文 the line grid of 22 lines as well (a ruled
 * form or the landscape ledger lays out by its table, not the grid); footers with the page
 * numbers and the trace line.
 */
export function sectionProperties(orientation: PageGeometry['orientation'], grid: boolean, trace?: string): Pick<ISectionOptions, 'properties' | 'footers'> {
  const g = geometryFor(orientation);
  // docx takes the portrait sheet and turns it for a landscape section.
  const portrait = geometryFor('portrait');
  return {
    properties: {
      page: {
        size: { width: twips(portrait.width), height: twips(portrait.height), orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: twips(g.top), right: twips(g.right), bottom: twips(g.bottom), left: twips(g.left), header: twips(g.top / 2), footer: footerDistance(g, trace), gutter: 0 },
      },
      grid: { type: grid ? DocumentGridType.LINES : DocumentGridType.DEFAULT, linePitch: LINE },
    },
    footers: { default: footer('odd', g, trace), even: footer('even', g, trace) },
  };
}
