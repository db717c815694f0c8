import { describe, expect, it } from 'vitest';
import { ledgerDateBackward, ledgerStageBackward } from '../../scripts/lib/rules/ledger.ts';
import { baseCase, check } from './cases.ts';

const ledger = (...entries: [string, string][]) => {
  const data = baseCase();
  data.ledger = entries.map(([stage, date]) => ({ stage, date }));
  return data;
};

describe('Art. 29 (六): the ledger follows a case from 立案 through 调查 to 处理, in time order', () => {
  it('a ledger whose dates run forward is in order', async () => {
    const data = ledger(['立案', '2026-03-02'], ['调查', '2026-03-02'], ['调查', '2026-03-09'], ['处理', '2026-04-01']);
    expect(await check(ledgerDateBackward, data)).toEqual([]);
    expect(await check(ledgerStageBackward, data)).toEqual([]);
  });

  it('an entry dated before the one above it runs the ledger backward', async () => {
    const data = ledger(['立案', '2026-03-02'], ['调查', '2026-03-09'], ['处理', '2026-03-05']);
    expect(await check(ledgerDateBackward, data)).toEqual([
      {
        code: 'ledger-date-backward',
        severity: 'error',
        articles: ['art_29__item_6'],
        path: '/ledger/2/date',
        args: { index: 2, date: '2026-03-05', previous: 1, previousDate: '2026-03-09' },
      },
    ]);
  });

  it('a 立案 recorded after 调查 has begun runs the stages backward', async () => {
    const data = ledger(['调查', '2026-03-02'], ['立案', '2026-03-03']);
    expect(await check(ledgerStageBackward, data)).toEqual([
      { code: 'ledger-stage-backward', severity: 'error', articles: ['art_29__item_6'], path: '/ledger/1/stage', args: { index: 1, stage: '立案', after: '调查' } },
    ]);
  });

  it('an impossible date is left to the schema, not compared', async () => {
    const data = ledger(['立案', '2026-03-02'], ['调查', '三月五日']);
    expect(await check(ledgerDateBackward, data)).toEqual([]);
  });
});
