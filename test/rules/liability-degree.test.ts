import { describe, expect, it } from 'vitest';
import { emergencyMisjudgmentNotMitigated, seriousFaultNotStrict } from '../../scripts/lib/rules/liability-degree.ts';
import { baseCase, check } from './cases.ts';

const decided = (fault: string, treatment: string, harmCaused?: boolean) => {
  const data = baseCase();
  data.liabilityDecisions = [{ id: 'D1', date: '2026-04-01', decidedBy: '分局', grounds: ['控制措施过当'], fault, treatment, ...(harmCaused === undefined ? {} : { harmCaused }) }];
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

describe('Art. 19, first sentence: an intentional violation or serious failure that caused harm is pursued 从严', () => {
  it('treated 从严, it follows Art. 19', async () => {
    expect(await check(seriousFaultNotStrict, decided('故意或严重', '从严', true))).toEqual([]);
  });

  it.each(['从轻', '减轻', '免除'])('treated %s, it breaks Art. 19 — harm recorded or not, no sentence of Arts. 19–20 allows that for it', async (treatment) => {
    for (const harmCaused of [true, undefined]) {
      expect(await check(seriousFaultNotStrict, decided('故意或严重', treatment, harmCaused))).toEqual([
        { code: 'serious-fault-not-strict', severity: 'error', articles: ['art_19__para_1'], path: '/liabilityDecisions/0/treatment', args: { index: 0, treatment } },
      ]);
    }
  });

  it('pursued neither more nor less strictly (不予减免) after it caused harm, it breaks Art. 19', async () => {
    expect(await check(seriousFaultNotStrict, decided('故意或严重', '不予减免', true))).toHaveLength(1);
  });

  it('without harm, Art. 19’s first sentence does not apply, and 不予减免 is no error', async () => {
    expect(await check(seriousFaultNotStrict, decided('故意或严重', '不予减免', false))).toEqual([]);
  });

  it('other faults are not this sentence’s concern', async () => {
    expect(await check(seriousFaultNotStrict, decided('轻微过失', '免除', true))).toEqual([]);
  });
});
