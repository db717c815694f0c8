import { describe, expect, it } from 'vitest';
import { reportUpRequired } from '../../scripts/lib/rules/report-up.ts';
import { baseCase, check } from './cases.ts';

const NO_FACTS = { casualties: false, organAttackedOrMassIncident: false, crossRegion: false, officeDecided: false };
const escalated = (facts: Partial<typeof NO_FACTS>, level = '旗县') => {
  const data = baseCase();
  data.unit.level = level;
  data.escalation = { facts: { ...NO_FACTS, ...facts } };
  return data;
};

describe('Art. 17: banner and league offices report these cases level by level to the 公安厅维权办', () => {
  it('a case where an officer was injured must be reported up (item 1)', async () => {
    const data = baseCase();
    data.unit.level = '旗县';
    data.harm = { injured: true, killed: false };
    expect(await check(reportUpRequired, data)).toEqual([
      { code: 'report-up-required', severity: 'finding', articles: ['art_17__item_1'], path: '', args: { items: ['art_17__item_1'], level: '旗县', reported: false } },
    ]);
  });

  it.each([
    ['organAttackedOrMassIncident', 'art_17__item_2'],
    ['crossRegion', 'art_17__item_3'],
    ['officeDecided', 'art_17__item_4'],
  ])('the fact %s makes the case reportable under %s', async (fact, item) => {
    const [finding] = await check(reportUpRequired, escalated({ [fact]: true }, '盟市'));
    expect(finding).toMatchObject({ articles: [item], path: '/escalation', args: { items: [item] } });
  });

  it('a case with several facts names every item that applies', async () => {
    const [finding] = await check(reportUpRequired, escalated({ casualties: true, crossRegion: true }));
    expect(finding?.args.items).toEqual(['art_17__item_1', 'art_17__item_3']);
  });

  it('the finding notes a report already made to the 公安厅', async () => {
    const data = escalated({ crossRegion: true });
    data.escalation.reports = [{ date: '2026-03-03', from: '旗县维权办', to: '公安厅维权办' }];
    const [finding] = await check(reportUpRequired, data);
    expect(finding?.args.reported).toBe(true);
  });

  it('a case with none of Art. 17’s facts need not be reported up', async () => {
    expect(await check(reportUpRequired, escalated({}))).toEqual([]);
  });

  it('the 公安厅’s own office (自治区) has no level above to report to', async () => {
    expect(await check(reportUpRequired, escalated({ casualties: true }, '自治区'))).toEqual([]);
  });
});
