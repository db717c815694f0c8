/**
 * The Measures' rules as code: each rule cites its eId and returns typed findings; the
 * formatter in scripts/lib/validate turns them into Chinese. This module knows nothing of
 * files, the command line, the handbook or the forms.
 */
import type { PolicyModel } from '../policy/model.ts';
import { record } from './access.ts';
import { applicability } from './applicability.ts';
import { correctionNotVerified, correctionOverdue } from './correction.ts';
import { departmentsToInvolve } from './departments.ts';
import { exemptionDetermination, exemptionGroundArt25 } from './exemption.ts';
import { liabilityOnForbiddenGround, liabilityWithoutLawfulGround } from './forbidden-grounds.ts';
import { emergencyMisjudgmentNotMitigated, seriousFaultNotStrict } from './liability-degree.ts';
import { ledgerDateBackward, ledgerStageBackward } from './ledger.ts';
import { nearRelativeOutsideArt32, nearRelativeRelationMissing } from './near-relatives.ts';
import { offDutyWithoutArt31Facts } from './off-duty.ts';
import { handlerMustRecuse } from './recusal.ts';
import { reportNotAtFirstMoment, reportSkipsLevel, reportUpRequired } from './escalation.ts';
import { reviewEligible, reviewNotUnderArt27, sanctionHeavierAfterAppeal } from './appeal.ts';
import { infringerTransferDue, misconductTransferDue, nameClearingNoticeDue } from './transfers.ts';
import type { RuleIssue } from './issues.ts';
import type { Rule } from './types.ts';

export type * from './issues.ts';
export type { Rule } from './types.ts';
export * from './vocabulary.ts';

/** Every rule, errors first, in the order of the Measures within each kind. */
export const RULES: readonly Rule[] = [
  handlerMustRecuse,
  liabilityOnForbiddenGround,
  liabilityWithoutLawfulGround,
  seriousFaultNotStrict,
  emergencyMisjudgmentNotMitigated,
  sanctionHeavierAfterAppeal,
  ledgerDateBackward,
  ledgerStageBackward,
  offDutyWithoutArt31Facts,
  nearRelativeOutsideArt32,
  nearRelativeRelationMissing,
  applicability,
  departmentsToInvolve,
  misconductTransferDue,
  reportUpRequired,
  reportSkipsLevel,
  reportNotAtFirstMoment,
  exemptionDetermination,
  exemptionGroundArt25,
  reviewEligible,
  reviewNotUnderArt27,
  correctionNotVerified,
  correctionOverdue,
  nameClearingNoticeDue,
  infringerTransferDue,
];

export interface EvaluateOptions {
  /** "Today" for deadlines (Art. 28), ISO date; defaults to the local date. */
  asOf?: string;
}

/** Today's date in local time, ISO. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The errors and findings the Measures give for one parsed case. Safe on any value: a case
 * the schema rejects still gets every rule that can read it.
 */
export function evaluateCase(caseData: unknown, model: PolicyModel, options: EvaluateOptions = {}): RuleIssue[] {
  if (caseData === null || typeof caseData !== 'object' || Array.isArray(caseData)) return [];
  const context = { model, asOf: options.asOf ?? localToday() };
  const data = record(caseData);
  const issues: RuleIssue[] = [];
  for (const rule of RULES) for (const found of rule.check(data, context)) issues.push(found);
  return issues;
}
