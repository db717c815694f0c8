import { describe, expect, it } from 'vitest';
import { baseCase } from '../rules/cases.ts';
import { dutyIn } from './support.ts';

describe('Art. 29（三）: a serious case is studied promptly', () => {
  it('an officer killed calls for a special study', async () => {
    const data = baseCase();
    data.circumstances = [{ item: 'art_8__item_1' }];
    data.harm = { injured: true, killed: true };
    expect(await dutyIn(data, 'special-study')).toMatchObject({ holder: '呼和浩特市公安局维权办', timing: '及时', status: 'pending' });
  });

  it('an attack on a police organ (Art. 17（二）) does too; a verbal insult does not', async () => {
    const data = baseCase();
    data.escalation = { facts: { casualties: false, organAttackedOrMassIncident: true, crossRegion: false, officeDecided: false } };
    expect(await dutyIn(data, 'special-study')).toBeDefined();
    expect(await dutyIn(baseCase(), 'special-study')).toBeUndefined();
  });
});

describe('Art. 29（五）: a complaint proved false is cleared: materials, notice, and the infringer transferred', () => {
  const proved = (more: Record<string, unknown> = {}) => {
    const data = baseCase();
    data.nameClearing = { complaintReceivedOn: '2026-01-12', provedOn: '2026-02-20', finding: '诬告', ...more };
    return data;
  };

  it('once proved false, all three are owed', async () => {
    for (const code of ['name-clearing-materials', 'name-clearing-notice', 'infringer-transfer']) {
      expect(await dutyIn(proved(), code), code).toMatchObject({ status: 'pending', since: '2026-02-20', articles: ['art_29__item_5'] });
    }
  });

  it('each is done once recorded; a transfer recorded without its date says so', async () => {
    const data = proved({ materialsReceivedOn: '2026-02-22', noticeIssuedOn: '2026-03-05', infringerTransferredTo: '新城区分局法制大队' });
    expect(await dutyIn(data, 'name-clearing-materials')).toMatchObject({ status: 'done', done: { date: '2026-02-22' } });
    expect(await dutyIn(data, 'name-clearing-notice')).toMatchObject({ status: 'done', done: { date: '2026-03-05' } });
    expect(await dutyIn(data, 'infringer-transfer')).toMatchObject({ status: 'done', done: { to: '新城区分局法制大队' } });
    expect((await dutyIn(data, 'infringer-transfer'))?.done?.date).toBeUndefined();
  });

  it('a complaint not yet proved false owes none of them', async () => {
    expect(await dutyIn(proved({ provedOn: undefined }), 'name-clearing-notice')).toBeUndefined();
  });
});

describe('Art. 29（六）: the ledger follows every case to its 处理', () => {
  it('a case filed but not handled is owed its tracking', async () => {
    expect(await dutyIn(baseCase(), 'ledger-tracking')).toMatchObject({ status: 'pending', since: '2026-03-02' });
  });

  it('a case handled is done', async () => {
    const data = baseCase();
    data.ledger.push({ stage: '调查', date: '2026-03-04' }, { stage: '处理', date: '2026-03-20' });
    expect(await dutyIn(data, 'ledger-tracking')).toMatchObject({ status: 'done', done: { date: '2026-03-20' } });
  });
});
