/**
 * Ruled tables (the forms, the 工作台账) and the line of facts under a form's title, as the PDF
 * sets them (SETTING.table): 0.5 pt rules, 五号 (the ledger 10 pt) at 1.5 lines, labels and
 * header cells in 黑体 centred, header rows repeated on every page, a row kept whole unless its
 * content may run on, boxes to write in at least as high as the PDF draws them.
 */
import { AlignmentType, BorderStyle, HeightRule, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlignTable, WidthType, type ITableCellOptions, type Paragraph } from 'docx';
import { plain } from '../model/text.ts';
import { widthOf } from '../model/title.ts';
import type { Cell, TableBlock, TableRow as ModelRow, FormMetaBlock } from '../model/types.ts';
import { GRID, SETTING } from '../geometry.ts';
import type { Flow } from './blocks.ts';
import { LINE, typeArea } from './page.ts';
import { paragraph } from './paragraph.ts';
import { runs, type RunStyle } from './runs.ts';
import { twips } from './units.ts';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function cell(c: Cell, style: RunStyle, header: boolean, width: number, keepNext: boolean): TableCell {
  const label = header || c.label === true;
  const options: ITableCellOptions = {
    width: { size: width, type: WidthType.DXA },
    margins: {
      top: twips(SETTING.table.padV),
      bottom: twips(SETTING.table.padV),
      left: twips(SETTING.table.padH),
      right: twips(SETTING.table.padH),
    },
    verticalAlign: label ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE },
    ...(c.colspan && c.colspan > 1 ? { columnSpan: c.colspan } : {}),
    ...(c.rowspan && c.rowspan > 1 ? { rowSpan: c.rowspan } : {}),
    children: (c.lines.length > 0 ? c.lines : [[]]).map((line) =>
      paragraph(
        {
          alignment: label ? AlignmentType.CENTER : ALIGN[c.align ?? 'left'],
          spacing: { line: Math.round(style.sizePt * SETTING.table.line * 20), lineRule: 'exact', before: 0, after: 0 },
          ...(keepNext ? { keepNext: true } : {}),
          children: runs(line, label ? { ...style, role: 'hei' } : style),
        },
        { offGrid: true },
      ),
    ),
  };
  return new TableCell(options);
}

/** `keepNext`: the row after it is kept on its page (Word keeps rows together by their paragraphs). */
function row(r: ModelRow, style: RunStyle, header: boolean, widths: number[], keepNext = false): TableRow {
  let column = 0;
  const cells = r.cells.map((c) => {
    const span = c.colspan ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    return cell(c, style, header, width, keepNext);
  });
  const minHeight = Math.max(0, ...r.cells.map((c) => c.minHeight ?? 0));
  return new TableRow({
    children: cells,
    ...(header ? { tableHeader: true } : {}),
    ...(r.split ? {} : { cantSplit: true }),
    ...(minHeight > 0 ? { height: { value: twips(minHeight), rule: HeightRule.ATLEAST } } : {}),
  });
}

/** Column widths in twips from the model's percentages, summing to the 版心's width exactly. */
function columnWidths(percent: readonly number[], total: number): number[] {
  const widths = percent.map((p) => Math.floor((p / 100) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export function table(block: TableBlock, orientation: 'portrait' | 'landscape'): Table {
  const total = typeArea(orientation).width;
  const widths = columnWidths(block.columns, total);
  const style: RunStyle = {
    role: 'fang',
    sizePt: block.variant === 'ledger' ? SETTING.table.ledgerSizePt : SETTING.table.sizePt,
  };
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...(block.header ?? []).map((r) => row(r, style, true, widths)), ...block.rows.map((r, i) => row(r, style, false, widths, block.rows[i + 1]?.keep === true))],
  });
}

/** A table's title, centred on the grid line above it and kept with it. */
export function tableCaption(block: TableBlock, flow: Flow): Paragraph[] {
  if (!block.caption) return [];
  const line = flow.layout === 'letter' ? LINE : Math.round(GRID.bodySize * SETTING.form.line * 20);
  return [
    paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { line, lineRule: 'exact', before: 0, after: 0 },
      children: runs([{ t: block.caption }], { role: 'fang', sizePt: GRID.bodySize }),
    }),
  ];
}

/**
 * The facts under a form's title in 五号, as the PDF's flex line lays them (wrapping, space
 * between): packed into lines, each item as wide as its words, at least 6 mm apart; on each line
 * the first flush left, the last flush right (a right tab), those between at even spaces.
 */
export function formMeta(block: FormMetaBlock, orientation: 'portrait' | 'landscape'): Paragraph[] {
  const total = typeArea(orientation).width;
  const { sizePt, line, after } = SETTING.formMeta;
  const gap = twips(6);
  // Half a character to spare: Word's metrics for the substitute font are not the PDF's.
  const width = (item: FormMetaBlock['items'][number]) => Math.ceil((widthOf(plain(item)) + 0.5) * sizePt * 20);
  const lines: FormMetaBlock['items'][] = [];
  let used = 0;
  for (const item of block.items) {
    const w = width(item);
    const current = lines.at(-1);
    if (current && used + gap + w <= total) {
      current.push(item);
      used += gap + w;
    } else {
      lines.push([item]);
      used = w;
    }
  }
  const style: RunStyle = { role: 'fang', sizePt };
  return lines.map((items, k) => {
    const widths = items.map(width);
    const space = items.length > 1 ? (total - widths.reduce((a, b) => a + b, 0)) / (items.length - 1) : 0;
    const stops = items.slice(1).map((_, i) => {
      const last = i === items.length - 2;
      const x = widths.slice(0, i + 1).reduce((a, b) => a + b, 0) + (i + 1) * space;
      return last ? { type: TabStopType.RIGHT, position: total } : { type: TabStopType.LEFT, position: Math.round(x) };
    });
    return paragraph(
      {
        alignment: AlignmentType.LEFT,
        tabStops: stops,
        spacing: { line: Math.round(sizePt * line * 20), lineRule: 'exact', before: 0, after: k === lines.length - 1 ? twips(after) : 0 },
        children: items.flatMap((item, i) => [...(i > 0 ? [new TextRun({ text: '\t' })] : []), ...runs(item, style)]),
      },
      { offGrid: true },
    );
  });
}
