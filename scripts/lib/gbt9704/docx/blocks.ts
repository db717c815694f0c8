/**
 * The text blocks of the document model as Word paragraphs, set as the PDF sets them
 * (templates/gbt9704.css): every line of a 公文 exactly one grid line high, body paragraphs
 * indented two characters, headings 一、黑体 （一）楷体 1.（1）仿宋, the 署名 centred over the
 * 成文日期 four characters in from the right, and the 版记 between its rules at the foot of
 * the 版心 of the last page.
 */
import {
  AlignmentType,
  BorderStyle,
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  TabStopType,
  TextRun,
  TextWrappingType,
  VerticalPositionAlign,
  VerticalPositionRelativeFrom,
  type IParagraphOptions,
  type Paragraph,
} from 'docx';
import { ShapeRun } from 'docx/shapes';
import { paragraph } from './paragraph.ts';
import { GRID, PLACEMENT, SETTING } from '../geometry.ts';
import { plain } from '../model/text.ts';
import { widthOf } from '../model/title.ts';
import type { Block, DocumentModel, Text } from '../model/types.ts';
import type { FontRole } from '../fonts.ts';
import { CHAR, LINE, typeArea } from './page.ts';
import { runs, type RunStyle } from './runs.ts';
import { TWIPS_PER_PIXEL, eighths, twips } from './units.ts';

/** How the paragraphs of a document are spaced: on the grid (公文) or at 1.5 lines (forms). */
export interface Flow {
  layout: DocumentModel['layout'];
  orientation: DocumentModel['orientation'];
}

const BODY: RunStyle = { role: 'fang', sizePt: GRID.bodySize };
const INDENT = Math.round(2 * CHAR);

/** A paragraph's spacing: a grid line exactly in a 公文, the form's line height in a form (CSS line-height as exact spacing). */
function spacing(flow: Flow, before = 0, sizePt: number = GRID.bodySize, line: number = SETTING.form.line): IParagraphOptions['spacing'] {
  const height = flow.layout === 'letter' ? LINE : Math.round(sizePt * line * 20);
  return { line: height, lineRule: 'exact', before: Math.round(before), after: 0 };
}

const para = (flow: Flow, before: number, options: Omit<IParagraphOptions, 'spacing'>, sizePt?: number, line?: number) =>
  paragraph({ alignment: AlignmentType.JUSTIFIED, ...options, spacing: spacing(flow, before, sizePt, line) });

const HEADING_FONT: Record<1 | 2 | 3 | 4, FontRole> = {
  1: 'hei',
  2: 'kai',
  3: 'fang',
  4: 'fang',
};

/** Width of a line of body text, twips (full-width characters one pitch, Latin about 0.6). */
const widthTwips = (value: Text | string) => widthOf(typeof value === 'string' ? value : plain(value)) * CHAR;

/**
 * The 署名 and the 成文日期 (§7.3.5), as the PDF places them: the date four characters in from the
 * right, the 署名 centred over it as one box (each line centred in the box), kept inside the 版心.
 */
function signoff(block: Extract<Block, { kind: 'signoff' }>, flow: Flow): Paragraph[] {
  const width = typeArea(flow.orientation).width;
  const dateRight = 4 * CHAR;
  const centreFromRight = dateRight + widthTwips(block.date) / 2;
  const box = Math.max(...block.issuer.map(widthTwips));
  const boxRight = Math.max(0, Math.min(width - box, centreFromRight - box / 2));
  const line = (children: ReturnType<typeof runs>, right: number, first: boolean, last: boolean) =>
    para(flow, first ? LINE : 0, { alignment: AlignmentType.RIGHT, indent: { right: Math.round(right) }, keepNext: !last, keepLines: true, children });
  return [...block.issuer.map((t, i) => line(runs([{ t }], BODY), boxRight + (box - widthTwips(t)) / 2, i === 0, false)), line(runs(block.date, BODY), dateRight, false, true)];
}

/**
 * The 版记: 抄送 and 印发 lines in 4号 between rules as wide as the 版心, thick first and last and
 * thin between, in a text box anchored to the foot of the 版心 (GB/T 9704 §7.4.1: the last rule
 * on the bottom edge of the last page's 版心), text kept above it. A frame (w:framePr) or a
 * floating table would be simpler, but LibreOffice leaves both in the flow; a DrawingML text
 * box is placed alike by Word, WPS and LibreOffice.
 */
function banji(block: Extract<Block, { kind: 'banji' }>, flow: Flow): Paragraph[] {
  const width = typeArea(flow.orientation).width;
  const thick = { style: BorderStyle.SINGLE, size: eighths(PLACEMENT.banjiThick), color: '000000', space: 0 };
  const thin = { style: BorderStyle.SINGLE, size: eighths(PLACEMENT.banjiThin), color: '000000', space: 0 };
  const { sizePt, ccIndent, ccFirst } = SETTING.banji;
  const style: RunStyle = { role: 'fang', sizePt };
  const char = Math.round(CHAR);
  // 信函格式: 抄送 only, without rules (GB/T 9704 §10.1).
  const ruled = block.printer !== undefined || block.printDate !== undefined;
  const rows: { children: ReturnType<typeof runs>; lines: number; indent: { left: number; right: number; hanging?: number }; tab?: boolean }[] = [];
  if (block.cc) {
    const text: Text = [{ t: '抄送：' }, ...block.cc, { t: '。' }];
    const perLine = (width - 2 * char) / (sizePt * 20);
    rows.push({
      children: runs(text, style),
      lines: Math.max(1, Math.ceil(widthOf(plain(text)) / perLine)),
      indent: { left: ccIndent * char, right: char, hanging: -ccFirst * char },
    });
  }
  if (block.printer || block.printDate) {
    rows.push({
      children: [...runs([{ t: block.printer ?? '' }, { t: '\t' }], style), ...runs([...(block.printDate ?? []), { t: '印发' }], style)],
      lines: 1,
      indent: { left: char, right: char },
      tab: true,
    });
  }
  const inner = rows.map((row, i) =>
    paragraph(
      {
        spacing: { line: LINE, lineRule: 'exact', before: 0, after: 0 },
        indent: row.indent,
        tabStops: row.tab ? [{ type: TabStopType.RIGHT, position: width - char }] : [],
        ...(ruled ? { border: { ...(i === 0 ? { top: thick } : {}), bottom: i === rows.length - 1 ? thick : thin } } : {}),
        children: row.children,
      },
      { offGrid: true },
    ),
  );
  const height = rows.reduce((n, r) => n + r.lines, 0) * LINE;
  const box = new ShapeRun({
    type: 'rectangle',
    transformation: { width: width / TWIPS_PER_PIXEL, height: height / TWIPS_PER_PIXEL },
    fill: 'none',
    line: 'none',
    children: inner,
    textOptions: { margins: { top: 0, bottom: 0, left: 0, right: 0 }, verticalAlignment: 'bottom' },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, align: HorizontalPositionAlign.CENTER },
      verticalPosition: { relative: VerticalPositionRelativeFrom.MARGIN, align: VerticalPositionAlign.BOTTOM },
      wrap: { type: TextWrappingType.NONE },
      allowOverlap: true,
    },
    altText: { name: '版记', description: '版记', title: '版记' },
  });
  // The anchor reserves the 版记's lines in the flow, as the PDF does, and no more: with the box
  // wrapped top and bottom, a separate anchor paragraph a point high also had to fit above it,
  // and a page whose body leaves exactly the 版记's lines free (LibreOffice's grid holds 22 lines
  // and not a twip more) sent the anchor and the 版记 on to a page of their own.
  return [paragraph({ spacing: { line: 20, lineRule: 'exact', before: height - 20, after: 0 }, children: [box] }, { offGrid: true })];
}

/** 附件：1.… one line under the body, two characters in; later items under the first item's name (the PDF's layout). */
function attachments(block: Extract<Block, { kind: 'attachments' }>, flow: Flow): Paragraph[] {
  return block.items.map((item, i) =>
    para(flow, i === 0 ? LINE : 0, {
      alignment: AlignmentType.LEFT,
      indent: { left: Math.round((i === 0 ? 2 : 5) * CHAR) },
      keepNext: true,
      children: runs(i === 0 ? [{ t: '附件：' }, ...item] : item, BODY),
    }),
  );
}

/** Space above a block, twips: two blank lines between a 文件格式 版头 and the title (the blank line under a title is the title's own). */
function gapBefore(previous: Block | undefined, block: Block, flow: Flow): number {
  if (flow.layout === 'letter' && block.kind === 'title' && previous?.kind === 'banner' && previous.format === 'file') return 2 * LINE;
  return 0;
}

export function blockParagraphs(block: Block, previous: Block | undefined, flow: Flow): Paragraph[] {
  const before = gapBefore(previous, block, flow);
  switch (block.kind) {
    case 'title': {
      // Lines 1.1 grid lines apart; in a 公文 the block, with the blank line under it, is
      // (lines + 1) grid lines high, in a form a little space follows it (as in the PDF).
      const line = Math.round(LINE * SETTING.title.lineFactor);
      const after = flow.layout === 'letter' ? (block.lines.length + 1) * LINE - block.lines.length * line : twips(SETTING.formTitleAfter);
      return [
        paragraph(
          {
            alignment: AlignmentType.CENTER,
            spacing: { line, lineRule: 'exact', before: Math.round(before), after: Math.max(0, after) },
            keepNext: true,
            children: block.lines.flatMap((l, i) => [...(i > 0 ? [new TextRun({ break: 1 })] : []), ...runs([{ t: l }], { role: 'xbs', sizePt: SETTING.title.sizePt })]),
          },
          { offGrid: true },
        ),
      ];
    }
    case 'addressee':
      return [
        para(flow, before, {
          alignment: AlignmentType.LEFT,
          children: runs(block.text, BODY),
        }),
      ];
    case 'paragraph':
      if (flow.layout === 'form' && block.flush) {
        // A form's note under its table: 五号, a little space above it.
        const { sizePt, line, before: above } = SETTING.formNote;
        return [para(flow, twips(above), { alignment: AlignmentType.LEFT, children: runs(block.text, { role: 'fang', sizePt }) }, sizePt, line)];
      }
      return [
        para(flow, before, {
          indent: block.flush ? {} : { firstLine: INDENT },
          keepNext: block.closing === true,
          children: runs(block.text, BODY),
        }),
      ];
    case 'heading':
      return [
        para(flow, before, {
          indent: { firstLine: INDENT },
          keepNext: true,
          children: runs(block.text, {
            ...BODY,
            role: HEADING_FONT[block.level],
          }),
        }),
      ];
    case 'note':
      return [
        para(flow, before, {
          indent: { firstLine: INDENT },
          children: runs(block.text, BODY),
        }),
      ];
    case 'attachments':
      return attachments(block, flow);
    case 'signoff':
      return signoff(block, flow);
    case 'banji':
      return banji(block, flow);
    case 'figure':
      // No form has a chart; the report that has them is not made as a DOCX (its tables give the same figures).
      throw new Error('DOCX 不含图表：图表只在 PDF 和 HTML 中');
    case 'banner':
    case 'form-meta':
    case 'table':
      throw new Error(`${block.kind} is laid out by its own module`);
  }
}
