/**
 * Art. 32: 近亲属 is a closed list (夫、妻、父、母、子、女、同胞兄弟姊妹, read from the model).
 * A victim or an applicant named as a near relative must have one of those relations.
 */
import { entries, record, text } from './access.ts';
import { enumeration } from '../policy/query.ts';
import type { RelativeRole, RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';

const ARTICLE = 'art_32__para_1';

/** Everyone the case names as a near relative, with where they stand in the file. */
function nearRelatives(data: Record<string, unknown>) {
  const people: { who: RelativeRole; index: number; path: string; relation: unknown }[] = entries(data.victims)
    .filter(([, v]) => v.kind === '近亲属')
    .map(([i, v]) => ({ who: 'victim', index: i, path: `/victims/${i}`, relation: v.relation }));
  const applicant = record(data.applicant);
  if (applicant.kind === '近亲属') people.push({ who: 'applicant', index: 0, path: '/applicant', relation: applicant.relation });
  return people;
}

export const nearRelativeOutsideArt32: Rule<'near-relative-outside-art-32'> = {
  code: 'near-relative-outside-art-32',
  severity: 'error',
  articles: [ARTICLE],
  title: '被列为近亲属的受害人或申请人，与民警的关系须为第三十二条所列七种之一',
  module: 'near-relatives',
  check(data, { model }) {
    const allowed = enumeration(model, 'near_relatives');
    const out: RuleIssue<'near-relative-outside-art-32'>[] = [];
    for (const person of nearRelatives(data)) {
      const relation = text(person.relation);
      if (relation !== undefined && !allowed.includes(relation)) {
        out.push(issue(this, [ARTICLE], `${person.path}/relation`, { who: person.who, index: person.index, relation, allowed }));
      }
    }
    return out;
  },
};

export const nearRelativeRelationMissing: Rule<'near-relative-relation-missing'> = {
  code: 'near-relative-relation-missing',
  severity: 'error',
  articles: [ARTICLE],
  title: '被列为近亲属的受害人或申请人，须写明与民警的关系',
  module: 'near-relatives',
  check(data) {
    return nearRelatives(data)
      .filter((p) => p.relation === undefined)
      .map((p) => issue(this, [ARTICLE], p.path, { who: p.who, index: p.index }));
  },
};
