import { describe, expect, it } from 'vitest';
import { nearRelativeOutsideArt32, nearRelativeRelationMissing } from '../../scripts/lib/rules/near-relatives.ts';
import { baseCase, check, realModel, withEnumeration } from './cases.ts';

describe('Art. 32: near relatives are 夫、妻、父、母、子、女、同胞兄弟姊妹 and nobody else', () => {
  it('a victim who is the officer’s wife is a near relative', async () => {
    const data = baseCase();
    data.victims.push({ name: '刘芳', kind: '近亲属', relation: '妻' });
    expect(await check(nearRelativeOutsideArt32, data)).toEqual([]);
  });

  it('every relation the model lists for Art. 32 is accepted', async () => {
    const members = (await realModel()).enumerations.near_relatives!.members;
    expect(members).toHaveLength(7);
    for (const relation of members) {
      const data = baseCase();
      data.victims.push({ name: '某', kind: '近亲属', relation });
      expect(await check(nearRelativeOutsideArt32, data)).toEqual([]);
    }
  });

  it.each(['祖父', '岳母', '表弟', '继兄', '儿媳'])('a victim named as a near relative with the relation %s breaks Art. 32', async (relation) => {
    const data = baseCase();
    data.victims.push({ name: '某', kind: '近亲属', relation });
    expect(await check(nearRelativeOutsideArt32, data)).toEqual([
      {
        code: 'near-relative-outside-art-32',
        severity: 'error',
        articles: ['art_32__para_1'],
        path: '/victims/1/relation',
        args: expect.objectContaining({ who: 'victim', index: 1, relation }),
      },
    ]);
  });

  it('an applicant who applies as a near relative must be one under Art. 32', async () => {
    const data = baseCase();
    data.applicant = { kind: '近亲属', name: '某', relation: '外祖母' };
    const [error] = await check(nearRelativeOutsideArt32, data);
    expect(error).toMatchObject({ path: '/applicant/relation', args: { who: 'applicant', relation: '外祖母' } });
  });

  it('a relation given for the officer themself is not a near-relative claim', async () => {
    const data = baseCase();
    data.victims[0].relation = '祖父';
    expect(await check(nearRelativeOutsideArt32, data)).toEqual([]);
  });

  it('the closed list is read from the model, so a change in policy/ changes the rule', async () => {
    const data = baseCase();
    data.victims.push({ name: '某', kind: '近亲属', relation: '祖父' });
    const widened = withEnumeration(await realModel(), 'near_relatives', ['夫', '妻', '祖父']);
    expect(await check(nearRelativeOutsideArt32, data, widened)).toEqual([]);
  });

  it('a victim named as a near relative must say how they are related', async () => {
    const data = baseCase();
    data.victims.push({ name: '某', kind: '近亲属' });
    expect(await check(nearRelativeRelationMissing, data)).toEqual([
      { code: 'near-relative-relation-missing', severity: 'error', articles: ['art_32__para_1'], path: '/victims/1', args: { who: 'victim', index: 1 } },
    ]);
  });

  it('a near relative who states the relation needs nothing more', async () => {
    const data = baseCase();
    data.victims.push({ name: '某', kind: '近亲属', relation: '子' });
    data.applicant = { kind: '近亲属', name: '某', relation: '子' };
    expect(await check(nearRelativeRelationMissing, data)).toEqual([]);
  });
});
