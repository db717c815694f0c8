/**
 * Who the Measures protect in a case, person by person and act by act (Arts. 3, 8, 31, 32, 33).
 *
 *   第八条   公安民警在依法履行职责、行使职权过程中或因依法履行职责、行使职权遇到以下情形的 …
 *   第三十一条 公安民警在非工作时间，遇到职责范围内的紧急情形，表明身份后，根据现场情况进行先期处置
 *            过程中，受到不法侵害的，公安机关依照本办法维护其执法权威。
 *   第三十二条 本办法所称近亲属是指夫、妻、父、母、子、女、同胞兄弟姊妹。
 *   第三十三条 警务辅助人员、公安院校派遣配合公安机关执行警务活动的学员在协助民警依法履行职责、行使
 *            职权过程中受到不法侵害的，遵照本办法执行；其他公安机关工作人员在协助执法时受到侵害的，
 *            参照本办法执行。
 *
 * An officer is covered during duty or because of it, whatever the hour (retaliation at home is
 * Art. 8); off duty and acting first only with all of Art. 31's facts. The others of Art. 33 only
 * while assisting an officer: alone or afterwards they are not. A relative only as a near relative
 * of an officer (Art. 32's closed list, each word in its legal sense: relations.yaml), harmed
 * because of the officer's duty.
 */
import type { PolicyModel } from '../../policy/model.ts';
import { entries, text, type Obj } from '../read.ts';
import type { Category, Coverage, Link, PersonFacts } from './types.ts';

const LINKS: readonly Link[] = ['在履职中', '因履职', '非工作时间先期处置', '协助民警', '与履职无关'];

/** A category of persons.yaml (the model's list, not a copy of it). */
const isCategory = (model: PolicyModel, v: unknown): v is Category => typeof v === 'string' && Object.hasOwn(model.editorial.persons ?? {}, v);
export const isLink = (v: unknown): v is Link => LINKS.includes(v as Link);

/** The people of the record, read; an entry without an id or a known category is left out (the schema says why). */
export function readPeople(data: Obj, model: PolicyModel): PersonFacts[] {
  const relations = model.editorial.relations ?? {};
  const out: PersonFacts[] = [];
  for (const [index, p] of entries(data.people)) {
    const id = text(p.id);
    if (!id || !isCategory(model, p.category)) continue;
    const person: PersonFacts = { id, index, name: text(p.name) ?? '', category: p.category, covered: false };
    if (p.category === '亲属') {
      const relation = text(p.relation);
      const of = text(p.of);
      if (relation) person.relation = relation;
      if (of) person.of = of;
      const near = relation !== undefined && Object.hasOwn(relations, relation) ? relations[relation]!.near : null;
      if (near) person.near = near;
    }
    out.push(person);
  }
  return out;
}

/** Art. 33's basis for a category (persons.yaml): 遵照 or 参照. */
function art33Basis(model: PolicyModel, category: Category): '遵照' | '参照' {
  return model.editorial.persons?.[category]?.basis === '参照' ? '参照' : '遵照';
}

/** Whether, and on what provision, the Measures cover `person` for an act linked to duty by `link`. */
export function coverageOf(person: PersonFacts | undefined, link: Link, target: Obj, byId: ReadonlyMap<string, PersonFacts>, model: PolicyModel): Coverage {
  if (!person || link === '与履职无关') return { covered: false, reason: 'unlinked', article: 'art_8__para_1' };
  switch (person.category) {
    case '民警':
      if (link !== '非工作时间先期处置') return { covered: true, reason: 'duty', article: 'art_8__para_1', basis: '适用' };
      return target.identifiedSelf === true && target.emergencyWithinDuty === true
        ? { covered: true, reason: 'off-duty', article: 'art_31__para_1', basis: '适用' }
        : { covered: false, reason: 'off-duty-unmet', article: 'art_31__para_1' };
    case '亲属': {
      const officer = person.of === undefined ? undefined : byId.get(person.of);
      if (officer?.category !== '民警') return { covered: false, reason: 'relative-of-non-officer', article: 'art_8__para_1' };
      if (!person.near) return { covered: false, reason: 'not-near-relative', article: 'art_32__para_1' };
      return { covered: true, reason: 'near-relative', article: 'art_32__para_1', basis: '适用' };
    }
    default:
      return link === '协助民警'
        ? { covered: true, reason: 'assisting', article: 'art_33__para_1', basis: art33Basis(model, person.category) }
        : { covered: false, reason: 'not-assisting', article: 'art_33__para_1' };
  }
}

/** The record's ids, first occurrence of each. */
export function indexById(people: readonly PersonFacts[]): Map<string, PersonFacts> {
  const byId = new Map<string, PersonFacts>();
  for (const p of people) if (!byId.has(p.id)) byId.set(p.id, p);
  return byId;
}

