/**
 * What a report needs of one valid case, taken from the validator's result: what the facts show
 * (case/facts: who was protected, the Art. 8 and 17 items, the harms, 重大), what the rules
 * concluded, and the duty checklist with its dates. Nothing here is a name: the aggregates are
 * made of these, so no person can reach a report. Nothing is re-derived either: a count is of
 * facts, findings or duty statuses. Dates stay, so that each figure can be judged as the case
 * stood at the end of a period (see figures.ts).
 */
import { stageDate, type Case } from '../case/index.ts';
import type { Moment } from '../case/facts/index.ts';
import { defined } from '../case/read.ts';
import type { DutyStatus } from '../duties/index.ts';
import { firstReportUp } from '../rules/escalation.ts';
import { issuesWith, type FileResult } from '../validate/index.ts';

/** How the report names a near relative among the persons protected (Arts. 8, 32). */
export const RELATIVE = '近亲属';

export interface ReportCase {
  file: string;
  /** The organ that handles it, by its full name (the same organ however its file spells it). */
  unit: string;
  level: string;
  opened: string;
  /** Each person the facts cover, by category (民警, 警务辅助人员 … Art. 33; 近亲属 for a near relative). */
  persons: string[];
  /** Art. 8 items, as the facts found them. */
  art8: string[];
  /** The day each item became known (an act dated later, a finding recorded later): a period counts only what was known by its end. */
  art8Since: ReadonlyMap<string, string>;
  injured: boolean;
  killed: boolean;
  propertyLoss: number;
  /**
   * Art. 17: the items that call for a report, whether it is a 重大案事件, whether a level was
   * skipped; the first report to the next level up, and the moment the office knew of the case
   * (获悉, or when the record has none, 受理: it knew by then at the latest).
   */
  reportUp?: { items: string[]; major: boolean; skipped: boolean; first?: Moment; known: Moment & { learned: boolean } };
  /** 办结: the ledger's 处理 (the facts' one reading). */
  closedOn?: string;
  stages: { filed?: string; investigated?: string; handled?: string };
  /** Arts. 21–25: one per claim. */
  exemptions: { article: string; outcome: string }[];
  /** Art. 27: appealed sanctions. */
  appeals: { eligible: boolean; reviewedOn?: string; improper: boolean }[];
  transfers: { misconduct: boolean; infringer: boolean };
  /** The duty checklist: the reports up, corrections and notices are counted from it too. */
  duties: readonly DutyStatus[];
}

/** The facts of a valid case result (undefined for any other). */
export function reportCase(result: FileResult, organ: string): ReportCase | undefined {
  if (!result.valid || result.kind !== 'case' || !result.data || !result.facts) return undefined;
  const data = result.data as unknown as Case;
  const { facts } = result;
  const [up] = issuesWith(result.issues, 'report-up-required');
  const first = up ? firstReportUp(result.data, data.unit.level) : undefined;
  const known = facts.learnedAt ? { ...facts.learnedAt, learned: true } : { date: data.opened.date, learned: false };
  const transfers = issuesWith(result.issues, 'transfer-due');
  const eligible = new Set(issuesWith(result.issues, 'review-eligible').map((f) => f.args.index));
  return {
    file: result.file,
    unit: organ,
    level: data.unit.level,
    opened: data.opened.date,
    persons: facts.people.filter((p) => p.covered).map((p) => (p.category === '亲属' ? RELATIVE : p.category)),
    art8: facts.art8,
    art8Since: facts.art8Since,
    injured: facts.harms.some((h) => h.kind === '受伤'),
    killed: facts.harms.some((h) => h.kind === '死亡'),
    propertyLoss: facts.harms.reduce((t, h) => t + (h.kind === '财产损失' ? (h.amount ?? 0) : 0), 0),
    ...(up
      ? {
          reportUp: {
            items: up.args.items,
            major: up.args.major,
            skipped: issuesWith(result.issues, 'report-skips-level').length > 0,
            ...(first?.date ? { first: first.time ? { date: first.date, time: first.time } : { date: first.date } } : {}),
            known,
          },
        }
      : {}),
    ...(facts.closedOn ? { closedOn: facts.closedOn } : {}),
    stages: {
      ...defined({ filed: stageDate(data, '立案'), investigated: stageDate(data, '调查'), handled: stageDate(data, '处理') }),
    },
    exemptions: [
      ...issuesWith(result.issues, 'exemption-determination').map((f) => ({ article: f.args.article, outcome: f.args.outcome })),
      ...issuesWith(result.issues, 'exemption-ground-art-25').map(() => ({ article: 'art_25', outcome: '免责' })),
    ],
    appeals: (data.sanctions ?? []).flatMap((s, index) =>
      s.appeal ? [{ eligible: eligible.has(index), ...(s.appeal.reviewedOn ? { reviewedOn: s.appeal.reviewedOn } : {}), improper: s.appeal.outcome === '不当' }] : [],
    ),
    transfers: { misconduct: transfers.some((t) => t.args.reason === 'misconduct'), infringer: transfers.some((t) => t.args.reason === 'infringer') },
    duties: result.duties,
  };
}
