/**
 * What a unit's report covers (DOMAIN: "A unit's report covers that unit and the units under it"):
 * reports by several units over one folder of stress cases — the 公安厅, a 盟市, a 分局, 呼铁, 大林,
 * other leagues — each counting its own and its subordinates' cases and listing what it left out
 * and why; and old and very recent dates. How a name places an organ: organs.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../scripts/lib/report/json.ts';
import { runReport } from '../../scripts/lib/report/run.ts';
import { reportWords } from './words.ts';

const CASES = 'test/fixtures/report-units/cases';
const UNITS = 'test/fixtures/report-units/units';
const Q3 = { from: '2026-07-01', to: '2026-09-30' };
const outs: string[] = [];
afterAll(() => outs.forEach((o) => rmSync(o, { recursive: true, force: true })));

/** A report over the stress cases; every cell shown (smallCell 1) unless `issued`, as the command writes it. */
async function report(unitFile: string, period = Q3, formats: ('json' | 'html')[] = ['json', 'html'], issued = false) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'wq-report-scope-'));
  outs.push(out);
  const logged: string[] = [];
  await runReport({ inputs: [CASES], period, unitFiles: [unitFile], outDir: out, formats, date: '2026-10-08', ...(issued ? {} : { smallCell: 1 }), log: (t) => logged.push(t) });
  const name = `维护执法权威工作情况报告_${period.from}_${period.to}`;
  const json = JSON.parse(readFileSync(path.join(out, `${name}.json`), 'utf8')) as ReportJson;
  const html = formats.includes('html') ? readFileSync(path.join(out, `${name}.html`), 'utf8') : '';
  return { json, html, log: logged.join('') };
}

describe('reports by several units over one folder', () => {
  it('the 公安厅 counts every organ of the region, and leaves out only the name it cannot place', async () => {
    const { json, html, log } = await report(`${UNITS}/region.json`);
    expect(json.scope).toEqual({ unit: '内蒙古自治区公安厅', covers: 'all', leftOut: { otherUnit: { cases: 0, units: [] }, unknownUnit: { cases: 1 } } });
    expect(json.cases.inPeriod).toBe(15);
    expect(Object.keys(json.byUnit).sort()).toEqual(
      [
        '包头市公安局',
        '包头市公安局青山区分局',
        '呼和浩特市公安局',
        '呼和浩特市公安局赛罕区分局',
        '呼和浩特市公安局新城区分局',
        '呼和浩特铁路公安局',
        '内蒙古大兴安岭林业公安局',
        '内蒙古自治区公安厅',
        '树林公安局',
        '土默特左旗公安局',
        '锡林郭勒盟公安局',
        '锡林浩特市公安局',
      ].sort(),
    );
    // 新城区 under two spellings is one organ: three of its cases in the quarter.
    expect(json.byUnit['呼和浩特市公安局新城区分局']).toBe(3);
    expect(log).toContain('承办单位“呼市公安局”无法对应到内蒙古的公安机关');
    // The 公安厅 has no office above it: its report goes to its own 党委, with nothing to copy.
    expect(html).toContain('<p class="addressees">中共内蒙古自治区公安厅委员会：</p>');
    expect(html).not.toContain('抄送');
  });

  it('呼和浩特市公安局 counts itself, its 分局 and its 旗县, not 呼铁 though it sits in the city', async () => {
    const { json, html } = await report('test/fixtures/report/unit-hohhot.json');
    expect(Object.keys(json.byUnit).sort()).toEqual(['呼和浩特市公安局', '呼和浩特市公安局赛罕区分局', '呼和浩特市公安局新城区分局', '土默特左旗公安局'].sort());
    expect(json.cases.inPeriod).toBe(6);
    expect(json.scope.leftOut.otherUnit.units).toEqual(
      ['包头市公安局', '包头市公安局青山区分局', '呼和浩特铁路公安局', '内蒙古大兴安岭林业公安局', '内蒙古自治区公安厅', '树林公安局', '锡林郭勒盟公安局', '锡林浩特市公安局'].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
    expect(json.scope.leftOut).toMatchObject({ otherUnit: { cases: 9 }, unknownUnit: { cases: 1 } });
    expect(html).toContain('另有9个属于其他单位');
    expect(html).toContain('1个的承办单位名称无法对应到内蒙古公安机关');
  });

  it('呼铁 counts its own and its 公安处’s, and reports to the 公安厅', async () => {
    const { json, html } = await report(`${UNITS}/hutie.json`);
    expect(json.byUnit).toEqual({ 呼和浩特铁路公安局: 2 });
    expect(json.scope.covers).toBe('self');
    expect(html).toContain('<p class="addressees">内蒙古自治区公安厅维护公安民警执法权威工作委员会办公室：</p>');
    expect(html).toContain('抄送：中共呼和浩特铁路公安局委员会。');
  });

  it('大林 counts its one case; 包头 and 锡林郭勒 their own and their 旗县区’s', async () => {
    expect((await report(`${UNITS}/dalin.json`)).json.byUnit).toEqual({ 内蒙古大兴安岭林业公安局: 1 });
    expect((await report(`${UNITS}/baotou.json`)).json.byUnit).toEqual({ 包头市公安局: 1, 包头市公安局青山区分局: 1 });
    expect((await report(`${UNITS}/xilingol.json`)).json.byUnit).toEqual({ 锡林郭勒盟公安局: 1, 锡林浩特市公安局: 1 });
  });

  it('a 分局 counts only itself, under either spelling, and with no superior in its file reports to its 盟市 office', async () => {
    const { json, html } = await report(`${UNITS}/xincheng-no-superior.json`);
    expect(json.byUnit).toEqual({ 呼和浩特市公安局新城区分局: 3 });
    expect(json.scope.covers).toBe('self');
    expect(html).toContain('<p class="addressees">呼和浩特市公安局维护公安民警执法权威工作委员会办公室：</p>');
    expect(html).toContain('抄送：中共呼和浩特市公安局新城区分局委员会。');
  });
});

describe('old and recent dates', () => {
  it('the first case after the Measures (2019) is counted in its own period, with nothing a year before', async () => {
    const { json } = await report('test/fixtures/report/unit-hohhot.json', { from: '2019-07-29', to: '2019-12-31' }, ['json']);
    expect(json.cases).toMatchObject({ inPeriod: 1, inPreviousPeriod: 0 });
    expect(json.previousPeriod).toEqual({ from: '2018-07-29', to: '2018-12-31' });
    expect(json.stages).toMatchObject({ filed: 1, investigated: 1, handled: 1 });
  });

  it('a case opened on the period’s last day counts; 重大 reported that night, before the office knew, or on 受理 days after the incident', async () => {
    const { json } = await report('test/fixtures/report/unit-hohhot.json', Q3, ['json']);
    expect(json.previousPeriod).toEqual({ from: '2025-07-01', to: '2025-09-30' });
    expect(json.previous.cases).toBe(1);
    // Killed on 30 September, learned of at 22:10, reported at 23:30: the same day. A report dated the
    // day before the office learned of the case contradicts the record. Without a 获悉 date, a report
    // on the day of 受理, three days after the incident, is not shown to be 第一时间.
    expect(json.reportUp).toMatchObject({ major: 3, majorSameDay: 1, majorBeforeKnown: 1, majorLater: 1, majorVerify: 2 });
  });
});

describe('the reports as issued, read as the 党委 reads them', () => {
  it('公安厅, 呼和浩特市公安局 and 呼铁 over the stress cases (reviewed), with no name of anyone in them', async () => {
    const shown: string[] = [];
    for (const unit of [`${UNITS}/region.json`, 'test/fixtures/report/unit-hohhot.json', `${UNITS}/hutie.json`]) {
      const { json, html } = await report(unit, Q3, ['json', 'html'], true);
      shown.push(`=== ${json.scope.unit}\n${reportWords(html)}`);
      const text = JSON.stringify(json) + html;
      for (const file of readdirSync(CASES)) {
        const data = JSON.parse(readFileSync(path.join(CASES, file), 'utf8'));
        for (const name of [...data.people.map((p: { name: string }) => p.name), ...data.handlers.map((h: { name: string }) => h.name)]) expect(text, name).not.toContain(name);
      }
    }
    await expect(shown.join('\n\n')).toMatchFileSnapshot('__snapshots__/report-units.txt');
  });
});
