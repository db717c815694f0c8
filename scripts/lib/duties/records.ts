/**
 * How a duty finds the work that discharged it in the record (actions, by kind and person), and
 * how the record's moments are judged where the text gives no number: a duty due 立即 or
 * 第一时间, or a first response, done on a later day than what set it off — or not recorded once
 * that day has passed — is 需核实, with both moments shown; never 已履行 as if on time.
 */
import type { Case } from '../case/index.ts';
import type { CaseFacts, Moment } from '../case/facts/index.ts';
import type { ActionKindName } from '../case/actions.ts';
import type { Concern, Done } from './types.ts';
import { minutesOf } from './timing.ts';

type Action = NonNullable<Case['actions']>[number];

/** The record's actions of a kind, with their indices, in date order. */
export function actionsOf(data: Case, kind: ActionKindName): { index: number; action: Action }[] {
  return (data.actions ?? [])
    .map((action, index) => ({ index, action }))
    .filter((a) => a.action.kind === kind)
    .sort((a, b) => a.action.date.localeCompare(b.action.date) || (a.action.time ?? '').localeCompare(b.action.time ?? ''));
}

/**
 * The first action of a kind done for `person` (or for any of `persons`): one that names them, or
 * one that names no one when only one person is owed it (a visit recorded without its object, in
 * a one-officer case).
 */
export function actionFor(data: Case, kind: ActionKindName, person?: string | ReadonlySet<string>, owed = 1): Action | undefined {
  if (person === undefined) return actionsOf(data, kind)[0]?.action;
  const names = (id: string | undefined) => (typeof person === 'string' ? id === person : id !== undefined && person.has(id));
  return actionsOf(data, kind).find((a) => names(a.action.person) || (a.action.person === undefined && owed === 1))?.action;
}

/**
 * Whom care owed on account of `person` goes to, and whose recorded work discharges it. For one
 * who died it goes to the family: the first near relative the record names stands for it
 * (`to`), or the person themself, worded as their family, when it names none; work recorded for
 * the person or for any relative of theirs counts (`persons`).
 */
export function familyOf(facts: CaseFacts, person: string): { to: string; persons: ReadonlySet<string>; dead: boolean } {
  if (!died(facts, person)) return { to: person, persons: new Set([person]), dead: false };
  const relatives = facts.people.filter((p) => p.category === '亲属' && p.of === person);
  const near = relatives.find((p) => p.near !== undefined);
  return { to: near?.id ?? person, persons: new Set([person, ...relatives.map((p) => p.id)]), dead: true };
}

/** An action as the checklist shows it done: its date, department and document. */
export function doneBy(action: { date?: string; time?: string; by?: string; document?: string } | undefined): Done | undefined {
  if (!action) return undefined;
  const done: Done = {};
  if (action.date) done.date = action.date;
  if (action.date && action.time) done.time = action.time;
  if (action.by) done.by = action.by;
  if (action.document) done.document = action.document;
  return done;
}

export const momentOf = (a: { date: string; time?: string | undefined }): Moment => (a.time ? { date: a.date, time: a.time } : { date: a.date });

/**
 * For a duty due at once (立即, 第一时间, a first response): 需核实 when it was done on a later day
 * than `from` (or, for 立即, the same day past its review line), or when it is not recorded and
 * `from`'s day is past (as of `asOf`).
 */
export function atOnce(from: Moment, fromWhat: string, done: Moment | undefined, asOf: string, lineMinutes?: number): Concern | undefined {
  if (done) return done.date > from.date || hoursLate(from, done, lineMinutes) ? { kind: 'later-day', from, to: done, fromWhat } : undefined;
  return asOf > from.date ? { kind: 'moment-passed', from, fromWhat } : undefined;
}

/** Done the same day, both times recorded, more than `lineMinutes` after (立即's review line, timing.yaml). */
function hoursLate(from: Moment, done: Moment, lineMinutes: number | undefined): boolean {
  if (lineMinutes === undefined || from.date !== done.date || !from.time || !done.time) return false;
  return minutesOf(done.time) - minutesOf(from.time) > lineMinutes;
}

/** When a duty owed to `person` arises: their first covered act, or `fallback`; never before `notBefore`. */
export function sinceFor(facts: CaseFacts, person: string, fallback: string, notBefore?: string): string {
  const first = facts.firstHarmed.get(person)?.date ?? fallback;
  return notBefore !== undefined && notBefore > first ? notBefore : first;
}

/** Whether the record shows `person` died. */
export const died = (facts: CaseFacts, person: string) => facts.harms.some((h) => h.person === person && h.kind === '死亡');

/**
 * The title of care that goes to the family of one who died: `template`'s {family} is the near
 * relative the duty is owed to ({person}, worded 民警的近亲属), or, when the record names none,
 * the person's family (`word`: 家属, or 近亲属 where the law gives them the claim).
 */
export function familyTitle(template: string, word: '家属' | '近亲属', family: { to: string }, person: string): string {
  return template.replace('{family}', family.to === person ? `{person}的${word}` : '{person}');
}

/**
 * Where a duty due 及时 runs from: what set it off (`event`), or when the office knew of the case
 * (opened.learnedOn, else the day it opened its file), whichever is later — the office is not
 * late for what it did not yet know.
 */
export function promptFrom(facts: CaseFacts, openedOn: string, event?: { at: Moment; what: string }): { from: Moment; what: string } {
  const known = facts.learnedAt ? { at: facts.learnedAt, what: '维权办获悉' } : { at: { date: openedOn }, what: '维权办立案' };
  return event && event.at.date >= known.at.date ? { from: event.at, what: event.what } : { from: known.at, what: known.what };
}

/** The first covered act that engages `provision`, as what set a duty off. */
export function firstActEngaging(facts: CaseFacts, provision: string): { at: Moment; what: string } | undefined {
  const act = facts.acts.filter((a) => a.covered && a.engages.has(provision)).sort((a, b) => a.at.date.localeCompare(b.at.date) || (a.at.time ?? '').localeCompare(b.at.time ?? ''))[0];
  return act ? { at: act.at, what: act.kind } : undefined;
}

/** The decisions against the offender (拘留, 判决 …) the record holds, earliest first. */
export const againstOffender = (data: Case) => (data.events ?? []).filter((e) => e.subject === '侵权人').sort((a, b) => a.date.localeCompare(b.date));

/** The first date the record gives a consequence of `kind` (负面舆情, 恶劣影响 …). */
export const firstConsequence = (data: Case, kind: string): string | undefined =>
  (data.consequences ?? []).filter((c) => c.kind === kind && c.date).map((c) => c.date!).sort()[0];
