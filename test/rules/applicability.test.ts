import { describe, expect, it } from 'vitest';
import { applicability, measuresNotApplicable } from '../../scripts/lib/rules/applicability.ts';
import { check, target, withActs, withPerson } from './cases.ts';

const only = (category: string) => ({ id: 'p1', name: '白云飞', category, unit: '新城区分局' });
const person = (data: Record<string, any>, category: string) => {
  data.people = [only(category)];
  return data;
};

describe('Arts. 3, 8, 31, 33: whom the Measures protect, person by person, from how the harm is linked to duty', () => {
  it.each([
    ['在履职中', 'duty'],
    ['因履职', 'duty'],
  ])('an officer harmed %s is protected (Art. 8: during lawful duty or because of it)', async (link, reason) => {
    const [found] = await check(applicability, withActs({ kind: '威胁恐吓', targets: [target('p1', link)] }));
    expect(found).toEqual({ code: 'applicability', severity: 'finding', articles: ['art_8__para_1'], path: '/acts/0/targets/0', args: { person: 'p1', category: '民警', covered: true, reason, link, basis: '适用' } });
  });

  it('an officer off duty is protected only with all of Art. 31’s facts', async () => {
    const met = await check(applicability, withActs({ kind: '暴力袭击', targets: [target('p1', '非工作时间先期处置', { emergencyWithinDuty: true, identifiedSelf: true })] }));
    expect(met[0]).toMatchObject({ articles: ['art_31__para_1'], args: { covered: true, reason: 'off-duty' } });
    const unmet = await check(applicability, withActs({ kind: '暴力袭击', targets: [target('p1', '非工作时间先期处置', { emergencyWithinDuty: true, identifiedSelf: false })] }));
    expect(unmet[0]).toMatchObject({ articles: ['art_31__para_1'], args: { covered: false, reason: 'off-duty-unmet' } });
  });

  it.each([
    ['警务辅助人员', '遵照'],
    ['公安院校学员', '遵照'],
    ['其他公安机关工作人员', '参照'],
  ])('a %s harmed while assisting an officer is protected, %s本办法 (Art. 33)', async (category, basis) => {
    const [found] = await check(applicability, person(withActs({ kind: '侮辱谩骂', targets: [target('p1', '协助民警')] }), category));
    expect(found).toMatchObject({ articles: ['art_33__para_1'], args: { category, covered: true, reason: 'assisting', basis } });
  });

  it.each(['在履职中', '因履职', '非工作时间先期处置'])('an auxiliary officer harmed otherwise than while assisting (%s) is not (Art. 33)', async (link) => {
    const [found] = await check(applicability, person(withActs({ kind: '暴力袭击', targets: [target('p1', link, { emergencyWithinDuty: true, identifiedSelf: true })] }), '警务辅助人员'));
    expect(found).toMatchObject({ args: { covered: false, reason: 'not-assisting' } });
  });

  it('a near relative of an officer is protected; a relative outside Art. 32’s list is not', async () => {
    const data = withActs({ kind: '威胁恐吓', targets: [target('p1', '因履职'), target('p2', '因履职'), target('p3', '因履职')] });
    withPerson(data, { id: 'p2', name: '刘芳', category: '亲属', relation: '妻', of: 'p1' });
    withPerson(data, { id: 'p3', name: '赵德', category: '亲属', relation: '岳父母或公婆', of: 'p1' });
    const found = await check(applicability, data);
    expect(found.map((f) => [f.args.person, f.args.covered, f.args.reason, f.articles[0]])).toEqual([
      ['p1', true, 'duty', 'art_8__para_1'],
      ['p2', true, 'near-relative', 'art_32__para_1'],
      ['p3', false, 'not-near-relative', 'art_32__para_1'],
    ]);
  });

  it('each person is named once, on the first act that protects them; an act that does not protect them is said, not dropped', async () => {
    const found = await check(applicability, withActs({ kind: '侮辱谩骂', targets: [target('p1', '与履职无关')] }, { kind: '威胁恐吓', targets: [target('p1', '因履职')] }));
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({ path: '/acts/1/targets/0', args: { covered: true } });
    expect(found[1]).toMatchObject({ path: '/acts/0/targets/0', args: { covered: false, reason: 'unlinked', act: { index: 0, kind: '侮辱谩骂' } } });
  });

  it('a student hurt while assisting and followed home afterwards: the later act is outside Art. 33, and said so', async () => {
    const data = person(withActs({ kind: '暴力袭击', targets: [target('p1', '协助民警')] }, { kind: '尾随跟踪', date: '2026-03-05', targets: [target('p1', '因履职')] }), '公安院校学员');
    const found = await check(applicability, data);
    expect(found.map((f) => [f.path, f.args.covered, f.args.act?.kind])).toEqual([
      ['/acts/0/targets/0', true, undefined],
      ['/acts/1/targets/0', false, '尾随跟踪'],
    ]);
    expect(found[1]).toMatchObject({ articles: ['art_33__para_1'], args: { reason: 'not-assisting' } });
  });

  it('a case where no act harms anyone the Measures protect is said to be outside them', async () => {
    expect(await check(measuresNotApplicable, withActs({ kind: '侮辱谩骂', targets: [target('p1', '与履职无关')] }))).toEqual([
      { code: 'measures-not-applicable', severity: 'finding', articles: ['art_8__para_1', 'art_31__para_1', 'art_33__para_1'], path: '/acts', args: {} },
    ]);
    expect(await check(measuresNotApplicable, withActs({ kind: '侮辱谩骂', targets: [target('p1', '在履职中')] }))).toEqual([]);
  });
});
