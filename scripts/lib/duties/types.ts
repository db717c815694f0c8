/**
 * A duty the Measures give for a case, as data: who holds it, the provisions that impose it,
 * the facts of a case that make it apply, the recorded fact that discharges it, and its timing.
 * Checked on a valid case, it says for each duty that applies: 已履行 (when, by whom), 待履行,
 * or 逾期 (the deadline, and the date it was judged on).
 */
import type { Case } from '../case/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import type { EId, RuleIssue } from '../rules/issues.ts';
import { TIMING, type TimingWord } from './timing.ts';

export type DutyState = 'done' | 'pending' | 'overdue';

/** The recorded fact that discharged a duty. */
export interface Done {
  /** Absent when the case records that it was done but not when (the checklist asks for it). */
  date?: string;
  /** The department or unit that did it (case files name departments, not people). */
  by?: string;
  /** The document that records it. */
  document?: string;
  /** Where a transfer went (Arts. 16, 29（五）): the receiving department, not the doer. */
  to?: string;
}

/** One duty as it stands in one case. */
export interface DutyStatus {
  duty: string;
  /** Every provision the duty rests on in this case (Art. 33 too where it extends the duty). */
  articles: readonly EId[];
  holder: string;
  /** What the holder must do, in Chinese, worded for this case's person (民警, 警务辅助人员 …). */
  title: string;
  status: DutyState;
  /** Where the case file records it (a JSON pointer). */
  path: string;
  /** The sanction, correction … it concerns, when a case has several (0-based). */
  index?: number;
  /** The date it arose, when the case records one. */
  since?: string;
  done?: Done;
  /** The deadline (限期 only). */
  deadline?: string;
  /** The date 待履行 and 逾期 were judged on (--as-of). */
  judgedOn?: string;
  timing?: TimingWord;
}

export interface DutyContext {
  model: PolicyModel;
  asOf: string;
  /** What the rules found in the case: a duty that follows from a rule's conclusion reads it. */
  issues: readonly RuleIssue[];
  /** The protected person as the Measures name them in this case: 民警, 警务辅助人员 … */
  person: string;
  /** The organ whose office handles the case (呼和浩特市公安局): its 维权办 and 维权委 hold their duties. */
  unit: string;
}

export interface Duty {
  /** kebab-case, as rule codes are. */
  code: string;
  articles: readonly EId[];
  /** Who holds it, as the text says; {person} is the protected person's category, {unit} the organ handling the case. */
  holder: string;
  /** What the holder must do; {person} as in holder. */
  title: string;
  timing?: TimingWord;
  /** The case field that records its discharge (a field path, as on the schema page). */
  field: string;
  /** The module under scripts/lib/duties/ and test/duties/ (the chapter), without .ts. */
  module: string;
  check(data: Case, context: DutyContext): DutyStatus[];
}

/** A duty of an organ, not of a case: for the periodic report (Art. 29（一）). */
export interface UnitDuty {
  code: string;
  articles: readonly EId[];
  holder: string;
  title: string;
  timing?: TimingWord;
}

/** A provision that gives no duty this tool can track, and why. */
export interface Untracked {
  articles: readonly EId[];
  reason: string;
}

export interface Instance {
  path: string;
  index?: number;
  since?: string | undefined;
  done?: Done | undefined;
  deadline?: string | undefined;
  /** Overrides the duty's holder (the department a correction order names). */
  holder?: string;
}

/**
 * The status of one instance of a duty: done when recorded, overdue past a 限期 deadline, else
 * pending. Built by assignment, not by spreading optional parts: every duty's check inlines
 * this, and the spreads made each of them several times slower to optimize and to run.
 */
export function statusOf(duty: Duty, instance: Instance, context: DutyContext): DutyStatus {
  const { done, deadline } = instance;
  const late = deadline !== undefined && !done && TIMING[duty.timing ?? '及时'].computesDeadline && context.asOf > deadline;
  const status: DutyState = done ? 'done' : late ? 'overdue' : 'pending';
  const out: DutyStatus = {
    duty: duty.code,
    articles: duty.articles,
    holder: inCase(instance.holder ?? duty.holder, context),
    title: inCase(duty.title, context),
    status,
    path: instance.path,
  };
  if (instance.index !== undefined) out.index = instance.index;
  if (instance.since) out.since = instance.since;
  if (done) out.done = done;
  if (deadline) out.deadline = deadline;
  if (status !== 'done') out.judgedOn = context.asOf;
  if (duty.timing) out.timing = duty.timing;
  return out;
}

/** A holder or title worded for the case: its person (民警, 警务辅助人员 …) and its organ. */
function inCase(text: string, context: DutyContext): string {
  if (!text.includes('{')) return text;
  return text.replaceAll('{person}', context.person).replaceAll('{unit}', context.unit);
}

/** A record of the case as the checklist shows it: its date, department and document. */
export function doneBy(record: { date?: string; by?: string; document?: string } | undefined): Done | undefined {
  if (!record) return undefined;
  const done: Done = {};
  if (record.date) done.date = record.date;
  if (record.by) done.by = record.by;
  if (record.document) done.document = record.document;
  return done;
}

/**
 * A duty the holder performs as it judges (视情, 根据需要, 视事迹): never owed, but shown as
 * 已履行 once the case records it.
 */
export function whenRecorded(duty: Omit<Duty, 'check'>, record: (data: Case) => Done | undefined, path: string): Duty {
  return {
    ...duty,
    check(data, context) {
      const done = record(data);
      return done ? [statusOf(this, { path, done }, context)] : [];
    },
  };
}
