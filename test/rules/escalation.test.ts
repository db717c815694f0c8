import { describe, expect, it } from 'vitest';
import { recipientLevel, reportNotAtFirstMoment, reportSkipsLevel, reportUpRequired } from '../../scripts/lib/rules/escalation.ts';
import { baseCase, check } from './cases.ts';

const NO_FACTS = { casualties: false, organAttackedOrMassIncident: false, crossRegion: false, officeDecided: false };
const escalated = (facts: Partial<typeof NO_FACTS>, level = '旗县', reports?: Record<string, unknown>[]) => {
  const data = baseCase();
  data.unit.level = level;
  data.escalation = { facts: { ...NO_FACTS, ...facts }, ...(reports ? { reports } : {}) };
  return data;
};
const TO_LEAGUE = { date: '2026-03-02', from: '新城区分局维权办', to: '呼和浩特市公安局维权办' };
const TO_REGION = { date: '2026-03-03', from: '呼和浩特市公安局维权办', to: '公安厅维权办' };

describe('Art. 17: banner and league offices report these cases level by level', () => {
  it('a case where an officer was injured must be reported up (item 1), at the first moment (Art. 29（一）)', async () => {
    const data = baseCase();
    data.unit.level = '旗县';
    data.harm = { injured: true, killed: false };
    expect(await check(reportUpRequired, data)).toEqual([
      {
        code: 'report-up-required',
        severity: 'finding',
        articles: ['art_17__item_1', 'art_29__item_1'],
        path: '',
        args: { items: ['art_17__item_1'], level: '旗县', reported: false, major: true },
      },
    ]);
  });

  it.each([
    ['organAttackedOrMassIncident', 'art_17__item_2', true],
    ['crossRegion', 'art_17__item_3', false],
    ['officeDecided', 'art_17__item_4', false],
  ])('the fact %s makes the case reportable under %s (a 重大案事件: %s)', async (fact, item, major) => {
    const [finding] = await check(reportUpRequired, escalated({ [fact]: true }, '盟市'));
    expect(finding).toMatchObject({ articles: major ? [item, 'art_29__item_1'] : [item], path: '/escalation', args: { items: [item], major } });
  });

  it('a case with several facts names every item that applies, and cites them all', async () => {
    const [finding] = await check(reportUpRequired, escalated({ casualties: true, crossRegion: true }));
    expect(finding?.args.items).toEqual(['art_17__item_1', 'art_17__item_3']);
    expect(finding?.articles).toEqual(['art_17__item_1', 'art_17__item_3', 'art_29__item_1']);
  });

  it('a banner office has reported once it reported to its league office, the next level up', async () => {
    const [finding] = await check(reportUpRequired, escalated({ crossRegion: true }, '旗县', [TO_LEAGUE]));
    expect(finding?.args.reported).toBe(true);
  });

  it('a banner office that reported only to the 公安厅 has not reported to the next level up', async () => {
    const [finding] = await check(reportUpRequired, escalated({ crossRegion: true }, '旗县', [{ ...TO_REGION, from: '新城区分局维权办' }]));
    expect(finding?.args.reported).toBe(false);
  });

  it('a league office reports to the 公安厅', async () => {
    const [finding] = await check(reportUpRequired, escalated({ crossRegion: true }, '盟市', [TO_REGION]));
    expect(finding?.args.reported).toBe(true);
  });

  it('an injured 警务辅助人员 counts as 民警伤亡 by Art. 33 (遵照), and the finding cites it', async () => {
    const data = escalated({ casualties: true });
    data.officer.role = '警务辅助人员';
    const [finding] = await check(reportUpRequired, data);
    expect(finding).toMatchObject({ articles: ['art_17__item_1', 'art_29__item_1', 'art_33__para_1'], args: { basis: '遵照' } });
  });

  it('other public-security staff count by analogy (参照)', async () => {
    const data = escalated({ casualties: true });
    data.officer.role = '其他公安机关工作人员';
    expect((await check(reportUpRequired, data))[0]?.args.basis).toBe('参照');
  });

  it('a case with none of Art. 17’s facts need not be reported up', async () => {
    expect(await check(reportUpRequired, escalated({}))).toEqual([]);
  });

  it('the 公安厅’s own office (自治区) has no level above to report to', async () => {
    expect(await check(reportUpRequired, escalated({ casualties: true }, '自治区'))).toEqual([]);
  });
});

describe('Art. 17: level by level (逐级) — a report that skips the league office', () => {
  it('a banner office reporting straight to the 公安厅 skips a level', async () => {
    expect(await check(reportSkipsLevel, escalated({ crossRegion: true }, '旗县', [{ ...TO_REGION, from: '新城区分局维权办' }]))).toEqual([
      { code: 'report-skips-level', severity: 'finding', articles: ['art_17__para_1'], path: '/escalation/reports/0', args: { index: 0 } },
    ]);
  });

  it('a banner office reporting to its league office, then the league office onward, keeps to the levels', async () => {
    expect(await check(reportSkipsLevel, escalated({ crossRegion: true }, '旗县', [TO_LEAGUE, TO_REGION]))).toEqual([]);
  });

  it('a league office reporting to the 公安厅 skips nothing', async () => {
    expect(await check(reportSkipsLevel, escalated({ crossRegion: true }, '盟市', [TO_REGION]))).toEqual([]);
  });

  it('reads the recipient’s level as recorded, or from its name', () => {
    expect(recipientLevel({ to: '某办', toLevel: '盟市' })).toBe('盟市');
    expect(recipientLevel({ to: '内蒙古自治区公安厅维权办' })).toBe('自治区');
    expect(recipientLevel({ to: '呼和浩特市公安局维护公安民警执法权威工作委员会办公室' })).toBe('盟市');
    expect(recipientLevel({ to: '锡林郭勒盟公安局维权办' })).toBe('盟市');
    expect(recipientLevel({ to: '某办公室' })).toBeUndefined();
  });
});

describe('Art. 29（一）: a 重大案事件 is reported at the first moment', () => {
  const opened = (data: ReturnType<typeof escalated>) => ((data.opened.date = '2026-03-02'), data);

  it('a first report dated after the office opened the case was not made at the first moment', async () => {
    const data = opened(escalated({ casualties: true }, '旗县', [{ ...TO_LEAGUE, date: '2026-03-05' }]));
    expect(await check(reportNotAtFirstMoment, data)).toEqual([
      { code: 'report-not-at-first-moment', severity: 'finding', articles: ['art_29__item_1'], path: '/escalation/reports/0/date', args: { index: 0, date: '2026-03-05', opened: '2026-03-02' } },
    ]);
  });

  it('a first report the day the case was opened was', async () => {
    expect(await check(reportNotAtFirstMoment, opened(escalated({ casualties: true }, '旗县', [TO_LEAGUE])))).toEqual([]);
  });

  it('a case that is not a 重大案事件 (cross-region only) has no first-moment requirement', async () => {
    expect(await check(reportNotAtFirstMoment, opened(escalated({ crossRegion: true }, '旗县', [{ ...TO_LEAGUE, date: '2026-03-20' }])))).toEqual([]);
  });
});
