/**
 * The figures of a report: what its cases show for one period, each judged as the case stood on
 * the period's last day (a report states only what was known by then: a correction made the
 * week after still counts as pending, a deadline passed by then as overdue). Cases belong to the
 * period in which the office opened them. Every count is of the validator's facts, findings or
 * duty statuses: the reports up, the corrections and the notices are read from the duty
 * checklist, never judged again here. The names below are the JSON report's (documented in
 * docs/report.md).
 */
import type { Moment } from '../case/facts/index.ts';
import { daysBetween, generalHolder } from '../duties/index.ts';
import { dutyAt, standing } from '../duties/standing.ts';
import type { ReportCase } from './facts.ts';
import { within, type Period } from './period.ts';

interface Spread {
  /** Cases with both dates. */
  cases: number;
  median: number | null;
  mean: number | null;
  max: number | null;
}

export interface Figures {
  period: Period;
  /** Valid cases the office opened in the period. */
  cases: number;
  byCircumstance: Record<string, number>;
  byUnit: Record<string, number>;
  byLevel: Record<string, number>;
  /** Persons the facts cover, by category (近亲属 for near relatives). */
  byPerson: Record<string, number>;
  harm: { injured: number; killed: number; propertyLoss: { cases: number; yuan: number } };
  reportUp: {
    required: number;
    byItem: Record<string, number>;
    /** Reported to the next level up by the period's end. */
    reported: number;
    notReported: number;
    /** A banner office that went straight to the 公安厅. */
    skippedLevel: number;
    /**
     * 重大案事件 (Art. 29（一）, as the facts find them). majorSameDay: the first report was made the
     * day the office learned of the case (its 获悉 date, else its 受理 date), and not before it did;
     * majorLater: made on a later day, or not made once that day was past; majorBeforeKnown: a
     * report dated before the office knew, which the record contradicts. majorVerify is the two
     * last together: whether it came 第一时间 is for a person to check.
     */
    major: number;
    majorSameDay: number;
    majorLater: number;
    majorBeforeKnown: number;
    majorVerify: number;
  };
  stages: { filed: number; investigated: number; handled: number; daysToInvestigation: Spread; daysToHandling: Spread };
  /** Claims by article, then by outcome (免责, 不予免责, 待定). */
  exemptions: Record<string, Record<string, number>>;
  appeals: { appealed: number; underArt27: number; reviewed: number; foundImproper: number; notUnderArt27: number };
  /** Art. 28: orders made; corrected within the limit, corrected after it, limit not yet passed, passed and not corrected. */
  corrections: { ordered: number; done: number; late: number; pending: number; overdue: number };
  nameClearing: { due: number; issued: number; notIssued: number };
  transfers: { misconduct: number; infringer: number };
  /**
   * The duty checklists as they stood on the last day (duties/standing.ts): done in time; done
   * late; pending and overdue (live 待办 of open cases); verify (需核实: done with dates to check, or
   * a moment passed unrecorded); unmetAtClosure (a closed case's duties not done: 未履行即办结).
   * Every duty that had arisen is in exactly one, the ledger's own duty (ledger-tracking) included.
   */
  duties: { done: number; late: number; pending: number; overdue: number; verify: number; unmetAtClosure: number; byHolder: Record<string, HolderFigures> };
}

interface HolderFigures {
  pending: number;
  overdue: number;
  verify: number;
  unmetAtClosure: number;
}

/** A count per name with no prototype: a unit called "constructor" or "__proto__" is a name like any other. */
const tally = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

const bump = (record: Record<string, number>, key: string, by = 1) => {
  record[key] = (record[key] ?? 0) + by;
};

function spread(values: number[]): Spread {
  if (values.length === 0) return { cases: 0, median: null, mean: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const mean = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  return { cases: values.length, median, mean, max: sorted.at(-1)! };
}

const by = (date: string | undefined, end: string) => date !== undefined && date <= end;

/** Whether moment `a` is before `b`, by date and, when both give one, by time. */
const before = (a: Moment, b: Moment) => a.date < b.date || (a.date === b.date && a.time !== undefined && b.time !== undefined && a.time < b.time);

const dutiesOf = (c: ReportCase, code: string) => c.duties.filter((d) => d.duty === code);

export function figuresFor(facts: readonly ReportCase[], period: Period): Figures {
  const end = period.to;
  const f: Figures = {
    period,
    cases: 0,
    byCircumstance: tally(),
    byUnit: tally(),
    byLevel: tally(),
    byPerson: tally(),
    harm: { injured: 0, killed: 0, propertyLoss: { cases: 0, yuan: 0 } },
    reportUp: { required: 0, byItem: tally(), reported: 0, notReported: 0, skippedLevel: 0, major: 0, majorSameDay: 0, majorLater: 0, majorBeforeKnown: 0, majorVerify: 0 },
    stages: { filed: 0, investigated: 0, handled: 0, daysToInvestigation: spread([]), daysToHandling: spread([]) },
    exemptions: tally(),
    appeals: { appealed: 0, underArt27: 0, reviewed: 0, foundImproper: 0, notUnderArt27: 0 },
    corrections: { ordered: 0, done: 0, late: 0, pending: 0, overdue: 0 },
    nameClearing: { due: 0, issued: 0, notIssued: 0 },
    transfers: { misconduct: 0, infringer: 0 },
    duties: { done: 0, late: 0, pending: 0, overdue: 0, verify: 0, unmetAtClosure: 0, byHolder: tally() },
  };
  const toInvestigation: number[] = [];
  const toHandling: number[] = [];
  for (const c of facts) {
    if (!within(c.opened, period)) continue;
    f.cases++;
    for (const item of new Set(c.art8)) if ((c.art8Since.get(item) ?? c.opened) <= end) bump(f.byCircumstance, item);
    bump(f.byUnit, c.unit);
    bump(f.byLevel, c.level);
    for (const person of c.persons) bump(f.byPerson, person);
    if (c.injured) f.harm.injured++;
    if (c.killed) f.harm.killed++;
    if (c.propertyLoss > 0) (f.harm.propertyLoss.cases++, (f.harm.propertyLoss.yuan += c.propertyLoss));

    if (c.reportUp) {
      const r = f.reportUp;
      const { first, known } = c.reportUp;
      r.required++;
      for (const item of c.reportUp.items) bump(r.byItem, item);
      const reported = first !== undefined && first.date <= end;
      if (reported) r.reported++;
      else r.notReported++;
      if (c.reportUp.skipped) r.skippedLevel++;
      if (c.reportUp.major) {
        r.major++;
        // Same day only when the checklist agrees (without a 获悉 date it runs from the incident: a
        // report on the day of 受理, days after it, is not shown to be 第一时间).
        const duty = dutiesOf(c, 'report-up')[0];
        if (reported && before(first, known)) r.majorBeforeKnown++;
        else if (reported && first.date === known.date && duty && dutyAt(duty, end) === 'done') r.majorSameDay++;
        else if (reported || end > known.date) r.majorLater++;
      }
    }

    const { filed, investigated, handled } = c.stages;
    if (by(filed, end)) f.stages.filed++;
    if (by(investigated, end)) f.stages.investigated++;
    if (by(handled, end)) f.stages.handled++;
    if (by(filed, end) && by(investigated, end)) toInvestigation.push(daysBetween(filed!, investigated!));
    if (by(filed, end) && by(handled, end)) toHandling.push(daysBetween(filed!, handled!));

    for (const e of c.exemptions) bump((f.exemptions[e.article] ??= tally()), e.outcome);

    for (const a of c.appeals) {
      f.appeals.appealed++;
      if (a.eligible) {
        f.appeals.underArt27++;
        if (by(a.reviewedOn, end)) {
          f.appeals.reviewed++;
          if (a.improper) f.appeals.foundImproper++;
        }
      } else f.appeals.notUnderArt27++;
    }

    // Art. 28: an order made by the end, and how its correction stood then.
    for (const order of dutiesOf(c, 'correction-order')) {
      if (!by(order.done?.date, end)) continue;
      f.corrections.ordered++;
      const made = dutiesOf(c, 'correction-made').find((d) => d.index === order.index);
      const state = made ? dutyAt(made, end) : 'pending';
      if (state === 'done') f.corrections.done++;
      else if (state === 'overdue' && by(made?.done?.date, end)) f.corrections.late++;
      else if (state === 'overdue') f.corrections.overdue++;
      else f.corrections.pending++;
    }

    // Art. 29（五）: the notice is due once the complaint was proved false.
    for (const notice of dutiesOf(c, 'name-clearing-notice')) {
      if (dutyAt(notice, end) === undefined) continue;
      f.nameClearing.due++;
      if (by(notice.done?.date, end)) f.nameClearing.issued++;
      else f.nameClearing.notIssued++;
    }

    if (c.transfers.misconduct) f.transfers.misconduct++;
    if (c.transfers.infringer) f.transfers.infringer++;

    const duties = standing(c.duties, c.closedOn, end);
    const d = f.duties;
    d.done += duties.done.length - duties.late.length - duties.doneToVerify.length;
    d.late += duties.late.length;
    const count = (list: readonly { duty: string }[], key: keyof HolderFigures) => {
      d[key] += list.length;
      // By the holder the Measures name (维权办, 政工部门 …), not each organ's own office.
      for (const duty of list) (d.byHolder[generalHolder(duty.duty)] ??= { pending: 0, overdue: 0, verify: 0, unmetAtClosure: 0 })[key]++;
    };
    count(duties.pending, 'pending');
    count(duties.overdue, 'overdue');
    count([...duties.toVerify, ...duties.doneToVerify], 'verify');
    count(duties.unmetAtClosure, 'unmetAtClosure');
    // The ledger's own duty (to follow the case to 处理) is no line in a ledger — there it is the
    // 办结 column — but wq-validate lists it: counted here too, the report's 待履行 is the validator's.
    for (const tracking of dutiesOf(c, 'ledger-tracking')) {
      const state = dutyAt(tracking, end);
      if (state === undefined) continue;
      if (by(tracking.done?.date, end) || (tracking.done && tracking.done.date === undefined)) {
        if (state === 'overdue') d.late++;
        else d.done++;
      } else count([tracking], state === 'overdue' ? 'overdue' : state === 'verify' ? 'verify' : duties.closed ? 'unmetAtClosure' : 'pending');
    }
  }
  f.reportUp.majorVerify = f.reportUp.majorLater + f.reportUp.majorBeforeKnown;
  f.stages.daysToInvestigation = spread(toInvestigation);
  f.stages.daysToHandling = spread(toHandling);
  return f;
}
