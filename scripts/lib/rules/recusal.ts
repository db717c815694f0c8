/**
 * Art. 10: 公安机关办理侵犯公安民警执法权威的刑事案件、治安案件，适用《中华人民共和国刑事诉讼法》
 * 《中华人民共和国治安管理处罚法》《中华人民共和国人民警察法》关于回避的规定. Those laws bar from a
 * case anyone who is a party or a party's near relative, and anyone with 其他关系，可能影响公正处理.
 * Read for a case record:
 * - a handler who is one of the people harmed, or a near relative of one (Art. 32's list, which
 *   is the Criminal Procedure Law's too), must recuse: an error;
 * - a handler related to one of them by family outside that list (a 岳父, a grandparent) has the
 *   "other relation" that plainly may affect fairness: an error too;
 * - any other relation (a classmate, a creditor) is for the office to weigh: a finding;
 * - a handler with the same name as a protected person is taken to be that person unless the
 *   record says otherwise.
 */
import type { PersonFacts } from '../case/facts/index.ts';
import { entries, text } from '../case/read.ts';
import type { PersonRef, RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';

const ARTICLE = 'art_10__para_1';
const ref = (p: PersonFacts): PersonRef => ({ person: p.id, category: p.category });

export const handlerMustRecuse: Rule<'handler-must-recuse'> = {
  code: 'handler-must-recuse',
  severity: 'error',
  articles: [ARTICLE],
  title: '办案人员是本案受侵害的人，或是其近亲属、其他亲属的，应当回避',
  module: 'recusal',
  check(data, { facts, model }) {
    const relations = model.editorial.relations ?? {};
    const out: RuleIssue<'handler-must-recuse'>[] = [];
    for (const [i, handler] of entries(data.handlers)) {
      const recorded = entries(handler.relations);
      for (const [j, r] of recorded) {
        const person = facts.byId.get(text(r.person) ?? '');
        const relation = text(r.relation);
        if (!person || !relation) continue;
        const path = `/handlers/${i}/relations/${j}/relation`;
        if (relation === '本人') out.push(issue(this, [ARTICLE], path, { index: i, reason: 'self', of: ref(person) }));
        else if (Object.hasOwn(relations, relation)) out.push(issue(this, [ARTICLE], path, { index: i, reason: 'near-relative', of: ref(person), relation }));
      }
      const name = text(handler.name)?.trim();
      const twin = facts.people.find((p) => p.category !== '亲属' && p.name.trim() === name);
      if (twin && !recorded.some(([, r]) => r.person === twin.id)) out.push(issue(this, [ARTICLE], `/handlers/${i}/name`, { index: i, reason: 'same-name', of: ref(twin) }));
    }
    return out;
  },
};

export const handlerRelationReview: Rule<'handler-relation-review'> = {
  code: 'handler-relation-review',
  severity: 'finding',
  articles: [ARTICLE],
  title: '办案人员与本案受侵害的人有其他关系的，由维权办审查是否可能影响公正处理、应否回避',
  module: 'recusal',
  check(data, { facts }) {
    const out: RuleIssue<'handler-relation-review'>[] = [];
    for (const [i, handler] of entries(data.handlers)) {
      for (const [j, r] of entries(handler.relations)) {
        const person = facts.byId.get(text(r.person) ?? '');
        if (person && r.relation === '其他关系') out.push(issue(this, [ARTICLE], `/handlers/${i}/relations/${j}`, { index: i, of: ref(person) }));
      }
    }
    return out;
  },
};
