/**
 * Arts. 21–24: each names a scenario and conditions that must ALL hold; then the officer
 * shall be exempt. The determination lists every condition of the article (from the model)
 * as met, not met or unknown. Art. 25: nine further grounds, each sufficient alone.
 */
import { entries, text } from './access.ts';
import { itemsOf } from './model-lists.ts';
import { finding, type Finding, type Rule } from './types.ts';

const ALL_CONDITIONS = ['art_21', 'art_22', 'art_23', 'art_24'];

export type ConditionStatus = 'met' | 'not-met' | 'unknown';

export const exemptionDetermination: Rule = {
  code: 'exemption-determination',
  severity: 'finding',
  articles: ALL_CONDITIONS,
  title: '第二十一条至第二十四条的免责主张，逐项列明每个条件具备、不具备或尚未查明，全部具备的应当免责',
  module: 'exemption',
  check(data, { model }) {
    const out: Finding[] = [];
    for (const [i, claim] of entries(data.exemptionClaims)) {
      const article = claim.article as string;
      if (!ALL_CONDITIONS.includes(article)) continue;
      const recorded = entries(claim.conditions).map(([, c]) => c);
      const conditions = itemsOf(model, article).map((item) => {
        const entry = recorded.find((c) => c.item === item);
        const status: ConditionStatus = entry?.met === true ? 'met' : entry?.met === false ? 'not-met' : 'unknown';
        const fact = text(entry?.fact);
        return fact === undefined ? { item, status } : { item, status, fact };
      });
      const outcome = conditions.some((c) => c.status === 'not-met')
        ? '不予免责'
        : conditions.every((c) => c.status === 'met')
          ? '免责'
          : '待定';
      out.push(finding(this, article, `/exemptionClaims/${i}`, { article, outcome, conditions, index: i }));
    }
    return out;
  },
};

export const exemptionGroundArt25: Rule = {
  code: 'exemption-ground-art-25',
  severity: 'finding',
  articles: ['art_25'],
  title: '具备第二十五条所列任一情形的，可以免责',
  module: 'exemption',
  check(data, { model }) {
    const out: Finding[] = [];
    for (const [i, claim] of entries(data.exemptionClaims)) {
      if (claim.article !== 'art_25') continue;
      const known = itemsOf(model, 'art_25');
      const items = [...new Set(entries(claim.grounds).map(([, g]) => g.item as string))].filter((item) => known.includes(item));
      if (items.length > 0) out.push(finding(this, 'art_25', `/exemptionClaims/${i}`, { items, index: i }));
    }
    return out;
  },
};
