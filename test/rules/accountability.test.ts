import { describe, expect, it } from 'vitest';
import { accountabilityFailing } from '../../scripts/lib/rules/accountability.ts';
import { check, target, withActs } from './cases.ts';

/** An officer stabbed on duty, 轻伤二级, in a banner office's case closed on 2026-04-30. */
const closedStabbing = () => {
  const data = withActs({ kind: '暴力袭击', targets: [target('p1', '在履职中')] });
  data.unit.level = '旗县';
  data.consequences = [{ kind: '受伤', person: 'p1', degree: '轻伤二级' }];
  data.ledger = [{ stage: '立案', date: '2026-03-02' }, { stage: '处理', date: '2026-04-30' }];
  data.actions = [
    { kind: '逐级报告', date: '2026-03-02', to: '呼和浩特市公安局维权办' },
    { kind: '抚助慰问', date: '2026-03-03', person: 'p1' },
  ];
  data.events = [{ date: '2026-03-05', kind: '刑事拘留', subject: '侵权人' }];
  return data;
};
const evidence = async (data: Record<string, unknown>) => (await check(accountabilityFailing, data)).map((f) => [f.articles[0], f.args.evidence]);

describe('Art. 30: the failings a closed case’s record shows', () => {
  it('a case closed with the report up, the aftercare and the offender detained shows none', async () => {
    expect(await check(accountabilityFailing, closedStabbing())).toEqual([]);
  });

  it('（二） no report up where Art. 17 asks for one', async () => {
    const data = closedStabbing();
    data.actions = data.actions.filter((a: { kind: string }) => a.kind !== '逐级报告');
    expect(await check(accountabilityFailing, data)).toEqual([
      { code: 'accountability-failing', severity: 'finding', articles: ['art_30__item_2'], path: '/actions', args: { evidence: 'no-report-up', closedOn: '2026-04-30' } },
    ]);
  });

  it('（三） someone protected hurt and no visit or medical care recorded', async () => {
    const data = closedStabbing();
    data.actions = data.actions.filter((a: { kind: string }) => a.kind !== '抚助慰问');
    expect(await evidence(data)).toEqual([['art_30__item_3', 'no-aftercare']]);
  });

  it('（六） nothing done against the offender, or only an administrative penalty for a crime (降格处理)', async () => {
    const none = closedStabbing();
    none.events = [];
    expect(await evidence(none)).toEqual([['art_30__item_6', 'not-handled']]);
    const warned = closedStabbing();
    warned.events = [{ date: '2026-03-05', kind: '治安警告', subject: '侵权人' }];
    expect(await check(accountabilityFailing, warned)).toMatchObject([{ articles: ['art_30__item_6'], args: { evidence: 'downgraded', detail: '治安警告', closedOn: '2026-04-30' } }]);
  });

  it('an administrative penalty for what is no crime (a shove, no injury) is not 降格处理', async () => {
    const data = closedStabbing();
    data.acts[0].kind = '扣押撕咬拉扯推搡';
    data.consequences = [];
    data.events = [{ date: '2026-03-05', kind: '罚款', subject: '侵权人' }];
    expect(await check(accountabilityFailing, data)).toEqual([]);
  });

  it('a case still open shows no failing yet', async () => {
    const data = closedStabbing();
    data.ledger = [{ stage: '立案', date: '2026-03-02' }];
    data.actions = [];
    data.events = [];
    expect(await check(accountabilityFailing, data)).toEqual([]);
  });
});
