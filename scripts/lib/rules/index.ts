/**
 * The Measures' rules as code: each rule cites its eId and returns typed findings; the
 * formatter in scripts/lib/validate turns them into Chinese. This module knows nothing of
 * files, the command line, the handbook or the forms.
 */
import { deriveFacts, type CaseFacts } from '../case/facts/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import { record } from '../case/read.ts';
import { accountabilityFailing } from './accountability.ts';
import { applicantNotNearRelative } from './application.ts';
import { applicability, measuresNotApplicable } from './applicability.ts';
import { reviewBeforeHearing, reviewEligible, reviewNotUnderArt27, sanctionHeavierAfterAppeal } from './appeal.ts';
import { art8Circumstances, classificationMismatch } from './circumstances.ts';
import { departmentsToInvolve } from './departments.ts';
import { reportSkipsLevel, reportUpRequired } from './escalation.ts';
import { exemptionDetermination, exemptionGroundArt25 } from './exemption.ts';
import { liabilityOnForbiddenGround, liabilityWithoutLawfulGround } from './forbidden-grounds.ts';
import { emergencyMisjudgmentNotMitigated, seriousFaultNotStrict } from './liability-degree.ts';
import { ledgerDateBackward, ledgerStageBackward } from './ledger.ts';
import { handlerMustRecuse, handlerRelationReview } from './recusal.ts';
import { duplicateId, unknownReference } from './references.ts';
import { infringerTransferDue, misconductTransferDue, nameClearingNoticeDue, nameClearingOutOfOrder } from './transfers.ts';
import type { RuleIssue } from './issues.ts';
import type { Rule } from './types.ts';
import { localToday } from '../calendar.ts';

export type * from './issues.ts';
export type { Rule } from './types.ts';
export * from './vocabulary.ts';

/** Every rule, errors first, in the order of the Measures within each kind. */
export const RULES: readonly Rule[] = [
  unknownReference,
  duplicateId,
  handlerMustRecuse,
  applicantNotNearRelative,
  liabilityOnForbiddenGround,
  liabilityWithoutLawfulGround,
  seriousFaultNotStrict,
  emergencyMisjudgmentNotMitigated,
  sanctionHeavierAfterAppeal,
  ledgerDateBackward,
  ledgerStageBackward,
  applicability,
  measuresNotApplicable,
  departmentsToInvolve,
  art8Circumstances,
  classificationMismatch,
  handlerRelationReview,
  misconductTransferDue,
  reportUpRequired,
  reportSkipsLevel,
  exemptionDetermination,
  exemptionGroundArt25,
  reviewEligible,
  reviewNotUnderArt27,
  reviewBeforeHearing,
  nameClearingNoticeDue,
  nameClearingOutOfOrder,
  infringerTransferDue,
  accountabilityFailing,
];

export interface EvaluateOptions {
  /** "Today" for deadlines (Art. 28), ISO date; defaults to the local date. */
  asOf?: string;
}

/**
 * The errors and findings the Measures give for one parsed case, and the facts they were read
 * from (case/facts, derived once). Safe on any value: a case the schema rejects still gets every
 * rule that can read it.
 */
export function evaluateCase(caseData: unknown, model: PolicyModel, options: EvaluateOptions = {}): { issues: RuleIssue[]; facts: CaseFacts } {
  const data = record(caseData);
  const facts = deriveFacts(data, model);
  if (caseData === null || typeof caseData !== 'object' || Array.isArray(caseData)) return { issues: [], facts };
  const context = { model, asOf: options.asOf ?? localToday(), facts };
  const issues: RuleIssue[] = [];
  for (const rule of RULES) for (const found of rule.check(data, context)) issues.push(found);
  return { issues, facts };
}
