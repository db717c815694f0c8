/**
 * Art. 17: banner (旗县) and league (盟市) offices report these cases level by level (逐级) up to
 * the 公安厅维权办: （一） an officer injured or killed; （二） a police organ attacked or a mass
 * incident; （三） cross-region; （四） the office decides so. Which items hold is the facts'
 * reading (case/facts: injuries and deaths of the people protected, Art. 33 extending （一） to
 * the others; an attack on an organ; the consequences recorded; the office's decision).
 *
 * Art. 29（一）: 重大案事件 are reported 第一时间: a death, a 重伤, or （二）. Whether the first report
 * came at the first moment is the report duty's to show (duties/chapter-3.ts), from the record's
 * moments.
 */
import { entries, text, type Obj } from '../case/read.ts';
import { nextLevel, recipientLevel, type Level } from '../case/levels.ts';
import { issue, type Rule } from './types.ts';

/** The case's reports up (actions of kind 逐级报告), in date order, each with its recipient's level. */
function reportsUp(data: Obj): { index: number; date: string | undefined; time?: string; level: Level | undefined }[] {
  return entries(data.actions)
    .filter(([, a]) => a.kind === '逐级报告')
    .map(([index, a]) => ({ index, date: text(a.date), ...(text(a.time) ? { time: text(a.time)! } : {}), level: recipientLevel(a.toLevel, text(a.to)) }))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.time ?? '').localeCompare(b.time ?? ''));
}

/** The reports to the next level up, in date order: the first of them is the 首报, whatever the clerk called it. */
export function reportsToNextLevel(data: Obj, level: unknown) {
  const next = nextLevel(level);
  return next ? reportsUp(data).filter((r) => r.level === next) : [];
}

/** The first report to the next level up, if any. */
export const firstReportUp = (data: Obj, level: unknown) => reportsToNextLevel(data, level)[0];

const where = (data: Obj) => (entries(data.actions).some(([, a]) => a.kind === '逐级报告') ? '/actions' : '');

export const reportUpRequired: Rule<'report-up-required'> = {
  code: 'report-up-required',
  severity: 'finding',
  articles: ['art_17__item_1', 'art_17__item_2', 'art_17__item_3', 'art_17__item_4', 'art_29__item_1', 'art_33__para_1'],
  title: '造成民警伤亡、机关被冲击或形成群体性事件、跨区域或维权办认为需要的案件，旗县、盟市维权办应逐级报告，重大案事件第一时间报告',
  module: 'escalation',
  check(data, { facts }) {
    const level = (data.unit as Obj | undefined)?.level;
    if (facts.art17.length === 0 || (level !== '旗县' && level !== '盟市')) return [];
    const articles = [...facts.art17, ...(facts.major ? ['art_29__item_1'] : []), ...(facts.art17Basis ? ['art_33__para_1'] : [])];
    return [
      issue(this, articles, where(data), {
        items: facts.art17,
        level,
        reported: firstReportUp(data, level) !== undefined,
        major: facts.major,
        ...(facts.art17Basis ? { basis: facts.art17Basis } : {}),
      }),
    ];
  },
};

/** 逐级: a 旗县 office that reports to the 公安厅 before (or without) reporting to its 盟市 office skips a level. */
export const reportSkipsLevel: Rule<'report-skips-level'> = {
  code: 'report-skips-level',
  severity: 'finding',
  articles: ['art_17__para_1'],
  title: '旗县维权办越过盟市维权办直接向公安厅维权办报告的，不是逐级报告',
  module: 'escalation',
  check(data) {
    if ((data.unit as Obj | undefined)?.level !== '旗县') return [];
    const first = firstReportUp(data, '旗县');
    const straight = reportsUp(data).find((r) => r.level === '自治区' && (first === undefined || (r.date ?? '') < (first.date ?? '')));
    return straight ? [issue(this, ['art_17__para_1'], `/actions/${straight.index}`, { index: straight.index })] : [];
  },
};
