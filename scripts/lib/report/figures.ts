/**
 * The figures of a report: what its cases show for one period, each judged as the case stood on
 * the period's last day (a report states only what was known by then: a correction made the
 * week after still counts as pending, a deadline passed by then as overdue). Cases belong to the
 * period in which the office opened them. The names below are the JSON report's (documented in
 * docs/report.md).
 */
import { daysBetween, generalHolder, type DutyStatus } from '../duties/index.ts';
import type { CaseFacts } from './facts.ts';
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
    /** 重大案事件 (Art. 17（一）（二）) and how many were first reported by the day they were opened. */
    major: number;
    majorInTime: number;
  };
  stages: { filed: number; investigated: number; handled: number; daysToInvestigation: Spread; daysToHandling: Spread };
  /** Claims by article, then by outcome (免责, 不予免责, 待定). */
  exemptions: Record<string, Record<string, number>>;
  appeals: { appealed: number; underArt27: number; reviewed: number; foundImproper: number; notUnderArt27: number };
  corrections: { ordered: number; done: number; pending: number; overdue: number };
  nameClearing: { due: number; issued: number; notIssued: number };
  transfers: { misconduct: number; infringer: number };
  duties: { done: number; pending: number; overdue: number; byHolder: Record<string, { pending: number; overdue: number }> };
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

/** A duty as it stood on `end`: done by then, overdue by then, or pending; undefined if it had not yet arisen. */
export function dutyAt(duty: DutyStatus, end: string): 'done' | 'pending' | 'overdue' | undefined {
  if (duty.since && duty.since > end) return undefined;
  if (duty.status === 'done' && (duty.done?.date === undefined || duty.done.date <= end)) return 'done';
  return duty.deadline !== undefined && duty.deadline < end ? 'overdue' : 'pending';
}

export function figuresFor(facts: readonly CaseFacts[], period: Period): Figures {
  const end = period.to;
  const f: Figures = {
    period,
    cases: 0,
    byCircumstance: {},
    byUnit: {},
    byLevel: {},
    byPerson: {},
    harm: { injured: 0, killed: 0, propertyLoss: { cases: 0, yuan: 0 } },
    reportUp: { required: 0, byItem: {}, reported: 0, notReported: 0, skippedLevel: 0, major: 0, majorInTime: 0 },
    stages: { filed: 0, investigated: 0, handled: 0, daysToInvestigation: spread([]), daysToHandling: spread([]) },
    exemptions: {},
    appeals: { appealed: 0, underArt27: 0, reviewed: 0, foundImproper: 0, notUnderArt27: 0 },
    corrections: { ordered: 0, done: 0, pending: 0, overdue: 0 },
    nameClearing: { due: 0, issued: 0, notIssued: 0 },
    transfers: { misconduct: 0, infringer: 0 },
    duties: { done: 0, pending: 0, overdue: 0, byHolder: {} },
  };
  const toInvestigation: number[] = [];
  const toHandling: number[] = [];
  for (const c of facts) {
    if (!within(c.opened, period)) continue;
    f.cases++;
    for (const item of new Set(c.circumstances)) bump(f.byCircumstance, item);
    bump(f.byUnit, c.unit);
    bump(f.byLevel, c.level);
    bump(f.byPerson, c.person);
    if (c.injured) f.harm.injured++;
    if (c.killed) f.harm.killed++;
    if (c.propertyLoss > 0) (f.harm.propertyLoss.cases++, (f.harm.propertyLoss.yuan += c.propertyLoss));

    if (c.reportUp) {
      const r = f.reportUp;
      r.required++;
      for (const item of c.reportUp.items) bump(r.byItem, item);
      if (by(c.reportUp.firstReport, end)) r.reported++;
      else r.notReported++;
      if (c.reportUp.skipped) r.skippedLevel++;
      if (c.reportUp.major) {
        r.major++;
        if (by(c.reportUp.firstReport, end) && c.reportUp.firstReport! <= c.opened) r.majorInTime++;
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

    for (const o of c.corrections) {
      if (!by(o.orderedOn, end)) continue;
      f.corrections.ordered++;
      if (by(o.correctedOn, end)) f.corrections.done++;
      else if (o.deadline < end) f.corrections.overdue++;
      else f.corrections.pending++;
    }

    if (c.nameClearing && by(c.nameClearing.provedOn, end)) {
      f.nameClearing.due++;
      if (by(c.nameClearing.noticeIssuedOn, end)) f.nameClearing.issued++;
      else f.nameClearing.notIssued++;
    }

    if (c.transfers.misconduct) f.transfers.misconduct++;
    if (c.transfers.infringer) f.transfers.infringer++;

    for (const d of c.duties) {
      const state = dutyAt(d, end);
      if (!state) continue;
      f.duties[state]++;
      if (state === 'done') continue;
      // By the holder the Measures name (维权办, 政工部门 …), not each organ's own office.
      const holder = (f.duties.byHolder[generalHolder(d.duty)] ??= { pending: 0, overdue: 0 });
      holder[state]++;
    }
  }
  f.stages.daysToInvestigation = spread(toInvestigation);
  f.stages.daysToHandling = spread(toHandling);
  return f;
}
