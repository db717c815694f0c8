/**
 * Every code a rule can report, with the arguments it carries. One table: the rules build
 * their issues from it, scripts/lib/validate/messages.ts must give each code its Chinese
 * sentence (the compiler checks that none is missing), and the forms read the arguments with
 * their types instead of casting them.
 *
 * Arguments hold indices, eIds and the short enumerated words a case uses (“祖父”, “记大过”);
 * the exemption review's conditions also carry the facts the clerk recorded, for the forms.
 * Messages never repeat names or free text.
 */
import type { CoverageReason } from '../case/facts/types.ts';
import type { ConditionStatus, ExemptionOutcome } from './vocabulary.ts';

export type { CoverageReason };

export type Severity = 'error' | 'finding';

/** An eId of a provision of the Measures (art_17__item_3). */
export type EId = string;

/** A person of the case as messages name them: their category and their id in the file (never their name). */
export interface PersonRef {
  person: string;
  category: string;
}

/** Where a case refers to a person or an act by id. */
export type ReferenceKind = 'person' | 'protected' | 'act';

export interface ConditionFinding {
  item: EId;
  status: ConditionStatus;
  /** The fact the clerk recorded for it, when there is one. */
  fact?: string;
}

/** Art. 30's failings a case record can show. */
export type FailingEvidence = 'no-report-up' | 'no-aftercare' | 'not-handled' | 'downgraded';

/**
 * `person` in the arguments is the protected person's category (民警, 警务辅助人员 …, Art. 33), so
 * that a message about a 辅警 never calls them 民警.
 */
export interface RuleArgs {
  // Errors
  'unknown-reference': { id: string; expects: ReferenceKind };
  'duplicate-id': { id: string; first: number };
  'applicant-not-near-relative': { reason: 'not-relative' | 'not-near' | 'not-of-protected' | 'relative-as-self'; relation?: string };
  'handler-must-recuse': { index: number; reason: 'self' | 'near-relative' | 'same-name'; of: PersonRef; relation?: string };
  /** `ground` the phrasing found, `kind` the ground of Art. 18 it means ("等" for one of the same kind). */
  'liability-on-forbidden-ground': { index: number; ground: string; kind: string; person: string };
  'liability-without-lawful-ground': { index: number; person: string };
  'serious-fault-not-strict': { index: number; treatment: string };
  'emergency-misjudgment-not-mitigated': { index: number; treatment: string; allowed: readonly string[] };
  'sanction-heavier-after-appeal': { index: number; measure: string; revisedMeasure: string; person: string };
  'ledger-date-backward': { index: number; date: string; previous: number; previousDate: string };
  'ledger-stage-backward': { index: number; stage: string; after: string };
  // Findings
  /** One per person the acts are aimed at: whether, and on what, the Measures protect them. */
  applicability: PersonRef & { covered: boolean; reason: CoverageReason; link: string; basis?: '适用' | '遵照' | '参照'; relation?: string; /** Said of one act, for a person another act covers. */ act?: { index: number; kind: string } };
  'measures-not-applicable': Record<string, never>;
  'art-8-circumstances': { items: EId[] };
  'classification-mismatch': { missing: EId[]; extra: EId[] };
  'handler-relation-review': { index: number; of: PersonRef };
  'departments-to-involve': { items: EId[] };
  'transfer-due': { reason: 'misconduct' | 'infringer'; to?: string; person: string };
  /** `reported`: to the next level up; `major`: a 重大案事件 (Art. 29（一）); `basis`: Art. 33 extends item 1 to the person. */
  'report-up-required': { items: EId[]; level: '盟市' | '旗县'; reported: boolean; major: boolean; basis?: '遵照' | '参照' };
  'report-skips-level': { index: number };
  'exemption-determination': { index: number; article: EId; outcome: ExemptionOutcome; conditions: ConditionFinding[] };
  'exemption-ground-art-25': { index: number; items: EId[]; person: string };
  'review-eligible': { index: number; measure: string; appealed: boolean; person: string };
  'review-not-under-art-27': { index: number; measure: string; person: string };
  'review-before-hearing': { index: number; reviewedOn: string; heardOn?: string; person: string };
  'name-clearing-notice-due': { finding?: string; scope?: string; issuedOn?: string };
  'name-clearing-out-of-order': { step: 'notice-before-proved' | 'notice-before-materials' | 'materials-before-proved'; date: string; before: string };
  'accountability-failing': { evidence: FailingEvidence; closedOn: string; detail?: string };
}

export type RuleCode = keyof RuleArgs;

/**
 * One issue: what was found (code and args), where (a JSON pointer into the document, "" for
 * the whole of it), and every provision it rests on, the one to cite first.
 */
export interface IssueOf<C extends string, A> {
  code: C;
  severity: Severity;
  /** eIds, most specific first; [] for a problem of the file itself (a syntax error). */
  articles: readonly EId[];
  path: string;
  args: A;
  /** Point at the member's key rather than its value (an unknown or forbidden key). */
  at?: 'key' | 'value';
}

/** An issue a rule reports, discriminated by its code. */
export type RuleIssue<C extends RuleCode = RuleCode> = { [K in C]: IssueOf<K, RuleArgs[K]> }[C];
