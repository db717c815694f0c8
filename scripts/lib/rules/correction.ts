/**
 * Art. 28: unfair internal discipline, once verified, is corrected within a time limit set by
 * 警务督察. An order past its deadline and still not corrected is a finding.
 */
import { entries, isoDate } from './access.ts';
import { finding, type Rule } from './types.ts';

export const correctionOverdue: Rule = {
  code: 'correction-overdue',
  severity: 'finding',
  articles: ['art_28__para_1'],
  title: '督促限期纠正已过期限仍未纠正的，应当继续督促',
  module: 'correction',
  check(data, { asOf }) {
    return entries(data.corrections)
      .filter(([, c]) => c.correctedOn === undefined && (isoDate(c.deadline) ?? '9999') < asOf)
      .map(([i, c]) => finding(this, 'art_28__para_1', `/corrections/${i}`, { index: i, deadline: c.deadline, department: c.department }));
  },
};
