/**
 * Ruled tables (the forms, the 工作台账) and the line of facts under a form's title, as the PDF
 * sets them: 0.5 pt rules, 小四 (12 pt; the ledger 五号, 10.5 pt) at 1.35 lines, labels and
 * header cells in 黑体 centred, header rows repeated on every page, a row kept whole unless its
 * content may run on, boxes to write in at least as high as the PDF draws them.
 */
import { AlignmentType, BorderStyle, HeightRule, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type ITableCellOptions } from 'docx';
import type { Cell, TableBlock, TableRow as ModelRow, FormMetaBlock } from '../forms/model/types.ts';
import { typeArea } from './page.ts';
import { paragraph } from './paragraph.ts';
import { runs, type RunStyle } from './runs.ts';
import { twips } from './units.ts';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE_135 = Math.round(240 * 1.35);

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function cell(c: Cell, style: RunStyle, header: boolean, width: number): TableCell {
  const label = header || c.label === true;
  const options: ITableCellOptions = {
    width: { size: width, type: WidthType.DXA },
    margins: {
      top: twips(0.8),
      bottom: twips(0.8),
      left: twips(1.5),
      right: twips(1.5),
    },
    verticalAlign: label ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    borders: { top: RULE, bottom: RULE, left: RULE, right: RULE },
    ...(c.colspan && c.colspan > 1 ? { columnSpan: c.colspan } : {}),
    ...(c.rowspan && c.rowspan > 1 ? { rowSpan: c.rowspan } : {}),
    children: (c.lines.length > 0 ? c.lines : [[]]).map((line) =>
      paragraph(
        {
          alignment: label ? AlignmentType.CENTER : ALIGN[c.align ?? 'left'],
          spacing: { line: LINE_135, lineRule: 'auto', before: 0, after: 0 },
          children: runs(line, label ? { ...style, role: 'hei' } : style),
        },
        { offGrid: true },
      ),
    ),
  };
  return new TableCell(options);
}

function row(r: ModelRow, style: RunStyle, header: boolean, widths: number[]): TableRow {
  let column = 0;
  const cells = r.cells.map((c) => {
    const span = c.colspan ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    return cell(c, style, header, width);
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
    sizePt: block.variant === 'ledger' ? 10.5 : 12,
  };
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...(block.header ?? []).map((r) => row(r, style, true, widths)), ...block.rows.map((r) => row(r, style, false, widths))],
  });
}

/** The facts under a form's title, spread across the 版心 in 五号 (first flush left, last flush right). */
export function formMeta(block: FormMetaBlock, orientation: 'portrait' | 'landscape'): Table {
  const total = typeArea(orientation).width;
  const widths = columnWidths(
    block.items.map(() => 100 / block.items.length),
    total,
  );
  const style: RunStyle = { role: 'fang', sizePt: 10.5 };
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
              margins: { top: 0, bottom: twips(2), left: 0, right: 0 },
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
