/**
 * Nothing lost, whatever the input (issue 22, 15–19): each fault reproduced as it was found,
 * through the commands as staff run them (the bins, for what reaches the terminal) or their runs
 * in this process (runForms with the shared renderer, runReport without a browser).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../scripts/lib/report/json.ts';
import { runReport } from '../../scripts/lib/report/run.ts';
import { runIn } from '../documents/command.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLES = path.join(ROOT, 'schemas/examples');
const NAME_CLEARING = path.join(EXAMPLES, 'false-accusation-name-clearing.json');
const ASSAULT = path.join(EXAMPLES, 'assault-on-duty-injury.json');
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-cli-faults-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
/** A case file written into `folder` (made if missing) under the scratch folder. */
function write(folder: string, name: string, data: unknown): string {
  mkdirSync(path.join(dir, folder), { recursive: true });
  const file = path.join(dir, folder, name);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}
/** The sample case of `file` as another unit's, with another number. */
function caseOf(file: string, unit: string, id: string) {
  const data = json(file);
  data.unit.name = unit;
  data.id = id;
  return data;
}
const report = (inputs: string[], out: string, formats: ('json' | 'xlsx')[], log: string[] = []) =>
  runReport({ inputs, period: YEAR, outDir: path.join(dir, out), formats, date: '2027-01-05', created: new Date('2027-01-05T00:00:00Z'), log: (t) => void log.push(t) });
const reportJson = (out: string): ReportJson => json(path.join(dir, out, `维护执法权威工作情况报告_${YEAR.from}_${YEAR.to}.json`));
const workbook = async (out: string) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, out, `维护执法权威工作台账_截至${YEAR.to}.xlsx`));
  return book;
};

describe('18. a case is its unit’s number, and names that differ only in case are two names', () => {
  it('the report counts two units’ cases numbered alike as two, and the ledger lists both', async () => {
    // Three a unit: fewer would be withheld as a small cell (report/disclosure.ts) and hide the count.
    const ids = ['2026-001', '2026-002', '2026-003'];
    const files = ids.flatMap((id) => [
      write('same-number', `a-${id}.json`, caseOf(ASSAULT, '土默特左旗公安局', id)),
      write('same-number', `b-${id}.json`, caseOf(NAME_CLEARING, '呼和浩特市公安局', id)),
    ]);
    const r = await report(files, 'same-number-out', ['json', 'xlsx']);
    expect(r.exitCode).toBe(0);
    expect(r.counts).toMatchObject({ valid: 6, duplicates: 0 });
    expect(reportJson('same-number-out').byUnit).toEqual({ 土默特左旗公安局: 3, 呼和浩特市公安局: 3 });
    const book = await workbook('same-number-out');
    expect(book.worksheets.map((s) => [s.name, [3, 4, 5].map((row) => s.getCell(row, 1).value)])).toEqual([
      ['呼和浩特市公安局', ids],
      ['土默特左旗公安局', ids],
    ]);
  });

  it('the same unit’s number twice is still counted once', async () => {
    const a = write('twice', 'a.json', caseOf(ASSAULT, '土默特左旗公安局', '2026-001'));
    const b = write('twice', 'b.json', caseOf(ASSAULT, '土默特左旗公安局', '2026-001'));
    const log: string[] = [];
    const r = await report([a, b], 'twice-out', ['json'], log);
    expect(r.counts).toMatchObject({ valid: 2, duplicates: 1 });
    expect(log.join('')).toContain('案件编号“2026-001”与');
  });

  it('two cases whose numbers differ only in case get documents whose names differ by more than case', async () => {
    const lower = write('case-ids', 'lower.json', caseOf(NAME_CLEARING, '呼和浩特市公安局', 'hhht-2026-007a'));
    const upper = write('case-ids', 'upper.json', caseOf(NAME_CLEARING, '呼和浩特市公安局', 'HHHT-2026-007A'));
    const r = await runIn(dir, 'case-ids-out', { inputs: [lower, upper], forms: ['name-clearing-notice'], formats: ['docx'], force: true });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.inOut).toHaveLength(2);
    expect(new Set(r.inOut.map((f) => f.toLowerCase())).size).toBe(2);
  });
});
