import { describe, expect, it } from 'vitest';
import { recipientLevel } from '../../scripts/lib/case/levels.ts';
import { reportSkipsLevel, reportUpRequired } from '../../scripts/lib/rules/escalation.ts';
import { check, target, withActs } from './cases.ts';

const assault = (level = '旗县') => {
  const data = withActs({ kind: '暴力袭击', targets: [target('p1', '在履职中')] });
  data.unit.level = level;
  return data;
};
const report = (date: string, to: string, extra: Record<string, unknown> = {}) => ({ kind: '逐级报告', date, to, ...extra });

describe('Art. 17: banner and league offices report these cases level by level', () => {
  it('an officer injured (（一）) must be reported up; a 轻微伤 is not a 重大案事件 (Art. 29（一）)', async () => {
    const data = assault();
    data.consequences = [{ kind: '受伤', person: 'p1', degree: '轻微伤' }];
    expect(await check(reportUpRequired, data)).toEqual([
      { code: 'report-up-required', severity: 'finding', articles: ['art_17__item_1'], path: '', args: { items: ['art_17__item_1'], level: '旗县', reported: false, major: false } },
    ]);
  });

  it.each([
    ['重伤二级', true],
    ['轻伤一级', false],
  ])('an injury of %s is a 重大案事件: %s', async (degree, major) => {
    const data = assault();
    data.consequences = [{ kind: '受伤', person: 'p1', degree }];
    expect((await check(reportUpRequired, data))[0]?.args.major).toBe(major);
  });

  it('a death is a 重大案事件, reported at the first moment', async () => {
    const data = assault('盟市');
    data.consequences = [{ kind: '死亡', person: 'p1' }];
    expect((await check(reportUpRequired, data))[0]).toMatchObject({ articles: ['art_17__item_1', 'art_29__item_1'], args: { major: true, level: '盟市' } });
  });

  it('an attack on a police organ or a mass incident (（二）), cross-region (（三）) and the office’s own decision (（四）) each call for a report', async () => {
    const organ = withActs({ kind: '打砸冲击公安机关', targets: [target('p1', '在履职中')] });
    organ.unit.level = '旗县';
    expect((await check(reportUpRequired, organ))[0]?.args).toMatchObject({ items: ['art_17__item_2'], major: true });
    const cross = assault();
    cross.consequences = [{ kind: '跨区域', description: '涉及乌兰察布市' }];
    expect((await check(reportUpRequired, cross))[0]?.args.items).toEqual(['art_17__item_3']);
    const decided = assault();
    decided.actions = [{ kind: '决定上报', date: '2026-03-02' }];
    expect((await check(reportUpRequired, decided))[0]?.args.items).toEqual(['art_17__item_4']);
  });

  it('an auxiliary officer’s injury is 民警伤亡 by Art. 33, cited', async () => {
    const data = assault('盟市');
    data.people = [{ id: 'p1', name: '白云飞', category: '警务辅助人员', unit: '巡警大队' }];
    data.acts[0].targets = [target('p1', '协助民警')];
    data.consequences = [{ kind: '受伤', person: 'p1', degree: '轻伤二级' }];
    expect((await check(reportUpRequired, data))[0]).toMatchObject({ articles: ['art_17__item_1', 'art_33__para_1'], args: { basis: '遵照' } });
  });

  it('a case handled by the 公安厅 has no level above it to report to', async () => {
    const data = assault('自治区');
    data.consequences = [{ kind: '死亡', person: 'p1' }];
    expect(await check(reportUpRequired, data)).toEqual([]);
  });

  it('a banner office has reported once it reported to its league office; a report straight to the 公安厅 skips a level', async () => {
    const data = assault();
    data.consequences = [{ kind: '受伤', person: 'p1', degree: '轻微伤' }];
    data.actions = [report('2026-03-02', '公安厅维权办'), report('2026-03-03', '呼和浩特市公安局维权办')];
    expect((await check(reportUpRequired, data))[0]?.args.reported).toBe(true);
    expect(await check(reportSkipsLevel, data)).toEqual([{ code: 'report-skips-level', severity: 'finding', articles: ['art_17__para_1'], path: '/actions/0', args: { index: 0 } }]);
    data.actions = [report('2026-03-02', '呼和浩特市公安局维权办'), report('2026-03-03', '公安厅维权办', { from: '呼和浩特市公安局维权办' })];
    expect(await check(reportSkipsLevel, data)).toEqual([]);
  });
});

describe('the level of an office a report went to', () => {
  it.each([
    ['公安厅维权办', '自治区'],
    ['呼和浩特市公安局维权办', '盟市'],
    ['呼和浩特铁路公安局维权办', '盟市'],
    ['新城区公安分局维权办', '旗县'],
    ['土默特左旗公安局维权办', '旗县'],
    ['某办公室', undefined],
  ])('%s is %s', (name, level) => {
    expect(recipientLevel(undefined, name)).toBe(level);
  });

  it('a recorded level wins over the name', () => {
    expect(recipientLevel('盟市', '公安厅维权办')).toBe('盟市');
  });
});
