import { describe, expect, it } from 'vitest';
import { baseCase } from '../rules/cases.ts';
import { checklist, dutyIn } from './support.ts';

const assaulted = () => {
  const data = baseCase();
  data.circumstances = [{ item: 'art_8__item_1' }];
  data.harm = { injured: true, killed: false };
  return data;
};

describe('Art. 9: the organ helps the officer sue for a personal or property loss', () => {
  it('is owed after an injury or a loss of property', async () => {
    expect(await dutyIn(assaulted(), 'litigation-support')).toMatchObject({ holder: '呼和浩特市公安局', status: 'pending', articles: ['art_9__para_1'] });
    const lost = baseCase();
    lost.harm = { injured: false, killed: false, propertyLoss: 1200 };
    expect(await dutyIn(lost, 'litigation-support')).toBeDefined();
  });

  it('is not owed where nothing was lost', async () => {
    const data = baseCase();
    data.harm = { injured: false, killed: false, propertyLoss: 0 };
    expect(await dutyIn(data, 'litigation-support')).toBeUndefined();
  });
});

describe('Art. 11: protection measures, promptly, and the offender made to answer in law', () => {
  it('threats against the officer (Art. 8（六）) call for protection measures, by the officer’s organ and the one with jurisdiction', async () => {
    expect(await dutyIn(baseCase(), 'protection-measures')).toMatchObject({
      holder: '民警所在公安机关和有管辖权的公安机关',
      timing: '及时',
      status: 'pending',
      articles: ['art_11__para_1'],
    });
  });

  it('a recorded measure discharges it', async () => {
    const data = baseCase();
    data.protection = { measures: [{ date: '2026-03-03', by: '新城区分局', note: '安排民警住所周边巡逻' }] };
    expect(await dutyIn(data, 'protection-measures')).toMatchObject({ status: 'done', done: { date: '2026-03-03', by: '新城区分局' } });
  });

  it('a complaint against the officer (Art. 8（五）) is no threat and calls for none', async () => {
    const data = baseCase();
    data.circumstances = [{ item: 'art_8__item_5' }];
    expect(await dutyIn(data, 'protection-measures')).toBeUndefined();
  });

  it('the offender’s detention, recorded as an outside event, discharges their accountability', async () => {
    const data = assaulted();
    expect(await dutyIn(data, 'offender-accountability')).toMatchObject({ status: 'pending' });
    data.events = [{ date: '2026-03-01', kind: '行政拘留', subject: '侵权人', by: '新城区分局' }];
    expect(await dutyIn(data, 'offender-accountability')).toMatchObject({ status: 'done', done: { date: '2026-03-01', by: '新城区分局' }, articles: ['art_11__para_1'] });
  });
});

describe('Arts. 12 and 13: clearing the record and restoring a name', () => {
  it('a malicious media report calls for the facts to be made clear (Art. 12)', async () => {
    const data = baseCase();
    data.incident.media = true;
    expect(await dutyIn(data, 'media-clarification')).toMatchObject({ holder: '呼和浩特市公安局', timing: '及时', status: 'pending' });
    expect(await dutyIn(baseCase(), 'media-clarification')).toBeUndefined();
  });

  it('defamation with a grave effect calls for the name to be restored, and the defamer to answer (Art. 13)', async () => {
    const data = baseCase();
    data.circumstances = [{ item: 'art_8__item_7' }];
    data.publicity = { seriousImpact: true };
    expect(await dutyIn(data, 'reputation-restoration')).toMatchObject({ holder: '呼和浩特市公安局维权办', status: 'pending', articles: ['art_13__para_1'] });
    expect((await dutyIn(data, 'offender-accountability'))?.articles).toEqual(['art_13__para_1']);
  });

  it('defamation without a grave effect does not (Art. 13 asks for 恶劣影响)', async () => {
    const data = baseCase();
    data.circumstances = [{ item: 'art_8__item_7' }];
    data.publicity = { seriousImpact: false };
    expect(await dutyIn(data, 'reputation-restoration')).toBeUndefined();
  });
});

describe('Art. 14: an officer who cannot handle it on the scene reports to the 指挥中心 at once', () => {
  it('is owed by the officer on the scene, 立即, with no deadline computed', async () => {
    const data = assaulted();
    data.onScene = { selfHandled: false };
    const duty = await dutyIn(data, 'on-scene-report');
    expect(duty).toMatchObject({ holder: '现场民警', timing: '立即', status: 'pending' });
    expect(duty?.deadline).toBeUndefined();
  });

  it('is done once the report is recorded, and not owed when the officer handled it', async () => {
    const data = assaulted();
    data.onScene = { selfHandled: false, reportedToCommandCentre: { date: '2026-03-01', time: '21:05' } };
    expect(await dutyIn(data, 'on-scene-report')).toMatchObject({ status: 'done' });
    data.onScene = { selfHandled: true, handedOverTo: '派出所' };
    expect(await dutyIn(data, 'on-scene-report')).toBeUndefined();
  });
});

describe('Art. 16: the officer’s own misconduct is transferred', () => {
  it('found and not yet transferred, it is owed; transferred, done', async () => {
    const data = baseCase();
    data.misconductTransfer = { foundOn: '2026-03-10', summary: '另有违规问题' };
    expect(await dutyIn(data, 'misconduct-transfer')).toMatchObject({ status: 'pending', since: '2026-03-10' });
    data.misconductTransfer = { foundOn: '2026-03-10', date: '2026-03-12', to: '纪检监察部门', summary: '另有违规问题' };
    expect(await dutyIn(data, 'misconduct-transfer')).toMatchObject({ status: 'done', done: { date: '2026-03-12', to: '纪检监察部门' } });
  });

  it('is not owed in a case that found none', async () => {
    expect(await dutyIn(baseCase(), 'misconduct-transfer')).toBeUndefined();
  });
});

describe('Art. 17: reported level by level; a 重大案事件 at the first moment (Art. 29（一）)', () => {
  const banner = () => {
    const data = assaulted();
    data.unit = { name: '新城区公安分局', level: '旗县' };
    return data;
  };

  it('an injury in a banner case is owed to the league office, at the first moment', async () => {
    expect(await dutyIn(banner(), 'report-up')).toMatchObject({
      holder: '新城区公安分局维权办',
      title: '逐级向盟市维权办报告，重大案事件第一时间报告',
      timing: '第一时间',
      status: 'pending',
      articles: ['art_17__item_1', 'art_29__item_1'],
    });
  });

  it('a report to the 公安厅 alone does not discharge a banner office’s duty', async () => {
    const data = banner();
    data.escalation = { facts: { casualties: true, organAttackedOrMassIncident: false, crossRegion: false, officeDecided: false }, reports: [{ date: '2026-03-02', from: '分局维权办', to: '公安厅维权办' }] };
    expect(await dutyIn(data, 'report-up')).toMatchObject({ status: 'pending' });
    data.escalation.reports.push({ date: '2026-03-02', from: '分局维权办', to: '呼和浩特市公安局维权办' });
    expect(await dutyIn(data, 'report-up')).toMatchObject({ status: 'done', done: { date: '2026-03-02', by: '分局维权办' } });
  });

  it('the 公安厅’s own case is reported to nobody above', async () => {
    const data = assaulted();
    data.unit = { name: '内蒙古自治区公安厅', level: '自治区' };
    expect(await dutyIn(data, 'report-up')).toBeUndefined();
  });
});

describe('every duty of a checklist carries its provisions and a holder', () => {
  it('in a case that calls for many', async () => {
    const data = assaulted();
    data.incident.media = true;
    data.incident.online = true;
    const duties = await checklist(data);
    expect(duties.length).toBeGreaterThanOrEqual(12);
    for (const d of duties) {
      expect(d.articles.length, d.duty).toBeGreaterThan(0);
      expect(d.holder, d.duty).toMatch(/[\u4e00-\u9fff]/u);
      expect(d.title, d.duty).not.toContain('{person}');
    }
  });
});
