import type { PolicyModel } from '../policy/index.ts';

export type Severity = 'error' | 'finding';

/**
 * What a rule says about a case, as data: the formatter (scripts/lib/validate/messages.ts)
 * turns it into Chinese. path is a JSON pointer into the case ("" for the whole case).
 */
export interface Finding {
  code: string;
  /** eId of the provision that requires it. */
  article: string;
  path: string;
  severity: Severity;
  args: Record<string, unknown>;
}

export interface RuleContext {
  model: PolicyModel;
  /** "Today" for deadlines, ISO date; fixed in tests so results do not drift with the clock. */
  asOf: string;
}

export interface Rule {
  code: string;
  severity: Severity;
  /** Every provision the rule may cite. */
  articles: string[];
  /** One Chinese sentence for the handbook's list of checks. */
  title: string;
  /** The module's file name under scripts/lib/rules/ and test/rules/ (without .ts). */
  module: string;
  check(data: Record<string, unknown>, context: RuleContext): Finding[];
}

/** A finding of `rule`, with its code and severity filled in. */
export function finding(rule: Pick<Rule, 'code' | 'severity'>, article: string, path: string, args: Record<string, unknown> = {}): Finding {
  return { code: rule.code, severity: rule.severity, article, path, args };
}
