import { describe, expect, it } from 'vitest';
import { baseCase, target, withActs, withPerson } from '../rules/cases.ts';
import { checklist, dutyIn } from './support.ts';

const of = async (data: Record<string, unknown>, code: string) => (await checklist(data)).filter((d) => d.duty === code);
const withWife = (data: Record<string, any>) => withPerson(data, { id: 'p2', name: '刘芳', category: '亲属', relation: '妻', of: 'p1' });

describe('Art. 9: help to sue for a personal or property loss', () => {
  it('is owed to each person with a loss, by the organ handling the case', async () => {
    const data = withActs({ kind: '毁损财物', targets: [target('p1', '因履职')] });
    data.consequences = [{ kind: '财产损失', person: 'p1', amount: 3000 }];
    expect(await dutyIn(data, 'litigation-support')).toMatchObject({ holder: '呼和浩特市公安局', person: 'p1', title: '帮助民警通过刑事附带民事诉讼或者民事诉讼等法律途径维护合法权益' });
  });

  it('for an officer who died, the help goes to their near relatives', async () => {
    const data = withActs({ kind: '车辆冲撞碾轧拖拽剐蹭', targets: [target('p1', '在履职中')] });
    data.consequences = [{ kind: '死亡', person: 'p1' }];
    expect((await dutyIn(data, 'litigation-support'))?.title).toBe('帮助已故民警的近亲属通过刑事附带民事诉讼或者民事诉讼等法律途径维护合法权益');
  });

  it('is not owed without a loss', async () => {
    expect(await dutyIn(baseCase(), 'litigation-support')).toBeUndefined();
  });
});

describe('Art. 11: protection and the offender’s accountability, set off by threats, harassment, stalking or harm', () => {
  it.each(['威胁恐吓', '骚扰', '尾随跟踪', '暴力袭击', '毁损财物', '聚众哄闹围堵冲击阻碍'])('%s against the officer and his wife calls for protecting each', async (kind) => {
    const data = withWife(withActs({ kind, targets: [target('p1', '因履职'), target('p2', '因履职')] }));
    expect((await of(data, 'protection-measures')).map((d) => [d.person, d.title])).toEqual([
      ['p1', '及时对民警采取保护措施'],
      ['p2', '及时对民警的近亲属采取保护措施'],
    ]);
    expect(await dutyIn(data, 'offender-accountability')).toMatchObject({ articles: ['art_11__para_1'] });
  });

  it.each(['诽谤', '侮辱谩骂', '恶意投诉', '恶意炒作', '侵犯隐私'])('%s alone does not call for protection measures', async (kind) => {
    expect(await dutyIn(withActs({ kind, online: true, targets: [target('p1', '因履职')] }), 'protection-measures')).toBeUndefined();
  });

  it('a protection measure recorded for one person does not discharge it for another', async () => {
    const data = withWife(withActs({ kind: '威胁恐吓', targets: [target('p1', '因履职'), target('p2', '因履职')] }));
    data.actions = [{ kind: '保护措施', date: '2026-03-02', person: 'p2', by: '派出所' }];
    expect((await of(data, 'protection-measures')).map((d) => [d.person, d.status])).toEqual([['p1', 'pending'], ['p2', 'done']]);
  });

  it('an outside decision against the offender discharges the accountability', async () => {
    const data = withActs({ kind: '威胁恐吓', targets: [target('p1', '因履职')] });
    data.events = [{ date: '2026-03-05', kind: '行政拘留', subject: '侵权人', by: '新城区分局' }];
    expect(await dutyIn(data, 'offender-accountability')).toMatchObject({ status: 'done', done: { date: '2026-03-05', by: '新城区分局' } });
  });
});

describe('Art. 12: a news medium’s malicious hype or false report is clarified', () => {
  it('media-clarification is owed for a newspaper’s false report, not for a netizen’s hype', async () => {
    expect(await dutyIn(withActs({ kind: '新闻媒体恶意炒作或失实报道', targets: [target('p1', '因履职')] }), 'media-clarification')).toMatchObject({ timing: '及时' });
    expect(await dutyIn(withActs({ kind: '恶意炒作', online: true, targets: [target('p1', '因履职')] }), 'media-clarification')).toBeUndefined();
  });
});

describe('Art. 13: calumny, defamation or insult with a grave effect: restore the name and pursue the offender', () => {
  const defamed = (kind: string) => {
    const data = withActs({ kind, online: true, targets: [target('p1', '因履职')] });
    data.consequences = [{ kind: '恶劣影响', description: '转发两万余次' }];
    return data;
  };

  it.each(['诽谤', '侮辱谩骂', '诬告陷害'])('%s with a grave effect calls for reputation-restoration', async (kind) => {
    expect(await dutyIn(defamed(kind), 'reputation-restoration')).toMatchObject({ holder: '呼和浩特市公安局维权办' });
    expect((await dutyIn(defamed(kind), 'offender-accountability'))?.articles).toContain('art_13__para_1');
  });

  it('a complaint proved 诬告 counts as calumny, whatever kind the act was recorded as', async () => {
    const data = defamed('恶意投诉');
    data.nameClearing = { person: 'p1', complaintReceivedOn: '2026-03-02', provedOn: '2026-04-01', finding: '诬告' };
    expect(await dutyIn(data, 'reputation-restoration')).toBeDefined();
  });

  it('without a grave effect it is not owed', async () => {
    expect(await dutyIn(withActs({ kind: '诽谤', targets: [target('p1', '因履职')] }), 'reputation-restoration')).toBeUndefined();
  });
});

describe('Art. 14: an officer who cannot handle it on the scene reports to the command centre at once', () => {
  const scene = (report?: Record<string, unknown>) => {
    const data = withActs({ kind: '聚众哄闹围堵冲击阻碍', time: '22:10', targets: [target('p1', '在履职中')] });
    data.scene = { selfHandled: false };
    if (report) data.actions = [{ kind: '报告指挥中心', byPerson: 'p1', ...report }];
    return data;
  };

  it('a report on the incident’s day is done', async () => {
    expect(await dutyIn(scene({ date: '2026-03-01', time: '22:12' }), 'on-scene-report')).toMatchObject({ status: 'done', timing: '立即' });
  });

  it('a report the next day is 需核实, with both moments, never 已履行', async () => {
    expect(await dutyIn(scene({ date: '2026-03-02', time: '08:00' }), 'on-scene-report')).toMatchObject({
      status: 'verify',
      concern: { kind: 'later-day', from: { date: '2026-03-01', time: '22:10' }, to: { date: '2026-03-02', time: '08:00' } },
    });
  });

  it('is not owed where the officer handled it alone', async () => {
    const data = scene();
    data.scene = { selfHandled: true };
    expect(await dutyIn(data, 'on-scene-report')).toBeUndefined();
  });
});

describe('Art. 16: misconduct found while handling the case is transferred', () => {
  it('misconduct-transfer is owed once found, and done with its receiving department', async () => {
    const data = baseCase();
    data.misconductTransfer = { person: 'p1', foundOn: '2026-03-10', summary: '执法过程中有违规言语' };
    expect(await dutyIn(data, 'misconduct-transfer')).toMatchObject({ status: 'pending', since: '2026-03-10' });
    data.misconductTransfer = { ...data.misconductTransfer, date: '2026-03-12', to: '纪检监察室' };
    expect(await dutyIn(data, 'misconduct-transfer')).toMatchObject({ status: 'done', done: { date: '2026-03-12', to: '纪检监察室' } });
  });
});

describe('Art. 17 with Art. 29（一）: the report up, at the first moment for a 重大案事件', () => {
  const injured = (degree: string, learnedOn?: string) => {
    const data = withActs({ kind: '暴力袭击', time: '20:00', targets: [target('p1', '在履职中')] });
    data.unit = { name: '新城区公安分局', level: '旗县' };
    data.consequences = [{ kind: '受伤', person: 'p1', degree }];
    if (learnedOn) data.opened.learnedOn = learnedOn;
    return data;
  };
  const reported = (data: Record<string, any>, date: string) => {
    data.actions = [{ kind: '逐级报告', date, to: '呼和浩特市公安局维权办' }];
    return data;
  };

  it('report-up names the next level up and is done by the first report to it', async () => {
    expect(await dutyIn(injured('轻微伤'), 'report-up')).toMatchObject({ title: '逐级向盟市维权办报告', status: 'pending', articles: ['art_17__item_1'] });
    expect(await dutyIn(reported(injured('轻微伤'), '2026-03-05'), 'report-up')).toMatchObject({ status: 'done' });
  });

  it('a 重大案事件’s first report on a later day than the office learned of it is 需核实 — not hidden by a late opening', async () => {
    const data = reported(injured('重伤二级', '2026-03-01'), '2026-03-04');
    data.opened.date = '2026-03-04';
    expect(await dutyIn(data, 'report-up')).toMatchObject({
      status: 'verify',
      timing: '第一时间',
      title: '逐级向盟市维权办报告，重大案事件第一时间报告',
      concern: { kind: 'later-day', fromWhat: '维权办获悉', from: { date: '2026-03-01' }, to: { date: '2026-03-04' } },
    });
  });

  it('the same day is at the first moment; a case that is not 重大 is judged on no moment', async () => {
    expect(await dutyIn(reported(injured('重伤二级', '2026-03-04'), '2026-03-04'), 'report-up')).toMatchObject({ status: 'done' });
    expect(await dutyIn(reported(injured('轻微伤', '2026-03-01'), '2026-03-09'), 'report-up')).toMatchObject({ status: 'done' });
  });
});
