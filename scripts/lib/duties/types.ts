/**
 * A duty the Measures give for a case, as data: who holds it, the provisions that impose it,
 * the facts of a case that make it apply (case/facts), the recorded work that discharges it, and
 * its timing. Checked on a valid case, it says for each duty that applies: 已履行 (when, by whom),
 * 待履行, 逾期 (a 限期 passed, or met late), or 需核实 (what the record's dates show for a person
 * to judge where the text gives no number: a report 立即 made the next day, a first response whose
 * moment passed unrecorded, steps in the wrong order), each with the dates it was judged on.
 */
import type { Case } from '../case/index.ts';
import type { CaseFacts, Moment } from '../case/facts/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import type { EId, RuleIssue } from '../rules/issues.ts';
import { personWords } from '../case/facts/index.ts';
import { daysBetween, TIMING, type TimingWord } from './timing.ts';

export type DutyState = 'done' | 'pending' | 'overdue' | 'verify';

/**
 * What makes a duty 需核实, with the moments it was judged on:
 * - later-day: a duty due 立即 or 第一时间 (or a first response) recorded on a later day than
 *   what set it off;
 * - moment-passed: such a duty not recorded, and the day that set it off is past;
 * - before-trigger: recorded on a date before the step it must follow (a review before the
 *   hearing, a notice before the proof);
 * - not-assessed: care owed for an injury not yet assessed (its degree decides what is owed).
 */
export type Concern =
  | { kind: 'later-day'; from: Moment; to: Moment; fromWhat: string }
  | { kind: 'moment-passed'; from: Moment; fromWhat: string }
  | { kind: 'before-trigger'; on: string; trigger: string; triggerWhat: string }
  | { kind: 'not-assessed' };

/** The recorded fact that discharged a duty. */
export interface Done {
  /** Absent when the case records that it was done but not when (the checklist asks for it). */
  date?: string;
  /** HH:MM, when the record gives it (same-day steps are told in order). */
  time?: string;
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
  /** The person of the record it is owed to or for (an id, p1), for duties owed person by person. */
  person?: string;
  /** When it is owed to someone on account of another (the near relative of one who died): that other's id. */
  onAccountOf?: string;
  /** 需核实: what the record shows for a person to judge. */
  concern?: Concern;
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
  /** What the rules found in the case. */
  issues: readonly RuleIssue[];
  /** What the record's facts mean: every duty's trigger is read here. */
  facts: CaseFacts;
  /** The organ whose office handles the case (呼和浩特市公安局): its 维权办 and 维权委 hold their duties. */
  unit: string;
}

export interface Duty {
  /** kebab-case, as rule codes are. */
  code: string;
  articles: readonly EId[];
  /** Who holds it, as the text says; {person} is the person's category (民警, 警务辅助人员 …), {unit} the organ handling the case. */
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
  /** The person it is owed to or for (an id); {person} is worded by their category. */
  person?: string;
  /** Owed to `person` on account of this one (the family of one who died). */
  onAccountOf?: string | undefined;
  since?: string | undefined;
  done?: Done | undefined;
  deadline?: string | undefined;
  /** Overrides the duty's holder (the department a correction order names). */
  holder?: string;
  /** Overrides the duty's title (a report up names its recipient's level). */
  title?: string;
  concern?: Concern | undefined;
  /** Overrides the duty's timing word for this instance (a 重大案事件's report is 第一时间). */
  timing?: TimingWord;
  /**
   * For a duty due 及时: the moment its promptness runs from (records.ts promptFrom). Done past the
   * editors' review line (timing.yaml), it is 需核实 with both dates: the text gives no number,
   * so a person judges.
   */
  clock?: { from: Moment; what: string } | undefined;
}

/**
 * The status of one instance of a duty: done when recorded, overdue past a 限期 deadline, else
 * pending. Built by assignment, not by spreading optional parts: every duty's check inlines
 * this, and the spreads made each of them several times slower to optimize and to run.
 */
export function statusOf(duty: Duty, instance: Instance, context: DutyContext): DutyStatus {
  const { done, deadline, clock } = instance;
  const concern = instance.concern ?? (clock && done?.date !== undefined && daysBetween(clock.from.date, done.date) > reviewLine(context) ? laterDay(clock, done.date) : undefined);
  const timing = instance.timing ?? duty.timing;
  const limited = deadline !== undefined && TIMING[timing ?? '及时'].computesDeadline;
  const late = limited && (done ? done.date !== undefined && done.date > deadline : context.asOf > deadline);
  const status: DutyState = late ? 'overdue' : concern ? 'verify' : done ? 'done' : 'pending';
  const person = instance.person === undefined ? '民警' : personWords(context.facts, instance.person);
  const out: DutyStatus = {
    duty: duty.code,
    articles: duty.articles,
    holder: inCase(instance.holder ?? duty.holder, person, context),
    title: inCase(instance.title ?? duty.title, person, context),
    status,
    path: instance.path,
  };
  if (instance.index !== undefined) out.index = instance.index;
  if (instance.person !== undefined) out.person = instance.person;
  if (instance.onAccountOf !== undefined) out.onAccountOf = instance.onAccountOf;
  if (instance.since) out.since = instance.since;
  if (done) out.done = done;
  if (deadline) out.deadline = deadline;
  if (status !== 'done') out.judgedOn = context.asOf;
  if (timing) out.timing = timing;
  if (concern && !late) out.concern = concern;
  return out;
}

/** 及时's review line (timing.yaml reviewAfterDays): done more days than this after its clock started is 需核实. */
const reviewLine = (context: DutyContext) => context.model.editorial.timing?.['及时']?.reviewAfterDays ?? 0;

const laterDay = (clock: { from: Moment; what: string }, date: string): Concern => ({ kind: 'later-day', from: clock.from, to: { date }, fromWhat: clock.what });

/** A holder or title worded for the case: its person (民警, 警务辅助人员 …) and its organ. */
function inCase(text: string, person: string, context: DutyContext): string {
  if (!text.includes('{')) return text;
  return text.replaceAll('{person}', person).replaceAll('{unit}', context.unit);
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
