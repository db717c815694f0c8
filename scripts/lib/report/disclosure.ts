/**
 * Small counts identify people: "乌兰察布市公安局 1件" beside "警务辅助人员 1人" names the auxiliary
 * officer to anyone who knows the unit. So the figures that describe people or place them — by
 * 承办单位, by level, by category of person, and the harms they suffered — never show a cell of 1
 * or 2 (below SMALL_CELL): such cells are merged into one "其他" cell, and when that sum is still
 * small (or could be told apart from a published total) the smallest named cells join it until it
 * is not, or nothing is named. A cell of 0 identifies no one and stays. The office's own work
 * (cases received, reports made, reviews, corrections, duties) is stated as it is: the report is
 * the unit's, and none of it is broken down by unit or by person. Documented in docs/report.md.
 */

/** The smallest count a breakdown by unit, level or person shows. */
export const SMALL_CELL = 3;

/** The merged cell's key in the JSON report. */
export const OTHER = '其他';

export interface Protected {
  /** Cells shown by name, in the order given. */
  named: [string, number][];
  /** The keys merged into 其他, when any. */
  merged: string[];
  /** 其他's value: a sum of at least SMALL_CELL, or null (below it: not shown); 0 when nothing was merged. */
  other: number | null;
}

const small = (v: number, k: number) => v > 0 && v < k;

/**
 * One breakdown of one period, whose total is published beside it (the cases, the persons):
 * every cell below k is merged into 其他; while 其他 is itself below k (the total would give it
 * away), the smallest named cell joins it. Each period is protected on its own, so a unit's
 * figure a year ago never hides this year's.
 */
export function protect(rows: readonly [string, number][], k = SMALL_CELL): Protected {
  let named = rows.filter(([, v]) => !small(v, k));
  const merged = rows.filter(([, v]) => small(v, k));
  const otherSum = () => merged.reduce((t, [, v]) => t + v, 0);
  while (merged.length > 0 && small(otherSum(), k) && named.some(([, v]) => v > 0)) {
    const smallest = named.filter(([, v]) => v > 0).reduce((a, b) => (b[1] < a[1] ? b : a));
    named = named.filter((r) => r !== smallest);
    merged.push(smallest);
  }
  return { named, merged: merged.map(([key]) => key), other: merged.length === 0 ? 0 : small(otherSum(), k) ? null : otherSum() };
}

/** A count of people or harms with no total beside it: shown when 0 or at least k, else null. */
export const protectCount = (value: number, k = SMALL_CELL): number | null => (small(value, k) ? null : value);
