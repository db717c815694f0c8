/**
 * The levels of public-security organs and Art. 17's 逐级: a 旗县 office reports to its 盟市 office,
 * a 盟市 office (呼铁, 大林 and 树林 stand with them) to the 公安厅's; the 公安厅 has no level above.
 * The one home of "the next level up" for rules, duties and documents.
 */
export type Level = '自治区' | '盟市' | '旗县';

const NEXT: Record<Level, Level | undefined> = { 旗县: '盟市', 盟市: '自治区', 自治区: undefined };

/** The level a unit of `level` reports to, undefined for the 公安厅. */
export const nextLevel = (level: unknown): Level | undefined => NEXT[level as Level];

/** How the Measures name an office of a level: 盟市维权办, 公安厅维权办. */
export const officeOfLevel = (level: Level) => (level === '自治区' ? '公安厅维权办' : `${level}维权办`);

/** The level of an office named in a report: as recorded, else read from its name. */
export function recipientLevel(recorded: unknown, name: string | undefined): Level | undefined {
  if (recorded === '盟市' || recorded === '自治区' || recorded === '旗县') return recorded;
  const to = name ?? '';
  if (to.includes('公安厅')) return '自治区';
  if (/[市盟]公安局|铁路公安局|森林公安局|呼铁|大林|树林/.test(to)) return '盟市';
  if (/[旗县区]公安(?:分)?局|分局/.test(to)) return '旗县';
  return undefined;
}

/**
 * The public-security organ a department belongs to, read from its full name: 土默特左旗公安局察素齐
 * 派出所 → 土默特左旗公安局; 呼和浩特市公安局新城区分局刑侦大队 → 呼和浩特市公安局新城区分局. Undefined when
 * the name holds no organ.
 */
export function organOf(department: string | undefined): string | undefined {
  if (!department) return undefined;
  const m = /^.*?(?:公安厅|公安局(?:[^公局]{1,12}?分局)?|公安分局)/u.exec(department);
  return m?.[0];
}
