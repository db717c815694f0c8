/**
 * The period a report covers, and the one before it of the same length (the figures are
 * given side by side). Dates are ISO calendar days, both ends included.
 */
import { daysBetween } from '../duties/index.ts';

export interface Period {
  from: string;
  to: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (text: string) => new Date(`${text}T00:00:00Z`);

function addDays(text: string, days: number): string {
  const d = day(text);
  d.setUTCDate(d.getUTCDate() + days);
  return iso(d);
}

/** The last calendar quarter that has ended by `today`: what a quarterly report covers by default. */
export function lastQuarter(today: string): Period {
  const d = day(today);
  const quarter = Math.floor(d.getUTCMonth() / 3);
  const start = new Date(Date.UTC(d.getUTCFullYear(), quarter * 3 - 3, 1));
  const end = new Date(Date.UTC(d.getUTCFullYear(), quarter * 3, 0));
  return { from: iso(start), to: iso(end) };
}

/** The whole months a period spans, when it is whole months (a quarter, a year …). */
function wholeMonths(period: Period): number | undefined {
  const from = day(period.from);
  const after = day(addDays(period.to, 1));
  if (from.getUTCDate() !== 1 || after.getUTCDate() !== 1) return undefined;
  return (after.getUTCFullYear() - from.getUTCFullYear()) * 12 + after.getUTCMonth() - from.getUTCMonth();
}

/**
 * The period before, of the same length: the same number of whole months for a quarter or a
 * year (the previous quarter, not 92 days back), else the same number of days.
 */
export function previousPeriod(period: Period): Period {
  const to = addDays(period.from, -1);
  const months = wholeMonths(period);
  if (months !== undefined) {
    const from = day(period.from);
    return { from: iso(new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() - months, 1))), to };
  }
  return { from: addDays(to, 1 - (daysBetween(period.from, period.to) + 1)), to };
}

export const within = (date: string | undefined, period: Period) => date !== undefined && date >= period.from && date <= period.to;

/** 2026年1月1日至2026年3月31日 */
export function periodWords(period: Period): string {
  const words = (text: string) => {
    const [y, m, d] = text.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  };
  return `${words(period.from)}至${words(period.to)}`;
}
