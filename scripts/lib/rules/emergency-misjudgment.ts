/**
 * Art. 19, last sentence: a misjudgment or over-reaction in an emergency SHALL be treated
 * 从轻, 减轻 or 免除. Its "may" sentences (轻微过失, 执法瑕疵) leave the choice to the
 * decider and are not checked; ignoring a "shall" is an error.
 */
import { entries } from './access.ts';
import { issue, type Rule } from './types.ts';

const MITIGATED = ['从轻', '减轻', '免除'];

export const emergencyMisjudgmentNotMitigated: Rule<'emergency-misjudgment-not-mitigated'> = {
  code: 'emergency-misjudgment-not-mitigated',
  severity: 'error',
  articles: ['art_19__para_1'],
  title: '紧急情形下因判断失误、反应过度造成后果的，处理方式应当为从轻、减轻或免除',
  module: 'emergency-misjudgment',
  check(data) {
    return entries(data.liabilityDecisions)
      .filter(([, d]) => d.fault === '紧急情形误判' && typeof d.treatment === 'string' && !MITIGATED.includes(d.treatment))
      .map(([i, d]) => issue(this, ['art_19__para_1'], `/liabilityDecisions/${i}/treatment`, { index: i, treatment: String(d.treatment), allowed: MITIGATED }));
  },
};
