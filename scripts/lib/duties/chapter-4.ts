/**
 * Chapter 4, 依法履职免责: professional review and outside inquiries (Art. 26), the committee's
 * review of an appealed sanction (Art. 27), and the correction of unfair discipline (Art. 28).
 * Art. 26's first sentence ("根据需要" hire lawyers to review) is the office's to judge: it is
 * shown once recorded, never as owed.
 */
import { opensReview } from '../case/index.ts';
import { doneBy, statusOf, whenRecorded, type Duty, type DutyStatus } from './types.ts';

const MODULE = 'chapter-4';

const legalReview = whenRecorded(
  {
    code: 'legal-review',
    articles: ['art_26__para_1'],
    holder: '{unit}维权办',
    title: '根据需要聘用法律专业人士，对{person}是否依法履职进行专业审查',
    field: 'legalReview',
    module: MODULE,
  },
  (data) => doneBy(data.legalReview),
  '/legalReview',
);

/** Art. 26 ¶1: when 纪检监察 or 检察 step in, the organ provides its reasoned opinion, promptly. */
const inquiryOpinion: Duty = {
  code: 'inquiry-opinion',
  articles: ['art_26__para_1'],
  holder: '{unit}',
  title: '对纪检监察机关、检察机关介入调查的，及时提供论证意见',
  timing: '及时',
  field: 'externalInquiry.opinionProvided',
  module: MODULE,
  check(data, context) {
    const inquiry = data.externalInquiry;
    if (!inquiry) return [];
    return [statusOf(this, { path: '/externalInquiry/opinionProvided', since: inquiry.date, done: doneBy(inquiry.opinionProvided) }, context)];
  },
};

/** Art. 26 ¶2: under a 检察 investigation, legal staff and counsel support the inquiry. */
const inquiryLegalSupport: Duty = {
  code: 'inquiry-legal-support',
  articles: ['art_26__para_2'],
  holder: '公安法制部门和公安机关聘请的法律顾问、专职律师',
  title: '在职责范围内为事件的调查处理提供必要的法律配合',
  field: 'externalInquiry.legalSupport',
  module: MODULE,
  check(data, context) {
    const inquiry = data.externalInquiry;
    if (inquiry?.by !== '检察机关') return [];
    return [statusOf(this, { path: '/externalInquiry/legalSupport', since: inquiry.date, done: doneBy(inquiry.legalSupport) }, context)];
  },
};

/** Art. 27: an appealed sanction of 记大过 or heavier, or 辞退, per sanction. */
function forEachAppeal(code: string, title: string, field: 'heardOn' | 'reviewedOn' | 'opinionSentOn', when: (outcome: string | undefined) => boolean): Duty {
  return {
    code,
    articles: ['art_27__para_1'],
    holder: '{unit}维权委',
    title,
    field: `sanctions[].appeal.${field}`,
    module: MODULE,
    check(data, context) {
      const out: DutyStatus[] = [];
      (data.sanctions ?? []).forEach((sanction, index) => {
        const { appeal } = sanction;
        if (!appeal || !opensReview(sanction.measure) || !when(appeal.outcome)) return;
        const on = appeal[field];
        out.push(statusOf(this, { path: `/sanctions/${index}/appeal/${field}`, index, since: appeal.date, done: on ? { date: on } : undefined }, context));
      });
      return out;
    },
  };
}

const appealHearing = forEachAppeal('appeal-hearing', '听取当事{person}的陈述', 'heardOn', () => true);
const appealReview = forEachAppeal('appeal-review', '对事实、理由、依据和程序进行全面复核', 'reviewedOn', () => true);
const reviewOpinionSent = forEachAppeal('review-opinion-sent', '认为处分、处理决定不当的，向作出决定部门提供复核意见', 'opinionSentOn', (o) => o === '不当');

/** Art. 28: once unfair discipline is verified, 警务督察 orders its correction within a time limit. */
const correctionOrder: Duty = {
  code: 'correction-order',
  articles: ['art_28__para_1'],
  holder: '警务督察部门',
  title: '督促相关部门限期纠正不公正的处分、处理',
  field: 'corrections[].orderedOn',
  module: MODULE,
  check(data, context) {
    return (data.corrections ?? []).map((c, index) =>
      statusOf(this, { path: `/corrections/${index}/orderedOn`, index, since: c.verifiedOn, done: { date: c.orderedOn, document: c.id } }, context),
    );
  },
};

/** Art. 28: the department concerned corrects within the limit; past it and not corrected, the duty is overdue. */
const correctionMade: Duty = {
  code: 'correction-made',
  articles: ['art_28__para_1'],
  holder: '相关部门',
  title: '在期限内纠正不公正的处分、处理',
  timing: '限期',
  field: 'corrections[].correctedOn',
  module: MODULE,
  check(data, context) {
    return (data.corrections ?? []).map((c, index) =>
      statusOf(this, { path: `/corrections/${index}/correctedOn`, index, since: c.orderedOn, deadline: c.deadline, done: c.correctedOn ? { date: c.correctedOn } : undefined, holder: c.department }, context),
    );
  },
};

export const CHAPTER_4: readonly Duty[] = [legalReview, inquiryOpinion, inquiryLegalSupport, appealHearing, appealReview, reviewOpinionSent, correctionOrder, correctionMade];
