import { describe, expect, it } from 'vitest';
import { departmentsToInvolve } from '../../scripts/lib/rules/departments.ts';
import { baseCase, check } from './cases.ts';

const items = async (data: Record<string, any>) => (await check(departmentsToInvolve, data))[0]?.args.items;

describe('Art. 7: the committee’s member departments that a case involves', () => {
  it('警务督察 (item 1) leads every case', async () => {
    const data = baseCase();
    data.circumstances = [{ item: 'art_8__item_5' }];
    const [finding] = await check(departmentsToInvolve, data);
    expect(finding).toMatchObject({ code: 'departments-to-involve', severity: 'finding', path: '' });
    expect(finding?.articles).toEqual(['art_7__para_1', ...(finding?.args.items ?? [])]);
    expect(finding?.args.items).toContain('art_7__item_1');
  });

  it('an assault with injury involves 政工, 指挥中心, 法制, 警务保障 and the investigators', async () => {
    const data = baseCase();
    data.circumstances = [{ item: 'art_8__item_1' }];
    data.harm = { injured: true, killed: false };
    expect(await items(data)).toEqual(['art_7__item_1', 'art_7__item_2', 'art_7__item_4', 'art_7__item_5', 'art_7__item_6', 'art_7__item_7']);
  });

  it('online infringement involves 网安 (item 8) and media hype 新闻宣传 (item 3)', async () => {
    const data = baseCase();
    data.incident.online = true;
    data.incident.media = true;
    expect(await items(data)).toEqual(expect.arrayContaining(['art_7__item_3', 'art_7__item_8']));
  });

  it('a case about how the officer was disciplined involves 警察协会 (item 9)', async () => {
    const data = baseCase();
    data.circumstances = [{ item: 'art_8__item_9' }];
    expect(await items(data)).toEqual(['art_7__item_1', 'art_7__item_9']);
  });

  it('without injury or loss, neither 政工 nor 警务保障 is involved', async () => {
    const involved = await items(baseCase());
    expect(involved).not.toContain('art_7__item_2');
    expect(involved).not.toContain('art_7__item_6');
  });

  it('a case with no harm, no offence, nothing online needs only 警务督察 (and 新闻宣传 for a complaint hyped in public)', async () => {
    const data = baseCase();
    data.circumstances = [{ item: 'art_8__item_5' }];
    expect(await items(data)).toEqual(['art_7__item_1', 'art_7__item_3']);
  });
});
