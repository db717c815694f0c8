/**
 * The periodic report (Art. 29（一）（三）) over a folder of case files: its figures checked against
 * a computation of their own, made here from the raw files without the report's code; invalid
 * files, files outside the period, a duplicate, a file named twice, Hohhot's own cases and its
 * 分局's and 旗县's beside another league's and a unit no one can place. The arithmetic is checked
 * with small cells shown (smallCell: 1); the report as issued (small cells withheld) is checked
 * for what it may not show.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport, type ReportResult } from '../../scripts/lib/report/run.ts';
import type { ReportJson } from '../../scripts/lib/report/json.ts';
import { useBrowserContext } from '../support/browser.ts';

const DIR = 'test/fixtures/report';
const PERIOD = { from: '2026-07-01', to: '2026-09-30' };
/** 上年同期: the same quarter a year earlier. */
const PREVIOUS = { from: '2025-07-01', to: '2025-09-30' };
const JSON_NAME = '维护执法权威工作情况报告_2026-07-01_2026-09-30.json';
let out: string;
let rawOut: string;
let result: ReportResult;
/** The report as issued: small cells withheld. */
let issued: ReportJson;
/** The same report with every cell shown, to check its arithmetic. */
let report: ReportJson;
const logged: string[] = [];
const context = useBrowserContext();

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'wq-report-'));
  rawOut = mkdtempSync(path.join(os.tmpdir(), 'wq-report-raw-'));
  const options = { inputs: [DIR, path.join(DIR, 'q3-hohhot-threat.json')], period: PERIOD, unitFiles: [path.join(DIR, 'unit-hohhot.json')], date: '2026-10-08' };
  result = await runReport({ ...options, outDir: out, formats: ['json', 'html', 'xlsx'], log: (t) => logged.push(t) });
  await runReport({ ...options, outDir: rawOut, formats: ['json'], smallCell: 1, log: () => undefined });
  issued = JSON.parse(readFileSync(path.join(out, JSON_NAME), 'utf8'));
  report = JSON.parse(readFileSync(path.join(rawOut, JSON_NAME), 'utf8'));
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(rawOut, { recursive: true, force: true });
});

/**
 * Hohhot's organs as a reader knows them: the city's bureau, its 新城区 分局 (under either name) and
 * 土默特左旗's bureau. 包头 is another league; 呼市公安局 is no name a report can place.
 */
const HOHHOT: Record<string, string> = { 呼和浩特市公安局: '呼和浩特市公安局', 新城区公安分局: '呼和浩特市公安局新城区分局', 土默特左旗公安局: '土默特左旗公安局' };

/** The case files as they are on disk, parsed here without the project's code. */
type Raw = Record<string, any>;
const raw = (): { file: string; data: Raw | undefined }[] =>
  readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      try {
        return { file: f, data: JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Raw };
      } catch {
        return { file: f, data: undefined };
      }
    });

/** What a reader counts by hand: invalid files (known by name: the grandfather and the broken one) and other units' left out, one copy of each case id. */
function counted(period: { from: string; to: string }): Raw[] {
  const seen = new Set<string>();
  return raw()
    .filter(({ file, data }) => data && !data.$schema.endsWith('unit.schema.json') && !['q3-invalid-grandfather.json', 'not-json.json'].includes(file))
    .map(({ data }) => data!)
    .filter((d) => d.unit.name in HOHHOT)
    .filter((d) => !seen.has(d.id) && seen.add(d.id))
    .filter((d) => d.opened.date >= period.from && d.opened.date <= period.to);
}

const tally = (values: string[]) => values.reduce<Record<string, number>>((t, v) => ((t[v] = (t[v] ?? 0) + 1), t), {});

describe('what the report counts, as a reader would count it', () => {
  it('reads every file once, leaves the invalid ones out, and says how many', () => {
    expect(report.cases).toEqual({ total: 19, valid: 17, invalid: 2, units: 1, duplicates: 1, inPeriod: counted(PERIOD).length, inPreviousPeriod: counted(PREVIOUS).length });
    expect(report.cases).toMatchObject({ inPeriod: 8, inPreviousPeriod: 1 });
    expect(result.exitCode).toBe(1);
    expect(logged.join('')).toContain('q3-invalid-grandfather.json');
    expect(logged.join('')).toContain('只统计一次');
  });

  it('counts Hohhot and the units under it only, and lists what it left out and why', () => {
    expect(report.scope).toEqual({ unit: '呼和浩特市公安局', covers: 'league', leftOut: { otherUnit: { cases: 1, units: ['包头市公安局'] }, unknownUnit: { cases: 1 } } });
    const log = logged.join('');
    expect(log).toContain('未计入：1 个案件属于包头市公安局，不是呼和浩特市公安局或其所属单位的案件：test/fixtures/report/q3-baotou-other-league.json');
    expect(log).toContain('未计入：1 个案件的承办单位“呼市公安局”无法对应到内蒙古的公安机关');
    // 新城区公安分局 counts under its full name, as the same organ however a file spells it.
    expect(Object.keys(report.byUnit).sort()).toEqual(['呼和浩特市公安局', '呼和浩特市公安局新城区分局', '土默特左旗公安局']);
  });

  it('counts the period and the same period a year earlier, cases by when the office opened them', () => {
    expect(report.period).toEqual(PERIOD);
    expect(report.previousPeriod).toEqual(PREVIOUS);
    for (const [figures, period] of [[report, PERIOD], [report.previous, PREVIOUS]] as const) {
      const cases = counted(period);
      // The clerks' own reading of Art. 8 in each file: the items the validator derives from the acts must agree with it.
      expect(figures.byCircumstance).toEqual(tally(cases.flatMap((c) => c.classification.art8)));
      expect(figures.byUnit).toEqual(tally(cases.map((c) => HOHHOT[c.unit.name]!)));
      expect(figures.byLevel).toEqual(tally(cases.map((c) => c.unit.level)));
      // Every person an act was aimed at (all of them protected in these files), once per case: a relative as 近亲属.
      const persons = (c: Raw) => [...new Set(c.acts.flatMap((a: Raw) => a.targets.map((t: Raw) => t.person)))].map((id) => c.people.find((p: Raw) => p.id === id));
      expect(figures.byPerson).toEqual(tally(cases.flatMap((c) => persons(c).map((p: Raw) => (p.category === '亲属' ? '近亲属' : p.category)))));
      const consequences = (c: Raw, kind: string) => (c.consequences ?? []).filter((x: Raw) => x.kind === kind);
      expect(figures.harm).toEqual({
        injured: cases.filter((c) => consequences(c, '受伤').length > 0).length,
        killed: cases.filter((c) => consequences(c, '死亡').length > 0).length,
        propertyLoss: {
          cases: cases.filter((c) => consequences(c, '财产损失').length > 0).length,
          yuan: cases.reduce((t, c) => t + consequences(c, '财产损失').reduce((u: number, x: Raw) => u + x.amount, 0), 0),
        },
      });
    }
  });

  it('counts the reports up (Art. 17) level by level, and the 重大案事件 reported the day the office learned of them or 需核实', () => {
    const cases = counted(PERIOD);
    // These files hold no attack on an organ and no office decision: Art. 17 here is a casualty or a cross-region case.
    const has = (c: Raw, kinds: string[]) => (c.consequences ?? []).some((x: Raw) => kinds.includes(x.kind));
    const required = cases.filter((c) => ['盟市', '旗县'].includes(c.unit.level) && has(c, ['受伤', '死亡', '跨区域']));
    const next = (c: Raw) => (c.unit.level === '旗县' ? /市公安局/ : /公安厅/);
    const first = (c: Raw) => (c.actions ?? []).filter((a: Raw) => a.kind === '逐级报告' && next(c).test(a.to)).map((a: Raw) => a.date).sort()[0];
    // 重大: a death or a 重伤 (Art. 29（一）); reported 第一时间 when on the day the office learned of it (受理, when not recorded).
    const major = required.filter((c) => has(c, ['死亡']) || (c.consequences ?? []).some((x: Raw) => /重伤/.test(x.degree ?? '')));
    const sameDay = (c: Raw) => first(c) === (c.opened.learnedOn ?? c.opened.date);
    expect(report.reportUp).toMatchObject({
      required: required.length,
      reported: required.filter(first).length,
      notReported: required.filter((c) => !first(c)).length,
      skippedLevel: 1,
      major: major.length,
      majorSameDay: major.filter(sameDay).length,
      majorVerify: major.filter((c) => !sameDay(c)).length,
    });
    // The killed officer: learned of the evening it happened, reported three days later, 需核实 (no deadline invented).
    expect(report.reportUp).toMatchObject({ required: 4, reported: 2, major: 1, majorSameDay: 0, majorVerify: 1 });
  });

  it('judges corrections as they stood at the end of the period: one made after it still counts as overdue', () => {
    // Four orders: corrected in time; past its deadline on 30 September; deadline still ahead; corrected in October, after the period.
    expect(report.corrections).toEqual({ ordered: 4, done: 1, late: 0, pending: 1, overdue: 2 });
  });

  it('counts duty statuses as the checklist gives them, 需核实 among them, and never more than the checklists hold', () => {
    const { done, late, pending, overdue, verify, byHolder } = report.duties;
    expect(verify).toBeGreaterThan(0);
    expect(Object.values(byHolder).reduce((t, h) => t + h.verify, 0)).toBe(verify);
    expect(Object.values(byHolder).reduce((t, h) => t + h.pending + h.overdue, 0)).toBe(pending + overdue);
    expect(done + late + pending + overdue + verify).toBeGreaterThan(0);
  });

  it('counts appeals under Art. 27, name clearing, exemptions and the days from filing', () => {
    expect(report.appeals).toEqual({ appealed: 2, underArt27: 1, reviewed: 1, foundImproper: 1, notUnderArt27: 1 });
    expect(report.nameClearing).toEqual({ due: 1, issued: 1, notIssued: 0 });
    expect(report.exemptions).toEqual({ art_22: { 不予免责: 1 }, art_25: { 免责: 1 } });
    expect(report.stages.daysToHandling).toEqual({ cases: 1, median: 17, mean: 17, max: 17 });
  });

  it('holds aggregates only: no name of any person from any file', () => {
    const text = readFileSync(path.join(out, '维护执法权威工作情况报告_2026-07-01_2026-09-30.json'), 'utf8') + readFileSync(path.join(out, '维护执法权威工作情况报告_2026-07-01_2026-09-30.html'), 'utf8');
    const names = new Set(raw().flatMap(({ data }) => (data ? [...(data.people ?? []).map((p: Raw) => p.name), ...(data.handlers ?? []).map((h: Raw) => h.name)] : [])).filter(Boolean));
    expect(names.size).toBeGreaterThan(2);
    for (const name of names) expect(text, name).not.toContain(name);
  });
});

describe('the html report: one file that opens with no network and no script', () => {
  it('loads nothing but itself in a real browser, runs no script, and shows the figures, tables and charts', async () => {
    const file = path.join(out, '维护执法权威工作情况报告_2026-07-01_2026-09-30.html');
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|javascript:|\son\w+=/i);
    const page = await context().newPage();
    try {
      await page.setJavaScriptEnabled(false);
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      expect(requests).toEqual([expect.stringMatching(/^file:.*\.html$/)]);
      const shown = await page.evaluate(() => ({
        title: document.querySelector('h1')?.textContent,
        addressees: document.querySelector('.addressees')?.textContent,
        cc: document.querySelector('.cc')?.textContent,
        charts: document.querySelectorAll('figure svg').length,
        tables: document.querySelectorAll('table').length,
        text: document.body.innerText,
      }));
      expect(shown.title).toBe('关于呼和浩特市公安局2026年第三季度维护公安民警执法权威工作情况的报告');
      // A 上行文 has one 主送, the next level up; the organ's 党委, which Art. 29（一） also reports to, is 抄送.
      expect(shown.addressees).toBe('内蒙古自治区公安厅维护公安民警执法权威工作委员会办公室：');
      expect(shown.cc).toBe('抄送：中共呼和浩特市公安局委员会。');
      expect(shown.charts).toBeGreaterThan(0);
      expect(shown.tables).toBeGreaterThanOrEqual(3);
      expect(shown.text).toContain(`受理维护执法权威案件${report.cases.inPeriod}件`);
      // The period once: its name, and its dates beside it.
      expect(shown.text.split('2026年7月1日至2026年9月30日')).toHaveLength(2);
      // The words as the 党委 reads them, reviewed: every sentence and table of the report.
      await expect(shown.text).toMatchFileSnapshot('__snapshots__/report.txt');
    } finally {
      await page.close();
    }
  });

  it('draws each bar with its number written on it, for print in black and white', () => {
    const html = readFileSync(path.join(out, '维护执法权威工作情况报告_2026-07-01_2026-09-30.html'), 'utf8');
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg).toContain('<pattern'); // the previous period hatched, not only a colour
    const numbers = [...svg.matchAll(/<text[^>]*font-size="10">(\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(numbers).toHaveLength(2 * 10); // this period and the previous, for each of Art. 8's ten items
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(
      Object.values(report.byCircumstance).reduce((a, b) => a + b, 0) + Object.values(report.previous.byCircumstance).reduce((a, b) => a + b, 0),
    );
  });
});

describe('the ledger workbook (Art. 29（六）), read back with the spreadsheet library', () => {
  it('has a sheet per unit, one row per case opened by the end of the period, real dates, a frozen header, and says it is internal', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(out, '维护执法权威工作台账_截至2026-09-30.xlsx'));
    // Hohhot's units only, each under its full name; 包头's case and the unplaceable one are not Hohhot's to keep.
    expect(book.worksheets.map((s) => s.name).sort()).toEqual(['呼和浩特市公安局', '呼和浩特市公安局新城区分局', '土默特左旗公安局']);
    expect(book.description).toContain('内部使用');
    const sheet = book.getWorksheet('呼和浩特市公安局')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(String(sheet.getCell(1, 1).value)).toContain('内部使用');
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['案件编号', '承办人', '立案', '调查', '处理', '办结', '最近期限', '待履行职责']));
    const ids = [];
    for (let r = 3; r <= sheet.rowCount; r++) ids.push(String(sheet.getRow(r).getCell(1).value));
    // Hohhot's cases opened by 30 September 2026, each once: the 2025 cases, Q2's, Q3's (the copy and the invalid one left out).
    expect(ids).toEqual(['RPT-001', 'RPT-002', 'RPT-006', 'RPT-007', 'RPT-008', 'RPT-010', 'RPT-013']);
    const col = (name: string) => header.indexOf(name) + 1;
    const first = sheet.getRow(3);
    expect(first.getCell(col('立案')).value).toBeInstanceOf(Date);
    expect((first.getCell(col('立案')).value as Date).toISOString().slice(0, 10)).toBe('2026-07-03');
    expect(first.getCell(col('办结')).value).toBe('是');
    expect(first.getCell(col('承办人')).value).toBe('李志强');
  });
});

describe('writing', () => {
  it('never writes over an earlier report without --force', async () => {
    const again = await runReport({ inputs: [DIR], period: PERIOD, outDir: out, formats: ['json'], date: '2026-10-09', log: () => undefined });
    expect(again.written).toEqual([expect.objectContaining({ outcome: 'exists' })]);
    expect(again.exitCode).toBe(1);
  });
});
