/** A validation result as its reader sees it: each issue with its words, for the tests' assertions. */
import { errorsOf, findingsOf, type ValidationResult, type Validator } from '../../scripts/lib/validate/index.ts';

export function worded(validator: Validator, result: ValidationResult) {
  const word = (issues: ReturnType<typeof errorsOf>) => issues.map((i) => ({ ...i, ...validator.describe.issue(i, result.kind) }));
  return { errors: word(errorsOf(result)), findings: word(findingsOf(result)) };
}
