import { describe, expect, it } from 'vitest';
import { correctionOverdue } from '../../scripts/lib/rules/correction.ts';
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
