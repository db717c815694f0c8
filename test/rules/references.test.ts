import { describe, expect, it } from 'vitest';
import { duplicateId, unknownReference } from '../../scripts/lib/rules/references.ts';
import { baseCase, check, target, withActs } from './cases.ts';

describe('a record names its people and acts once and refers to them by id', () => {
  it('a reference to a person or an act the record lacks is an error, where it stands', async () => {
    const data = withActs({ kind: '暴力袭击', targets: [target('p9', '在履职中')] });
    data.consequences = [{ kind: '受伤', person: 'p1', act: 'a7', degree: '轻微伤' }];
    expect(await check(unknownReference, data)).toEqual([
      { code: 'unknown-reference', severity: 'error', articles: [], path: '/acts/0/targets/0/person', args: { id: 'p9', expects: 'person' } },
      { code: 'unknown-reference', severity: 'error', articles: [], path: '/consequences/0/act', args: { id: 'a7', expects: 'act' } },
    ]);
  });

  it('a relative, a sanction or a name clearing must point at a protected person, not at a relative', async () => {
    const data = baseCase();
    data.people.push({ id: 'p2', name: '刘芳', category: '亲属', relation: '妻', of: 'p1' }, { id: 'p3', name: '刘强', category: '亲属', relation: '同胞兄弟姊妹', of: 'p2' });
    data.sanctions = [{ person: 'p2', id: 'S', date: '2026-03-05', decidedBy: '政工室', measure: '警告' }];
    expect((await check(unknownReference, data)).map((i) => i.path)).toEqual(['/people/2/of', '/sanctions/0/person']);
  });

  it('a clean record has no such error', async () => {
    expect(await check(unknownReference, baseCase())).toEqual([]);
  });

  it('an id used twice in a list is an error at the second', async () => {
    const data = baseCase();
    data.people.push({ id: 'p1', name: '白云飞', category: '警务辅助人员', unit: '巡警大队' });
    expect(await check(duplicateId, data)).toEqual([{ code: 'duplicate-id', severity: 'error', articles: [], path: '/people/1/id', args: { id: 'p1', first: 0 } }]);
  });
});
