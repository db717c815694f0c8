/**
 * A record of facts names its people and acts once and refers to them by id (p1, a2): every
 * reference must name an entry that exists, of the right kind, and no id may stand for two
 * entries. These are problems of the record itself, before any provision: they cite none.
 */
import { entries, record, text, type Obj } from '../case/read.ts';
import type { ReferenceKind, RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,19}$/;

/** Every place a case refers to a person or an act, with what it must name. */
function* referencesIn(data: Obj): Generator<{ path: string; id: unknown; expects: ReferenceKind }> {
  for (const [i, p] of entries(data.people)) if (p.of !== undefined) yield { path: `/people/${i}/of`, id: p.of, expects: 'protected' };
  for (const [i, a] of entries(data.acts)) for (const [j, t] of entries(a.targets)) yield { path: `/acts/${i}/targets/${j}/person`, id: t.person, expects: 'person' };
  for (const [i, c] of entries(data.consequences)) {
    if (c.person !== undefined) yield { path: `/consequences/${i}/person`, id: c.person, expects: 'person' };
    if (c.act !== undefined) yield { path: `/consequences/${i}/act`, id: c.act, expects: 'act' };
  }
  for (const [i, a] of entries(data.actions)) {
    if (a.person !== undefined) yield { path: `/actions/${i}/person`, id: a.person, expects: 'person' };
    if (a.byPerson !== undefined) yield { path: `/actions/${i}/byPerson`, id: a.byPerson, expects: 'person' };
  }
  const applicant = record(data.applicant);
  if (applicant.person !== undefined) yield { path: '/applicant/person', id: applicant.person, expects: 'person' };
  for (const [i, h] of entries(data.handlers)) for (const [j, r] of entries(h.relations)) yield { path: `/handlers/${i}/relations/${j}/person`, id: r.person, expects: 'person' };
  for (const list of ['sanctions', 'corrections', 'exemptionClaims', 'liabilityDecisions'] as const) {
    for (const [i, e] of entries(data[list])) if (e.person !== undefined) yield { path: `/${list}/${i}/person`, id: e.person, expects: 'protected' };
  }
  for (const single of ['nameClearing', 'misconductTransfer'] as const) {
    const e = record(data[single]);
    if (e.person !== undefined) yield { path: `/${single}/person`, id: e.person, expects: 'protected' };
  }
  for (const [i, e] of entries(data.events)) if (typeof e.subject === 'string' && ID.test(e.subject)) yield { path: `/events/${i}/subject`, id: e.subject, expects: 'person' };
}

export const unknownReference: Rule<'unknown-reference'> = {
  code: 'unknown-reference',
  severity: 'error',
  articles: [],
  title: '按标识指称的人员、行为必须在本文件的人员、侵害行为中有记录，亲属、处分等须指向受保护人员',
  module: 'references',
  check(data) {
    const people = new Map(entries(data.people).map(([, p]) => [text(p.id), p.category]));
    const acts = new Set(entries(data.acts).map(([, a]) => text(a.id)));
    const out: RuleIssue<'unknown-reference'>[] = [];
    for (const ref of referencesIn(data)) {
      if (typeof ref.id !== 'string' || !ID.test(ref.id)) continue; // the schema says what is wrong with it
      const found = ref.expects === 'act' ? acts.has(ref.id) : people.has(ref.id) && (ref.expects === 'person' || (people.get(ref.id) !== '亲属' && people.get(ref.id) !== undefined));
      if (!found) out.push(issue(this, [], ref.path, { id: ref.id, expects: ref.expects }));
    }
    return out;
  },
};

export const duplicateId: Rule<'duplicate-id'> = {
  code: 'duplicate-id',
  severity: 'error',
  articles: [],
  title: '人员、侵害行为的标识在本文件内不得重复',
  module: 'references',
  check(data) {
    const out: RuleIssue<'duplicate-id'>[] = [];
    for (const list of ['people', 'acts'] as const) {
      const seen = new Map<string, number>();
      for (const [i, e] of entries(data[list])) {
        const id = text(e.id);
        if (id === undefined) continue;
        const first = seen.get(id);
        if (first === undefined) seen.set(id, i);
        else out.push(issue(this, [], `/${list}/${i}/id`, { id, first }));
      }
    }
    return out;
  },
};
