/**
 * Ruled tables (the forms, the 工作台账) and the line of facts under a form's title, as the PDF
 * sets them: 0.5 pt rules, 小四 (12 pt; the ledger 五号, 10.5 pt) at 1.35 lines, labels and
 * header cells in 黑体 centred, header rows repeated on every page, a row kept whole unless its
 * content may run on, boxes to write in at least as high as the PDF draws them.
 */
import { AlignmentType, BorderStyle, HeightRule, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type ITableCellOptions, type Paragraph } from 'docx';
import type { Cell, TableBlock, TableRow as ModelRow, FormMetaBlock } from '../forms/model/types.ts';
import { GRID, SETTING } from '../forms/geometry.ts';
import type { Flow } from './blocks.ts';
import { LINE, typeArea } from './page.ts';
import { paragraph } from './paragraph.ts';
import { runs, type RunStyle } from './runs.ts';
import { twips } from './units.ts';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

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

/** The facts under a form's title, spread across the 版心 in 五号 (first flush left, last flush right). */
export function formMeta(block: FormMetaBlock, orientation: 'portrait' | 'landscape'): Table {
  const total = typeArea(orientation).width;
  const widths = columnWidths(
    block.items.map(() => 100 / block.items.length),
    total,
  );
  const style: RunStyle = { role: 'fang', sizePt: SETTING.formMeta.sizePt };
  const align = (i: number) => (i === 0 ? AlignmentType.LEFT : i === block.items.length - 1 ? AlignmentType.RIGHT : AlignmentType.CENTER);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
    rows: [
      new TableRow({
        children: block.items.map(
          (item, i) =>
            new TableCell({
              width: { size: widths[i]!, type: WidthType.DXA },
              borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
              margins: { top: 0, bottom: twips(SETTING.formMeta.after), left: 0, right: 0 },
              children: [
                paragraph(
                  {
                    alignment: align(i),
                    spacing: {
                      line: Math.round(240 * 1.6),
                      lineRule: 'auto',
                      before: 0,
                      after: 0,
                    },
                    children: runs(item, style),
                  },
                  { offGrid: true },
                ),
              ],
            }),
        ),
      }),
    ],
  });
}
