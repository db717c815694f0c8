/**
 * What makes a duty 需核实, as a document prints it (dates as GB/T 9704 writes them): the moments
 * the checklist judged it on, for the office to judge; never a verdict of its own.
 */
import type { Moment } from '../case/facts/index.ts';
import type { Concern } from '../duties/index.ts';
import { formatDate } from '../gbt9704/dates.ts';

const moment = (m: Moment) => `${formatDate(m.date)}${m.time ? `${Number(m.time.slice(0, 2))}时${m.time.slice(3, 5)}分` : ''}`;

export function concernText(concern: Concern): string {
  switch (concern.kind) {
    case 'later-day':
      return `${concern.fromWhat}${moment(concern.from)}，履行于${moment(concern.to)}`;
    case 'moment-passed':
      return `${concern.fromWhat}${moment(concern.from)}，未记录履行`;
    case 'before-trigger':
      return concern.trigger ? `记录于${formatDate(concern.on)}，早于${concern.triggerWhat}（${formatDate(concern.trigger)}）` : `记录于${formatDate(concern.on)}，没有${concern.triggerWhat}的记录`;
    case 'not-assessed':
      return '伤情尚未鉴定';
  }
}
