import type { CaseFacts } from '../case/facts/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import type { EId, RuleArgs, RuleCode, RuleIssue, Severity } from './issues.ts';

interface RuleContext {
  model: PolicyModel;
  /** "Today" for deadlines, ISO date; fixed in tests so results do not drift with the clock. */
  asOf: string;
  /** What the record's facts mean (case/facts): the one reading every rule takes its triggers from. */
  facts: CaseFacts;
}

export interface Rule<C extends RuleCode = RuleCode> {
  code: C;
  severity: Severity;
  /** Every provision the rule may cite. */
  articles: readonly EId[];
  /** One Chinese sentence for the handbook's list of checks. */
  title: string;
  /** The module's file name under scripts/lib/rules/ and test/rules/ (without .ts). */
  module: string;
  check(data: Record<string, unknown>, context: RuleContext): RuleIssue<C>[];
}

/** An issue of `rule`, with its code and severity filled in. */
export function issue<C extends RuleCode>(rule: Pick<Rule<C>, 'code' | 'severity'>, articles: readonly EId[], path: string, args: RuleArgs[C]): RuleIssue<C> {
  // The mapped union cannot see that { code: C, args: RuleArgs[C] } is one of its members.
  return { code: rule.code, severity: rule.severity, articles, path, args } as unknown as RuleIssue<C>;
}
