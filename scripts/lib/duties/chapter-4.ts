/**
 * Chapter 4, 依法履职免责 (with Arts. 5 ¶2 and 6 ¶2): professional review and outside inquiries
 * (Art. 26), the appeal against liability (复核申请), the committee's review of an appealed heavy
 * sanction (Art. 27), and the correction of unfair discipline (Art. 28).
 *
 * An appeal against liability the officer contests is taken up by the office (Art. 6 ¶2: 受理调查
 * …有异议的复核申请) and examined by the committee (Art. 5 ¶2: 进行审核), whatever the sanction. For
 * 记大过 or heavier and 辞退, Art. 27 asks more of the committee of the officer's own organ (民警所在
 * 公安机关): hear the officer first, review in full, and send an opinion where the decision was
 * wrong.
 */
import { organOf } from '../case/levels.ts';
import { opensReview } from '../case/index.ts';
import { actionsOf, doneBy } from './records.ts';
import { statusOf, whenRecorded, type Duty, type DutyContext, type DutyStatus } from './types.ts';
import type { Case } from '../case/index.ts';

const MODULE = 'chapter-4';

const legalReview = whenRecorded(
  { code: 'legal-review', articles: ['art_26__para_1'], holder: '{unit}维权办', title: '根据需要聘用法律专业人士，对是否依法履职进行专业审查', field: 'actions[].kind=专业审查', module: MODULE },
  (data) => doneBy(actionsOf(data, '专业审查')[0]?.action),
  '/actions',
);

const inquiries = (data: Case, kinds: readonly string[]) => (data.events ?? []).filter((e) => kinds.includes(e.kind)).sort((a, b) => a.date.localeCompare(b.date));

/** Art. 26 ¶1: when 纪检监察 or 检察 step in, the organ provides its reasoned opinion, promptly. */
const inquiryOpinion: Duty = {
  code: 'inquiry-opinion',
  articles: ['art_26__para_1'],
  holder: '{unit}',
  title: '对纪检监察机关、检察机关介入调查的，及时提供论证意见',
  timing: '及时',
  field: 'actions[].kind=提供论证意见',
  module: MODULE,
  check(data, context) {
    const inquiry = inquiries(data, ['检察机关介入调查', '纪检监察机关介入调查'])[0];
    if (!inquiry) return [];
    const clock = { from: { date: inquiry.date }, what: inquiry.kind };
    return [statusOf(this, { path: '/actions', since: inquiry.date, clock, done: doneBy(actionsOf(data, '提供论证意见')[0]?.action) }, context)];
  },
};

/** Art. 26 ¶2: under a 检察 investigation, legal staff and counsel support the inquiry. */
const inquiryLegalSupport: Duty = {
  code: 'inquiry-legal-support',
  articles: ['art_26__para_2'],
  holder: '公安法制部门和公安机关聘请的法律顾问、专职律师',
  title: '在职责范围内为事件的调查处理提供必要的法律配合',
  field: 'actions[].kind=法律配合',
  module: MODULE,
  check(data, context) {
    const inquiry = inquiries(data, ['检察机关介入调查'])[0];
    if (!inquiry) return [];
    return [statusOf(this, { path: '/actions', since: inquiry.date, done: doneBy(actionsOf(data, '法律配合')[0]?.action) }, context)];
  },
};

type Sanction = NonNullable<Case['sanctions']>[number];
type Appeal = NonNullable<Sanction['appeal']>;

/** The committee of the sanctioned person's own organ (Art. 27: 民警所在公安机关维权委). */
function ownCommittee(data: Case, sanction: Sanction, context: DutyContext): string {
  const unit = data.people.find((p) => p.id === sanction.person)?.unit;
  return `${organOf(unit) ?? context.unit}维权委`;
}

/** A duty per appealed sanction that `applies` picks, discharged on the appeal's date `field`. */
function perAppeal(
  duty: Omit<Duty, 'check'>,
  field: 'acceptedOn' | 'heardOn' | 'reviewedOn' | 'opinionSentOn',
  applies: (sanction: Sanction, appeal: Appeal) => boolean,
  holder?: (data: Case, sanction: Sanction, context: DutyContext) => string,
): Duty {
  return {
    ...duty,
    check(data, context) {
      const out: DutyStatus[] = [];
      (data.sanctions ?? []).forEach((sanction, index) => {
        const { appeal } = sanction;
        if (!appeal || !applies(sanction, appeal)) return;
        const on = appeal[field];
        // Art. 27: the review comes after hearing the officer; one dated before it (or with no hearing) is 需核实.
        const concern =
          field === 'reviewedOn' && on && opensReview(sanction.measure) && !(appeal.heardOn && appeal.heardOn <= on)
            ? { kind: 'before-trigger' as const, on, trigger: appeal.heardOn ?? '', triggerWhat: '听取当事民警陈述' }
            : undefined;
        out.push(
          statusOf(this, { path: `/sanctions/${index}/appeal/${field}`, index, person: sanction.person, since: appeal.date, done: on ? { date: on } : undefined, concern, ...(holder ? { holder: holder(data, sanction, context) } : {}) }, context),
        );
      });
      return out;
    },
  };
}

const appealAcceptance = perAppeal(
  { code: 'appeal-acceptance', articles: ['art_6__para_2'], holder: '{unit}维权办', title: '受理调查{person}因履行职责受到责任追究且有异议的复核申请', field: 'sanctions[].appeal.acceptedOn', module: MODULE },
  'acceptedOn',
  () => true,
);
const appealExamination = perAppeal(
  { code: 'appeal-examination', articles: ['art_5__para_2'], holder: '{unit}维权委', title: '对{person}受到责任追究且有异议的情形进行审核', field: 'sanctions[].appeal.reviewedOn', module: MODULE },
  'reviewedOn',
  (s) => !opensReview(s.measure),
);
const appealHearing = perAppeal(
  { code: 'appeal-hearing', articles: ['art_27__para_1'], holder: '民警所在公安机关维权委', title: '听取当事{person}的陈述', field: 'sanctions[].appeal.heardOn', module: MODULE },
  'heardOn',
  (s) => opensReview(s.measure),
  ownCommittee,
);
const appealReview = perAppeal(
  { code: 'appeal-review', articles: ['art_27__para_1'], holder: '民警所在公安机关维权委', title: '在听取陈述后，对事实、理由、依据和程序进行全面复核', field: 'sanctions[].appeal.reviewedOn', module: MODULE },
  'reviewedOn',
  (s) => opensReview(s.measure),
  ownCommittee,
);
const reviewOpinionSent = perAppeal(
  { code: 'review-opinion-sent', articles: ['art_27__para_1'], holder: '民警所在公安机关维权委', title: '认为处分、处理决定不当的，向作出决定部门提供复核意见', field: 'sanctions[].appeal.opinionSentOn', module: MODULE },
  'opinionSentOn',
  (s, a) => opensReview(s.measure) && a.outcome === '不当',
  ownCommittee,
);

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
      statusOf(this, { path: `/corrections/${index}/orderedOn`, index, person: c.person, since: c.verifiedOn, done: c.orderedOn ? { date: c.orderedOn, ...(c.id ? { document: c.id } : {}) } : undefined, ...(c.orderedBy ? { holder: c.orderedBy } : {}) }, context),
    );
  },
};

/** Art. 28: the department concerned corrects within the limit: corrected after it, or not by it, is 逾期. */
const correctionMade: Duty = {
  code: 'correction-made',
  articles: ['art_28__para_1'],
  holder: '相关部门',
  title: '在督促的期限内纠正不公正的处分、处理',
  timing: '限期',
  field: 'corrections[].correctedOn',
  module: MODULE,
  check(data, context) {
    return (data.corrections ?? []).flatMap((c, index) =>
      c.orderedOn
        ? [statusOf(this, { path: `/corrections/${index}/correctedOn`, index, person: c.person, since: c.orderedOn, deadline: c.deadline, done: c.correctedOn ? { date: c.correctedOn } : undefined, holder: c.department }, context)]
        : [],
    );
  },
};

export const CHAPTER_4: readonly Duty[] = [
  legalReview,
  inquiryOpinion,
  inquiryLegalSupport,
  appealAcceptance,
  appealExamination,
  appealHearing,
  appealReview,
  reviewOpinionSent,
  correctionOrder,
  correctionMade,
];
