import { describe, expect, it } from 'vitest';
import { liabilityOnForbiddenGround } from '../../scripts/lib/rules/forbidden-grounds.ts';
import { baseCase, check, realModel, withEnumeration } from './cases.ts';

const decision = (grounds: string[]) => ({ id: 'D1', date: '2026-04-01', decidedBy: '分局', grounds, fault: '轻微过失', treatment: '从轻' });

describe('Art. 18: liability may not rest on 领导批示、舆论炒作、信访投诉、复议诉讼、维护稳定', () => {
  it('a decision grounded on the officer’s own fault is allowed', async () => {
    const data = baseCase();
    data.liabilityDecisions = [decision(['未按规定佩戴执法记录仪，导致取证不全'])];
    expect(await check(liabilityOnForbiddenGround, data)).toEqual([]);
  });

  it('each ground the model lists makes a decision that rests on it an error', async () => {
    const forbidden = (await realModel()).enumerations.forbidden_grounds!.members;
    expect(forbidden).toHaveLength(5);
    for (const word of forbidden) {
      const data = baseCase();
      data.liabilityDecisions = [decision(['执法程序存在瑕疵', `根据${word}要求追究`])];
      expect(await check(liabilityOnForbiddenGround, data)).toEqual([
        { code: 'liability-on-forbidden-ground', severity: 'error', articles: ['art_18__para_1'], path: '/liabilityDecisions/0/grounds/1', args: { index: 0, ground: word } },
      ]);
    }
  });

  it('the grounds come from the model: a ground removed from policy/ is no longer an error', async () => {
    const data = baseCase();
    data.liabilityDecisions = [decision(['领导批示'])];
    const narrowed = withEnumeration(await realModel(), 'forbidden_grounds', ['舆论炒作']);
    expect(await check(liabilityOnForbiddenGround, data, narrowed)).toEqual([]);
  });
});
