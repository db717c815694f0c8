import { describe, expect, it } from 'vitest';
import { AS_OF, baseCase } from '../rules/cases.ts';
import { dutyIn } from './support.ts';

const injured = () => {
  const data = baseCase();
  data.circumstances = [{ item: 'art_8__item_1' }];
  data.harm = { injured: true, killed: false };
  return data;
};

describe('Art. 7（一）: 警务督察 visits and comforts the officer', () => {
  it('is owed in every case until a visit is recorded, counted from the day the case was opened', async () => {
    expect(await dutyIn(baseCase(), 'comfort-visit')).toEqual({
      duty: 'comfort-visit',
      articles: ['art_7__item_1'],
      holder: '警务督察部门',
      title: '对执法权威受侵犯的民警进行抚助慰问',
      status: 'pending',
      path: '/aftercare/visits',
      since: '2026-03-02',
      judgedOn: AS_OF,
    });
  });

  it('is done once a visit is recorded, with its date and department', async () => {
    const data = baseCase();
    data.aftercare = { visits: [{ date: '2026-03-05', by: '新城区分局督察大队' }] };
    expect(await dutyIn(data, 'comfort-visit')).toMatchObject({ status: 'done', done: { date: '2026-03-05', by: '新城区分局督察大队' } });
  });

  it('names an auxiliary officer as such, and cites Art. 33', async () => {
    const data = baseCase();
    data.officer.role = '警务辅助人员';
    expect(await dutyIn(data, 'comfort-visit')).toMatchObject({ title: '对执法权威受侵犯的警务辅助人员进行抚助慰问', articles: ['art_7__item_1', 'art_33__para_1'] });
  });
});

describe('Art. 7（二）: 政工 sees to care, crisis intervention and injury insurance for the hurt', () => {
  it.each(['medical-care', 'psychological-support', 'injury-insurance'])('%s is owed when the officer was hurt', async (code) => {
    expect(await dutyIn(injured(), code)).toMatchObject({ holder: '政工部门', status: 'pending', articles: ['art_7__item_2'] });
  });

  it.each(['medical-care', 'psychological-support', 'injury-insurance'])('%s is not owed when nobody was hurt', async (code) => {
    expect(await dutyIn(baseCase(), code)).toBeUndefined();
  });

  it('a payment from the comfort fund (Art. 7（六）) is never owed, shown once recorded', async () => {
    expect(await dutyIn(injured(), 'comfort-fund-payment')).toBeUndefined();
    const data = injured();
    data.aftercare = { comfortFund: { date: '2026-03-10', by: '警务保障室', amount: 5000 } };
    expect(await dutyIn(data, 'comfort-fund-payment')).toMatchObject({ status: 'done', holder: '警务保障部门' });
  });

  it('an award follows the deeds: never owed, shown once recorded', async () => {
    expect(await dutyIn(injured(), 'commendation')).toBeUndefined();
    const data = injured();
    data.aftercare = { commendation: { date: '2026-04-01', by: '市局政治部' } };
    expect(await dutyIn(data, 'commendation')).toMatchObject({ status: 'done' });
  });
});

describe('Art. 7（三）（四）（七）（八）: the departments the rules found involved', () => {
  it('新闻宣传 guides public opinion when the media took it up', async () => {
    const data = baseCase();
    data.incident.media = true;
    expect(await dutyIn(data, 'opinion-guidance')).toMatchObject({ holder: '新闻宣传部门', status: 'pending' });
    expect(await dutyIn(baseCase(), 'opinion-guidance')).toBeUndefined();
  });

  it('指挥中心 leads the first response to an assault on the scene, promptly (no deadline is computed)', async () => {
    const duty = await dutyIn(injured(), 'command-response');
    expect(duty).toMatchObject({ holder: '指挥中心', timing: '及时', status: 'pending' });
    expect(duty?.deadline).toBeUndefined();
    expect(await dutyIn(baseCase(), 'command-response')).toBeUndefined();
  });

  it('the investigating department, named where the case names it, reports its result back', async () => {
    const data = injured();
    data.investigation = { department: '新城区分局刑侦大队', resultFedBack: { date: '2026-03-20' } };
    expect(await dutyIn(data, 'investigation-feedback')).toMatchObject({ holder: '新城区分局刑侦大队', status: 'done', done: { date: '2026-03-20' } });
  });

  it('网安 deals with infringement online', async () => {
    const data = baseCase();
    data.incident.online = true;
    expect(await dutyIn(data, 'online-handling')).toMatchObject({ holder: '网安部门' });
    expect(await dutyIn(baseCase(), 'online-handling')).toBeUndefined();
  });
});
