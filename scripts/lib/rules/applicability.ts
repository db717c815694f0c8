/**
 * Arts. 3, 8, 31, 32, 33: whom the Measures protect in this case, person by person, as the facts
 * show it (case/facts/people.ts): an officer during duty or because of it; off duty only with all
 * of Art. 31's facts; 警务辅助人员, 学员 and other staff only while assisting an officer (遵照 /
 * 参照); a relative only as a near relative of an officer. A case where no one is covered is not
 * one for the Measures: it is said, and no duty is listed.
 */
import type { PersonFacts } from '../case/facts/index.ts';
import type { RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';

export const applicability: Rule<'applicability'> = {
  code: 'applicability',
  severity: 'finding',
  articles: ['art_8__para_1', 'art_31__para_1', 'art_32__para_1', 'art_33__para_1'],
  title: '按每个受侵害的人的类别及其与履职的关系，认定本办法是否保护、适用还是遵照、参照执行',
  module: 'applicability',
  check(_data, { facts }) {
    const out: RuleIssue<'applicability'>[] = [];
    const said = new Set<string>();
    // Covered by any act is what counts; otherwise the first act's reason says why not.
    const ordered = [...facts.acts.flatMap((a) => a.targets.filter((t) => t.coverage.covered).map((t) => ({ t, a }))), ...facts.acts.flatMap((a) => a.targets.map((t) => ({ t, a })))];
    for (const { t, a } of ordered) {
      const person: PersonFacts | undefined = facts.byId.get(t.person);
      if (!person || said.has(person.id)) continue;
      said.add(person.id);
      const { covered, reason, basis, article } = t.coverage;
      out.push(
        issue(this, [article], `/acts/${a.index}/targets/${a.targets.indexOf(t)}`, {
          person: person.id,
          category: person.category,
          covered,
          reason,
          link: t.link,
          ...(basis ? { basis } : {}),
          ...(person.relation ? { relation: person.relation } : {}),
        }),
      );
    }
    // A person covered by one act and not by another (a student hurt while assisting, then followed
    // home): the other act is said too, so it is not dropped without a word.
    for (const a of facts.acts) {
      for (const t of a.targets) {
        const person = facts.byId.get(t.person);
        if (!person || t.coverage.covered || !person.covered) continue;
        const { reason, article } = t.coverage;
        out.push(issue(this, [article], `/acts/${a.index}/targets/${a.targets.indexOf(t)}`, { person: person.id, category: person.category, covered: false, reason, link: t.link, act: { index: a.index, kind: a.kind } }));
      }
    }
    return out;
  },
};

export const measuresNotApplicable: Rule<'measures-not-applicable'> = {
  code: 'measures-not-applicable',
  severity: 'finding',
  articles: ['art_8__para_1', 'art_31__para_1', 'art_33__para_1'],
  title: '记录的侵害行为没有一项侵害受本办法保护的人员时，本办法不适用，不列职责',
  module: 'applicability',
  check(_data, { facts }) {
    return facts.acts.length > 0 && !facts.applies ? [issue(this, ['art_8__para_1', 'art_31__para_1', 'art_33__para_1'], '/acts', {})] : [];
  },
};
