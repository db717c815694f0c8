import { describe, expect, it } from 'vitest';
import { heavier } from '../../scripts/lib/case/index.ts';
import { reviewBeforeHearing, reviewEligible, reviewNotUnderArt27, sanctionHeavierAfterAppeal } from '../../scripts/lib/rules/appeal.ts';
import { baseCase, check } from './cases.ts';

const sanctioned = (measure: string, appeal?: Record<string, unknown>) => {
  const data = baseCase();
  data.sanctions = [{ person: 'p1', id: 'S1', date: '2026-05-01', decidedBy: '政工室', measure, ...(appeal ? { appeal } : {}) }];
  return data;
};

describe('Art. 27: no sanction may become heavier because the officer appealed', () => {
  it('sanctions rank 警告 < 记过 < 记大过 < 降级 < 撤职 < 开除, with 辞退 below 开除', () => {
    const ladder = ['警告', '记过', '记大过', '降级', '撤职', '辞退', '开除'];
    ladder.forEach((m, i) => ladder.forEach((n, j) => expect(heavier(m, n), `${m} → ${n}`).toBe(j > i)));
  });

  it('the other 处理 climb their own ladders (诫勉 < 通报批评 < 调离岗位; 停止执行职务 < 禁闭), and any 处分 is heavier than a 处理', () => {
    expect(heavier('诫勉', '调离岗位')).toBe(true);
    expect(heavier('调离岗位', '通报批评')).toBe(false);
    expect(heavier('停止执行职务', '禁闭')).toBe(true);
    expect(heavier('通报批评', '警告')).toBe(true);
    expect(heavier('禁闭', '辞退')).toBe(true);
    // No order is assumed between the two 处理 ladders, nor from a 处分 down to a 处理.
    expect(heavier('调离岗位', '禁闭')).toBe(false);
    expect(heavier('禁闭', '诫勉')).toBe(false);
    expect(heavier('警告', '通报批评')).toBe(false);
    expect(heavier('撤销', '开除')).toBe(false);
  });

  it('a 通报批评 made a 警告 after the appeal breaks Art. 27', async () => {
    expect(await check(sanctionHeavierAfterAppeal, sanctioned('通报批评', { date: '2026-05-10', revisedMeasure: '警告' }))).toMatchObject([
      { code: 'sanction-heavier-after-appeal', args: { measure: '通报批评', revisedMeasure: '警告' } },
    ]);
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
        args: { index: 0, measure, revisedMeasure, person: '民警' },
      },
    ]);
  });
});

describe('Art. 27: 记大过 or heavier, and 辞退, open the committee’s review', () => {
  it.each(['记大过', '降级', '撤职', '开除', '辞退'])('a sanction of %s is eligible for review', async (measure) => {
    expect(await check(reviewEligible, sanctioned(measure))).toEqual([
      { code: 'review-eligible', severity: 'finding', articles: ['art_27__para_1'], path: '/sanctions/0', args: { index: 0, measure, appealed: false, person: '民警' } },
    ]);
  });

  it('the finding says whether the officer has appealed', async () => {
    const [finding] = await check(reviewEligible, sanctioned('记大过', { date: '2026-05-10' }));
    expect(finding?.args.appealed).toBe(true);
  });

  it('for a 警务辅助人员 dismissed, the finding rests on Art. 33 too (遵照本办法执行)', async () => {
    const data = sanctioned('辞退', { date: '2026-05-10' });
    data.people.push({ id: 'p2', name: '韩梅', category: '警务辅助人员', unit: '新城区分局' });
    data.sanctions![0]!.person = 'p2';
    const [finding] = await check(reviewEligible, data);
    expect(finding).toMatchObject({ articles: ['art_27__para_1', 'art_33__para_1'], args: { person: '警务辅助人员' } });
  });

  it.each(['警告', '记过'])('a sanction of %s does not open the review', async (measure) => {
    expect(await check(reviewEligible, sanctioned(measure, { date: '2026-05-10' }))).toEqual([]);
  });
});

describe('Art. 27 reviews 记大过 and heavier, and 辞退; below that, Arts. 5 and 6 still let the committee review', () => {
  it.each(['警告', '记过', '诫勉', '通报批评', '停止执行职务'])('an appeal against %s is told that Art. 27’s review does not apply', async (measure) => {
    expect(await check(reviewNotUnderArt27, sanctioned(measure, { date: '2026-05-10', reviewRequested: true }))).toEqual([
      { code: 'review-not-under-art-27', severity: 'finding', articles: ['art_27__para_1', 'art_5__para_2', 'art_6__para_2'], path: '/sanctions/0/appeal', args: { index: 0, measure, person: '民警' } },
    ]);
  });

  it.each(['记大过', '撤职', '辞退'])('an appeal against %s is reviewed under Art. 27, with no such note', async (measure) => {
    expect(await check(reviewNotUnderArt27, sanctioned(measure, { date: '2026-05-10' }))).toEqual([]);
  });

  it('a 警告 nobody appealed gets no note', async () => {
    expect(await check(reviewNotUnderArt27, sanctioned('警告'))).toEqual([]);
  });
});

describe('Art. 27: the committee hears the officer first, then reviews in full', () => {
  it('a review after the hearing is in order', async () => {
    expect(await check(reviewBeforeHearing, sanctioned('记大过', { date: '2026-05-10', heardOn: '2026-05-20', reviewedOn: '2026-05-25' }))).toEqual([]);
  });

  it('a review without a hearing, or dated before it, is out of order', async () => {
    expect(await check(reviewBeforeHearing, sanctioned('记大过', { date: '2026-05-10', reviewedOn: '2026-05-25' }))).toEqual([
      { code: 'review-before-hearing', severity: 'finding', articles: ['art_27__para_1'], path: '/sanctions/0/appeal/reviewedOn', args: { index: 0, reviewedOn: '2026-05-25', person: '民警' } },
    ]);
    expect(await check(reviewBeforeHearing, sanctioned('撤职', { date: '2026-05-10', heardOn: '2026-05-30', reviewedOn: '2026-05-25' }))).toEqual([
      { code: 'review-before-hearing', severity: 'finding', articles: ['art_27__para_1'], path: '/sanctions/0/appeal/heardOn', args: { index: 0, reviewedOn: '2026-05-25', heardOn: '2026-05-30', person: '民警' } },
    ]);
  });

  it('below 记大过 Art. 27’s hearing is not required', async () => {
    expect(await check(reviewBeforeHearing, sanctioned('警告', { date: '2026-05-10', reviewedOn: '2026-05-25' }))).toEqual([]);
  });
});
