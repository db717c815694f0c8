/**
 * How a case's duty checklist stands on one day, as both ledgers (the PDF 工作台账 and the
 * report's workbook) and the periodic report read it: one reading of 办结 (the facts' closedOn:
 * the ledger reached 处理 by that day) and one sorting of the duties. A duty not done is a live
 * 待办 only while the case is open; in a case marked 办结 it is a finding — 未履行即办结 — for a
 * person to take up (Art. 30), never a 待办 that the ledger goes on showing as owed. A duty whose
 * moment passed unrecorded (a 先期指挥处置 months ago) or that waits on an injury's assessment is
 * 需核实, not a 待办: it can no longer be done as the text asks, only checked.
 */
import type { DutyState, DutyStatus } from './types.ts';

const doneBy = (duty: DutyStatus, end: string) => duty.done !== undefined && (duty.done.date === undefined || duty.done.date <= end);

const notDoneAt = (duty: DutyStatus, end: string): DutyState => (duty.deadline !== undefined && duty.deadline < end ? 'overdue' : 'pending');

/**
 * A duty as it stood on `end`, from its status as the checklist judged it (on `end` or later):
 * undefined if it had not yet arisen. Done by then (已履行); done late by then (逾期); 需核实 when
 * the dates it was judged on were already there by `end` (a report made on a later day, or a
 * moment passed unrecorded); otherwise not yet done by then, overdue once its deadline had passed.
 */
export function dutyAt(duty: DutyStatus, end: string): DutyState | undefined {
  if (duty.since && duty.since > end) return undefined;
  const done = doneBy(duty, end);
  switch (duty.status) {
    case 'done':
      return done ? 'done' : notDoneAt(duty, end);
    case 'overdue':
      return done ? 'overdue' : notDoneAt(duty, end);
    case 'verify': {
      const c = duty.concern;
      if (done || c?.kind === 'not-assessed') return 'verify';
      return c && (c.kind === 'later-day' || c.kind === 'moment-passed') && end > c.from.date ? 'verify' : notDoneAt(duty, end);
    }
    default:
      return notDoneAt(duty, end);
  }
}

export interface Standing {
  /** 办结: the ledger reached 处理 by the day (the facts' closedOn). */
  closed: boolean;
  /** Done by the day (in time, late, or with dates to verify). */
  done: DutyStatus[];
  /** Of those, done after a deadline. */
  late: DutyStatus[];
  /** Of those, done but the record's dates are for a person to judge (报告晚于当日, 顺序颠倒). */
  doneToVerify: DutyStatus[];
  /** Live 待办 of an open case: not done, deadline not passed. */
  pending: DutyStatus[];
  /** Live 待办 of an open case whose deadline has passed. */
  overdue: DutyStatus[];
  /** Not done, and no longer a 待办 as the text asks it: its moment passed unrecorded, or an injury awaits assessment. */
  toVerify: DutyStatus[];
  /** A closed case's duties not done by the day: 未履行即办结, a finding, not a 待办. */
  unmetAtClosure: DutyStatus[];
}

/**
 * The checklist on `end`: each duty that had arisen by then in exactly one of pending, overdue,
 * toVerify and unmetAtClosure when not done, or in done. The ledger's own duty (to follow the
 * case to 处理) is the 办结 column itself, not a line.
 */
export function standing(duties: readonly DutyStatus[], closedOn: string | undefined, end: string): Standing {
  const closed = closedOn !== undefined && closedOn <= end;
  const out: Standing = { closed, done: [], late: [], doneToVerify: [], pending: [], overdue: [], toVerify: [], unmetAtClosure: [] };
  for (const duty of duties) {
    if (duty.duty === 'ledger-tracking') continue;
    const state = dutyAt(duty, end);
    if (state === undefined) continue;
    if (doneBy(duty, end)) {
      out.done.push(duty);
      if (state === 'overdue') out.late.push(duty);
      else if (state === 'verify') out.doneToVerify.push(duty);
    } else if (closed) out.unmetAtClosure.push(duty);
    else if (state === 'verify') out.toVerify.push(duty);
    else out[state === 'overdue' ? 'overdue' : 'pending'].push(duty);
  }
  return out;
}
