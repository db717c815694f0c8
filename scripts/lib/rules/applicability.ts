/**
 * Arts. 3, 31, 33: who the Measures protect, and how. Officers (民警) are protected directly,
 * off duty only under Art. 31; 警务辅助人员 and seconded 公安院校 students "遵照" (in full);
 * other public-security staff "参照" (by analogy).
 */
import { record } from './access.ts';
import { missingOffDutyFacts } from './off-duty.ts';
import { issue, type Rule } from './types.ts';

const BASIS: Record<string, { basis: '遵照' | '参照'; article: string }> = {
  民警: { basis: '遵照', article: 'art_3__para_1' },
  警务辅助人员: { basis: '遵照', article: 'art_33__para_1' },
  公安院校学员: { basis: '遵照', article: 'art_33__para_1' },
  其他公安机关工作人员: { basis: '参照', article: 'art_33__para_1' },
};

export const applicability: Rule<'applicability'> = {
  code: 'applicability',
  severity: 'finding',
  articles: ['art_3__para_1', 'art_31__para_1', 'art_33__para_1'],
  title: '按人员类别和是否在工作时间，判断本办法是遵照还是参照适用',
  module: 'applicability',
  check(data) {
    const officer = record(data.officer);
    const role = officer.role as string;
    const rule = Object.hasOwn(BASIS, role) ? BASIS[role] : undefined;
    if (!rule || typeof officer.onDuty !== 'boolean' || missingOffDutyFacts(data).length > 0) return [];
    const offDuty = officer.onDuty === false;
    // An officer protected off duty stands on Art. 31; the other roles keep Art. 33 as basis.
    const article = offDuty && role === '民警' ? 'art_31__para_1' : rule.article;
    return [issue(this, [article], '/officer/role', { role, basis: rule.basis, offDuty })];
  },
};
