/**
 * The report as the 党委 receives it, read for what a reader would check by hand: every total the
 * text states is the total row of its table, and no figure of 1 or 2 ties a unit, a level or a
 * category of person to anyone (the small cells are withheld and the report says so). Read from
 * the HTML and the JSON the command wrote, not from the report's model.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport } from '../../scripts/lib/report/run.ts';
import type { ReportJson } from '../../scripts/lib/report/json.ts';

const NAME = '维护执法权威工作情况报告_2026-07-01_2026-09-30';
const runs = [
  { label: '呼和浩特市公安局 over the report fixtures', inputs: ['test/fixtures/report'], unit: 'test/fixtures/report/unit-hohhot.json' },
  { label: '呼和浩特市公安局 over the units stress cases', inputs: ['test/fixtures/report-units/cases'], unit: 'test/fixtures/report/unit-hohhot.json' },
  { label: '公安厅 over both', inputs: ['test/fixtures/report', 'test/fixtures/report-units/cases'], unit: 'test/fixtures/report-units/units/region.json' },
  { label: '包头市公安局 over the units stress cases', inputs: ['test/fixtures/report-units/cases'], unit: 'test/fixtures/report-units/units/baotou.json' },
];
const outs: string[] = [];
const issued: { label: string; text: string; json: ReportJson }[] = [];

/** The HTML's words: one line per paragraph, heading, caption and table row (cells tab-separated). */
const lines = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>|<svg[\s\S]*?<\/svg>/g, '')
    .replace(/<\/t[dh]>/g, '\t')
    .replace(/<\/(p|h1|h2|tr|caption|div)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

beforeAll(async () => {
  for (const run of runs) {
    const out = mkdtempSync(path.join(os.tmpdir(), 'wq-report-issued-'));
    outs.push(out);
    await runReport({ inputs: run.inputs, period: { from: '2026-07-01', to: '2026-09-30' }, unitFiles: [run.unit], outDir: out, formats: ['json', 'html'], date: '2026-10-08', log: () => undefined });
    issued.push({ label: run.label, text: readFileSync(path.join(out, `${NAME}.html`), 'utf8'), json: JSON.parse(readFileSync(path.join(out, `${NAME}.json`), 'utf8')) });
  }
}, 60_000);
afterAll(() => outs.forEach((o) => rmSync(o, { recursive: true, force: true })));

/** The rows of the table whose caption starts with `caption`: cells per row, header first. */
function tableRows(all: string[], caption: string): string[][] {
  const at = all.findIndex((l) => l.startsWith(caption));
  if (at < 0) return [];
  const rows: string[][] = [];
  for (const line of all.slice(at + 1)) {
    if (!line.includes('\t')) break;
    rows.push(line.split('\t').filter((c) => c !== ''));
  }
  return rows;
}

const number = (text: string, pattern: RegExp) => {
  const m = pattern.exec(text);
  return m ? Number(m[1]) : undefined;
};

describe('every total the text states is its table’s', () => {
  it.each(runs.map((r, i) => [r.label, i] as const))('%s', (_label, i) => {
    const { text, json } = issued[i]!;
    const all = lines(text);
    const body = all.join('\n');
    // The cases received, and 表2's 合计 (when the units are listed at all).
    const received = number(body, /受理维护执法权威案件(\d+)件/);
    expect(received).toBe(json.cases.inPeriod);
    const units = tableRows(all, '表2');
    if (units.length > 0) expect(units.at(-1)).toEqual(['合计', String(received)]);
    // The duties: the sentence's figures are 表3's 合计 row.
    const duties = tableRows(all, '表3');
    const owed = number(body, /待履行(\d+)项，其中逾期/) ?? 0;
    const overdue = number(body, /待履行\d+项，其中逾期(\d+)项/) ?? 0;
    const verify = number(body, /需核实(\d+)项（记录的日期/) ?? 0;
    const unmet = number(body, /未履行即办结(\d+)项/) ?? 0;
    expect(owed).toBe(json.duties.pending + json.duties.overdue);
    if (duties.length > 0) {
      expect(duties.at(-1)).toEqual(['合计', String(owed), String(overdue), String(verify), String(unmet)]);
      // And the rows add up to the 合计 row, column by column.
      const sums = [1, 2, 3, 4].map((c) => duties.slice(1, -1).reduce((t, r) => t + Number(r[c]), 0));
      expect(sums.map(String)).toEqual(duties.at(-1)!.slice(1));
    } else expect(owed + verify + unmet).toBe(0);
    // Reports up: reported and not reported make up those required.
    const required = number(body, /须逐级报告的案件(\d+)件/);
    if (required !== undefined) expect((number(body, /已向上一级维权办报告(\d+)件/) ?? 0) + (number(body, /尚未报告(\d+)件/) ?? 0)).toBe(required);
    // The period once.
    expect(body.split('2026年7月1日至2026年9月30日')).toHaveLength(2);
  });
});

describe('no small cell ties a unit or a category of person to anyone', () => {
  const smallCell = (v: unknown) => v === 1 || v === 2;
  it.each(runs.map((r, i) => [r.label, i] as const))('%s', (_label, i) => {
    const { text, json } = issued[i]!;
    for (const figures of [json, json.previous]) {
      for (const field of ['byUnit', 'byLevel', 'byPerson'] as const) {
        for (const [key, value] of Object.entries(figures[field])) expect(smallCell(value), `${field}.${key} = ${value}`).toBe(false);
      }
      const { injured, killed, propertyLoss } = figures.harm;
      for (const value of [injured, killed, propertyLoss.cases]) expect(smallCell(value)).toBe(false);
      if (propertyLoss.cases === null) expect(propertyLoss.yuan).toBeNull();
    }
    const all = lines(text);
    // 表2: no unit beside a 1 or a 2; the persons and harms: no 1 or 2 beside a category.
    for (const row of tableRows(all, '表2').slice(1)) expect(row.slice(1).some((c) => c === '1' || c === '2'), row.join(' ')).toBe(false);
    const persons = all.find((l) => l.startsWith('受侵害人员')) ?? '';
    expect(persons).not.toMatch(/[^\d][12]人/);
    const levels = all.find((l) => l.startsWith('按承办机关层级')) ?? '';
    expect(levels).not.toMatch(/[^\d][12]件/);
    const harms = all.find((l) => l.startsWith('造成人员')) ?? '';
    expect(harms).not.toMatch(/[^\d][12]件/);
    // Whenever something was withheld, the report says so.
    if (json.disclosure.withheld.some((f) => !f.startsWith('previous.'))) expect(text).toContain('为防止由较小的数字识别出具体人员');
  });

  it('withholds indeed: the fixtures hold units and categories with one or two cases, shown as 不足3 or merged', () => {
    const hohhot = issued[0]!.json;
    expect(hohhot.disclosure).toMatchObject({ threshold: 3 });
    expect(hohhot.disclosure.withheld).toEqual(expect.arrayContaining(['byPerson', 'harm.killed']));
    expect(hohhot.byPerson).toMatchObject({ 其他: 4 });
    expect(hohhot.harm.killed).toBeNull();
    expect(issued[0]!.text).toContain('不足3');
  });
});
