/**
 * The words the Measures use for when a duty is due. How each is read, in words, lives in
 * policy/editorial/timing.yaml (the checklist's note, and 及时's review line); what is code is
 * only whether a word gives a date to count from: 限期 alone does (the order's deadline), so only
 * it can make a duty 逾期. 立即 and 第一时间 done on a later day, and 及时 done past its review
 * line, are 需核实 with both dates (types.ts statusOf), for a person to judge.
 */
export type TimingWord = '立即' | '第一时间' | '及时' | '限期' | '定期';

export const TIMING: Record<TimingWord, { computesDeadline: boolean }> = {
  立即: { computesDeadline: false },
  第一时间: { computesDeadline: false },
  及时: { computesDeadline: false },
  限期: { computesDeadline: true },
  定期: { computesDeadline: false },
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

/** Minutes since midnight of an HH:MM time. */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
