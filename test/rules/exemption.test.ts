import { describe, expect, it } from 'vitest';
import { exemptionDetermination, exemptionGroundArt25 } from '../../scripts/lib/rules/exemption.ts';
import { baseCase, check } from './cases.ts';

const claim = (article: string, conditions: Record<string, unknown>[]) => {
  const data = baseCase();
  data.exemptionClaims = [{ article, conditions }];
  return data;
};
const met = (item: string, value: boolean | null, fact?: string) => ({ item, met: value, ...(fact ? { fact } : {}) });

describe('Arts. 21–24: exemption when every condition of the article holds', () => {
  it('a weapon use meeting all four conditions of Art. 24 is exempt', async () => {
    const data = claim('art_24', [1, 2, 3, 4].map((n) => met(`art_24__item_${n}`, true, `事实${n}`)));
    const [finding] = await check(exemptionDetermination, data);
    expect(finding).toMatchObject({ code: 'exemption-determination', severity: 'finding', articles: ['art_24', 'art_24__item_1', 'art_24__item_2', 'art_24__item_3', 'art_24__item_4'], path: '/exemptionClaims/0' });
    expect(finding?.args).toEqual({
      article: 'art_24',
      outcome: '免责',
      index: 0,
      conditions: [1, 2, 3, 4].map((n) => ({ item: `art_24__item_${n}`, status: 'met', fact: `事实${n}` })),
    });
  });

  it('one condition not met means no exemption under Art. 24', async () => {
    const data = claim('art_24', [met('art_24__item_1', true, '程序合法'), met('art_24__item_4', false, '事后未如实报告')]);
    const [finding] = await check(exemptionDetermination, data);
    expect(finding?.args.outcome).toBe('不予免责');
  });

  it('a condition the claim does not mention is listed as unknown, and the outcome waits', async () => {
    const data = claim('art_21', [met('art_21__item_1', true, '执法行为合法')]);
    const [finding] = await check(exemptionDetermination, data);
    expect(finding?.args).toMatchObject({
      outcome: '待定',
      conditions: [
        { item: 'art_21__item_1', status: 'met' },
        { item: 'art_21__item_2', status: 'unknown' },
        { item: 'art_21__item_3', status: 'unknown' },
      ],
    });
  });

  it.each([
    ['art_21', 3],
    ['art_22', 3],
    ['art_23', 4],
    ['art_24', 4],
  ])('the determination under %s lists the article’s %i conditions from the model', async (article, count) => {
    const [finding] = await check(exemptionDetermination, claim(article, []));
    expect((finding?.args.conditions as unknown[]).length).toBe(count);
  });

  it('an Art. 25 claim is not a conditions determination', async () => {
    const data = baseCase();
    data.exemptionClaims = [{ article: 'art_25', grounds: [{ item: 'art_25__item_3', fact: '不可抗力' }] }];
    expect(await check(exemptionDetermination, data)).toEqual([]);
  });
});

describe('Art. 25: any one of its grounds is enough', () => {
  it('a claim on Art. 25 (三) is a ground for exemption', async () => {
    const data = baseCase();
    data.exemptionClaims = [{ article: 'art_25', grounds: [{ item: 'art_25__item_3', fact: '不可抗力' }, { item: 'art_25__item_7', fact: '对方过错' }] }];
    expect(await check(exemptionGroundArt25, data)).toEqual([
      { code: 'exemption-ground-art-25', severity: 'finding', articles: ['art_25__item_3', 'art_25__item_7'], path: '/exemptionClaims/0', args: { items: ['art_25__item_3', 'art_25__item_7'], index: 0, person: '民警' } },
    ]);
  });

  it('a ground that is not an item of Art. 25 is no ground', async () => {
    const data = baseCase();
    data.exemptionClaims = [{ article: 'art_25', grounds: [{ item: 'art_25__item_10', fact: '?' }] }];
    expect(await check(exemptionGroundArt25, data)).toEqual([]);
  });
});
