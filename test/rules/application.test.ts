import { describe, expect, it } from 'vitest';
import { applicantNotNearRelative } from '../../scripts/lib/rules/application.ts';
import { baseCase, check } from './cases.ts';

const relative = (relation: string) => {
  const data = baseCase();
  data.people.push({ id: 'p2', name: '王德林', category: '亲属', relation, of: 'p1' });
  data.applicant = { kind: '近亲属', person: 'p2' };
  return data;
};

describe('Art. 15 with Art. 32: the officer, a near relative, or the officer’s unit may apply', () => {
  it.each(['妻', '养父', '有扶养关系的继母', '同胞兄弟姊妹'])('a %s may apply as a near relative (民法典第一千零七十二条、第一千一百一十一条)', async (relation) => {
    expect(await check(applicantNotNearRelative, relative(relation))).toEqual([]);
  });

  it.each(['祖父母或外祖父母', '岳父母或公婆', '同父异母或同母异父的兄弟姊妹', '无扶养关系的继父母或继子女', '堂表兄弟姊妹'])('a %s may not', async (relation) => {
    expect(await check(applicantNotNearRelative, relative(relation))).toEqual([
      { code: 'applicant-not-near-relative', severity: 'error', articles: ['art_32__para_1', 'art_15__para_1'], path: '/applicant/person', args: { reason: 'not-near', relation } },
    ]);
  });

  it('an applicant recorded as a near relative must be a relative, and one recorded as the person themself must not be', async () => {
    const data = baseCase();
    data.applicant = { kind: '近亲属', person: 'p1' };
    expect((await check(applicantNotNearRelative, data))[0]?.args.reason).toBe('not-relative');
    const self = relative('妻');
    self.applicant.kind = '本人';
    expect((await check(applicantNotNearRelative, self))[0]?.args.reason).toBe('relative-as-self');
  });
});
