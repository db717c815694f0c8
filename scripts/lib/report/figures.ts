/**
 * The figures of a report: what its cases show for one period, each judged as the case stood on
 * the period's last day (a report states only what was known by then: a correction made the
 * week after still counts as pending, a deadline passed by then as overdue). Cases belong to the
 * period in which the office opened them. Every count is of the validator's facts, findings or
 * duty statuses: the reports up, the corrections and the notices are read from the duty
 * checklist, never judged again here. The names below are the JSON report's (documented in
 * docs/report.md).
 */
import { daysBetween, generalHolder, type DutyState, type DutyStatus } from '../duties/index.ts';
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
     * 重大案事件 (Art. 29（一）, as the facts find them); how many the office reported the day it
     * learned of them (or, without that date, the day they happened), and how many the duty
     * checklist shows 需核实 (reported on a later day, or not reported once that day was past).
     */
    major: number;
    majorSameDay: number;
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
  /** done: in time; late: done after a deadline; pending, overdue: not done by the end; verify: 需核实. */
  duties: { done: number; late: number; pending: number; overdue: number; verify: number; byHolder: Record<string, { pending: number; overdue: number; verify: number }> };
}

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

const notDoneAt = (duty: DutyStatus, end: string): DutyState => (duty.deadline !== undefined && duty.deadline < end ? 'overdue' : 'pending');

/**
 * A duty as it stood on `end`, from its status as the checklist judged it: undefined if it had not
 * yet arisen. Done by then (已履行); done late by then (逾期); 需核实 when the dates it was judged on
 * were already there by `end` (a report made on a later day, or a moment passed unrecorded);
 * otherwise not yet done by then, overdue once its deadline had passed.
 */
export function dutyAt(duty: DutyStatus, end: string): DutyState | undefined {
  if (duty.since && duty.since > end) return undefined;
  const doneBy = duty.done !== undefined && (duty.done.date === undefined || duty.done.date <= end);
  switch (duty.status) {
    case 'done':
      return doneBy ? 'done' : notDoneAt(duty, end);
    case 'overdue':
      return doneBy ? 'overdue' : notDoneAt(duty, end);
    case 'verify': {
      const c = duty.concern;
      if (doneBy || c?.kind === 'not-assessed') return 'verify';
      return c && (c.kind === 'later-day' || c.kind === 'moment-passed') && end > c.from.date ? 'verify' : notDoneAt(duty, end);
    }
    default:
      return notDoneAt(duty, end);
  }
}

const dutiesOf = (c: ReportCase, code: string) => c.duties.filter((d) => d.duty === code);

export function figuresFor(facts: readonly ReportCase[], period: Period): Figures {
  const end = period.to;
  const f: Figures = {
    period,
    cases: 0,
    byCircumstance: {},
    byUnit: {},
    byLevel: {},
    byPerson: {},
    harm: { injured: 0, killed: 0, propertyLoss: { cases: 0, yuan: 0 } },
    reportUp: { required: 0, byItem: {}, reported: 0, notReported: 0, skippedLevel: 0, major: 0, majorSameDay: 0, majorVerify: 0 },
    stages: { filed: 0, investigated: 0, handled: 0, daysToInvestigation: spread([]), daysToHandling: spread([]) },
    exemptions: {},
    appeals: { appealed: 0, underArt27: 0, reviewed: 0, foundImproper: 0, notUnderArt27: 0 },
    corrections: { ordered: 0, done: 0, late: 0, pending: 0, overdue: 0 },
    nameClearing: { due: 0, issued: 0, notIssued: 0 },
    transfers: { misconduct: 0, infringer: 0 },
    duties: { done: 0, late: 0, pending: 0, overdue: 0, verify: 0, byHolder: {} },
  };
  const toInvestigation: number[] = [];
  const toHandling: number[] = [];
  for (const c of facts) {
    if (!within(c.opened, period)) continue;
    f.cases++;
    for (const item of new Set(c.art8)) bump(f.byCircumstance, item);
    bump(f.byUnit, c.unit);
    bump(f.byLevel, c.level);
    for (const person of c.persons) bump(f.byPerson, person);
    if (c.injured) f.harm.injured++;
    if (c.killed) f.harm.killed++;
    if (c.propertyLoss > 0) (f.harm.propertyLoss.cases++, (f.harm.propertyLoss.yuan += c.propertyLoss));

    if (c.reportUp) {
      const r = f.reportUp;
      r.required++;
      for (const item of c.reportUp.items) bump(r.byItem, item);
      // The report-up duty: done (or 需核实 with its report) by the period's end is reported.
      const duty = dutiesOf(c, 'report-up')[0];
      const state = duty ? dutyAt(duty, end) : undefined;
      const reported = duty !== undefined && by(duty.done?.date, end);
      if (reported) r.reported++;
      else r.notReported++;
      if (c.reportUp.skipped) r.skippedLevel++;
      if (c.reportUp.major) {
        r.major++;
        if (state === 'done') r.majorSameDay++;
        if (state === 'verify') r.majorVerify++;
      }
    }

    const { filed, investigated, handled } = c.stages;
    if (by(filed, end)) f.stages.filed++;
    if (by(investigated, end)) f.stages.investigated++;
    if (by(handled, end)) f.stages.handled++;
    if (by(filed, end) && by(investigated, end)) toInvestigation.push(daysBetween(filed!, investigated!));
    if (by(filed, end) && by(handled, end)) toHandling.push(daysBetween(filed!, handled!));

    for (const e of c.exemptions) bump((f.exemptions[e.article] ??= {}), e.outcome);

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

    for (const d of c.duties) {
      const state = dutyAt(d, end);
      if (!state) continue;
      // Done after its deadline: 逾期 all the same, but no longer to do.
      if (state === 'overdue' && by(d.done?.date, end)) {
        f.duties.late++;
        continue;
      }
      f.duties[state]++;
      if (state === 'done') continue;
      // By the holder the Measures name (维权办, 政工部门 …), not each organ's own office.
      const holder = (f.duties.byHolder[generalHolder(d.duty)] ??= { pending: 0, overdue: 0, verify: 0 });
      holder[state]++;
    }
  }
  f.stages.daysToInvestigation = spread(toInvestigation);
  f.stages.daysToHandling = spread(toHandling);
  return f;
}
