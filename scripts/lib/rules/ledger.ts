/**
 * Art. 29 (六): the office tracks every case from 立案 through 调查 to 处理. The ledger is a
 * record kept as things happen, so its dates run forward and its stages never go back.
 */
import { entries, isoDate } from '../case/read.ts';
import type { RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';

const ARTICLE = 'art_29__item_6';
const STAGES = ['立案', '调查', '处理'];

export const ledgerDateBackward: Rule<'ledger-date-backward'> = {
  code: 'ledger-date-backward',
  severity: 'error',
  articles: [ARTICLE],
  title: '工作台账按时间顺序记录，后一条记录的日期不得早于前一条',
  module: 'ledger',
  check(data) {
    const out: RuleIssue<'ledger-date-backward'>[] = [];
    let previous: { index: number; date: string } | undefined;
    for (const [i, entry] of entries(data.ledger)) {
      const date = isoDate(entry.date);
      if (!date) continue;
      if (previous && date < previous.date) {
        out.push(issue(this, [ARTICLE], `/ledger/${i}/date`, { index: i, date, previous: previous.index, previousDate: previous.date }));
      }
      if (!previous || date > previous.date) previous = { index: i, date };
    }
    return out;
  },
};

export const ledgerStageBackward: Rule<'ledger-stage-backward'> = {
  code: 'ledger-stage-backward',
  severity: 'error',
  articles: [ARTICLE],
  title: '工作台账按立案、调查、处理的顺序推进，不得在后一阶段之后再记前一阶段',
  module: 'ledger',
  check(data) {
    const out: RuleIssue<'ledger-stage-backward'>[] = [];
    let reached = -1;
    let reachedStage = '';
    for (const [i, entry] of entries(data.ledger)) {
      const rank = STAGES.indexOf(entry.stage as string);
      if (rank < 0) continue;
      if (rank < reached) out.push(issue(this, [ARTICLE], `/ledger/${i}/stage`, { index: i, stage: STAGES[rank]!, after: reachedStage }));
      if (rank > reached) [reached, reachedStage] = [rank, STAGES[rank]!];
    }
    return out;
  },
};
