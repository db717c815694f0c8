/**
 * Art. 10 applies the recusal rules of the Criminal Procedure, Public Security Administration
 * Punishments and People's Police Laws. What a case file can show: a victim, or a near
 * relative of one, must not be among the people handling the case.
 */
import { entries, text } from './access.ts';
import { enumeration } from '../policy/query.ts';
import type { RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';

export const handlerMustRecuse: Rule<'handler-must-recuse'> = {
  code: 'handler-must-recuse',
  severity: 'error',
  articles: ['art_10__para_1'],
  title: '受害民警本人及其近亲属应当回避，不得作为本案的办案人员',
  module: 'recusal',
  check(data, { model }) {
    const relatives = enumeration(model, 'near_relatives');
    const victims = entries(data.victims).map(([i, v]) => ({ index: i, name: text(v.name)?.trim() }));
    const out: RuleIssue<'handler-must-recuse'>[] = [];
    for (const [i, handler] of entries(data.handlers)) {
      const name = text(handler.name)?.trim();
      const sameName = victims.find((v) => v.name && v.name === name);
      const relation = text(handler.relationToVictim)?.trim();
      const path = `/handlers/${i}`;
      if (handler.isVictim === true) out.push(issue(this, ['art_10__para_1'], `${path}/isVictim`, { index: i, reason: 'victim' }));
      else if (sameName) out.push(issue(this, ['art_10__para_1'], `${path}/name`, { index: i, reason: 'same-name', victim: sameName.index }));
      if (relation && relatives.includes(relation)) {
        out.push(issue(this, ['art_10__para_1'], `${path}/relationToVictim`, { index: i, reason: 'near-relative', relation }));
      }
    }
    return out;
  },
};
