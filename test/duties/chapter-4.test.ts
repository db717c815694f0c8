import { describe, expect, it } from 'vitest';
import { AS_OF, baseCase } from '../rules/cases.ts';
import { checklist, dutyIn } from './support.ts';

describe('Art. 26: outside inquiries get a reasoned opinion, and a 检察 investigation legal support', () => {
  it('a 纪检监察 inquiry calls for the organ’s opinion, promptly; not for legal support', async () => {
    const data = baseCase();
    data.externalInquiry = { by: '纪检监察机关', date: '2026-05-01' };
    expect(await dutyIn(data, 'inquiry-opinion')).toMatchObject({ holder: '呼和浩特市公安局', timing: '及时', status: 'pending', since: '2026-05-01' });
    expect(await dutyIn(data, 'inquiry-legal-support')).toBeUndefined();
  });

  it('a 检察 investigation calls for both, done once recorded', async () => {
    const data = baseCase();
    data.externalInquiry = { by: '检察机关', date: '2026-05-01', opinionProvided: { date: '2026-05-03' }, legalSupport: { date: '2026-05-04', by: '市局法制支队' } };
    expect(await dutyIn(data, 'inquiry-opinion')).toMatchObject({ status: 'done' });
    expect(await dutyIn(data, 'inquiry-legal-support')).toMatchObject({ status: 'done', holder: '公安法制部门和公安机关聘请的法律顾问、专职律师' });
  });

  it('no inquiry, no duty; a professional review “根据需要” is never owed, only shown once recorded', async () => {
    expect(await dutyIn(baseCase(), 'inquiry-opinion')).toBeUndefined();
    expect(await dutyIn(baseCase(), 'legal-review')).toBeUndefined();
    const data = baseCase();
    data.legalReview = { date: '2026-04-02', by: '某律师事务所律师' };
    expect(await dutyIn(data, 'legal-review')).toMatchObject({ status: 'done' });
  });
});

describe('Art. 27: the committee hears the officer and reviews an appealed 记大过 or heavier', () => {
  const appealed = (measure: string, appeal: Record<string, unknown>) => {
    const data = baseCase();
    data.sanctions = [{ id: 'S1', date: '2026-05-01', decidedBy: '分局政治处', measure, appeal: { date: '2026-05-10', ...appeal } }];
    return data;
  };

  it('an appeal against 记大过 is owed a hearing and a full review', async () => {
    const duties = await checklist(appealed('记大过', {}));
    expect(duties.filter((d) => d.duty.startsWith('appeal-')).map((d) => [d.duty, d.status, d.index, d.since])).toEqual([
      ['appeal-hearing', 'pending', 0, '2026-05-10'],
      ['appeal-review', 'pending', 0, '2026-05-10'],
    ]);
  });

  it('found improper, the review owes its opinion to the deciding department', async () => {
    const data = appealed('辞退', { heardOn: '2026-05-12', reviewedOn: '2026-05-20', outcome: '不当' });
    expect(await dutyIn(data, 'review-opinion-sent')).toMatchObject({ status: 'pending' });
    data.sanctions[0].appeal.opinionSentOn = '2026-05-22';
    expect(await dutyIn(data, 'review-opinion-sent')).toMatchObject({ status: 'done', done: { date: '2026-05-22' } });
  });

  it('an appeal against 警告 is not reviewed under Art. 27', async () => {
    expect((await checklist(appealed('警告', {}))).filter((d) => d.duty.startsWith('appeal-'))).toEqual([]);
  });
});

describe(`Art. 28: unfair discipline, verified, is corrected within the limit (today taken as ${AS_OF})`, () => {
  const ordered = (deadline: string, correctedOn?: string) => {
    const data = baseCase();
    data.corrections = [{ id: '呼公督纠〔2026〕2号', verifiedOn: '2026-05-30', orderedOn: '2026-06-01', deadline, department: '政工室', matter: '撤销处分', ...(correctedOn ? { correctedOn } : {}) }];
    return data;
  };

  it('the order is the 警务督察’s, done on the day it was made, under its number', async () => {
    expect(await dutyIn(ordered('2026-12-31'), 'correction-order')).toMatchObject({ holder: '警务督察部门', status: 'done', done: { date: '2026-06-01', document: '呼公督纠〔2026〕2号' }, since: '2026-05-30' });
  });

  it('past the deadline and not corrected, the department’s duty is overdue, judged on the date given', async () => {
    expect(await dutyIn(ordered('2026-07-01'), 'correction-made')).toEqual({
      duty: 'correction-made',
      articles: ['art_28__para_1'],
      holder: '政工室',
      title: '在期限内纠正不公正的处分、处理',
      status: 'overdue',
      path: '/corrections/0/correctedOn',
      index: 0,
      since: '2026-06-01',
      deadline: '2026-07-01',
      judgedOn: AS_OF,
      timing: '限期',
    });
  });

  it('before the deadline it is pending, and once corrected done', async () => {
    expect(await dutyIn(ordered('2026-12-31'), 'correction-made')).toMatchObject({ status: 'pending', deadline: '2026-12-31' });
    expect(await dutyIn(ordered('2026-07-01', '2026-07-15'), 'correction-made')).toMatchObject({ status: 'done', done: { date: '2026-07-15' } });
  });
});
