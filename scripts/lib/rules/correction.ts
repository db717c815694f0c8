/**
 * Art. 28: unfair internal discipline, once verified (经核查属实), is corrected within a time
 * limit set by 警务督察. An order past its deadline and still not corrected is a finding; an
 * order with no recorded verification lacks the fact the duty rests on.
 */
import { entries, isoDate, text } from './access.ts';
import { issue, type Rule } from './types.ts';

export const correctionOverdue: Rule<'correction-overdue'> = {
  code: 'correction-overdue',
  severity: 'finding',
  articles: ['art_28__para_1'],
  title: '督促限期纠正已过期限仍未纠正的，应当继续督促',
  module: 'correction',
  check(data, { asOf }) {
    return entries(data.corrections)
      .flatMap(([i, c]) => {
        const deadline = isoDate(c.deadline);
        if (c.correctedOn !== undefined || deadline === undefined || deadline >= asOf) return [];
        const department = text(c.department);
        return [issue(this, ['art_28__para_1'], `/corrections/${i}`, { index: i, deadline, ...(department ? { department } : {}) })];
      });
  },
};

export const correctionNotVerified: Rule<'correction-not-verified'> = {
  code: 'correction-not-verified',
  severity: 'finding',
  articles: ['art_28__para_1'],
  title: '督促限期纠正以经核查属实为前提，应记录核查属实的日期',
  module: 'correction',
  check(data) {
    return entries(data.corrections)
      .filter(([, c]) => c.verifiedOn === undefined)
      .map(([i]) => issue(this, ['art_28__para_1'], `/corrections/${i}`, { index: i }));
  },
};
