/**
 * What the duties ask of a case, in one place: which Art. 8 circumstances it names, whether the
 * person was hurt, and what the rules concluded (the departments of Art. 7, the items of Art. 17).
 */
import type { Case } from '../case/index.ts';
import type { RuleCode, RuleIssue } from '../rules/issues.ts';

/** Whether the case names Art. 8 item n. */
export const names = (data: Case, ...items: number[]) => data.circumstances.some((c) => items.some((n) => c.item === `art_8__item_${n}`));

export const hurt = (data: Case) => data.harm?.injured === true || data.harm?.killed === true;

export const lostProperty = (data: Case) => (data.harm?.propertyLoss ?? 0) > 0;

/** The rules' finding with this code, typed by it. */
export function found<C extends RuleCode>(issues: readonly RuleIssue[], code: C): RuleIssue<C> | undefined {
  return issues.find((i) => i.code === code) as RuleIssue<C> | undefined;
}

/** Whether the rules found that the Art. 7 department of item n acts in this case. */
export function involves(issues: readonly RuleIssue[], item: number): boolean {
  return found(issues, 'departments-to-involve')?.args.items.includes(`art_7__item_${item}`) ?? false;
}
