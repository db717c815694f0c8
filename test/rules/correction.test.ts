import { describe, expect, it } from 'vitest';
import { correctionNotVerified, correctionOverdue } from '../../scripts/lib/rules/correction.ts';
import { AS_OF, baseCase, check } from './cases.ts';

const ordered = (deadline: string, correctedOn?: string) => {
  const data = baseCase();
  data.corrections = [{ id: 'C1', orderedOn: '2026-06-01', deadline, department: '政工室', matter: '撤销处分', ...(correctedOn ? { correctedOn } : {}) }];
  return data;
};

describe(`Art. 28: unfair discipline is corrected within the time limit (today taken as ${AS_OF})`, () => {
  it('a correction past its deadline and not made is overdue', async () => {
    expect(await check(correctionOverdue, ordered('2026-07-01'))).toEqual([
      { code: 'correction-overdue', severity: 'finding', articles: ['art_28__para_1'], path: '/corrections/0', args: { index: 0, deadline: '2026-07-01', department: '政工室' } },
    ]);
  });

  it('a correction made is not overdue, even after the deadline', async () => {
    expect(await check(correctionOverdue, ordered('2026-07-01', '2026-07-15'))).toEqual([]);
  });

  it('a correction whose deadline is still ahead is not overdue', async () => {
    expect(await check(correctionOverdue, ordered('2026-12-31'))).toEqual([]);
  });

  it('the deadline day itself is not yet overdue', async () => {
    expect(await check(correctionOverdue, ordered(AS_OF))).toEqual([]);
  });
});

describe('Art. 28: a correction is ordered once the unfair discipline is verified (经核查属实)', () => {
  it('an order without a recorded verification is noted', async () => {
    expect(await check(correctionNotVerified, ordered('2026-12-31'))).toEqual([
      { code: 'correction-not-verified', severity: 'finding', articles: ['art_28__para_1'], path: '/corrections/0', args: { index: 0 } },
    ]);
  });

  it('an order after a recorded verification is not', async () => {
    const data = ordered('2026-12-31');
    data.corrections[0].verifiedOn = '2026-05-20';
    expect(await check(correctionNotVerified, data)).toEqual([]);
  });
});
