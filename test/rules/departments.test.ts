import { describe, expect, it } from 'vitest';
import { departmentsToInvolve } from '../../scripts/lib/rules/departments.ts';
import { check, target, withActs } from './cases.ts';

const items = async (data: Record<string, unknown>) => (await check(departmentsToInvolve, data))[0]?.args.items;

describe('Art. 7: the member departments that act in a case, from its facts', () => {
  it('警务督察 leads every case the Measures apply to (（一）)', async () => {
    const [found] = await check(departmentsToInvolve, withActs({ kind: '恶意投诉', targets: [target('p1', '因履职')] }));
    expect(found).toEqual({ code: 'departments-to-involve', severity: 'finding', articles: ['art_7__para_1', 'art_7__item_1'], path: '', args: { items: ['art_7__item_1'] } });
  });

  it('an offence on the scene brings 指挥中心 (（四）) and 刑侦、治安 (（七）); a person hurt brings 政工 (（二）)', async () => {
    const data = withActs({ kind: '暴力袭击', targets: [target('p1', '在履职中')] });
    expect(await items(data)).toEqual(['art_7__item_1', 'art_7__item_4', 'art_7__item_7']);
    data.consequences = [{ kind: '受伤', person: 'p1', degree: '轻微伤' }];
    expect(await items(data)).toEqual(['art_7__item_1', 'art_7__item_2', 'art_7__item_4', 'art_7__item_7']);
  });

  it('infringement online brings 网安 (（八）) and public opinion 新闻宣传 (（三）)', async () => {
    expect(await items(withActs({ kind: '诽谤', online: true, targets: [target('p1', '因履职')] }))).toEqual(['art_7__item_1', 'art_7__item_3', 'art_7__item_7', 'art_7__item_8']);
  });

  it('法制（五）, 警务保障（六） and 警察协会（九） are never owed by a case, whatever happened', async () => {
    const data = withActs({ kind: '暴力袭击', online: true, targets: [target('p1', '在履职中')] });
    data.consequences = [{ kind: '死亡', person: 'p1' }, { kind: '财产损失', person: 'p1', amount: 100 }];
    data.sanctions = [{ person: 'p1', id: 'S', date: '2026-03-05', decidedBy: '政工室', measure: '警告' }];
    for (const n of [5, 6, 9]) expect(await items(data)).not.toContain(`art_7__item_${n}`);
  });

  it('no department is named for a case the Measures do not apply to', async () => {
    expect(await check(departmentsToInvolve, withActs({ kind: '暴力袭击', targets: [target('p1', '与履职无关')] }))).toEqual([]);
  });
});
