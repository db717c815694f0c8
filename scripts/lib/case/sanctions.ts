/**
 * Art. 27 compares sanctions: review is open from 记大过 up, and an appeal may never make
 * one heavier. The disciplinary sanctions run 警告 < 记过 < 记大过 < 降级 < 撤职 < 开除.
 * 辞退 is a personnel measure, not a sanction; it ends employment, so it ranks above 撤职,
 * but it carries no disciplinary record, so below 开除.
 */
import type { SanctionMeasure } from './types.ts';

export const SANCTION_ORDER: readonly SanctionMeasure[] = ['警告', '记过', '记大过', '降级', '撤职', '辞退', '开除'];

/** Rank of a measure (0 = lightest), or undefined for a word that is not one. */
export function sanctionRank(measure: unknown): number | undefined {
  const i = SANCTION_ORDER.indexOf(measure as SanctionMeasure);
  return i < 0 ? undefined : i;
}

/** Art. 27: sanctions of 记大过 or heavier, and 辞退, open the committee's review. */
export function opensReview(measure: unknown): boolean {
  const rank = sanctionRank(measure);
  return rank !== undefined && rank >= SANCTION_ORDER.indexOf('记大过');
}
