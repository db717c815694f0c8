/**
 * Sheet names made from unit names, checked by exceljs itself (it throws on any name Excel
 * refuses): whatever the units are called, each gets a sheet of its own.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetNames } from '../../scripts/lib/report/sheet-name.ts';

const UNITS = [
  'ABC公安局',
  'abc公安局',
  'Abc公安局',
  "'阿拉善盟公安局'",
  "''",
  '包头市/昆都仑区公安分局',
  '[赤峰]:*?\\公安局',
  'History',
  'HISTORY',
  'history（单位）',
  `${'很'.repeat(30)}'长`,
  `${'长'.repeat(40)}公安局甲`,
  `${'长'.repeat(40)}公安局乙`,
  `${'长'.repeat(40)}公安局丙`,
  `${'𠀀'.repeat(20)}`,
  '呼和浩特\u202E市公安局',
  '',
  '单位',
];

describe('sheet names from unit names', () => {
  const names = sheetNames(UNITS);

  it('every name is one exceljs accepts, and the workbook holds one sheet per unit', () => {
    const book = new ExcelJS.Workbook();
    for (const unit of UNITS) book.addWorksheet(names.get(unit)!);
    expect(book.worksheets).toHaveLength(UNITS.length);
  });

  it('no two differ only in case, none is longer than 31, none ends in half a character', () => {
    const all = UNITS.map((u) => names.get(u)!);
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(UNITS.length);
    for (const n of all) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/\p{Cs}|\u202E/u);
    }
  });

  it('a name that fits is kept as it is', () => {
    expect(names.get('ABC公安局')).toBe('ABC公安局');
    expect(names.get('abc公安局')).toBe('abc公安局（2）');
  });
});
