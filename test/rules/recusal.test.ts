import { describe, expect, it } from 'vitest';
import { handlerMustRecuse, handlerRelationReview } from '../../scripts/lib/rules/recusal.ts';
import { baseCase, check, withPerson } from './cases.ts';

const OFFICER = { person: 'p1', category: '民警' };

describe('Art. 10: handling the case follows the recusal rules of the Criminal Procedure, Public Security Administration Punishments and People’s Police Laws', () => {
  it('handlers with no relation to anyone harmed may handle the case', async () => {
    expect(await check(handlerMustRecuse, baseCase())).toEqual([]);
    expect(await check(handlerRelationReview, baseCase())).toEqual([]);
  });

  it('a handler who is the person harmed must withdraw', async () => {
    const data = baseCase();
    data.handlers[0].relations = [{ person: 'p1', relation: '本人' }];
    expect(await check(handlerMustRecuse, data)).toEqual([
      { code: 'handler-must-recuse', severity: 'error', articles: ['art_10__para_1'], path: '/handlers/0/relations/0/relation', args: { index: 0, reason: 'self', of: OFFICER } },
    ]);
  });

  it('a handler with the same name as a protected person is taken to be them, unless the record relates the two otherwise', async () => {
    const data = baseCase();
    data.handlers.push({ name: ' 王建国 ', role: '审核' });
    expect(await check(handlerMustRecuse, data)).toEqual([
      { code: 'handler-must-recuse', severity: 'error', articles: ['art_10__para_1'], path: '/handlers/1/name', args: { index: 1, reason: 'same-name', of: OFFICER } },
    ]);
    data.handlers[1].relations = [{ person: 'p1', relation: '其他关系', note: '同名，不是同一人' }];
    expect(await check(handlerMustRecuse, data)).toEqual([]);
  });

  it.each(['妻', '同胞兄弟姊妹', '岳父母或公婆', '祖父母或外祖父母'])('a handler who is the officer’s %s must withdraw: a near relative, or a family relation that may affect fairness', async (relation) => {
    const data = baseCase();
    data.handlers.push({ name: '刘芳', role: '协办', relations: [{ person: 'p1', relation }] });
    expect(await check(handlerMustRecuse, data)).toEqual([
      { code: 'handler-must-recuse', severity: 'error', articles: ['art_10__para_1'], path: '/handlers/1/relations/0/relation', args: { index: 1, reason: 'near-relative', of: OFFICER, relation } },
    ]);
  });

  it('a relation to a relative of the officer counts as well', async () => {
    const data = withPerson(baseCase(), { id: 'p2', name: '刘芳', category: '亲属', relation: '妻', of: 'p1' });
    data.handlers.push({ name: '刘强', role: '协办', relations: [{ person: 'p2', relation: '同胞兄弟姊妹' }] });
    expect((await check(handlerMustRecuse, data)).map((i) => i.args.of)).toEqual([{ person: 'p2', category: '亲属' }]);
  });

  it('any other relation is for the office to weigh: a finding, not an error', async () => {
    const data = baseCase();
    data.handlers.push({ name: '赵敏', role: '协办', relations: [{ person: 'p1', relation: '其他关系', note: '大学同学' }] });
    expect(await check(handlerMustRecuse, data)).toEqual([]);
    expect(await check(handlerRelationReview, data)).toEqual([
      { code: 'handler-relation-review', severity: 'finding', articles: ['art_10__para_1'], path: '/handlers/1/relations/0', args: { index: 1, of: OFFICER } },
    ]);
  });
});
