/** The duty checklist of a case as the validator makes it, for the duty tests. */
import type { Case } from '../../scripts/lib/case/index.ts';
import { evaluateDuties, type DutyStatus } from '../../scripts/lib/duties/index.ts';
import { evaluateCase } from '../../scripts/lib/rules/index.ts';
import { AS_OF, realModel, type CaseData } from '../rules/cases.ts';

export async function checklist(data: CaseData): Promise<DutyStatus[]> {
  const model = await realModel();
  const { issues, facts } = evaluateCase(data, model, { asOf: AS_OF });
  return evaluateDuties(data as Case, issues, { model, asOf: AS_OF, facts });
}

/** The one status of a duty in a case, or undefined when the duty does not apply. */
export async function dutyIn(data: CaseData, code: string): Promise<DutyStatus | undefined> {
  const found = (await checklist(data)).filter((d) => d.duty === code);
  if (found.length > 1) throw new Error(`${code} applies ${found.length} times; use checklist()`);
  return found[0];
}
