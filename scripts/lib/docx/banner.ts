/**
 * The 版头 (GB/T 9704 §7.2) on the line grid, placed as the PDF places it (forms/geometry.ts):
 * the 发文机关标志 with its top edge 35 mm below the top of the 版心, red, in 小标宋, condensed
 * when long; the 发文字号 on the eighth line, centred, or for a 上行文 one character in from the
 * left with the 签发人 one character in from the right; the red rule 4 mm below the number's
 * characters; nine lines in all, then two blank lines before the title.
 *
 * 信函格式 (§10.1): the mark at the top of the 版心, a red double rule (thick over thin) under
 * it, the 发文字号 flush right one character in, under the rule.
 */
import { AlignmentType, BorderStyle, TabStopType, TextRun, type Paragraph, type ParagraphChild } from 'docx';
import { paragraph } from './paragraph.ts';
import { BANNER, GRID, PLACEMENT } from '../forms/geometry.ts';
import type { BannerBlock } from '../forms/model/types.ts';
import { CHAR, LINE, typeArea } from './page.ts';
import { runs } from './runs.ts';
import { eighths, twips } from './units.ts';

/** The red of the mark and the rule (the PDF's --red). */
const RED = 'E60012';

const exact = (line: number, before = 0) => ({
  line: Math.max(20, Math.round(line)),
  lineRule: 'exact' as const,
  before: Math.max(0, Math.round(before)),
  after: 0,
});

function markParagraph(block: BannerBlock, before: number): Paragraph {
  const { lines, sizePt, scaleX } = block.mark;
  const style = {
    role: 'xbs' as const,
    sizePt,
    color: RED,
    scale: Math.round(scaleX * 100),
  };
  const children: ParagraphChild[] = lines.flatMap((line, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), ...runs([{ t: line }], style)]);
  return paragraph(
    {
      alignment: AlignmentType.CENTER,
      spacing: exact(sizePt * 20, before),
      children,
    },
    { offGrid: true },
  );
}

function numberParagraph(block: BannerBlock, before: number, alignment: 'center' | 'right'): Paragraph {
  const body = { role: 'fang' as const, sizePt: GRID.bodySize };
  const width = typeArea('portrait').width;
  if (block.signer) {
    return paragraph({
      spacing: exact(LINE, before),
      indent: { left: Math.round(CHAR) },
      tabStops: [{ type: TabStopType.RIGHT, position: width - Math.round(CHAR) }],
      children: [...runs(block.number, body), ...runs([{ t: '\t签发人：' }], body), ...runs(block.signer, { ...body, role: 'kai' })],
    });
  }
  return paragraph({
    alignment: alignment === 'center' ? AlignmentType.CENTER : AlignmentType.RIGHT,
    ...(alignment === 'right' ? { indent: { right: Math.round(CHAR) } } : {}),
    spacing: exact(LINE, before),
    children: runs(block.number, body),
  });
}

/** An empty paragraph `height` high whose top edge is a rule. */
function rule(before: number, height: number, size: number, style: (typeof BorderStyle)[keyof typeof BorderStyle] = BorderStyle.SINGLE): Paragraph {
  return paragraph(
    {
      spacing: exact(height, before),
      border: { top: { style, size, color: RED, space: 0 } },
      children: [],
    },
    { offGrid: true },
  );
}

export function bannerParagraphs(block: BannerBlock): Paragraph[] {
  const markHeight = block.mark.lines.length * block.mark.sizePt * 20;
  if (block.format === 'letter') {
    // Thick over thin: Word's thickThinSmallGap draws the pair as one border.
    return [
      markParagraph(block, 0),
      rule(twips(4), LINE / 2, eighths(1), BorderStyle.THICK_THIN_SMALL_GAP),
      numberParagraph(block, 0, 'right'),
      paragraph({ spacing: exact(LINE), children: [] }),
    ];
  }
  const markTop = twips(PLACEMENT.issuerMarkTop);
  const numberTop = Math.round((BANNER.numberTop / GRID.linePitch) * LINE);
  const ruleTop = twips(BANNER.ruleTop);
  const bannerBottom = PLACEMENT.bannerLines * LINE;
  const afterMark = markTop + markHeight;
  return [
    markParagraph(block, markTop),
    numberParagraph(block, numberTop - afterMark, 'center'),
    rule(ruleTop - (Math.max(numberTop, afterMark) + LINE), bannerBottom - ruleTop, eighths(PLACEMENT.redRuleWidth)),
  ];
}
