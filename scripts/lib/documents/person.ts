/**
 * How a document names the people of a case, from the facts the validator read the record to
 * mean (case/facts): each protected person by category, as Art. 33 does, with the title
 * persons.yaml gives the category (民警, 警务辅助人员, 公安院校派遣学员, 工作人员), never calling an
 * auxiliary officer or a member of staff 民警; a near relative as the officer's 近亲属 with the
 * relation the record gives. The persons a document is about are those the facts cover.
 */
import type { Case } from '../case/index.ts';
import { text } from '../gbt9704/model/text.ts';
import type { Run, Text } from '../gbt9704/model/types.ts';
import type { FormContext } from './context.ts';

type Person = Case['people'][number];

/** The record's entry for a person (unit, position, police number). */
export const recordOf = (ctx: FormContext, id: string): Person | undefined => ctx.data.people.find((p) => p.id === id);

export const nameOf = (ctx: FormContext, id: string): string => ctx.facts.byId.get(id)?.name ?? recordOf(ctx, id)?.name ?? '';

const isRelative = (ctx: FormContext, id: string) => ctx.facts.byId.get(id)?.category === '亲属';

/** The word before a name (persons.yaml's title): 民警王建国, 警务辅助人员白云飞, 工作人员宋佳. */
export function titleOf(ctx: FormContext, id: string): string {
  const category = ctx.facts.byId.get(id)?.category;
  return (category ? ctx.model.editorial.persons?.[category]?.title : undefined) ?? '';
}

/** The category as the Measures name it (民警, 警务辅助人员 …), for forms that tick one. */
export const categoryWord = (ctx: FormContext, id: string): string => ctx.facts.byId.get(id)?.category ?? '民警';

/**
 * The name in running text: it may break like any word of a paragraph (a name kept whole
 * would leave a short line spread wide); titles and tables keep it whole.
 */
const nameRun = (ctx: FormContext, id: string): Run => ({ t: nameOf(ctx, id) });

/**
 * The persons the facts cover by an act dated on or before `until` (by any act when `until` is
 * not given): a document tells of no harm done after its own date.
 */
export function coveredBy(ctx: FormContext, until?: string): Set<string> {
  const out = new Set<string>();
  for (const act of ctx.facts.acts) {
    if (until !== undefined && act.at.date > until) continue;
    for (const t of act.targets) if (t.coverage.covered) out.add(t.person);
  }
  return out;
}

/**
 * The protected persons the case is about: those the facts cover, and the officer whose near
 * relative the facts cover; in the order the record lists them; by `until`, when given. When
 * the facts cover no one by then (the Measures do not apply, a finding the register still
 * records), those of the whole record, else its first protected person.
 */
export function subjects(ctx: FormContext, until?: string): string[] {
  const { facts } = ctx;
  const covered = coveredBy(ctx, until);
  const wanted = new Set<string>();
  for (const p of facts.people) {
    if (!covered.has(p.id)) continue;
    if (p.category !== '亲属') wanted.add(p.id);
    else if (p.of !== undefined && facts.byId.has(p.of)) wanted.add(p.of);
  }
  const ordered = [...new Set(facts.people.filter((p) => wanted.has(p.id)).map((p) => p.id))];
  if (ordered.length > 0) return ordered;
  if (until !== undefined) return subjects(ctx);
  const first = facts.people.find((p) => p.category !== '亲属');
  return first ? [first.id] : [];
}

/** The protected persons (not relatives) the facts cover by `until`, in record order. */
export function protectedCovered(ctx: FormContext, until?: string): string[] {
  const covered = coveredBy(ctx, until);
  return ctx.facts.protectedCovered.filter((p) => covered.has(p.id)).map((p) => p.id);
}

/** The near relatives the facts cover by `until`, in record order. */
export function relativesCovered(ctx: FormContext, until?: string): string[] {
  const covered = coveredBy(ctx, until);
  return [...new Set(ctx.facts.people.filter((p) => p.category === '亲属' && covered.has(p.id)).map((p) => p.id))];
}

/** 土默特左旗公安局察素齐派出所民警王建国; for a relative, 民警王建国的近亲属刘芳. */
export function personPhrase(ctx: FormContext, id: string): Text {
  const person = ctx.facts.byId.get(id);
  if (person?.category === '亲属' && person.of !== undefined) return text(personPhrase(ctx, person.of), '的近亲属', nameRun(ctx, id));
  return text(recordOf(ctx, id)?.unit ?? '', titleOf(ctx, id), nameRun(ctx, id));
}

/**
 * Several persons, those of one unit after its name once: 某派出所民警王建国、警务辅助人员李东.
 * `after` names a unit already said (a sentence's earlier persons): it is not said again.
 */
export function personsPhrase(ctx: FormContext, ids: readonly string[], after?: string): Text {
  const groups: { unit: string; members: Text[] }[] = [];
  for (const id of ids) {
    const own = isRelative(ctx, id) ? '' : (recordOf(ctx, id)?.unit ?? '');
    const unit = own === after && groups.length === 0 ? '' : own;
    const member = isRelative(ctx, id) ? personPhrase(ctx, id) : text(titleOf(ctx, id), nameRun(ctx, id));
    const last = groups.at(-1);
    if (last && last.unit === unit && (unit !== '' || own === after)) last.members.push(member);
    else groups.push({ unit, members: [member] });
  }
  return joined(groups.map((g) => text(g.unit, joined(g.members))));
}

/** Texts joined with 、. */
export function joined(parts: readonly Text[]): Text {
  return text(...parts.flatMap((p, i) => (i === 0 ? [p] : ['、', p])));
}

/** 王建国同志; a relative by name alone (同志 is a colleague's address). */
export function comrade(ctx: FormContext, id: string): Text {
  return isRelative(ctx, id) ? text(nameRun(ctx, id)) : text(nameRun(ctx, id), '同志');
}

/** 王建国、李东同志 */
export function comrades(ctx: FormContext, ids: readonly string[]): Text {
  if (ids.length === 1) return comrade(ctx, ids[0]!);
  const all = ids.every((id) => !isRelative(ctx, id));
  return text(joined(ids.map((id) => text(nameRun(ctx, id)))), all ? '同志' : '');
}

/** The relation a relative's record gives (妻, 父 …). */
export const relationOf = (ctx: FormContext, id: string): string | undefined => ctx.facts.byId.get(id)?.relation;

/** The officer a relative belongs to. */
export const officerOf = (ctx: FormContext, id: string): string | undefined => ctx.facts.byId.get(id)?.of;

/** Whether the record shows the person died (on or before `until`, when the death is dated). */
export function died(ctx: FormContext, id: string, until?: string): boolean {
  return ctx.facts.harms.some((h) => h.person === id && h.kind === '死亡' && (until === undefined || h.date === undefined || h.date <= until));
}
