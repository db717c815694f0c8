import { describe, expect, it } from 'vitest';
import { emergencyMisjudgmentNotMitigated } from '../../scripts/lib/rules/emergency-misjudgment.ts';
import { baseCase, check } from './cases.ts';

const decided = (fault: string, treatment: string) => {
  const data = baseCase();
  data.liabilityDecisions = [{ id: 'D1', date: '2026-04-01', decidedBy: '分局', grounds: ['控制措施过当'], fault, treatment }];
  return data;
};

describe('Art. 19: a misjudgment in an emergency shall be treated 从轻, 减轻 or 免除', () => {
  it.each(['从轻', '减轻', '免除'])('an emergency misjudgment treated %s follows Art. 19', async (treatment) => {
    expect(await check(emergencyMisjudgmentNotMitigated, decided('紧急情形误判', treatment))).toEqual([]);
  });

  it.each(['从严', '不予减免'])('an emergency misjudgment treated %s ignores Art. 19’s “shall”', async (treatment) => {
    expect(await check(emergencyMisjudgmentNotMitigated, decided('紧急情形误判', treatment))).toEqual([
      {
        code: 'emergency-misjudgment-not-mitigated',
        severity: 'error',
        articles: ['art_19__para_1'],
        path: '/liabilityDecisions/0/treatment',
        args: { index: 0, treatment, allowed: ['从轻', '减轻', '免除'] },
      },
    ]);
  });

  it.each(['轻微过失', '执法瑕疵'])('Art. 19 only says “may” for %s, so not mitigating it is no error', async (fault) => {
    expect(await check(emergencyMisjudgmentNotMitigated, decided(fault, '不予减免'))).toEqual([]);
  });
});
