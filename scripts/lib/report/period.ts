/**
 * The period a report covers, and the same period a year earlier (the figures are given side by
 * side, as 上年同期). Dates are ISO calendar days, both ends included.
 */
import { formatDate } from '../gbt9704/dates.ts';

export interface Period {
  from: string;
  to: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** The last calendar quarter that has ended by `today`: what a quarterly report covers by default. */
export function lastQuarter(today: string): Period {
  const d = day(today);
  const quarter = Math.floor(d.getUTCMonth() / 3);
  const start = new Date(Date.UTC(d.getUTCFullYear(), quarter * 3 - 3, 1));
  const end = new Date(Date.UTC(d.getUTCFullYear(), quarter * 3, 0));
  return { from: iso(start), to: iso(end) };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const lastDayOf = (year: number, month: number) => {
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0); // setUTCFullYear, not Date.UTC: that reads years 0–99 as 1900–1999
  return d.getUTCDate();
};

/**
 * The same calendar day a year earlier: 29 February becomes 28 February, and the last day of a
 * month stays the last day of that month (so February 2025 compares with all of February 2024).
 */
function yearBefore(text: string, end: boolean): string {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const last = lastDayOf(y - 1, m);
  const day = end && d === lastDayOf(y, m) ? last : Math.min(d, last);
  return `${pad(y - 1, 4)}-${pad(m, 2)}-${pad(day, 2)}`;
}

/**
 * The period a report compares with: the same period a year earlier (上年同期), so a quarter is
 * set beside the same quarter, free of the seasons, and a part of a year beside the same part.
 */
export function yearEarlier(period: Period): Period {
  return { from: yearBefore(period.from, false), to: yearBefore(period.to, true) };
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
