/**
 * The period a report covers, and the one before it of the same length (the figures are
 * given side by side). Dates are ISO calendar days, both ends included.
 */
import { daysBetween } from '../duties/index.ts';
import { formatDate } from '../gbt9704/dates.ts';

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
  return `${formatDate(period.from)}至${formatDate(period.to)}`;
}

const CN_QUARTER = ['一', '二', '三', '四'];

/** 2026年第三季度, 2026年, 2026年9月, or the dates. */
export function periodName(period: Period): string {
  const [fy, fm, fd] = period.from.split('-').map(Number) as [number, number, number];
  const [ty, tm] = period.to.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  const wholeMonths = fd === 1 && Number(period.to.slice(8)) === lastDay;
  if (wholeMonths && fy === ty) {
    if (fm === 1 && tm === 12) return `${fy}年`;
    if (fm === tm) return `${fy}年${fm}月`;
    if (tm - fm === 2 && fm % 3 === 1) return `${fy}年第${CN_QUARTER[(fm - 1) / 3]}季度`;
  }
  return periodWords(period);
}
