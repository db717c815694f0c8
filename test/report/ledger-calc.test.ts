/**
 * The ledger workbook as a spreadsheet application prints it: LibreOffice Calc converts it to
 * PDF, poppler reads the pages. A4 landscape, one page wide, the title and header rows and
 * 内部使用 on every page with its number, each unit's sheet on its own pages, and no cell's
 * text cut off (Calc prints only the lines of a wrapped cell that fit in its row). Then what
 * Excel and WPS read from the file: page set-up, print titles, filter, font.
 *
 * The rows are made up here from the duties' general wording: no case data.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DUTIES, inGeneral } from '../../scripts/lib/duties/index.ts';
import { ledgerWorkbook, type LedgerRow } from '../../scripts/lib/report/ledger.ts';
import { convertToPdf, pageCount } from '../gbt9704/docx/read.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'wq-ledger-calc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const duties = DUTIES.map((d) => `${inGeneral(d.holder)}${inGeneral(d.title)}`);

function row(unit: string, n: number, owed: number): LedgerRow {
  const day = String((n % 28) + 1).padStart(2, '0');
  return {
    unit,
    caseId: `测公维〔2026〕${n}号`,
    opened: `2026-07-${day}`,
    person: `人员${n}`,
    category: n % 3 === 0 ? '警务辅助人员' : '民警',
    circumstances: n % 2 ? '（一）（五）' : '（二）',
    handlers: n % 4 ? '承办人甲、承办人乙' : '承办人甲',
    filed: `2026-07-${day}`,
    ...(n % 2 ? { investigated: `2026-08-${day}` } : {}),
    ...(n % 5 === 0 ? { nextDeadline: `2026-10-${day}` } : {}),
    closed: n % 8 === 0,
    pending: n % 8 === 0 ? [] : duties.slice(n % 7, (n % 7) + owed),
    overdue: n % 6 === 0 && n % 8 !== 0 ? duties.slice(0, 3) : [],
    toVerify: n % 4 === 1 ? duties.slice(2, 3).map((d) => `${d}（需核实：事发2026年7月1日，未记录履行）`) : [],
    unmet: n % 8 === 0 ? duties.slice(n % 7, (n % 7) + owed) : [],
    reportedUp: n % 2 ? '已报告' : '不需',
  };
}

/** Seven units with a case each (the measurement: 35 pages of US Letter), and one unit with many. */
const SEVEN = Array.from({ length: 7 }, (_, i) => row(`第${i + 1}单位公安局`, i + 1, 12));
const MANY = Array.from({ length: 40 }, (_, i) => row('多案件公安局', i + 1, i % 13));

const pdfs: Record<'seven' | 'many', string> = { seven: '', many: '' };
const xlsx: Record<'seven' | 'many', string> = { seven: path.join(tmp, 'seven.xlsx'), many: path.join(tmp, 'many.xlsx') };

beforeAll(async () => {
  writeFileSync(xlsx.seven, await ledgerWorkbook(SEVEN, '2026-09-30', new Date('2026-10-08T00:00:00Z')));
  writeFileSync(xlsx.many, await ledgerWorkbook(MANY, '2026-09-30', new Date('2026-10-08T00:00:00Z')));
  const [seven, many] = convertToPdf([xlsx.seven, xlsx.many]);
  Object.assign(pdfs, { seven, many });
}, 180_000);

const pageText = (pdf: string, page: number) => execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
const pageSizes = (pdf: string) =>
  [...execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('the ledger printed by LibreOffice Calc', () => {
  it('seven one-case units print on seven A4 landscape pages', () => {
    expect(pageCount(pdfs.seven)).toBe(7);
    for (const [w, h] of pageSizes(pdfs.seven)) {
      expect(w).toBeCloseTo(841.9, 0);
      expect(h).toBeCloseTo(595.3, 0);
    }
    for (let p = 1; p <= 7; p++) expect(pageText(pdfs.seven, p)).toContain(`第${p}单位公安局维护执法权威工作台账`);
  });

  it('a long sheet repeats the title and header rows, 内部使用 and the page number on every page', () => {
    const pages = pageCount(pdfs.many);
    expect(pages).toBeGreaterThan(1);
    for (let p = 1; p <= pages; p++) {
      const text = pageText(pdfs.many, p);
      expect(text).toContain('案件编号');
      expect(text).toContain('待履行职责');
      expect(text).toContain('内部使用');
      expect(text).toContain(`第 ${p} 页，共 ${pages} 页`);
    }
  });

  it('is one page wide and fills it: the last column ends near the right margin', () => {
    const bbox = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdfs.many, '-'], { encoding: 'utf8' });
    const right = Math.max(...[...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
    const lastHeader = Number(/xMin="([\d.]+)"[^>]*>未履行即办结</.exec(bbox)![1]);
    expect(right).toBeLessThan(841.9);
    expect(lastHeader).toBeGreaterThan(841.9 * 0.75);
  });

  it('cuts no cell short: every line of every wrapped list of duties is printed, every date shown', () => {
    const all = squeeze(execFileSync('pdftotext', ['-raw', pdfs.many, '-'], { encoding: 'utf8' }) + execFileSync('pdftotext', ['-raw', pdfs.seven, '-'], { encoding: 'utf8' }));
    for (const r of [...MANY, ...SEVEN]) {
      if (r.pending.length > 0) expect(all).toContain(squeeze(r.pending.join('；')));
      if (r.overdue.length > 0) expect(all).toContain(squeeze(r.overdue.join('；')));
      if (r.toVerify.length > 0) expect(all).toContain(squeeze(r.toVerify.join('；')));
      if (r.unmet.length > 0) expect(all).toContain(squeeze(r.unmet.join('；')));
    }
    // A date too wide for its column prints as ###.
    expect(all).not.toContain('###');
    expect(all).toContain(squeeze(MANY[0]!.opened));
  });
});

describe('what Excel and WPS read from the file', () => {
  it('A4 landscape fitted to one page wide, print titles, header and footer, a filter and a CJK font', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx.many);
    const sheet = book.worksheets[0]!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' });
    expect(sheet.headerFooter.oddHeader).toContain('内部使用');
    expect(sheet.headerFooter.oddFooter).toMatch(/内部使用.*&P.*&N/);
    expect(sheet.autoFilter).toBe('A2:P2');
    expect(sheet.getCell('M3').font.name).toBe('宋体');
    expect(sheet.getCell('A2').font).toMatchObject({ name: '宋体', bold: true });
    // Heights written for wrapped text: a row owing 12 duties is many lines tall.
    const tall = MANY.findIndex((r) => r.pending.length === 12) + 3;
    expect(sheet.getRow(tall).height).toBeGreaterThan(100);
  });
});
