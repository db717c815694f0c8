/**
 * Art. 27: sanctions of 记大过 or heavier, and 辞退, open the committee's review when the
 * officer appeals; and no sanction may become heavier because the officer appealed.
 */
import { opensReview, sanctionRank } from '../case/index.ts';
import { entries, record } from './access.ts';
import type { RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';

const ARTICLE = 'art_27__para_1';

export const sanctionHeavierAfterAppeal: Rule<'sanction-heavier-after-appeal'> = {
  code: 'sanction-heavier-after-appeal',
  severity: 'error',
  articles: [ARTICLE],
  title: '不得因民警申诉而加重处分、处理：申诉后变更的种类不得重于原种类',
  module: 'appeal',
  check(data) {
    const out: RuleIssue<'sanction-heavier-after-appeal'>[] = [];
    for (const [i, sanction] of entries(data.sanctions)) {
      const revised = record(sanction.appeal).revisedMeasure;
      const before = sanctionRank(sanction.measure);
      const after = sanctionRank(revised);
      if (before !== undefined && after !== undefined && after > before) {
        out.push(issue(this, [ARTICLE], `/sanctions/${i}/appeal/revisedMeasure`, { index: i, measure: String(sanction.measure), revisedMeasure: String(revised) }));
      }
    }
    return out;
  },
};

export const reviewEligible: Rule<'review-eligible'> = {
  code: 'review-eligible',
  severity: 'finding',
  articles: [ARTICLE],
  title: '记大过以上处分或辞退，民警有异议申诉的，由维权委听取陈述并全面复核',
  module: 'appeal',
  check(data) {
    return entries(data.sanctions)
      .filter(([, s]) => opensReview(s.measure))
      .map(([i, s]) => issue(this, [ARTICLE], `/sanctions/${i}`, { index: i, measure: String(s.measure), appealed: s.appeal !== undefined }));
  },
};
