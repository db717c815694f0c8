/**
 * Art. 18: liability may not rest on 领导批示、舆论炒作、信访投诉、复议诉讼、维护稳定 (the
 * model's forbidden_grounds). A decision whose ground names one of them is an error.
 */
import { entries, text } from './access.ts';
import { enumeration } from '../policy/query.ts';
import type { RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';

export const liabilityOnForbiddenGround: Rule<'liability-on-forbidden-ground'> = {
  code: 'liability-on-forbidden-ground',
  severity: 'error',
  articles: ['art_18__para_1'],
  title: '责任追究决定不得以第十八条禁止的理由追究民警责任',
  module: 'forbidden-grounds',
  check(data, { model }) {
    const forbidden = enumeration(model, 'forbidden_grounds');
    const out: RuleIssue<'liability-on-forbidden-ground'>[] = [];
    for (const [i, decision] of entries(data.liabilityDecisions)) {
      if (!Array.isArray(decision.grounds)) continue;
      decision.grounds.forEach((g, j) => {
        const ground = text(g) ?? '';
        for (const word of forbidden.filter((w) => ground.includes(w))) {
          out.push(issue(this, ['art_18__para_1'], `/liabilityDecisions/${i}/grounds/${j}`, { index: i, ground: word }));
        }
      });
    }
    return out;
  },
};
