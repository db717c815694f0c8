/**
 * Art. 19 in its "shall" sentences. First: an intentional violation, or a serious failure to
 * perform duties, that caused harm SHALL be pursued 从严 — and no sentence of Arts. 19–20 lets
 * such a fault be treated 从轻, 减轻 or 免除. Last: a misjudgment or over-reaction in an
 * emergency SHALL be treated 从轻, 减轻 or 免除. Its "may" sentences (轻微过失, 执法瑕疵) leave
 * the choice to the decider and are not checked; ignoring a "shall" is an error.
 */
import { entries } from '../case/read.ts';
import { issue, type Rule } from './types.ts';

const ARTICLE = 'art_19__para_1';
const MITIGATED = ['从轻', '减轻', '免除'];

export const emergencyMisjudgmentNotMitigated: Rule<'emergency-misjudgment-not-mitigated'> = {
  code: 'emergency-misjudgment-not-mitigated',
  severity: 'error',
  articles: [ARTICLE],
  title: '紧急情形下因判断失误、反应过度造成后果的，处理方式应当为从轻、减轻或免除',
  module: 'liability-degree',
  check(data) {
    return entries(data.liabilityDecisions)
      .filter(([, d]) => d.fault === '紧急情形误判' && typeof d.treatment === 'string' && !MITIGATED.includes(d.treatment))
      .map(([i, d]) => issue(this, [ARTICLE], `/liabilityDecisions/${i}/treatment`, { index: i, treatment: String(d.treatment), allowed: MITIGATED }));
  },
};

export const seriousFaultNotStrict: Rule<'serious-fault-not-strict'> = {
  code: 'serious-fault-not-strict',
  severity: 'error',
  articles: [ARTICLE],
  title: '过错认定为故意或严重并造成危害后果的，按第十九条第一句从严追究，不得从轻、减轻或免除',
  module: 'liability-degree',
  check(data) {
    return entries(data.liabilityDecisions)
      .filter(([, d]) => d.fault === '故意或严重' && typeof d.treatment === 'string')
      .filter(([, d]) => MITIGATED.includes(d.treatment as string) || (d.harmCaused === true && d.treatment !== '从严'))
      .map(([i, d]) => issue(this, [ARTICLE], `/liabilityDecisions/${i}/treatment`, { index: i, treatment: String(d.treatment) }));
  },
};
