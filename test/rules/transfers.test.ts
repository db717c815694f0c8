import { describe, expect, it } from 'vitest';
import { infringerTransferDue, misconductTransferDue, nameClearingNoticeDue, nameClearingOutOfOrder } from '../../scripts/lib/rules/transfers.ts';
import { baseCase, check } from './cases.ts';

const complaint = (changes: Record<string, unknown> = {}) => {
  const data = baseCase();
  data.nameClearing = { person: 'p1', complaintReceivedOn: '2026-02-25', finding: '诬告', ...changes };
  return data;
};

describe('Art. 16: the officer’s own misconduct found while handling the case is transferred', () => {
  it('a recorded misconduct transfer calls for a transfer letter', async () => {
    const data = baseCase();
    data.misconductTransfer = { date: '2026-04-01', to: '纪检监察部门', summary: '违规办理业务' };
    expect(await check(misconductTransferDue, data)).toEqual([
      { code: 'transfer-due', severity: 'finding', articles: ['art_16__para_1'], path: '/misconductTransfer', args: { reason: 'misconduct', to: '纪检监察部门', person: '民警' } },
    ]);
  });

  it('a case without misconduct transfers nothing', async () => {
    expect(await check(misconductTransferDue, baseCase())).toEqual([]);
  });
});

describe('Art. 29 (五): a complaint proved false earns a 《正名通知书》 and the infringer is transferred', () => {
  it('a complaint proved to be false accusation calls for a 正名通知书', async () => {
    const data = complaint({ provedOn: '2026-05-10', scope: '交警支队' });
    expect(await check(nameClearingNoticeDue, data)).toEqual([
      { code: 'name-clearing-notice-due', severity: 'finding', articles: ['art_29__item_5'], path: '/nameClearing', args: { finding: '诬告', scope: '交警支队', issuedOn: undefined } },
    ]);
  });

  it('the infringer of a complaint proved false is transferred for accountability', async () => {
    const data = complaint({ provedOn: '2026-05-10', infringerTransferredTo: '新城区分局' });
    expect(await check(infringerTransferDue, data)).toEqual([
      { code: 'transfer-due', severity: 'finding', articles: ['art_29__item_5'], path: '/nameClearing', args: { reason: 'infringer', to: '新城区分局', person: '民警' } },
    ]);
  });

  it('a complaint not yet proved false calls for neither', async () => {
    const data = complaint();
    expect(await check(nameClearingNoticeDue, data)).toEqual([]);
    expect(await check(infringerTransferDue, data)).toEqual([]);
  });
});

describe('Art. 29（五）: the notice follows the proof and the materials', () => {
  const cleared = (over: Record<string, string>) => {
    const data = baseCase();
    data.nameClearing = { person: 'p1', complaintReceivedOn: '2026-03-05', provedOn: '2026-04-20', materialsReceivedOn: '2026-04-22', noticeIssuedOn: '2026-04-25', finding: '诬告', ...over };
    return data;
  };

  it('a notice issued after the proof and the materials is in order', async () => {
    expect(await check(nameClearingOutOfOrder, cleared({}))).toEqual([]);
  });

  it.each([
    [{ noticeIssuedOn: '2026-04-15' }, 'notice-before-proved', '/nameClearing/noticeIssuedOn'],
    [{ noticeIssuedOn: '2026-04-21' }, 'notice-before-materials', '/nameClearing/noticeIssuedOn'],
    [{ materialsReceivedOn: '2026-04-10', noticeIssuedOn: '2026-04-25' }, 'materials-before-proved', '/nameClearing/materialsReceivedOn'],
  ])('%j is out of order: %s', async (over, step, path) => {
    expect(await check(nameClearingOutOfOrder, cleared(over))).toMatchObject([{ code: 'name-clearing-out-of-order', path, args: { step } }]);
  });
});
