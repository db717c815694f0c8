/**
 * A minimal case that breaks no rule, and the real provision model, for the rule tests. Each
 * test starts from it and changes only what its provision is about.
 */
import { loadPolicyModel, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { deriveFacts } from '../../scripts/lib/case/facts/index.ts';
import { evaluateCase, type Rule, type RuleCode, type RuleIssue } from '../../scripts/lib/rules/index.ts';

export type CaseData = Record<string, any>;

export function baseCase(): CaseData {
  return {
    schemaVersion: 2,
    id: 'TEST-2026-001',
    unit: { name: '呼和浩特市公安局', level: '盟市' },
    opened: { by: '申请', date: '2026-03-02' },
    applicant: { kind: '本人', person: 'p1' },
    people: [{ id: 'p1', name: '王建国', category: '民警', unit: '新城区分局' }],
    incident: { date: '2026-03-01', place: '新城区', summary: '民警处警时受到辱骂' },
    acts: [{ id: 'a1', kind: '侮辱谩骂', date: '2026-03-01', targets: [{ person: 'p1', link: '在履职中' }] }],
    handlers: [{ name: '李志强', role: '主办' }],
    ledger: [{ stage: '立案', date: '2026-03-02' }],
  };
}

export const AS_OF = '2026-11-28';

let model: Promise<PolicyModel> | undefined;
export const realModel = () => (model ??= loadPolicyModel());

/** What one rule says about a case. */
export async function check<C extends RuleCode>(rule: Rule<C>, data: CaseData, withModel?: PolicyModel): Promise<RuleIssue<C>[]> {
  const model = withModel ?? (await realModel());
  return rule.check(data, { model, asOf: AS_OF, facts: deriveFacts(data, model) });
}

/** Everything the rules say about a case. */
export async function evaluate(data: unknown): Promise<RuleIssue[]> {
  return evaluateCase(data, await realModel(), { asOf: AS_OF }).issues;
}

/** A copy of the model with one enumeration replaced, to show a rule reads the model, not a copy. */
export function withEnumeration(m: PolicyModel, name: string, members: string[]): PolicyModel {
  return { ...m, enumerations: { ...m.enumerations, [name]: { ...m.enumerations[name]!, members } } };
}

/** A target of an act: who, and how the harm is linked to duty. */
export const target = (person: string, link: string, extra: Record<string, unknown> = {}) => ({ person, link, ...extra });

/** The base case with its one act replaced. */
export function withActs(...acts: Record<string, unknown>[]): CaseData {
  const data = baseCase();
  data.acts = acts.map((a, i) => ({ id: `a${i + 1}`, date: '2026-03-01', ...a }));
  return data;
}

/** The base case with a person added. */
export function withPerson(data: CaseData, person: Record<string, unknown>): CaseData {
  data.people.push(person);
  return data;
}
