import { describe, expect, it } from 'vitest';
import { art8Circumstances, classificationMismatch } from '../../scripts/lib/rules/circumstances.ts';
import { check, target, withActs, withPerson } from './cases.ts';

const items = async (data: Record<string, unknown>) => (await check(art8Circumstances, data))[0]?.args.items;

describe('Art. 8: the circumstances are derived from what happened, not chosen', () => {
  it.each([
    ['暴力袭击', ['art_8__item_1']],
    ['车辆冲撞碾轧拖拽剐蹭', ['art_8__item_2']],
    ['聚众哄闹围堵冲击阻碍', ['art_8__item_3']],
    ['扣押撕咬拉扯推搡', ['art_8__item_4']],
    ['恶意投诉', ['art_8__item_5']],
    ['威胁恐吓', ['art_8__item_6']],
    ['诬告陷害', ['art_8__item_7']],
    ['侵犯隐私', ['art_8__item_8']],
    ['错误追责', ['art_8__item_9']],
    ['尾随跟踪', ['art_8__item_10']],
  ])('an act of %s on duty falls under %j', async (kind, expected) => {
    expect(await items(withActs({ kind, targets: [target('p1', '在履职中')] }))).toEqual(expected);
  });

  it('harm to an officer’s person or property because of duty, after the fact, is 打击报复 too (Art. 8（七）)', async () => {
    expect(await items(withActs({ kind: '暴力袭击', targets: [target('p1', '因履职')] }))).toEqual(['art_8__item_1', 'art_8__item_7']);
    expect(await items(withActs({ kind: '毁损财物', targets: [target('p1', '因履职')] }))).toEqual(['art_8__item_7']);
    expect(await items(withActs({ kind: '暴力袭击', targets: [target('p1', '在履职中')] }))).toEqual(['art_8__item_1']);
  });

  it('a near relative falls only under the items that name them (（六）（七）（八）): harm to them because of duty is 打击报复', async () => {
    const data = withPerson(withActs({ kind: '暴力袭击', targets: [target('p2', '因履职')] }), { id: 'p2', name: '刘芳', category: '亲属', relation: '妻', of: 'p1' });
    expect(await items(data)).toEqual(['art_8__item_7']);
    data.acts[0].kind = '威胁恐吓';
    expect(await items(data)).toEqual(['art_8__item_6']);
  });

  it('the finding cites the items it names', async () => {
    expect(await check(art8Circumstances, withActs({ kind: '暴力袭击', targets: [target('p1', '因履职')] }))).toEqual([
      { code: 'art-8-circumstances', severity: 'finding', articles: ['art_8__item_1', 'art_8__item_7'], path: '/acts', args: { items: ['art_8__item_1', 'art_8__item_7'] } },
    ]);
  });

  it('acts that harm no one the Measures protect give no circumstance', async () => {
    expect(await check(art8Circumstances, withActs({ kind: '暴力袭击', targets: [target('p1', '与履职无关')] }))).toEqual([]);
  });

  it('the clerk’s own reading, where kept, is checked against the facts: what is missing and what is extra', async () => {
    const data = withActs({ kind: '恶意投诉', targets: [target('p1', '因履职')] });
    data.classification = { art8: ['art_8__item_5'] };
    expect(await check(classificationMismatch, data)).toEqual([]);
    data.classification = { art8: ['art_8__item_6'] };
    expect(await check(classificationMismatch, data)).toEqual([
      { code: 'classification-mismatch', severity: 'finding', articles: ['art_8__item_6', 'art_8__item_5'], path: '/classification/art8', args: { missing: ['art_8__item_5'], extra: ['art_8__item_6'] } },
    ]);
  });
});
