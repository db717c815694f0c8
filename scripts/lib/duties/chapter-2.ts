/**
 * Chapter 2, Art. 7: what each member department of the committee does in a case. Which
 * departments act is the rules' conclusion (departments-to-involve); each department's duty
 * is discharged by the record its work leaves in the case file.
 */
import { doneBy, statusOf, whenRecorded, type Duty } from './types.ts';
import { involves } from './facts.ts';

const MODULE = 'chapter-2';

/** Art. 7（一）: 警务督察 visits and comforts every officer whose authority was infringed. */
const comfortVisit: Duty = {
  code: 'comfort-visit',
  articles: ['art_7__item_1'],
  holder: '警务督察部门',
  title: '对执法权威受侵犯的{person}进行抚助慰问',
  field: 'aftercare.visits',
  module: MODULE,
  check(data, context) {
    if (!involves(context.issues, 1)) return [];
    return [statusOf(this, { path: '/aftercare/visits', since: data.opened.date, done: doneBy(data.aftercare?.visits?.[0]) }, context)];
  },
};

/** Art. 7（二）: 政工 sees to medical care and crisis intervention for an injured officer, and the injury insurance. */
function forTheHurt(code: string, title: string, field: 'medicalCare' | 'psychologicalSupport' | 'injuryInsurance'): Duty {
  return {
    code,
    articles: ['art_7__item_2'],
    holder: '政工部门',
    title,
    field: `aftercare.${field}`,
    module: MODULE,
    check(data, context) {
      if (!involves(context.issues, 2)) return [];
      return [statusOf(this, { path: `/aftercare/${field}`, since: data.incident.date, done: doneBy(data.aftercare?.[field]) }, context)];
    },
  };
}

const medicalCare = forTheHurt('medical-care', '协调紧急就医绿色通道，做好医疗救治', 'medicalCare');
const psychologicalSupport = forTheHurt('psychological-support', '做好心理危机干预', 'psychologicalSupport');
const injuryInsurance = forTheHurt('injury-insurance', '开展工伤保险等服务保障工作', 'injuryInsurance');

/** Art. 7（三）: 新闻宣传 guides public opinion on a case that has one. */
const opinionGuidance: Duty = {
  code: 'opinion-guidance',
  articles: ['art_7__item_3'],
  holder: '新闻宣传部门',
  title: '依托舆情引导机制，做好本案的舆情引导工作',
  field: 'publicity.opinionGuided',
  module: MODULE,
  check(data, context) {
    if (!involves(context.issues, 3)) return [];
    return [statusOf(this, { path: '/publicity/opinionGuided', since: data.incident.date, done: doneBy(data.publicity?.opinionGuided) }, context)];
  },
};

/** Art. 7（四）: 指挥中心 leads the first response to a sudden, sensitive incident, promptly. */
const commandResponse: Duty = {
  code: 'command-response',
  articles: ['art_7__item_4'],
  holder: '指挥中心',
  title: '先期指挥处置突发、敏感案（事）件，确保处置及时、得当',
  timing: '及时',
  field: 'onScene.commandResponse',
  module: MODULE,
  check(data, context) {
    if (!involves(context.issues, 4)) return [];
    return [statusOf(this, { path: '/onScene/commandResponse', since: data.incident.date, done: doneBy(data.onScene?.commandResponse) }, context)];
  },
};

/** Art. 7（七）: the investigating department handles the case and reports its result to the office, promptly. */
const investigationFeedback: Duty = {
  code: 'investigation-feedback',
  articles: ['art_7__item_7'],
  holder: '刑侦、治安等办案部门',
  title: '办理侵犯执法权威的案件，将处理结果及时反馈维权办',
  timing: '及时',
  field: 'investigation.resultFedBack',
  module: MODULE,
  check(data, context) {
    if (!involves(context.issues, 7)) return [];
    const holder = data.investigation?.department;
    return [
      statusOf(this, { path: '/investigation/resultFedBack', since: data.opened.date, done: doneBy(data.investigation?.resultFedBack), ...(holder ? { holder } : {}) }, context),
    ];
  },
};

/** Art. 7（八）: 网安 deals with infringement online. */
const onlineHandling: Duty = {
  code: 'online-handling',
  articles: ['art_7__item_8'],
  holder: '网安部门',
  title: '处置网上侵权、负面舆情、网上炒作、造谣中伤等信息',
  field: 'publicity.onlineHandled',
  module: MODULE,
  check(data, context) {
    if (!involves(context.issues, 8)) return [];
    return [statusOf(this, { path: '/publicity/onlineHandled', since: data.incident.date, done: doneBy(data.publicity?.onlineHandled) }, context)];
  },
};

/** Art. 7（二）: awards follow the officer's deeds (根据……事迹): the department's judgement, shown once recorded. */
const commendation = whenRecorded(
  { code: 'commendation', articles: ['art_7__item_2'], holder: '政工部门', title: '根据{person}依法执行职务的事迹开展表彰奖励', field: 'aftercare.commendation', module: MODULE },
  (data) => doneBy(data.aftercare?.commendation),
  '/aftercare/commendation',
);

/** Art. 7（六）: the comfort fund is the organ's (unit.ts); a payment from it is shown once recorded. */
const comfortFundPayment = whenRecorded(
  { code: 'comfort-fund-payment', articles: ['art_7__item_6'], holder: '警务保障部门', title: '从抚慰专项资金中发放抚慰金', field: 'aftercare.comfortFund', module: MODULE },
  (data) => doneBy(data.aftercare?.comfortFund),
  '/aftercare/comfortFund',
);

export const CHAPTER_2: readonly Duty[] = [
  comfortVisit,
  medicalCare,
  psychologicalSupport,
  injuryInsurance,
  commendation,
  opinionGuidance,
  commandResponse,
  investigationFeedback,
  onlineHandling,
  comfortFundPayment,
];
