/**
 * Art. 27: sanctions of 记大过 or heavier, and 辞退, open the committee's review when the
 * officer appeals; and no sanction may become heavier because the officer appealed. Below
 * 记大过, Art. 27's review does not apply, though the committee may still review liability the
 * officer contests (Art. 5 ¶2) and the office take up the request (Art. 6 ¶2).
 */
import { heavier, opensReview } from '../case/index.ts';
import { categoryOf } from '../case/facts/index.ts';
import { entries, isoDate, record } from '../case/read.ts';
import type { RuleIssue } from './issues.ts';
import { issue, type Rule } from './types.ts';

const ARTICLE = 'art_27__para_1';
const ART_33 = 'art_33__para_1';

/** The provisions a finding about `person`'s sanction rests on: Art. 33 too for one who is not a 民警 (遵照 or 参照). */
const cited = (facts: Parameters<typeof categoryOf>[0], person: unknown, base: readonly string[]) => (categoryOf(facts, person) === '民警' ? [...base] : [...base, ART_33]);

export const sanctionHeavierAfterAppeal: Rule<'sanction-heavier-after-appeal'> = {
  code: 'sanction-heavier-after-appeal',
  severity: 'error',
  articles: [ARTICLE, ART_33],
  title: '不得因民警申诉而加重处分、处理：申诉后变更的种类不得重于原种类',
  module: 'appeal',
  check(data, { facts }) {
    const out: RuleIssue<'sanction-heavier-after-appeal'>[] = [];
    for (const [i, sanction] of entries(data.sanctions)) {
      const revised = record(sanction.appeal).revisedMeasure;
      if (heavier(sanction.measure, revised)) {
        out.push(issue(this, cited(facts, sanction.person, [ARTICLE]), `/sanctions/${i}/appeal/revisedMeasure`, { index: i, measure: String(sanction.measure), revisedMeasure: String(revised), person: categoryOf(facts, sanction.person) }));
      }
    }
    return out;
  },
};

export const reviewEligible: Rule<'review-eligible'> = {
  code: 'review-eligible',
  severity: 'finding',
  articles: [ARTICLE, ART_33],
  title: '记大过以上处分或辞退，民警有异议申诉的，由维权委听取陈述并全面复核',
  module: 'appeal',
  check(data, { facts }) {
    return entries(data.sanctions)
      .filter(([, s]) => opensReview(s.measure))
      .map(([i, s]) => issue(this, cited(facts, s.person, [ARTICLE]), `/sanctions/${i}`, { index: i, measure: String(s.measure), appealed: s.appeal !== undefined, person: categoryOf(facts, s.person) }));
  },
};

export const reviewNotUnderArt27: Rule<'review-not-under-art-27'> = {
  code: 'review-not-under-art-27',
  severity: 'finding',
  articles: [ARTICLE, 'art_5__para_2', 'art_6__para_2', ART_33],
  title: '对记大过以下的处分或辞退以外的处理申诉的，不适用第二十七条的复核，维权委可依第五条、维权办可依第六条审核、受理',
  module: 'appeal',
  check(data, { facts }) {
    return entries(data.sanctions)
      .filter(([, s]) => s.appeal !== undefined && typeof s.measure === 'string' && !opensReview(s.measure))
      .map(([i, s]) => issue(this, cited(facts, s.person, [ARTICLE, 'art_5__para_2', 'art_6__para_2']), `/sanctions/${i}/appeal`, { index: i, measure: String(s.measure), person: categoryOf(facts, s.person) }));
  },
};

/** Art. 27: 应当听取当事民警的陈述，对事实、理由、依据和程序进行全面复核 — the hearing comes first. */
export const reviewBeforeHearing: Rule<'review-before-hearing'> = {
  code: 'review-before-hearing',
  severity: 'finding',
  articles: [ARTICLE, ART_33],
  title: '维权委复核应在听取当事民警陈述之后；没有听取陈述或复核日期早于听取陈述的，复核程序不符合第二十七条',
  module: 'appeal',
  check(data, { facts }) {
    return entries(data.sanctions).flatMap(([i, s]) => {
      const appeal = record(s.appeal);
      const reviewedOn = isoDate(appeal.reviewedOn);
      const heardOn = isoDate(appeal.heardOn);
      if (!reviewedOn || !opensReview(s.measure) || (heardOn !== undefined && heardOn <= reviewedOn)) return [];
      return [issue(this, cited(facts, s.person, [ARTICLE]), `/sanctions/${i}/appeal/${heardOn ? 'heardOn' : 'reviewedOn'}`, { index: i, reviewedOn, ...(heardOn ? { heardOn } : {}), person: categoryOf(facts, s.person) })];
    });
  },
};
