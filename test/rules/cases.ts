/**
 * A minimal case that breaks no rule, and the real provision model, for the rule tests. Each
 * test starts from it and changes only what its provision is about.
 */
import { loadPolicyModel, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { evaluateCase, type Rule, type RuleCode, type RuleIssue } from '../../scripts/lib/rules/index.ts';

export type CaseData = Record<string, any>;

export function baseCase(): CaseData {
  return {
    id: 'TEST-2026-001',
    unit: { name: '呼和浩特市公安局', level: '盟市' },
    opened: { by: '申请', date: '2026-03-02' },
    applicant: { kind: '本人', name: '王建国' },
    officer: { name: '王建国', role: '民警', unit: '新城区分局', onDuty: true },
    incident: { date: '2026-03-01', place: '新城区', summary: '民警处警时受到辱骂' },
    circumstances: [{ item: 'art_8__item_6' }],
    victims: [{ name: '王建国', kind: '民警本人' }],
    handlers: [{ name: '李志强', role: '主办' }],
    ledger: [{ stage: '立案', date: '2026-03-02' }],
  };
}

export const AS_OF = '2026-11-28';

let model: Promise<PolicyModel> | undefined;
export const realModel = () => (model ??= loadPolicyModel());

/** What one rule says about a case. */
export async function check<C extends RuleCode>(rule: Rule<C>, data: CaseData, withModel?: PolicyModel): Promise<RuleIssue<C>[]> {
  return rule.check(data, { model: withModel ?? (await realModel()), asOf: AS_OF });
}

/** Everything the rules say about a case. */
export async function evaluate(data: unknown): Promise<RuleIssue[]> {
  return evaluateCase(data, await realModel(), { asOf: AS_OF });
}

/** A copy of the model with one enumeration replaced, to show a rule reads the model, not a copy. */
export function withEnumeration(m: PolicyModel, name: string, members: string[]): PolicyModel {
  return { ...m, enumerations: { ...m.enumerations, [name]: { ...m.enumerations[name]!, members } } };
}
