import { describe, expect, it } from 'vitest';
import { baseCase, target, withActs } from '../rules/cases.ts';
import { dutyIn } from './support.ts';

describe('Art. 29（三）: a serious case is studied promptly', () => {
  it('a death calls for a special-study', async () => {
    const data = withActs({ kind: '暴力袭击', targets: [target('p1', '在履职中')] });
    data.consequences = [{ kind: '死亡', person: 'p1' }];
    expect(await dutyIn(data, 'special-study')).toMatchObject({ holder: '呼和浩特市公安局维权办', timing: '及时', status: 'pending' });
  });

  it('an attack on a police organ does too; a verbal insult does not, though a study recorded is shown', async () => {
    expect(await dutyIn(withActs({ kind: '打砸冲击公安机关', targets: [target('p1', '在履职中')] }), 'special-study')).toBeDefined();
    expect(await dutyIn(baseCase(), 'special-study')).toBeUndefined();
    const studied = baseCase();
    studied.actions = [{ kind: '专题研究', date: '2026-04-01' }];
    expect(await dutyIn(studied, 'special-study')).toMatchObject({ status: 'done' });
  });
});

describe('Art. 29（五）: a complaint proved false is cleared: materials, notice, and the infringer transferred', () => {
  const proved = (more: Record<string, unknown> = {}) => {
    const data = baseCase();
    data.nameClearing = { person: 'p1', complaintReceivedBy: '市局纪检监察室', complaintReceivedOn: '2026-01-12', provedOn: '2026-02-20', finding: '诬告', ...more };
    return data;
  };

  it('once proved false, all three are owed; the materials by the department that received the complaint', async () => {
    expect(await dutyIn(proved(), 'name-clearing-materials')).toMatchObject({ holder: '市局纪检监察室', status: 'pending', since: '2026-02-20', articles: ['art_29__item_5'] });
    for (const code of ['name-clearing-notice', 'infringer-transfer']) expect(await dutyIn(proved(), code), code).toMatchObject({ holder: '维权办', status: 'pending' });
  });

  it('each is done once recorded; a transfer recorded without its date says so', async () => {
    const data = proved({ materialsReceivedOn: '2026-02-22', noticeIssuedOn: '2026-03-05', infringerTransferredTo: '新城区分局法制大队' });
    expect(await dutyIn(data, 'name-clearing-materials')).toMatchObject({ status: 'done', done: { date: '2026-02-22' } });
    expect(await dutyIn(data, 'name-clearing-notice')).toMatchObject({ status: 'done', done: { date: '2026-03-05' } });
    expect(await dutyIn(data, 'infringer-transfer')).toMatchObject({ status: 'done', done: { to: '新城区分局法制大队' } });
    expect((await dutyIn(data, 'infringer-transfer'))?.done?.date).toBeUndefined();
  });

  it('a notice dated before the proof, or before the materials reached the office, is 需核实', async () => {
    expect(await dutyIn(proved({ materialsReceivedOn: '2026-02-22', noticeIssuedOn: '2026-02-10' }), 'name-clearing-notice')).toMatchObject({
      status: 'verify',
      concern: { kind: 'before-trigger', on: '2026-02-10', trigger: '2026-02-20', triggerWhat: '核查证实' },
    });
    expect(await dutyIn(proved({ materialsReceivedOn: '2026-02-25', noticeIssuedOn: '2026-02-21' }), 'name-clearing-notice')).toMatchObject({
      status: 'verify',
      concern: { trigger: '2026-02-25', triggerWhat: '调查材料移交维权办' },
    });
  });

  it('a complaint not yet proved false owes none of them', async () => {
    expect(await dutyIn(proved({ provedOn: undefined }), 'name-clearing-notice')).toBeUndefined();
  });
});

describe('Art. 29（六）: the ledger follows every case to its 处理', () => {
  it('a case filed but not handled is owed ledger-tracking', async () => {
    expect(await dutyIn(baseCase(), 'ledger-tracking')).toMatchObject({ status: 'pending', since: '2026-03-02' });
  });

  it('a case handled is done', async () => {
    const data = baseCase();
    data.ledger.push({ stage: '调查', date: '2026-03-04' }, { stage: '处理', date: '2026-03-20' });
    expect(await dutyIn(data, 'ledger-tracking')).toMatchObject({ status: 'done', done: { date: '2026-03-20' } });
  });
});
