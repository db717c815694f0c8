/**
 * Art. 18: liability may not rest on 领导批示、舆论炒作、信访投诉、复议诉讼、维护稳定等 (the
 * model's forbidden_grounds). The list ends in 等, and decisions write these grounds in many
 * ways ("出于维稳需要", "经网上炒作", "当事人多次上访"): each ground a decision gives is matched by
 * meaning, against the editors' reviewed table of phrasings (policy/editorial/forbidden-
 * grounds.yaml, in the model), not only against the five words of the text.
 *
 * A decision must also state a ground of its own: the facts of the officer's fault. One whose
 * every ground is forbidden rests on nothing Art. 18 allows.
 */
import type { PolicyModel } from '../policy/model.ts';
import { enumeration } from '../policy/query.ts';
import { categoryOf } from '../case/facts/index.ts';
import { entries, text } from '../case/read.ts';
import type { RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';

const ARTICLE = 'art_18__para_1';

interface Phrasing {
  word: string;
  kind: string;
  unlessEstablished: boolean;
}

const tables = new WeakMap<PolicyModel, { phrasings: Phrasing[]; established: readonly string[] }>();

/** Every phrasing of every forbidden ground, longest first (so 网上炒作 is named, not 炒作). */
function tableOf(model: PolicyModel) {
  let table = tables.get(model);
  if (!table) {
    const editorial = model.editorial.forbiddenGrounds;
    const phrasings: Phrasing[] = enumeration(model, 'forbidden_grounds').map((kind) => ({ word: kind, kind, unlessEstablished: false }));
    for (const [kind, entry] of Object.entries(editorial?.phrasings ?? {})) {
      for (const word of entry.words) phrasings.push({ word, kind, unlessEstablished: entry.unlessEstablished });
    }
    phrasings.sort((a, b) => b.word.length - a.word.length);
    table = { phrasings, established: editorial?.established ?? [] };
    tables.set(model, table);
  }
  return table;
}

/** The forbidden ground a decision's ground means, if it means one. */
function forbiddenGroundIn(ground: string, model: PolicyModel): Phrasing | undefined {
  const { phrasings, established } = tableOf(model);
  const states = established.some((w) => ground.includes(w));
  return phrasings.find((p) => ground.includes(p.word) && !(p.unlessEstablished && states));
}

export const liabilityOnForbiddenGround: Rule<'liability-on-forbidden-ground'> = {
  code: 'liability-on-forbidden-ground',
  severity: 'error',
  articles: [ARTICLE],
  title: '责任追究决定不得以第十八条禁止的理由（领导批示、舆论炒作、信访投诉、复议诉讼、维护稳定等，按意思认定）追究民警责任',
  module: 'forbidden-grounds',
  check(data, { model, facts }) {
    const out: RuleIssue<'liability-on-forbidden-ground'>[] = [];
    for (const [i, decision] of entries(data.liabilityDecisions)) {
      if (!Array.isArray(decision.grounds)) continue;
      decision.grounds.forEach((g, j) => {
        const found = forbiddenGroundIn(text(g) ?? '', model);
        if (found) out.push(issue(this, [ARTICLE], `/liabilityDecisions/${i}/grounds/${j}`, { index: i, ground: found.word, kind: found.kind, person: categoryOf(facts, decision.person) }));
      });
    }
    return out;
  },
};

export const liabilityWithoutLawfulGround: Rule<'liability-without-lawful-ground'> = {
  code: 'liability-without-lawful-ground',
  severity: 'error',
  articles: [ARTICLE],
  title: '责任追究决定所列理由全都是第十八条禁止的理由的，没有写明追责所依据的违法违纪事实',
  module: 'forbidden-grounds',
  check(data, { model, facts }) {
    return entries(data.liabilityDecisions)
      .filter(([, d]) => Array.isArray(d.grounds) && d.grounds.length > 0 && d.grounds.every((g) => forbiddenGroundIn(text(g) ?? '', model)))
      .map(([i, d]) => issue(this, [ARTICLE], `/liabilityDecisions/${i}/grounds`, { index: i, person: categoryOf(facts, d.person) }));
  },
};
