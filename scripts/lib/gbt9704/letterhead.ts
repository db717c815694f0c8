/**
 * The 信函格式's red double rules (GB/T 9704 §10.1), drawn on the first page after printing:
 * 4 mm under the mark, thick over thin; 20 mm above the foot of the sheet, thin over thick;
 * both 170 mm long and centred, wider than the 版心, where the printed page cannot reach.
 */
import { beginMarkedContent, endMarkedContent, rgb, type PDFPage } from 'pdf-lib';
import { DOUBLE_RULE, doubleRuleBars } from './banner-geometry.ts';
import { MM_PER_PT } from './geometry.ts';

const RED = rgb(0xe6 / 255, 0, 0x12 / 255);
const pt = (mm: number) => mm / MM_PER_PT;

export function drawDoubleRules(page: PDFPage, topMm: number): void {
  const { width, height } = page.getSize();
  const widthMm = width * MM_PER_PT;
  const x = pt((widthMm - DOUBLE_RULE.length) / 2);
  const w = pt(DOUBLE_RULE.length);
  const bar = (fromTopMm: number, thicknessMm: number) =>
    page.drawRectangle({ x, y: height - pt(fromTopMm + thicknessMm), width: w, height: pt(thicknessMm), color: RED });
  // Rules are decoration: an artifact in the tagged PDF.
  page.pushOperators(beginMarkedContent('Artifact'));
  for (const b of doubleRuleBars(topMm, height * MM_PER_PT)) bar(b.top, b.thickness);
  page.pushOperators(endMarkedContent());
}
