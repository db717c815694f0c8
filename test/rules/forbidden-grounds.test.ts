import { describe, expect, it } from 'vitest';
import { liabilityOnForbiddenGround, liabilityWithoutLawfulGround } from '../../scripts/lib/rules/forbidden-grounds.ts';
import { baseCase, check, realModel, withEnumeration } from './cases.ts';

const decision = (grounds: string[]) => ({ id: 'D1', date: '2026-04-01', decidedBy: '分局', grounds, fault: '轻微过失', treatment: '从轻' });
const decided = (...grounds: string[]) => {
  const data = baseCase();
  data.liabilityDecisions = [decision(grounds)];
  return data;
};

describe('Art. 18: liability may not rest on 领导批示、舆论炒作、信访投诉、复议诉讼、维护稳定等', () => {
  it('a decision grounded on the officer’s own fault is allowed', async () => {
    expect(await check(liabilityOnForbiddenGround, decided('未按规定佩戴执法记录仪，导致取证不全'))).toEqual([]);
  });

  it('each ground the model lists makes a decision that rests on it an error', async () => {
    const forbidden = (await realModel()).enumerations.forbidden_grounds!.members;
    expect(forbidden).toHaveLength(5);
    for (const word of forbidden) {
      expect(await check(liabilityOnForbiddenGround, decided('执法程序存在瑕疵', `根据${word}要求追究`))).toEqual([
        { code: 'liability-on-forbidden-ground', severity: 'error', articles: ['art_18__para_1'], path: '/liabilityDecisions/0/grounds/1', args: { index: 0, ground: word, kind: word, person: '民警' } },
      ]);
    }
  });

  it.each([
    ['出于维稳需要', '维稳', '维护稳定'],
    ['经网上炒作，造成不良影响', '网上炒作', '舆论炒作'],
    ['当事人多次上访', '上访', '信访投诉'],
    ['按照领导指示从严处理', '领导指示', '领导批示'],
    ['当事人已提起行政诉讼', '行政诉讼', '复议诉讼'],
    ['为平息事态', '平息事态', '维护稳定'],
  ])('“%s” is matched by meaning: “%s” means %s', async (ground, word, kind) => {
    expect(await check(liabilityOnForbiddenGround, decided(ground))).toMatchObject([{ args: { ground: word, kind } }]);
  });

  it('a ground of the same kind the list ends with (等) is forbidden too', async () => {
    expect(await check(liabilityOnForbiddenGround, decided('该事件群众反映强烈'))).toMatchObject([{ args: { ground: '群众反映强烈', kind: '等' } }]);
  });

  it('a complaint that only names where established facts came from is no forbidden ground', async () => {
    expect(await check(liabilityOnForbiddenGround, decided('经核查，当事人投诉反映的违规使用警械问题属实'))).toEqual([]);
    // …but established facts do not excuse a ground of another kind.
    expect(await check(liabilityOnForbiddenGround, decided('经核查属实，且领导批示从严'))).toMatchObject([{ args: { kind: '领导批示' } }]);
  });

  it('the grounds come from the model: a ground removed from policy/ is no longer an error', async () => {
    const model = await realModel();
    const narrowed = withEnumeration({ ...model, editorial: {} }, 'forbidden_grounds', ['舆论炒作']);
    expect(await check(liabilityOnForbiddenGround, decided('领导批示'), narrowed)).toEqual([]);
    expect(await check(liabilityOnForbiddenGround, decided('舆论炒作'), narrowed)).toHaveLength(1);
  });
});

describe('Art. 18: a decision states the ground it rests on, not only grounds Art. 18 forbids', () => {
  it('a decision whose every ground is forbidden rests on no lawful ground', async () => {
    expect(await check(liabilityWithoutLawfulGround, decided('当事人多次上访', '出于维稳需要'))).toEqual([
      { code: 'liability-without-lawful-ground', severity: 'error', articles: ['art_18__para_1'], path: '/liabilityDecisions/0/grounds', args: { index: 0, person: '民警' } },
    ]);
  });

  it('a decision that also states the officer’s fault has a ground of its own', async () => {
    expect(await check(liabilityWithoutLawfulGround, decided('当事人多次上访', '民警未出示证件即强制传唤'))).toEqual([]);
  });
});
