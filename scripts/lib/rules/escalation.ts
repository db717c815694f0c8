/**
 * Art. 17: banner (旗县) and league (盟市) offices report these cases level by level (逐级) up
 * to the 公安厅维权办: (一) an officer injured or killed; (二) a police organ attacked or a mass
 * incident; (三) cross-region; (四) the office decides so. Level by level: a 旗县 office reports
 * to its 盟市 office, a 盟市 office to the 公安厅. A case handled by the 公安厅 itself (自治区)
 * has no level above to report to.
 *
 * Art. 29（一）: 重大案事件 are reported 第一时间. Read here as the cases of Art. 17（一）（二）
 * (casualties; an organ attacked or a mass incident), and 第一时间 as no later than the day the
 * office opened the case (see duties/timing.ts).
 *
 * Art. 33: an auxiliary officer, a seconded student or other staff injured is "民警伤亡" by Art.
 * 33 (遵照 / 参照): the finding cites it.
 */
import { entries, record, text } from './access.ts';
import { issue, type Rule } from './types.ts';

type Level = '旗县' | '盟市' | '自治区';
const NEXT: Record<'旗县' | '盟市', Level> = { 旗县: '盟市', 盟市: '自治区' };
const MAJOR = ['art_17__item_1', 'art_17__item_2'];

/** The level of the office a report went to: as recorded, else read from its name. */
export function recipientLevel(report: Record<string, unknown>): Level | undefined {
  const recorded = report.toLevel;
  if (recorded === '盟市' || recorded === '自治区') return recorded;
  const to = text(report.to) ?? '';
  if (to.includes('公安厅')) return '自治区';
  if (/[市盟]公安局/.test(to)) return '盟市';
  if (/[旗县区]公安(?:分)?局/.test(to)) return '旗县';
  return undefined;
}

interface ReportFacts {
  items: string[];
  level: '旗县' | '盟市';
  /** Reports in date order, with their recipient's level. */
  reports: { index: number; date: string | undefined; level: Level | undefined }[];
  /** The first report to the next level up, if any. */
  first?: { index: number; date: string | undefined };
  basis?: '遵照' | '参照';
}

/** Whether the case must be reported up, and what its reports show; undefined when it need not be. */
export function reportFacts(data: Record<string, unknown>): ReportFacts | undefined {
  const level = record(data.unit).level;
  if (level !== '盟市' && level !== '旗县') return undefined;
  const escalation = record(data.escalation);
  const facts = record(escalation.facts);
  const harm = record(data.harm);
  const items: string[] = [];
  if (facts.casualties === true || harm.injured === true || harm.killed === true) items.push('art_17__item_1');
  if (facts.organAttackedOrMassIncident === true) items.push('art_17__item_2');
  if (facts.crossRegion === true) items.push('art_17__item_3');
  if (facts.officeDecided === true) items.push('art_17__item_4');
  if (items.length === 0) return undefined;
  const reports = entries(escalation.reports)
    .map(([index, r]) => ({ index, date: text(r.date), level: recipientLevel(r) }))
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const first = reports.find((r) => r.level === NEXT[level]);
  const role = record(data.officer).role;
  const basis = items.includes('art_17__item_1') && role !== '民警' ? (role === '其他公安机关工作人员' ? '参照' : '遵照') : undefined;
  return { items, level, reports, ...(first ? { first } : {}), ...(basis ? { basis } : {}) };
}

const where = (data: Record<string, unknown>) => (data.escalation === undefined ? '' : '/escalation');

export const reportUpRequired: Rule<'report-up-required'> = {
  code: 'report-up-required',
  severity: 'finding',
  articles: ['art_17__item_1', 'art_17__item_2', 'art_17__item_3', 'art_17__item_4', 'art_29__item_1', 'art_33__para_1'],
  title: '造成民警伤亡、机关被冲击或形成群体性事件、跨区域或维权办认为需要的案件，旗县、盟市维权办应逐级报告，重大案事件第一时间报告',
  module: 'escalation',
  check(data) {
    const facts = reportFacts(data);
    if (!facts) return [];
    const major = facts.items.some((i) => MAJOR.includes(i));
    const articles = [...facts.items, ...(major ? ['art_29__item_1'] : []), ...(facts.basis ? ['art_33__para_1'] : [])];
    const { items, level, basis } = facts;
    return [issue(this, articles, where(data), { items, level, reported: facts.first !== undefined, major, ...(basis ? { basis } : {}) })];
  },
};

/** 逐级: a 旗县 office that reports to the 公安厅 without reporting to its 盟市 office first skips a level. */
export const reportSkipsLevel: Rule<'report-skips-level'> = {
  code: 'report-skips-level',
  severity: 'finding',
  articles: ['art_17__para_1'],
  title: '旗县维权办越过盟市维权办直接向公安厅维权办报告的，不是逐级报告',
  module: 'escalation',
  check(data) {
    const facts = reportFacts(data);
    if (facts?.level !== '旗县') return [];
    const straight = facts.reports.find((r) => r.level === '自治区' && (facts.first === undefined || (r.date ?? '') < (facts.first.date ?? '')));
    return straight ? [issue(this, ['art_17__para_1'], `/escalation/reports/${straight.index}`, { index: straight.index })] : [];
  },
};

/** Art. 29（一）: the first report of a 重大案事件 is due the day the office opened the case. */
export const reportNotAtFirstMoment: Rule<'report-not-at-first-moment'> = {
  code: 'report-not-at-first-moment',
  severity: 'finding',
  articles: ['art_29__item_1'],
  title: '重大案事件的首次报告晚于维权办受理之日的，不是第一时间报告',
  module: 'escalation',
  check(data) {
    const facts = reportFacts(data);
    const opened = text(record(data.opened).date);
    const first = facts?.first;
    if (!facts || !first?.date || !opened || !facts.items.some((i) => MAJOR.includes(i)) || first.date <= opened) return [];
    return [issue(this, ['art_29__item_1'], `/escalation/reports/${first.index}/date`, { index: first.index, date: first.date, opened })];
  },
};
