/**
 * Art. 8: the circumstances of the case, derived from its acts (case/facts/acts.ts), and, where
 * the clerk also recorded their own reading (classification.art8), whether the two agree.
 */
import { record, text } from '../case/read.ts';
import { issue, type Rule } from './types.ts';

export const art8Circumstances: Rule<'art-8-circumstances'> = {
  code: 'art-8-circumstances',
  severity: 'finding',
  articles: ['art_8__para_1'],
  title: '按记录的侵害行为及其对象，认定本案属于第八条所列的哪些情形',
  module: 'circumstances',
  check(_data, { facts }) {
    return facts.art8.length ? [issue(this, facts.art8, '/acts', { items: facts.art8 })] : [];
  },
};

export const classificationMismatch: Rule<'classification-mismatch'> = {
  code: 'classification-mismatch',
  severity: 'finding',
  articles: ['art_8__para_1'],
  title: '经办人认定的第八条情形与按事实认定的不一致时，指出多出和缺少的各项',
  module: 'circumstances',
  check(data, { facts }) {
    const art8: unknown = record(data.classification).art8;
    if (!Array.isArray(art8)) return [];
    const list = art8.map(text).filter((e): e is string => e !== undefined);
    const missing = facts.art8.filter((e) => !list.includes(e));
    const extra = list.filter((e) => !facts.art8.includes(e));
    if (!missing.length && !extra.length) return [];
    return [issue(this, [...new Set([...extra, ...missing])], '/classification/art8', { missing, extra })];
  },
};
