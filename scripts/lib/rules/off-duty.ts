/**
 * Art. 31: off duty, the Measures protect an officer only if all three hold: an emergency
 * within the scope of duty, the officer identified themself, and the harm came during that
 * first response. A case claimed off duty without them is an error.
 */
import { record } from './access.ts';
import type { OffDutyFact } from './issues.ts';
import { issue, type Rule } from './types.ts';

/** The three facts, in the order Art. 31 states them. */
const ART_31_FACTS: readonly OffDutyFact[] = ['emergencyWithinDuty', 'identifiedSelf', 'harmDuringFirstResponse'];

/** The Art. 31 facts an off-duty case lacks ([] when on duty or all hold). */
export function missingOffDutyFacts(data: Record<string, unknown>): OffDutyFact[] {
  const officer = record(data.officer);
  if (officer.onDuty !== false) return [];
  const facts = record(officer.offDuty);
  return ART_31_FACTS.filter((f) => facts[f] !== true);
}

export const offDutyWithoutArt31Facts: Rule<'off-duty-without-art-31-facts'> = {
  code: 'off-duty-without-art-31-facts',
  severity: 'error',
  articles: ['art_31__para_1'],
  title: '非工作时间的案件，须同时具备第三十一条所列三项事实',
  module: 'off-duty',
  check(data) {
    const missing = missingOffDutyFacts(data);
    if (missing.length === 0) return [];
    const recorded = record(data.officer).offDuty !== undefined;
    return [issue(this, ['art_31__para_1'], recorded ? '/officer/offDuty' : '/officer', { missing, recorded })];
  },
};
