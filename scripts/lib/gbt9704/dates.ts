/**
 * Dates as GB/T 9704 prints them: Arabic numerals, the full year, no zero padding
 * (2026年3月5日). A date the case does not give is left blank for the clerk to write in,
 * never invented.
 */
import { blank, keep, text } from './model/text.ts';
import type { Text } from './model/types.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Full-width spaces leave room to write a date by hand: "    年  月  日". */
export const BLANK_DATE = '\u3000\u3000年\u3000月\u3000日';

export function formatDate(iso: string | undefined): string {
  if (!iso) return BLANK_DATE;
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`日期格式应为 YYYY-MM-DD：${iso}`);
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * A date that breaks, if it must, only after its year or its month (2026年 / 4月 / 22日), never
 * inside a number: kept whole after the year, 4月22日 left lines too short to fill, spread letter
 * by letter. Or the blank date.
 */
export function dateText(iso: string | undefined): Text {
  if (!iso) return text(blank(2), '年', blank(1), '月', blank(1), '日');
  const [, year, month, day] = /^(\d+年)(\d+月)(\d+日)$/u.exec(formatDate(iso))!;
  return [keep(year!), keep(month!), keep(day!)];
}

export function yearOf(iso: string | undefined): number | undefined {
  const m = iso ? ISO_DATE.exec(iso) : null;
  return m ? Number(m[1]) : undefined;
}

/** Room for a whole 发文字号 written by hand (内公维字〔2026〕12号 is ten characters and a half). */
const WHOLE_NUMBER = 11;

/**
 * 发文字号: prefix, year in 〔〕, number without leading zeros and without 第
 * (内公维字〔2026〕3号). Unknown parts are left blank to be written in by hand, the prefix too.
 */
export function documentNumber(prefix: string, year: number | undefined, serial: number | undefined): string {
  const y = year === undefined ? '\u3000\u3000' : String(year);
  const n = serial === undefined ? '\u3000\u3000' : String(Math.trunc(serial));
  return `${prefix}〔${y}〕${n}号`;
}

/**
 * The 发文字号 as runs: blanks where the year or serial is unknown. Without the 机关代字 a number is
 * no number (〔2026〕　号 names no organ): the whole of it is left blank for the clerk to write.
 */
export function documentNumberText(prefix: string, year: number | undefined, serial: number | undefined): Text {
  if (!prefix) return text(blank(WHOLE_NUMBER));
  const head = keep(prefix);
  if (year !== undefined && serial !== undefined) return text(head, keep(`〔${year}〕${Math.trunc(serial)}号`));
  return text(head, '〔', year === undefined ? blank(2) : keep(String(year)), '〕', serial === undefined ? blank(2) : keep(String(Math.trunc(serial))), '号');
}
