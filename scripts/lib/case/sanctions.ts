/**
 * How Art. 27 compares sanctions. The disciplinary sanctions (处分) run 警告 < 记过 < 记大过 <
 * 降级 < 撤职 < 开除; 辞退 is a personnel measure that ends employment without a disciplinary
 * record, so it ranks above 撤职 and below 开除. Review by the committee is open from 记大过 up,
 * and for 辞退.
 *
 * The other 处理 do not sit on that ladder: the organisational measures 诫勉 < 通报批评 < 调离岗位,
 * and the inspection measures (督察措施) 停止执行职务 < 禁闭, each form a ladder of their own.
 * A change is heavier when it climbs its own ladder, or when it turns a 处理 into a 处分 (a
 * 处分 goes on the record); between the 处理 ladders no order is assumed.
 */
import type { SanctionMeasure } from './types.ts';

const LADDERS: readonly (readonly SanctionMeasure[])[] = [
  ['警告', '记过', '记大过', '降级', '撤职', '辞退', '开除'],
  ['诫勉', '通报批评', '调离岗位'],
  ['停止执行职务', '禁闭'],
];
const DISCIPLINE = LADDERS[0]!;

/** Whether `after` is heavier than `before`; false for words that are not measures. */
export function heavier(before: unknown, after: unknown): boolean {
  const ladder = LADDERS.find((l) => l.includes(before as SanctionMeasure));
  if (!ladder) return false;
  if (ladder.includes(after as SanctionMeasure)) return ladder.indexOf(after as SanctionMeasure) > ladder.indexOf(before as SanctionMeasure);
  return ladder !== DISCIPLINE && DISCIPLINE.includes(after as SanctionMeasure);
}

/** Art. 27: sanctions of 记大过 or heavier, and 辞退, open the committee's review. */
export function opensReview(measure: unknown): boolean {
  const rank = DISCIPLINE.indexOf(measure as SanctionMeasure);
  return rank >= DISCIPLINE.indexOf('记大过');
}

/**
 * What a document calls the measure: 处分 for the disciplinary sanctions, 处理 for every other
 * measure — 辞退 too, which sits on the ladder above 撤职 but leaves no disciplinary record.
 */
export function treatmentOf(measure: unknown): '处分' | '处理' {
  return DISCIPLINE.includes(measure as SanctionMeasure) && measure !== '辞退' ? '处分' : '处理';
}
