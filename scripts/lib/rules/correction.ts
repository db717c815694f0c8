/**
 * Art. 28: unfair internal discipline, once verified, is corrected within a time limit set by
 * 警务督察. An order past its deadline and still not corrected is a finding.
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
