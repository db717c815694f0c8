import { describe, expect, it } from 'vitest';
import { AS_OF, baseCase, target, withActs, withPerson } from '../rules/cases.ts';
import { checklist, dutyIn } from './support.ts';

/** An officer (p1) and an auxiliary officer (p2) attacked together on duty, on 2026-03-01. */
const attacked = (degrees: Record<string, string> = {}) => {
  const data = withActs({ kind: '暴力袭击', time: '22:10', targets: [target('p1', '在履职中'), target('p2', '协助民警')] });
  withPerson(data, { id: 'p2', name: '白云飞', category: '警务辅助人员', unit: '新城区分局' });
  data.consequences = Object.entries(degrees).map(([person, degree]) => ({ kind: '受伤', person, degree }));
  return data;
};
const of = async (data: Record<string, unknown>, code: string) => (await checklist(data)).filter((d) => d.duty === code);

describe('Art. 7（一）: 警务督察 visits and comforts every person whose authority was infringed', () => {
  it('is owed to the officer until a visit is recorded, from the day the office learned of it', async () => {
    expect(await dutyIn(baseCase(), 'comfort-visit')).toEqual({
      duty: 'comfort-visit',
      articles: ['art_7__item_1'],
      holder: '警务督察部门',
      title: '对执法权威受侵犯的民警进行抚助慰问',
      status: 'pending',
      path: '/actions',
      person: 'p1',
      since: '2026-03-02',
      judgedOn: AS_OF,
    });
  });

  it('is owed to each person protected, named by category; a visit to one does not discharge the other', async () => {
    const data = attacked();
    data.actions = [{ kind: '抚助慰问', date: '2026-03-03', person: 'p1', by: '新城区分局督察大队' }];
    expect((await of(data, 'comfort-visit')).map((d) => [d.person, d.status, d.title, d.articles])).toEqual([
      ['p1', 'done', '对执法权威受侵犯的民警进行抚助慰问', ['art_7__item_1']],
      ['p2', 'pending', '对执法权威受侵犯的警务辅助人员进行抚助慰问', ['art_7__item_1', 'art_33__para_1']],
    ]);
  });

  it('is not owed where the Measures protect no one', async () => {
    expect(await dutyIn(withActs({ kind: '暴力袭击', targets: [target('p1', '与履职无关')] }), 'comfort-visit')).toBeUndefined();
  });
});

describe('Art. 7（二）: 政工 sees to 重大医疗救治, crisis intervention and injury insurance', () => {
  it.each(['medical-care', 'psychological-support'])('%s is owed for an injury of 轻伤 or worse, not for a 轻微伤', async (code) => {
    expect((await of(attacked({ p1: '轻伤二级', p2: '轻微伤' }), code)).map((d) => [d.person, d.status])).toEqual([['p1', 'pending']]);
  });

  it('care for an injury not yet assessed is 需核实 until its degree is known', async () => {
    expect(await dutyIn(attacked({ p1: '尚未鉴定' }), 'medical-care')).toMatchObject({ status: 'verify', concern: { kind: 'not-assessed' } });
  });

  it('injury insurance is owed for every injury in the course of work, whatever its degree', async () => {
    expect((await of(attacked({ p1: '轻微伤', p2: '轻微伤' }), 'injury-insurance')).map((d) => d.person)).toEqual(['p1', 'p2']);
  });

  it('care recorded though not owed is shown as done', async () => {
    const data = attacked({ p1: '轻微伤' });
    data.actions = [{ kind: '医疗救治', date: '2026-03-01', person: 'p1', by: '新城区分局政工室' }];
    expect((await of(data, 'medical-care')).map((d) => [d.person, d.status])).toEqual([['p1', 'done']]);
  });

  it.each(['commendation', 'comfort-fund-payment', 'legal-guidance'])('%s is the department’s judgement: never owed, shown once recorded', async (code) => {
    expect(await dutyIn(attacked({ p1: '重伤二级' }), code)).toBeUndefined();
    const data = attacked();
    const kind = { commendation: '表彰奖励', 'comfort-fund-payment': '发放抚慰金', 'legal-guidance': '法制提前介入' }[code];
    data.actions = [{ kind, date: '2026-03-10', by: '市局' }];
    expect(await dutyIn(data, code)).toMatchObject({ status: 'done', done: { date: '2026-03-10', by: '市局' } });
  });
});

describe('Art. 7（三）（八）: public opinion and infringement online', () => {
  it('opinion-guidance and online-handling are owed for an act online, or a 负面舆情', async () => {
    const online = withActs({ kind: '诽谤', online: true, targets: [target('p1', '因履职')] });
    expect(await dutyIn(online, 'opinion-guidance')).toMatchObject({ holder: '新闻宣传部门', status: 'pending' });
    expect(await dutyIn(online, 'online-handling')).toMatchObject({ holder: '网安部门', status: 'pending' });
    const spread = baseCase();
    spread.consequences = [{ kind: '负面舆情', description: '视频被转发' }];
    expect(await dutyIn(spread, 'online-handling')).toBeDefined();
  });

  it('are owed from when the opinion or the spread first shows, not from the scuffle before it', async () => {
    const later = withActs(
      { kind: '侮辱谩骂', date: '2026-03-01', targets: [target('p1', '在履职中')] },
      { kind: '诽谤', date: '2026-04-04', online: true, targets: [target('p1', '因履职')] },
    );
    expect(await dutyIn(later, 'opinion-guidance')).toMatchObject({ since: '2026-04-04' });
    expect(await dutyIn(later, 'online-handling')).toMatchObject({ since: '2026-04-04' });
    const spread = baseCase();
    spread.consequences = [{ kind: '负面舆情', description: '视频被转发', date: '2026-03-20' }];
    expect(await dutyIn(spread, 'online-handling')).toMatchObject({ since: '2026-03-20' });
  });

  it('neither for an insult on the scene, offline', async () => {
    expect(await dutyIn(baseCase(), 'opinion-guidance')).toBeUndefined();
    expect(await dutyIn(baseCase(), 'online-handling')).toBeUndefined();
  });
});

describe('Art. 7（四）: 指挥中心 leads the first response to a sudden or sensitive incident', () => {
  it('is done once the first response is recorded on the incident’s day', async () => {
    const data = attacked();
    data.actions = [{ kind: '先期指挥处置', date: '2026-03-01', time: '22:15', by: '指挥中心' }];
    expect(await dutyIn(data, 'command-response')).toMatchObject({ status: 'done', timing: '及时' });
  });

  it('a first response not recorded once the incident’s day has passed is 需核实, never merely 待履行', async () => {
    expect(await dutyIn(attacked(), 'command-response')).toMatchObject({ status: 'verify', concern: { kind: 'moment-passed', from: { date: '2026-03-01', time: '22:10' } } });
  });

  it('is owed for a sensitive incident recorded as such, and not for an insult', async () => {
    const data = baseCase();
    data.consequences = [{ kind: '突发敏感', description: '涉民族宗教' }];
    expect(await dutyIn(data, 'command-response')).toBeDefined();
    expect(await dutyIn(baseCase(), 'command-response')).toBeUndefined();
  });
});

describe('Art. 7（七）: the investigating department handles an offence and feeds the result back', () => {
  it('is owed for an offence, held by the department recorded as handling it', async () => {
    const data = attacked();
    data.actions = [{ kind: '办理案件', date: '2026-03-02', by: '新城区分局刑侦大队' }];
    expect(await dutyIn(data, 'investigation-feedback')).toMatchObject({ holder: '新城区分局刑侦大队', status: 'pending', timing: '及时' });
    data.actions.push({ kind: '反馈处理结果', date: '2026-03-20', by: '新城区分局刑侦大队' });
    expect(await dutyIn(data, 'investigation-feedback')).toMatchObject({ status: 'done' });
  });

  it('is not owed for a malicious complaint, no offence', async () => {
    expect(await dutyIn(withActs({ kind: '恶意投诉', targets: [target('p1', '因履职')] }), 'investigation-feedback')).toBeUndefined();
  });
});
