/**
 * The two 工作台账 (Art. 29（六）) say the same of every case: the PDF one wq-forms lays out and the
 * workbook wq-report writes. 办结 is one reading (the facts' closedOn); a case marked 办结 owes no
 * 待办 — what it left undone is listed as 未履行即办结, a finding; a first response whose moment
 * passed unrecorded is 需核实, never a live 待办; help to sue for an officer who died is worded for
 * the family. The PDF ledger's model and the workbook read back with exceljs, over the report
 * fixtures, the units stress cases and the samples.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../scripts/lib/report/run.ts';
import { pdfLedgerCells, workbookRows } from './ledger-rows.ts';

const AS_OF = '2026-09-30';
const REPORT_DIR = 'test/fixtures/report';
const SKIP = new Set(['not-json.json', 'q3-invalid-grandfather.json', 'q3-hohhot-threat-copy.json', 'unit-hohhot.json']);
const FILES = [
  ...readdirSync(REPORT_DIR).filter((f) => f.endsWith('.json') && !SKIP.has(f)).map((f) => path.join(REPORT_DIR, f)),
  ...readdirSync('test/fixtures/report-units/cases').map((f) => path.join('test/fixtures/report-units/cases', f)),
  ...readdirSync('schemas/examples').filter((f) => f.endsWith('.json')).map((f) => path.join('schemas/examples', f)),
];

interface Row {
  closed: string;
  /** The PDF's 报告、移送、正名及督办情况 cell, or the workbook's duty columns, as text. */
  pdfNotes: string;
  xlsx: Record<string, string>;
}
const rows = new Map<string, Partial<Row>>();
let out: string;

beforeAll(async () => {
  const pdf = await pdfLedgerCells(FILES, AS_OF);
  expect(pdf.refused).toEqual([]);
  for (const [id, cells] of pdf.cells) rows.set(id, { closed: cells[9]!, pdfNotes: cells[10]! });
  out = mkdtempSync(path.join(os.tmpdir(), 'wq-ledgers-'));
  await runReport({ inputs: FILES, period: { from: '2019-01-01', to: AS_OF }, outDir: out, formats: ['xlsx'], date: '2026-10-08', log: () => undefined });
  for (const record of await workbookRows(path.join(out, `维护执法权威工作台账_截至${AS_OF}.xlsx`))) {
    const row = rows.get(record['案件编号']!) ?? {};
    rows.set(record['案件编号']!, { ...row, xlsx: record });
  }
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const all = () => [...rows.entries()].filter(([, r]) => r.closed !== undefined && r.xlsx !== undefined) as [string, Row][];

describe('the PDF ledger and the workbook, case by case', () => {
  it('list the same cases', () => {
    const onlyOne = [...rows.entries()].filter(([, r]) => r.closed === undefined || r.xlsx === undefined).map(([id]) => id);
    // Both keep the cases opened by their day: RPT-011, opened on 2 October, is in neither.
    expect(onlyOne).toEqual([]);
    expect(rows.has('RPT-011')).toBe(false);
    expect(all().length).toBe(FILES.length - 1);
  });

  it('agree on 办结 for every case, and some are closed with duties left undone', () => {
    for (const [id, r] of all()) expect(r.xlsx['办结'], id).toBe(r.closed);
    const closed = all().filter(([, r]) => r.closed === '是');
    expect(closed.length).toBeGreaterThan(3);
    expect(all().some(([, r]) => r.closed === '否')).toBe(true);
    expect(closed.some(([, r]) => r.xlsx['未履行即办结'] !== '')).toBe(true);
  });

  it('list no 待办 for a closed case: what it left undone is 未履行即办结, in both', () => {
    for (const [id, r] of all().filter(([, row]) => row.closed === '是')) {
      expect(r.pdfNotes, id).not.toContain('待办：');
      expect(r.xlsx['待履行职责'], id).toBe('');
      expect(r.xlsx['逾期职责'], id).toBe('');
      expect(r.xlsx['最近期限'], id).toBe('');
      expect(r.pdfNotes.includes('未履行即办结：'), id).toBe(r.xlsx['未履行即办结'] !== '');
    }
  });

  it('show a first response whose moment passed unrecorded as 需核实, not as a live 待办', () => {
    const stale = all().filter(([, r]) => r.xlsx['需核实']?.includes('先期指挥处置'));
    expect(stale.length).toBeGreaterThan(0);
    for (const [id, r] of stale) {
      expect(r.xlsx['待履行职责'], id).not.toContain('先期指挥处置');
      const pending = /待办：[^。]*。/.exec(r.pdfNotes)?.[0] ?? '';
      expect(pending, id).not.toContain('先期指挥处置');
      expect(r.pdfNotes, id).toMatch(/需核实：[^。]*先期指挥处置/);
    }
  });

  it('word help to sue for an officer who died for the family, in both', () => {
    const [, killed] = all().find(([id]) => id === 'RPT-003')!;
    expect(killed.xlsx['待履行职责']).toContain('帮助已故民警的近亲属通过刑事附带民事诉讼');
    expect(killed.pdfNotes.replace(/\n/g, '')).toMatch(/帮助已故民警\S*的近亲属\S*通过刑事附带民事诉讼/);
    expect(killed.xlsx['待履行职责']).not.toContain('帮助民警通过');
  });
});
