import { describe, expect, it } from 'vitest';
import { SANCTION_ORDER } from '../../scripts/lib/case/index.ts';
import { reviewEligible, sanctionHeavierAfterAppeal } from '../../scripts/lib/rules/appeal.ts';
import { baseCase, check } from './cases.ts';

const sanctioned = (measure: string, appeal?: Record<string, unknown>) => {
  const data = baseCase();
  data.sanctions = [{ id: 'S1', date: '2026-05-01', decidedBy: '政工室', measure, ...(appeal ? { appeal } : {}) }];
  return data;
};

describe('Art. 27: no sanction may become heavier because the officer appealed', () => {
  it('sanctions rank 警告 < 记过 < 记大过 < 降级 < 撤职 < 开除, with 辞退 below 开除', () => {
    expect(SANCTION_ORDER).toEqual(['警告', '记过', '记大过', '降级', '撤职', '辞退', '开除']);
  });

  it('a 记大过 reduced to 警告 on appeal follows Art. 27', async () => {
    expect(await check(sanctionHeavierAfterAppeal, sanctioned('记大过', { date: '2026-05-10', revisedMeasure: '警告' }))).toEqual([]);
  });

  it('a 记大过 kept as 记大过 on appeal follows Art. 27', async () => {
    expect(await check(sanctionHeavierAfterAppeal, sanctioned('记大过', { date: '2026-05-10', revisedMeasure: '记大过' }))).toEqual([]);
  });

  it.each([
    ['记过', '记大过'],
    ['记大过', '降级'],
    ['撤职', '开除'],
    ['降级', '辞退'],
  ])('a %s made %s after the appeal breaks Art. 27', async (measure, revisedMeasure) => {
    expect(await check(sanctionHeavierAfterAppeal, sanctioned(measure, { date: '2026-05-10', revisedMeasure }))).toEqual([
      {
        code: 'sanction-heavier-after-appeal',
        severity: 'error',
        articles: ['art_27__para_1'],
        path: '/sanctions/0/appeal/revisedMeasure',
        args: { index: 0, measure, revisedMeasure },
      },
    ]);
  });
});

describe('Art. 27: 记大过 or heavier, and 辞退, open the committee’s review', () => {
  it.each(['记大过', '降级', '撤职', '开除', '辞退'])('a sanction of %s is eligible for review', async (measure) => {
    expect(await check(reviewEligible, sanctioned(measure))).toEqual([
      { code: 'review-eligible', severity: 'finding', articles: ['art_27__para_1'], path: '/sanctions/0', args: { index: 0, measure, appealed: false } },
    ]);
  });

  it('the finding says whether the officer has appealed', async () => {
    const [finding] = await check(reviewEligible, sanctioned('记大过', { date: '2026-05-10' }));
    expect(finding?.args.appealed).toBe(true);
  });

  it.each(['警告', '记过'])('a sanction of %s does not open the review', async (measure) => {
    expect(await check(reviewEligible, sanctioned(measure, { date: '2026-05-10' }))).toEqual([]);
  });
});
