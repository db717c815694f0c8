/**
 * Small cells (disclosure.ts): whatever the counts, a protected breakdown names no cell of 1 or 2,
 * and its 其他 is never 1 or 2 either — not shown, nor to be had by taking the named cells from
 * the total beside it. Checked over every breakdown of up to five cells with counts 0 to 6, and on
 * the case the issue names.
 */
import { describe, expect, it } from 'vitest';
import { protect, protectCount } from '../../scripts/lib/report/disclosure.ts';

function* breakdowns(cells: number, max: number): Generator<number[]> {
  if (cells === 0) return yield [];
  for (const rest of breakdowns(cells - 1, max)) for (let v = 0; v <= max; v++) yield [...rest, v];
}

describe('a breakdown protected against small cells', () => {
  it('shows no cell of 1 or 2, and no remainder of 1 or 2 beside the total, for every breakdown of up to five cells', () => {
    let checked = 0;
    for (let cells = 1; cells <= 5; cells++) {
      for (const values of breakdowns(cells, 6)) {
        const rows = values.map((v, i): [string, number] => [`单位${i}`, v]).filter(([, v]) => v > 0);
        const total = values.reduce((a, b) => a + b, 0);
        const shown = protect(rows);
        const named = shown.named.reduce((t, [, v]) => t + v, 0);
        for (const [, v] of shown.named) expect(v === 1 || v === 2, values.join(',')).toBe(false);
        // What a reader can work out: the total less the named cells (when nothing is named, that is the total itself, published anyway).
        const remainder = total - named;
        if (shown.named.length > 0) expect(remainder === 1 || remainder === 2, values.join(',')).toBe(false);
        expect(shown.other === 1 || shown.other === 2).toBe(false);
        if (shown.other !== null) expect(named + shown.other).toBe(total);
        // Nothing merged that need not be: a breakdown with no small cell is shown whole.
        if (!rows.some(([, v]) => v < 3)) expect(shown.merged).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(19_000);
  });

  it('hides the auxiliary officer of the issue: 乌兰察布 1件 beside six other units of one case each', () => {
    const units = protect([['乌兰察布市公安局', 1], ['包头市公安局', 1], ['赤峰市公安局', 1], ['呼和浩特市公安局', 1], ['土默特左旗公安局', 1], ['通辽市公安局', 1], ['鄂尔多斯市公安局', 1]]);
    expect(units).toEqual({ named: [], merged: expect.arrayContaining(['乌兰察布市公安局']), other: 7 });
    const persons = protect([['民警', 5], ['警务辅助人员', 1], ['其他公安机关工作人员', 1], ['近亲属', 1]]);
    expect(persons).toEqual({ named: [['民警', 5]], merged: ['警务辅助人员', '其他公安机关工作人员', '近亲属'], other: 3 });
  });

  it('a count with no total beside it is shown when 0 or at least 3', () => {
    expect([0, 1, 2, 3, 9].map((v) => protectCount(v))).toEqual([0, null, null, 3, 9]);
  });
});
