/**
 * Issue 22 item 3 on the cases written for tree.test.ts: the PDF 工作台账 (wq-forms' model) and the
 * workbook (wq-report's xlsx, read back once with exceljs and once as LibreOffice Calc saves each
 * sheet) agree on every column of every case, as of the period's last day — two cases closed after
 * it are still open, one closed in it owes no 待办, the case opened in October is in neither.
 * Expected rows: test/fixtures/report-tree/expected/ledger.txt (reviewed).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTool, soffice } from '../../scripts/lib/build/system-tools.ts';
import { runReport } from '../../scripts/lib/report/run.ts';
import { pdfLedgerCells, workbookRows } from './ledger-rows.ts';

const AS_OF = '2026-09-30';
const CASES = 'test/fixtures/report-tree/cases';
const FILES = readdirSync(CASES).map((f) => path.join(CASES, f));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'wq-tree-ledgers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The PDF ledger's cells by case id. */
const pdf = new Map<string, string[]>();
/** The workbook's rows by case id, header → text, as each reader gives them. */
const byExcelJs = new Map<string, Record<string, string>>();
const byCalc = new Map<string, Record<string, string>>();
let names: string[] = [];

beforeAll(async () => {
  const ledger = await pdfLedgerCells(FILES, AS_OF);
  expect(ledger.refused).toEqual([]);
  for (const [id, cells] of ledger.cells) pdf.set(id, cells);
  names = FILES.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')).people as { name: string }[]).map((p) => p.name));

  await runReport({ inputs: [CASES], period: { from: '2026-07-01', to: AS_OF }, outDir: tmp, formats: ['xlsx'], date: '2026-10-08', log: () => undefined });
  const xlsx = path.join(tmp, `维护执法权威工作台账_截至${AS_OF}.xlsx`);
  for (const record of await workbookRows(xlsx)) byExcelJs.set(Object.values(record)[0]!, record);
  const { default: ExcelJS } = await import('exceljs');
  // Calc saves every sheet as its own CSV (sheet -1), dates as the cells' yyyy-mm-dd format shows them.
  requireTool('libreoffice-calc');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'wq-lo-profile-'));
  try {
    execFileSync(soffice()!, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', tmp, xlsx], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  for (const file of readdirSync(tmp).filter((f) => f.endsWith('.csv'))) {
    // exceljs parses the CSV text only; `map` keeps every field as Calc wrote it (no date guessing).
    const sheet = await new ExcelJS.Workbook().csv.readFile(path.join(tmp, file), { map: (v: unknown) => v });
    const text = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    const header = text(2);
    for (let r = 3; r <= sheet.rowCount; r++) byCalc.set(text(r)[0]!, Object.fromEntries(header.map((h, i) => [h, text(r)[i] ?? ''])));
  }
}, 240_000);

/** 2026年7月8日 → 2026-07-08. */
const iso = (date: string) => date.replace(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, (_, y, m, d) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
/** One group of the PDF's notes ("待办：a；b。"), its items. */
const group = (notes: string, label: string) => new RegExp(`(?:^|\\n)${label}：([^\\n]*)。`).exec(notes)?.[1]?.split('；') ?? [];
const items = (cell: string) => (cell === '' ? [] : cell.split('；'));

describe('the PDF ledger and the workbook, on the tree’s cases', () => {
  it('list the same cases — those opened by the last day, not the one opened in October', () => {
    expect([...pdf.keys()].sort()).toEqual([...byExcelJs.keys()].sort());
    expect([...byCalc.keys()].sort()).toEqual([...byExcelJs.keys()].sort());
    expect(pdf.size).toBe(7);
    expect(pdf.has('赤红公维〔2026〕15号')).toBe(false);
  });

  it('Calc reads every cell as exceljs does', () => {
    for (const [id, row] of byExcelJs) expect(byCalc.get(id), id).toEqual(row);
  });

  it('agree on every column of every case', () => {
    for (const [id, cells] of pdf) {
      const x = byExcelJs.get(id)!;
      const [, , opened, persons, circumstances, handlers, filed, investigated, handled, closed, notes] = cells as [string, string, string, string, string, string, string, string, string, string, string];
      expect(iso(opened), id).toBe(x['受理日期']);
      // 受保护人员及单位: "姓名（类别）" then the unit, a line each.
      const people = persons.split('\n').filter((_, i) => i % 2 === 0);
      expect(people.map((p) => p.replace(/（.*）$/, '')).join('、'), id).toBe(x['受侵害人员']);
      expect([...new Set(people.map((p) => /（(.*)）$/.exec(p)![1]))].join('、'), id).toBe(x['人员类别']);
      expect(circumstances, id).toBe(x['第八条情形']);
      expect(handlers, id).toBe(x['承办人']);
      expect([filed, investigated, handled].map((d) => (d ? iso(d) : '')), id).toEqual([x['立案'], x['调查'], x['处理']]);
      expect(closed, id).toBe(x['办结']);
      expect(/须逐级报告[^\n]*，已报告/.test(notes) ? '已报告' : /须逐级报告[^\n]*尚未报告/.test(notes) ? '未报告' : '不需', id).toBe(x['逐级报告']);
      // The duties: the same ones in each group. The workbook names the holder, the PDF the persons.
      const same = (pdfItems: string[], xlsxItems: string[], what: string) => {
        expect(pdfItems.length, `${id} ${what}`).toBe(xlsxItems.length);
        pdfItems.forEach((item, k) => {
          const title = names.reduce((t, name) => t.replaceAll(name, ''), item.replace(/（逾期）$/, '')).split('（')[0]!;
          expect(xlsxItems[k]!.split('（')[0], `${id} ${what}`).toMatch(new RegExp(`${title.replace(/[()（）]/g, '.')}$`));
        });
      };
      const owed = group(notes, '待办');
      same(owed.filter((d) => !d.endsWith('（逾期）')), items(x['待履行职责']!), '待履行');
      same(owed.filter((d) => d.endsWith('（逾期）')), items(x['逾期职责']!), '逾期');
      same([...group(notes, '需核实'), ...group(notes, '已履行、需核实')], items(x['需核实']!), '需核实');
      same(group(notes, '未履行即办结'), items(x['未履行即办结']!), '未履行即办结');
    }
  });

  it('read as of the last day: two cases closed in October still open, the one closed in September owing nothing', () => {
    expect(['赤公维〔2026〕31号', '赤红公维〔2026〕12号', '赤红公维〔2026〕9号'].map((id) => [byExcelJs.get(id)!['办结'], byExcelJs.get(id)!['处理']])).toEqual([
      ['否', ''],
      ['否', ''],
      ['是', '2026-09-10'],
    ]);
    expect(byExcelJs.get('赤红公维〔2026〕9号')!['待履行职责']).toBe('');
    expect(byExcelJs.get('鄂东公维〔2026〕5号')!['逾期职责']).toBe('政治处在督促的期限内纠正不公正的处分、处理');
  });

  it('the rows as reviewed', async () => {
    const rows = [...byExcelJs.values()].map((r) => Object.entries(r).map(([h, v]) => `${h}：${v}`).join('\n'));
    await expect(`${rows.join('\n\n')}\n`).toMatchFileSnapshot('../fixtures/report-tree/expected/ledger.txt');
  });
});
