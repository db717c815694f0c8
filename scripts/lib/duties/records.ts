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

type Action = NonNullable<Case['actions']>[number];

/** The record's actions of a kind, with their indices, in date order. */
export function actionsOf(data: Case, kind: ActionKindName): { index: number; action: Action }[] {
  return (data.actions ?? [])
    .map((action, index) => ({ index, action }))
    .filter((a) => a.action.kind === kind)
    .sort((a, b) => a.action.date.localeCompare(b.action.date) || (a.action.time ?? '').localeCompare(b.action.time ?? ''));
}

/**
 * The first action of a kind done for `person`: one that names them, or one that names no one
 * when only one person is owed it (a visit recorded without its object, in a one-officer case).
 */
export function actionFor(data: Case, kind: ActionKindName, person?: string, owed = 1): Action | undefined {
  return actionsOf(data, kind).find((a) => (person === undefined ? true : a.action.person === person || (a.action.person === undefined && owed === 1)))?.action;
}

/** An action as the checklist shows it done: its date, department and document. */
export function doneBy(action: { date?: string; by?: string; document?: string } | undefined): Done | undefined {
  if (!action) return undefined;
  const done: Done = {};
  if (action.date) done.date = action.date;
  if (action.by) done.by = action.by;
  if (action.document) done.document = action.document;
  return done;
}

export const momentOf = (a: { date: string; time?: string | undefined }): Moment => (a.time ? { date: a.date, time: a.time } : { date: a.date });

/**
 * For a duty due at once (立即, 第一时间, a first response): 需核实 when it was done on a later day
 * than `from`, or when it is not recorded and `from`'s day is past (as of `asOf`).
 */
export function atOnce(from: Moment, fromWhat: string, done: Moment | undefined, asOf: string): Concern | undefined {
  if (done) return done.date > from.date ? { kind: 'later-day', from, to: done, fromWhat } : undefined;
  return asOf > from.date ? { kind: 'moment-passed', from, fromWhat } : undefined;
}

/** When a duty owed to `person` arises: their first covered act, or `fallback`; never before `notBefore`. */
export function sinceFor(facts: CaseFacts, person: string, fallback: string, notBefore?: string): string {
  const first = facts.firstHarmed.get(person)?.date ?? fallback;
  return notBefore !== undefined && notBefore > first ? notBefore : first;
}

/** Whether the record shows `person` died. */
export const died = (facts: CaseFacts, person: string) => facts.harms.some((h) => h.person === person && h.kind === '死亡');
