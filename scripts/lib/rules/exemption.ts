/**
 * Arts. 21–24: each names a scenario and conditions that must ALL hold; then the officer
 * shall be exempt. The determination lists every condition of the article (from the model)
 * as met, not met or unknown. Art. 25: nine further grounds, each sufficient alone.
 */
import { itemIdsOf } from '../policy/query.ts';
import { categoryOf } from '../case/facts/index.ts';
import { entries, text } from '../case/read.ts';
import type { ConditionFinding, RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';
import { conditionStatus, type ExemptionOutcome } from './vocabulary.ts';

const ALL_CONDITIONS = ['art_21', 'art_22', 'art_23', 'art_24'];

function outcomeOf(conditions: readonly ConditionFinding[]): ExemptionOutcome {
  if (conditions.some((c) => c.status === 'not-met')) return '不予免责';
  return conditions.every((c) => c.status === 'met') ? '免责' : '待定';
}

export const exemptionDetermination: Rule<'exemption-determination'> = {
  code: 'exemption-determination',
  severity: 'finding',
  articles: ALL_CONDITIONS,
  title: '第二十一条至第二十四条的免责主张，逐项列明每个条件具备、不具备或尚未查明，全部具备的应当免责',
  module: 'exemption',
  check(data, { model }) {
    const out: RuleIssue<'exemption-determination'>[] = [];
    for (const [i, claim] of entries(data.exemptionClaims)) {
      const article = claim.article as string;
      if (!ALL_CONDITIONS.includes(article)) continue;
      const recorded = entries(claim.conditions).map(([, c]) => c);
      const conditions = itemIdsOf(model, article).map((item): ConditionFinding => {
        const entry = recorded.find((c) => c.item === item);
        const fact = text(entry?.fact);
        return { item, status: conditionStatus(entry?.met), ...(fact === undefined ? {} : { fact }) };
      });
      const items = conditions.map((c) => c.item);
      out.push(issue(this, [article, ...items], `/exemptionClaims/${i}`, { index: i, article, outcome: outcomeOf(conditions), conditions }));
    }
    return out;
  },
};

export const exemptionGroundArt25: Rule<'exemption-ground-art-25'> = {
  code: 'exemption-ground-art-25',
  severity: 'finding',
  articles: ['art_25'],
  title: '具备第二十五条所列任一情形的，可以免责',
  module: 'exemption',
  check(data, { model, facts }) {
    const out: RuleIssue<'exemption-ground-art-25'>[] = [];
    const known = itemIdsOf(model, 'art_25');
    for (const [i, claim] of entries(data.exemptionClaims)) {
      if (claim.article !== 'art_25') continue;
      const items = [...new Set(entries(claim.grounds).map(([, g]) => g.item as string))].filter((item) => known.includes(item));
      if (items.length > 0) out.push(issue(this, items, `/exemptionClaims/${i}`, { index: i, items, person: categoryOf(facts, claim.person) }));
    }
    return out;
  },
};
