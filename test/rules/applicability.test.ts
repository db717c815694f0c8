import { describe, expect, it } from 'vitest';
import { applicability } from '../../scripts/lib/rules/applicability.ts';
import { baseCase, check } from './cases.ts';

const withOfficer = (changes: Record<string, unknown>) => {
  const data = baseCase();
  Object.assign(data.officer, changes);
  return data;
};
const ALL_FACTS = { emergencyWithinDuty: true, identifiedSelf: true, harmDuringFirstResponse: true };

describe('Arts. 3, 31, 33: who the Measures protect, and whether they apply in full or by analogy', () => {
  it('an officer on duty is protected by the Measures (Art. 3)', async () => {
    expect(await check(applicability, baseCase())).toEqual([
      { code: 'applicability', severity: 'finding', articles: ['art_3__para_1'], path: '/officer/role', args: { basis: '遵照', role: '民警', offDuty: false } },
    ]);
  });

  it('an officer off duty with Art. 31’s facts is protected under Art. 31', async () => {
    const [finding] = await check(applicability, withOfficer({ onDuty: false, offDuty: ALL_FACTS }));
    expect(finding).toMatchObject({ articles: ['art_31__para_1'], args: { basis: '遵照', offDuty: true } });
  });

  it.each(['警务辅助人员', '公安院校学员'])('a %s is covered in full (遵照, Art. 33)', async (role) => {
    const [finding] = await check(applicability, withOfficer({ role }));
    expect(finding).toMatchObject({ articles: ['art_33__para_1'], args: { basis: '遵照', role } });
  });

  it('other public-security staff are covered by analogy (参照, Art. 33)', async () => {
    const [finding] = await check(applicability, withOfficer({ role: '其他公安机关工作人员' }));
    expect(finding).toMatchObject({ articles: ['art_33__para_1'], args: { basis: '参照' } });
  });

  it('an off-duty case without Art. 31’s facts gets no applicability, only the error', async () => {
    expect(await check(applicability, withOfficer({ onDuty: false }))).toEqual([]);
  });

  it('an unknown role gets no applicability (the schema reports it)', async () => {
    expect(await check(applicability, withOfficer({ role: '保安' }))).toEqual([]);
  });
});
