/**
 * The 版头, placed where the PDF places it (forms/banner-geometry.ts, one home for both).
 *
 * 文件格式 (GB/T 9704 §7.2): the red 发文机关标志 with its top edge 35 mm below the top of the
 * 版心, condensed when long; the 发文字号 two blank lines under it, centred, or for a 上行文 one
 * character in from the left with the 签发人 one character in from the right (on the line above
 * when the two would not fit one line, as the PDF does); the red rule 4 mm under the number.
 *
 * 信函格式 (§10.1): the mark at the top of the page area, 30 mm from the sheet's edge, above the
 * 版心 where no paragraph can go, so it is a text box anchored to the page; the red double rules
 * (thick over thin 4 mm under the mark, thin over thick 20 mm above the foot, both 170 mm long)
 * are drawn shapes; the 发文字号 flush right under the top rule.
 */
import {
  AlignmentType,
  BorderStyle,
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  TabStopType,
  TextRun,
  TextWrappingType,
  VerticalPositionRelativeFrom,
  type Paragraph,
  type ParagraphChild,
} from 'docx';
import { ShapeRun } from 'docx/shapes';
import { DOUBLE_RULE, LETTERHEAD_TOP, bannerGeometry } from '../banner-geometry.ts';
import { GRID, PLACEMENT, PORTRAIT } from '../geometry.ts';
import { plain } from '../model/text.ts';
import { widthOf } from '../model/title.ts';
import type { BannerBlock } from '../model/types.ts';
import { CHAR, LINE, typeArea } from './page.ts';
import { paragraph } from './paragraph.ts';
import { runs } from './runs.ts';
import { eighths, twips } from './units.ts';

/** The red of the mark and the rules (the PDF's). */
const RED = 'E60012';
const EMU_PER_MM = 36000;
const PX_PER_MM = 96 / 25.4;

const exact = (line: number, before = 0) => ({ line: Math.max(20, Math.round(line)), lineRule: 'exact' as const, before: Math.max(0, Math.round(before)), after: 0 });
/** Grid lines in mm (the PDF's) as twips on Word's grid, so the 版头 ends on a line. */
const onGrid = (mm: number) => Math.round((mm / GRID.linePitch) * LINE);
const BODY = { role: 'fang' as const, sizePt: GRID.bodySize };

function markRuns(block: BannerBlock): ParagraphChild[] {
  const { lines, sizePt, scaleX } = block.mark;
  const style = { role: 'xbs' as const, sizePt, color: RED, scale: Math.round(scaleX * 100) };
  return lines.flatMap((line, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), ...runs([{ t: line }], style)]);
}

/**
 * An empty paragraph `height` high whose top edge is a red rule. A paragraph border adds its own
 * width to the paragraph's height (LibreOffice, as Word): the line is that much less, or the
 * title and everything under it sit 1.4 pt low and a full page runs onto the next.
 */
function rule(before: number, height: number): Paragraph {
  const size = eighths(PLACEMENT.redRuleWidth);
  const border = Math.round((size * 20) / 8);
  return paragraph({ spacing: exact(height - border, before), border: { top: { style: BorderStyle.SINGLE, size, color: RED, space: 0 } }, children: [] }, { offGrid: true });
}

/** Whether the 发文字号 and the 签发人 share a line with a character between them. */
function signerFits(block: BannerBlock): boolean {
  const width = typeArea('portrait').width;
  const number = widthOf(plain(block.number)) * CHAR;
  const signer = widthOf(`签发人：${plain(block.signer ?? [])}`) * CHAR;
  return number + signer + 3 * CHAR <= width;
}

function fileBanner(block: BannerBlock): Paragraph[] {
  const g = bannerGeometry(block);
  const markHeight = block.mark.lines.length * block.mark.sizePt * 20;
  const markTop = twips(g.markTop);
  const numberTop = onGrid(g.numberTop);
  const ruleTop = twips(g.ruleTop!);
  const height = onGrid(g.height);
  const out = [paragraph({ alignment: AlignmentType.CENTER, spacing: exact(markHeight, markTop), children: markRuns(block) }, { offGrid: true })];
  let at = markTop + markHeight;
  const width = typeArea('portrait').width;
  const signer = block.signer ? [...runs([{ t: '签发人：' }], BODY), ...runs(block.signer, { ...BODY, role: 'kai' })] : undefined;
  if (signer && !signerFits(block)) {
    out.push(paragraph({ alignment: AlignmentType.RIGHT, indent: { right: Math.round(CHAR) }, spacing: exact(LINE, numberTop - LINE - at), children: signer }));
    at = numberTop;
  }
  const together = signer && signerFits(block);
  out.push(
    paragraph({
      spacing: exact(LINE, numberTop - at),
      ...(block.signer
        ? { indent: { left: Math.round(CHAR) }, tabStops: together ? [{ type: TabStopType.RIGHT, position: width - Math.round(CHAR) }] : [] }
        : { alignment: AlignmentType.CENTER }),
      children: [...runs(block.number, BODY), ...(together ? [...runs([{ t: '\t' }], BODY), ...signer!] : [])],
    }),
  );
  out.push(rule(ruleTop - (numberTop + LINE), height - ruleTop));
  return out;
}

/** A shape anchored to the page: `top` mm from the sheet's top, centred across it. */
function onPage(top: number, widthMm: number, heightMm: number, content: { fill: string } | { children: Paragraph[] }): ShapeRun {
  return new ShapeRun({
    type: 'rectangle',
    transformation: { width: widthMm * PX_PER_MM, height: heightMm * PX_PER_MM },
    line: 'none',
    ...('fill' in content ? { fill: content.fill } : { fill: 'none', children: content.children, textOptions: { margins: { top: 0, bottom: 0, left: 0, right: 0 } } }),
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.PAGE, align: HorizontalPositionAlign.CENTER },
      verticalPosition: { relative: VerticalPositionRelativeFrom.PAGE, offset: Math.round(top * EMU_PER_MM) },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
  });
}

function letterBanner(block: BannerBlock): Paragraph[] {
  const g = bannerGeometry(block);
  const markHeight = block.mark.lines.length * block.mark.sizePt * (25.4 / 72);
  const mark = onPage(LETTERHEAD_TOP + g.markTop, PORTRAIT.typeWidth, markHeight, {
    children: [paragraph({ alignment: AlignmentType.CENTER, spacing: exact(block.mark.sizePt * 20), children: markRuns(block) }, { offGrid: true })],
  });
  const top = g.doubleRuleTop!;
  const foot = PORTRAIT.height - DOUBLE_RULE.footFromEdge;
  const bars = [
    onPage(top, DOUBLE_RULE.length, DOUBLE_RULE.thick, { fill: RED }),
    onPage(top + DOUBLE_RULE.thick + DOUBLE_RULE.gap, DOUBLE_RULE.length, DOUBLE_RULE.thin, { fill: RED }),
    onPage(foot - DOUBLE_RULE.thick - DOUBLE_RULE.gap - DOUBLE_RULE.thin, DOUBLE_RULE.length, DOUBLE_RULE.thin, { fill: RED }),
    onPage(foot - DOUBLE_RULE.thick, DOUBLE_RULE.length, DOUBLE_RULE.thick, { fill: RED }),
  ];
  // The page area starts LETTERHEAD_TOP from the edge; the 版心, and this paragraph, at 37 mm.
  const offset = PORTRAIT.top - LETTERHEAD_TOP;
  const numberTop = twips(g.numberTop - offset);
  const height = onGrid(g.height - offset);
  // The 发文字号 one 3号 character high at numberTop (CSS line-height 1), then room down to the grid line the title starts on.
  const numberHeight = GRID.bodySize * 20;
  return [
    paragraph({ spacing: exact(20), children: [mark, ...bars] }, { offGrid: true }),
    paragraph({ alignment: AlignmentType.RIGHT, spacing: exact(numberHeight, numberTop - 20), children: runs(block.number, BODY) }, { offGrid: true }),
    paragraph({ spacing: exact(Math.max(20, height - numberTop - numberHeight)), children: [] }, { offGrid: true }),
  ];
}

export function bannerParagraphs(block: BannerBlock): Paragraph[] {
  return block.format === 'letter' ? letterBanner(block) : fileBanner(block);
}
