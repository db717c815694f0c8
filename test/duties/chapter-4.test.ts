import { describe, expect, it } from 'vitest';
import { AS_OF, baseCase } from '../rules/cases.ts';
import { checklist, dutyIn } from './support.ts';

const inquiry = (kind: string, actions: Record<string, unknown>[] = []) => {
  const data = baseCase();
  data.events = [{ date: '2026-05-01', kind, subject: 'p1' }];
  data.actions = actions;
  return data;
};

describe('Art. 26: outside inquiries get a reasoned opinion, and a 检察 investigation legal support', () => {
  it('a 纪检监察 inquiry calls for the organ’s opinion, promptly; not for legal support', async () => {
    const data = inquiry('纪检监察机关介入调查');
    expect(await dutyIn(data, 'inquiry-opinion')).toMatchObject({ holder: '呼和浩特市公安局', timing: '及时', status: 'pending', since: '2026-05-01' });
    expect(await dutyIn(data, 'inquiry-legal-support')).toBeUndefined();
  });

  it('a 检察 investigation calls for both, done once recorded', async () => {
    const data = inquiry('检察机关介入调查', [
      { kind: '提供论证意见', date: '2026-05-03' },
      { kind: '法律配合', date: '2026-05-04', by: '市局法制支队' },
    ]);
    expect(await dutyIn(data, 'inquiry-opinion')).toMatchObject({ status: 'done' });
    expect(await dutyIn(data, 'inquiry-legal-support')).toMatchObject({ status: 'done', holder: '公安法制部门和公安机关聘请的法律顾问、专职律师' });
  });

  it('no inquiry, no duty; a professional review “根据需要” is never owed, only shown once recorded', async () => {
    expect(await dutyIn(baseCase(), 'inquiry-opinion')).toBeUndefined();
    expect(await dutyIn(baseCase(), 'legal-review')).toBeUndefined();
    const data = baseCase();
    data.actions = [{ kind: '专业审查', date: '2026-04-02', by: '某律师事务所律师' }];
    expect(await dutyIn(data, 'legal-review')).toMatchObject({ status: 'done' });
  });
});

const appealed = (measure: string, appeal: Record<string, unknown>) => {
  const data = baseCase();
  data.people[0].unit = '呼和浩特市公安局新城区分局海东路派出所';
  data.sanctions = [{ person: 'p1', id: 'S1', date: '2026-05-01', decidedBy: '分局政治处', measure, appeal: { date: '2026-05-10', ...appeal } }];
  return data;
};
const appealDuties = async (data: Record<string, unknown>) =>
  (await checklist(data)).filter((d) => d.duty.startsWith('appeal-') || d.duty === 'review-opinion-sent').map((d) => [d.duty, d.status, d.holder]);

describe('Arts. 5 ¶2 and 6 ¶2: an appeal against liability is taken up by the office and examined by the committee, whatever the sanction', () => {
  it('an appeal against a 警告 is owed appeal-acceptance and appeal-examination', async () => {
    expect(await appealDuties(appealed('警告', {}))).toEqual([
      ['appeal-acceptance', 'pending', '呼和浩特市公安局维权办'],
      ['appeal-examination', 'pending', '呼和浩特市公安局维权委'],
    ]);
  });

  it('each is done once its date is recorded', async () => {
    expect(await appealDuties(appealed('通报批评', { acceptedOn: '2026-05-11', reviewedOn: '2026-06-01' }))).toEqual([
      ['appeal-acceptance', 'done', '呼和浩特市公安局维权办'],
      ['appeal-examination', 'done', '呼和浩特市公安局维权委'],
    ]);
  });
});

describe('Art. 27: the committee of the officer’s own organ hears the officer, then reviews an appealed 记大过 or heavier', () => {
  it('an appeal against 记大过 is owed appeal-hearing and appeal-review by the committee of 民警所在公安机关', async () => {
    expect(await appealDuties(appealed('记大过', { acceptedOn: '2026-05-11' }))).toEqual([
      ['appeal-acceptance', 'done', '呼和浩特市公安局维权办'],
      ['appeal-hearing', 'pending', '呼和浩特市公安局新城区分局维权委'],
      ['appeal-review', 'pending', '呼和浩特市公安局新城区分局维权委'],
    ]);
  });

  it('a review without the hearing first is 需核实, with what is missing', async () => {
    const duty = (await checklist(appealed('辞退', { reviewedOn: '2026-06-01' }))).find((d) => d.duty === 'appeal-review');
    expect(duty).toMatchObject({ status: 'verify', concern: { kind: 'before-trigger', on: '2026-06-01', trigger: '', triggerWhat: '听取当事民警陈述' } });
  });

  it('review-opinion-sent is owed only where the decision was found improper', async () => {
    const improper = await appealDuties(appealed('降级', { heardOn: '2026-05-20', reviewedOn: '2026-06-01', outcome: '不当' }));
    expect(improper.map((d) => d[0])).toContain('review-opinion-sent');
    const upheld = await appealDuties(appealed('降级', { heardOn: '2026-05-20', reviewedOn: '2026-06-01', outcome: '维持' }));
    expect(upheld.map((d) => d[0])).not.toContain('review-opinion-sent');
  });
});

describe('Art. 28: unfair discipline, once verified, is corrected within a limit', () => {
  const correction = (more: Record<string, unknown>) => {
    const data = baseCase();
    data.corrections = [{ person: 'p1', matter: '撤销通报批评', verifiedOn: '2026-06-20', department: '分局政工室', ...more }];
    return data;
  };

  it('a verified unfairness not yet ordered corrected is owed correction-order; nothing is due of the department yet', async () => {
    const duties = await checklist(correction({}));
    expect(duties.find((d) => d.duty === 'correction-order')).toMatchObject({ status: 'pending', since: '2026-06-20', holder: '警务督察部门' });
    expect(duties.find((d) => d.duty === 'correction-made')).toBeUndefined();
  });

  const ordered = { id: '纠〔2026〕1号', orderedOn: '2026-07-06', deadline: '2026-08-05' };

  it('once ordered, correction-made is pending until the deadline, then 逾期', async () => {
    const duty = (await checklist(correction(ordered))).find((d) => d.duty === 'correction-made');
    expect(duty).toMatchObject({ status: 'overdue', deadline: '2026-08-05', judgedOn: AS_OF, holder: '分局政工室' });
  });

  it('corrected within the limit is done; corrected after it is 逾期, not “在期限内纠正”', async () => {
    const inTime = (await checklist(correction({ ...ordered, correctedOn: '2026-08-01' }))).find((d) => d.duty === 'correction-made');
    expect(inTime).toMatchObject({ status: 'done' });
    const late = (await checklist(correction({ ...ordered, correctedOn: '2026-08-20' }))).find((d) => d.duty === 'correction-made');
    expect(late).toMatchObject({ status: 'overdue', done: { date: '2026-08-20' }, deadline: '2026-08-05' });
  });
});
