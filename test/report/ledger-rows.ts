/**
 * The two 工作台账 read as rows, for the tests that compare them: the PDF ledger's cells from
 * wq-forms' document model, and the workbook's rows as exceljs reads them back.
 */
import { readCases } from '../../scripts/lib/documents/inputs.ts';
import { ledgers } from '../../scripts/lib/documents/ledger.ts';
import { plain } from '../../scripts/lib/gbt9704/model/text.ts';
import { createValidator } from '../../scripts/lib/validate/index.ts';

/** The PDF ledger's cells, each as text, by case id, over `files` as of `asOf`; refused files are returned for the test to check. */
export async function pdfLedgerCells(files: readonly string[], asOf: string): Promise<{ cells: Map<string, string[]>; refused: unknown[] }> {
  const validator = await createValidator({ asOf });
  const inputs = readCases([...files], { validator, model: validator.model, asOf, units: [] }, () => undefined, () => undefined, (f) => f);
  const cells = new Map<string, string[]>();
  for (const doc of ledgers(inputs.cases.map((c) => c.ctx), '维护执法权威工作台账')) {
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('工作台账没有表格');
    for (const row of table.rows) {
      const texts = row.cells.map((c) => c.lines.map(plain).join('\n'));
      cells.set(texts[1]!, texts);
    }
  }
  return { cells, refused: inputs.refused };
}

/** Every sheet's rows of the workbook at `file` as exceljs reads them: header (row 2) → text, dates as yyyy-mm-dd. */
export async function workbookRows(file: string): Promise<Record<string, string>[]> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const rows: Record<string, string>[] = [];
  for (const sheet of book.worksheets) {
    const header = (sheet.getRow(2).values as unknown[]).slice(1).map(String);
    for (let r = 3; r <= sheet.rowCount; r++) {
      const values = (sheet.getRow(r).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v)));
      rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? ''])));
    }
  }
  return rows;
}
