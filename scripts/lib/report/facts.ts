/**
 * What a report needs of one valid case, taken from the validator's result: the case's facts
 * with their dates, what the rules concluded, and its duties. Nothing here is a name: the
 * aggregates are made of these, so no person can reach a report. Dates stay, so that each
 * figure can be judged as the case stood at the end of a period (see figures.ts).
 */
import { stageDate, type Case } from '../case/index.ts';
import { defined } from '../case/read.ts';
import type { DutyStatus } from '../duties/index.ts';
import { reportFacts } from '../rules/escalation.ts';
import { issuesWith, type FileResult } from '../validate/index.ts';

export interface CaseFacts {
  file: string;
  unit: string;
  level: string;
  /** 民警, 警务辅助人员 … (Art. 33) */
  person: string;
  opened: string;
  /** Art. 8 items. */
  circumstances: string[];
  injured: boolean;
  killed: boolean;
  propertyLoss: number;
  /** Art. 17: the items that call for a report, the first report to the next level, and how it went. */
  reportUp?: { items: string[]; major: boolean; firstReport?: string; skipped: boolean };
  stages: { filed?: string; investigated?: string; handled?: string };
  /** Arts. 21–25: one per claim. */
  exemptions: { article: string; outcome: string }[];
  /** Art. 27: appealed sanctions. */
  appeals: { eligible: boolean; reviewedOn?: string; improper: boolean }[];
  /** Art. 28: one per correction order. */
  corrections: { orderedOn: string; deadline: string; correctedOn?: string }[];
  /** Art. 29（五）: a complaint proved false, and the notice. */
  nameClearing?: { provedOn: string; noticeIssuedOn?: string };
  transfers: { misconduct: boolean; infringer: boolean };
  duties: readonly DutyStatus[];
}


/** The facts of a valid case result (undefined for any other). */
export function caseFacts(result: FileResult): CaseFacts | undefined {
  if (!result.valid || result.kind !== 'case' || !result.data) return undefined;
  const data = result.data as unknown as Case;
  const up = reportFacts(result.data);
  const transfers = issuesWith(result.issues, 'transfer-due');
  const eligible = new Set(issuesWith(result.issues, 'review-eligible').map((f) => f.args.index));
  return {
    file: result.file,
    unit: data.unit.name,
    level: data.unit.level,
    person: data.officer.role,
    opened: data.opened.date,
    circumstances: data.circumstances.map((c) => c.item),
    injured: data.harm?.injured === true,
    killed: data.harm?.killed === true,
    propertyLoss: data.harm?.propertyLoss ?? 0,
    ...(up
      ? {
          reportUp: {
            items: up.items,
            major: up.items.includes('art_17__item_1') || up.items.includes('art_17__item_2'),
            ...(up.first?.date ? { firstReport: up.first.date } : {}),
            skipped: issuesWith(result.issues, 'report-skips-level').length > 0,
          },
        }
      : {}),
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
    corrections: (data.corrections ?? []).map((c) => ({ orderedOn: c.orderedOn, deadline: c.deadline, ...(c.correctedOn ? { correctedOn: c.correctedOn } : {}) })),
    ...(data.nameClearing?.provedOn
      ? { nameClearing: { provedOn: data.nameClearing.provedOn, ...(data.nameClearing.noticeIssuedOn ? { noticeIssuedOn: data.nameClearing.noticeIssuedOn } : {}) } }
      : {}),
    transfers: { misconduct: transfers.some((t) => t.args.reason === 'misconduct'), infringer: transfers.some((t) => t.args.reason === 'infringer') },
    duties: result.duties,
  };
}
