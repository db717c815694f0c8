/**
 * Where the parts of a 版头 go, mm from the top of the block, for the stylesheet and for the
 * rules drawn after printing. 文件格式 (GB/T 9704 §7.2): the mark's top 35 mm below the 版心's
 * top, the 发文字号 two blank lines under the mark, the red rule 4 mm under the number. 信函格式
 * (§10.1): the page area starts 30 mm from the edge (see html.ts), the mark at its top, a red
 * double rule 4 mm under the mark, the 发文字号 7/8 of a 3号 character under the rule, flush right.
 */
import { GRID, MM_PER_PT, PLACEMENT } from './geometry.ts';
import type { BannerBlock } from './model/types.ts';

/** 信函格式: the page area's top edge, mm from the sheet's (the 版心 stays at 37 mm). */
export const LETTERHEAD_TOP = 30;
/** The 版心's top below the page area's top on every page of a 信函格式 document. */
export const LETTERHEAD_OFFSET = 37 - LETTERHEAD_TOP;
/** The double rules: thick over thin at the top, thin over thick at the foot, 170 mm long. */
export const DOUBLE_RULE = { thick: 0.8, thin: 0.3, gap: 0.5, length: 170, footFromEdge: 20 } as const;

/** The four bars of the double rules, mm from the sheet's top: thick over thin at `top`, thin over thick at the foot. */
export function doubleRuleBars(top: number, sheetHeight: number): { top: number; thickness: number }[] {
  const foot = sheetHeight - DOUBLE_RULE.footFromEdge;
  return [
    { top, thickness: DOUBLE_RULE.thick },
    { top: top + DOUBLE_RULE.thick + DOUBLE_RULE.gap, thickness: DOUBLE_RULE.thin },
    { top: foot - DOUBLE_RULE.thick - DOUBLE_RULE.gap - DOUBLE_RULE.thin, thickness: DOUBLE_RULE.thin },
    { top: foot - DOUBLE_RULE.thick, thickness: DOUBLE_RULE.thick },
  ];
}

export interface BannerGeometry {
  height: number;
  markTop: number;
  numberTop: number;
  /** 文件格式: the red rule's top; 信函格式: absent (the double rule is drawn on the PDF). */
  ruleTop?: number;
  /** 信函格式: the double rule's top, mm from the top of the sheet. */
  doubleRuleTop?: number;
}

const line = GRID.linePitch;
const bodyMm = GRID.bodySize * MM_PER_PT;

export function bannerGeometry(banner: Pick<BannerBlock, 'format' | 'mark'>): BannerGeometry {
  // A two-line mark has half its size between the lines, so that its letters never touch (templates/gbt9704.css).
  const markHeight = (banner.mark.lines.length * 1.5 - 0.5) * banner.mark.sizePt * MM_PER_PT;
  if (banner.format === 'letter') {
    const ruleTop = markHeight + PLACEMENT.ruleBelowNumber;
    const numberTop = ruleTop + DOUBLE_RULE.thick + DOUBLE_RULE.gap + DOUBLE_RULE.thin + (bodyMm * 7) / 8;
    // The block ends so that the title, two blank lines under the 发文字号, falls on the 版心's grid.
    const below = numberTop + bodyMm + 2 * line - LETTERHEAD_OFFSET;
    return { height: LETTERHEAD_OFFSET + Math.ceil(below / line - 0.05) * line, markTop: 0, numberTop, doubleRuleTop: LETTERHEAD_TOP + ruleTop };
  }
  const markTop = PLACEMENT.issuerMarkTop;
  const numberLine = Math.max(PLACEMENT.linesAfterMark + 5, Math.ceil((markTop + markHeight) / line - 0.05) + PLACEMENT.linesAfterMark);
  const numberTop = numberLine * line;
  const glyphBottom = numberTop + (line + bodyMm) / 2;
  return { height: (numberLine + 2) * line, markTop, numberTop, ruleTop: glyphBottom + PLACEMENT.ruleBelowNumber };
}
