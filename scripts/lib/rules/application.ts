/**
 * Art. 15: 民警及其近亲属或者民警所在单位可以……提出维护执法权威申请. An applicant recorded as the
 * person themself must be a protected person, and one recorded as a near relative must be a
 * relative of one whose relation is in Art. 32's closed list (relations.yaml reads each word).
 */
import { record, text } from '../case/read.ts';
import { issue, type Rule } from './types.ts';

export const applicantNotNearRelative: Rule<'applicant-not-near-relative'> = {
  code: 'applicant-not-near-relative',
  severity: 'error',
  articles: ['art_15__para_1', 'art_32__para_1'],
  title: '申请人是“本人”的须是受保护人员，是“近亲属”的须是受保护人员的亲属且关系属于第三十二条所列',
  module: 'application',
  check(data, { facts }) {
    const applicant = record(data.applicant);
    const id = text(applicant.person);
    const person = id === undefined ? undefined : facts.byId.get(id);
    if (!person) return []; // no applicant, or an unknown id (references.ts)
    const at = (reason: 'not-relative' | 'not-near' | 'not-of-protected' | 'relative-as-self', articles: string[]) =>
      [issue(this, articles, '/applicant/person', { reason, ...(person.relation ? { relation: person.relation } : {}) })];
    if (applicant.kind === '本人') return person.category === '亲属' ? at('relative-as-self', ['art_15__para_1']) : [];
    if (applicant.kind !== '近亲属') return [];
    if (person.category !== '亲属') return at('not-relative', ['art_15__para_1']);
    if (!person.near) return at('not-near', ['art_32__para_1', 'art_15__para_1']);
    const of = person.of === undefined ? undefined : facts.byId.get(person.of);
    return of && of.category !== '亲属' ? [] : at('not-of-protected', ['art_15__para_1']);
  },
};
