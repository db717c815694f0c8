/**
 * Dates as GB/T 9704 prints them: Arabic numerals, the full year, no zero padding
 * (2026年3月5日). A date the case does not give is left blank for the clerk to write in,
 * never invented.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Full-width spaces leave room to write a date by hand: "    年  月  日". */
export const BLANK_DATE = '\u3000\u3000年\u3000月\u3000日';

export function formatDate(iso: string | undefined): string {
  if (!iso) return BLANK_DATE;
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`日期格式应为 YYYY-MM-DD：${iso}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

export function yearOf(iso: string | undefined): number | undefined {
  const m = iso ? ISO_DATE.exec(iso) : null;
  return m ? Number(m[1]) : undefined;
}

/**
 * 发文字号: prefix, year in 〔〕, number without leading zeros and without 第
 * (内公维字〔2026〕3号). Unknown parts are left blank to be written in by hand.
 */
export function documentNumber(prefix: string, year: number | undefined, serial: number | undefined): string {
  const y = year === undefined ? '\u3000\u3000' : String(year);
  const n = serial === undefined ? '\u3000\u3000' : String(Math.trunc(serial));
  return `${prefix}〔${y}〕${n}号`;
}
