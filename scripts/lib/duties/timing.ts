/**
 * The words the Measures use for when a duty is due, and how this tool reads each. Where the
 * text gives no number, no deadline is computed: a duty stays 待履行 (never 逾期) and the
 * checklist shows the days since it arose, for the office to judge.
 *
 *   立即     Art. 14: at once, on the scene. No number, no deadline: a report recorded on a later
 *            day than the incident, or none once that day is past, is 需核实 with both moments.
 *   第一时间 Art. 29（一）for 重大案事件: at the first moment the office knows of the incident
 *            (opened.learnedOn), not when it opened its file. No number, no deadline: a first
 *            report on a later day than that is 需核实, with both dates.
 *   及时     Arts. 7（四）（七）, 11, 12, 13, 26, 29（三）（五）: promptly. No number: no deadline.
 *   限期     Art. 28: the deadline the correction order sets (corrections[].deadline); past it and
 *            not corrected, the duty is 逾期 as of the date the check is made (--as-of).
 *   定期     Art. 29（一）（二）（三）: regularly. Unit duties, for the periodic report; no deadline.
 */
export type TimingWord = '立即' | '第一时间' | '及时' | '限期' | '定期';

export const TIMING: Record<TimingWord, { reading: string; computesDeadline: boolean }> = {
  立即: { reading: '立即，本办法未规定时限，不计算期限', computesDeadline: false },
  第一时间: { reading: '第一时间，从维权办获悉时起，本办法未规定时限', computesDeadline: false },
  及时: { reading: '及时，本办法未规定时限，不计算期限', computesDeadline: false },
  限期: { reading: '限期，按督促纠正时确定的期限', computesDeadline: true },
  定期: { reading: '定期，本办法未规定周期', computesDeadline: false },
};

/**
 * Days since 1970-01-01 of an ISO date (YYYY-MM-DD), by the proleptic Gregorian calendar
 * (H. Hinnant's days_from_civil). Date.parse of a built string cost a checklist more than all
 * its other work on dates; Date.UTC would read the years 0–99 as 1900–1999.
 */
function dayNumber(date: string): number {
  const month = Number(date.slice(5, 7));
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(date.slice(8, 10)) - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** Whole days from one ISO date to another (0 the same day). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
