/**
 * Chapter 2, Art. 7: what each member department of the committee does in a case. Each duty is
 * set off by the facts' triggers (case/facts) and discharged by the work the record shows
 * (actions). 法制 (（五）, 视情), the comfort fund (（六）) and awards (（二）, 根据……事迹) are the
 * department's judgement: shown once recorded, never owed.
 */
import type { Case } from '../case/index.ts';
import type { ActionKindName } from '../case/actions.ts';
import { actionFor, actionsOf, againstOffender, atOnce, died, doneBy, familyOf, familyTitle, firstConsequence, momentOf, promptFrom, sinceFor } from './records.ts';
import { statusOf, whenRecorded, type Duty, type DutyContext } from './types.ts';

const MODULE = 'chapter-2';

type Event = NonNullable<Case['events']>[number];

/**
 * A duty owed to each person a trigger lists, discharged by an action of `kind` done for them
 * (for one who died, for their family: records.ts familyOf); work recorded for someone it was not
 * owed to is shown as done all the same.
 */
function perPerson(
  duty: Omit<Duty, 'check'>,
  kind: ActionKindName,
  persons: (c: DutyContext) => readonly string[],
  since: (data: Case, c: DutyContext, person: string) => string,
  forFamily?: { title: string; word: '家属' | '近亲属' },
): Duty {
  return {
    ...duty,
    check(data, context) {
      const owed = persons(context);
      const accounted = new Set<string>();
      const statuses = owed.map((person) => {
        const family = familyOf(context.facts, person);
        for (const id of family.persons) accounted.add(id);
        const done = doneBy(actionFor(data, kind, family.persons, owed.length));
        const title = forFamily && family.dead ? familyTitle(forFamily.title, forFamily.word, family, person) : undefined;
        return statusOf(this, { path: '/actions', person: family.to, onAccountOf: family.to === person ? undefined : person, since: since(data, context, person), done, ...(title ? { title } : {}) }, context);
      });
      return [...statuses, ...recordedBeyond(this, data, kind, owed.length, accounted, context)];
    },
  };
}

/** Work of `kind` recorded for people the duty was not owed to (or for no one, when none was owed): shown done. */
function recordedBeyond(duty: Duty, data: Case, kind: ActionKindName, owed: number, accounted: ReadonlySet<string>, context: DutyContext) {
  if (owed === 1) return []; // an action naming no one was counted for the one person owed it
  const extra = actionsOf(data, kind).filter((a) => (a.action.person === undefined ? owed === 0 : !accounted.has(a.action.person)));
  const seen = new Set<string>();
  return extra
    .filter((a) => !seen.has(a.action.person ?? '') && seen.add(a.action.person ?? ''))
    .map((a) => statusOf(duty, { path: `/actions/${a.index}`, ...(a.action.person ? { person: a.action.person } : {}), since: a.action.date, done: doneBy(a.action) }, context));
}

const known = (data: Case, c: DutyContext) => c.facts.learnedAt?.date ?? data.opened.date;

/** Art. 7（一）: 警务督察 visits and comforts every person protected whose authority was infringed; for one who died, their family. */
const comfortVisit = perPerson(
  { code: 'comfort-visit', articles: ['art_7__item_1'], holder: '警务督察部门', title: '对执法权威受侵犯的{person}进行抚助慰问', field: 'actions[].kind=抚助慰问', module: MODULE },
  '抚助慰问',
  (c) => c.facts.triggers.comfortVisit,
  (data, c, person) => sinceFor(c.facts, person, known(data, c), known(data, c)),
  { title: '对已故{family}进行抚助慰问', word: '家属' },
);

/** Art. 7（二）: 重大医疗救治 and 心理危机干预 for an injury of 轻伤 or worse; one not yet assessed is 需核实. */
function forTheInjured(code: string, title: string, kind: ActionKindName, persons: (c: DutyContext) => readonly string[]): Duty {
  return {
    code,
    articles: ['art_7__item_2'],
    holder: '政工部门',
    title,
    field: `actions[].kind=${kind}`,
    module: MODULE,
    check(data, context) {
      const owed = persons(context);
      const statuses = owed.map((person) => {
        const done = doneBy(actionFor(data, kind, person, owed.length));
        // The degree decides what care is owed, for the living: one who died needed care whatever it was.
        const unassessed =
          !died(context.facts, person) &&
          context.facts.harms.some((h) => h.person === person && h.degree === '尚未鉴定') &&
          !context.facts.harms.some((h) => h.person === person && h.degree && h.degree !== '尚未鉴定');
        return statusOf(this, { path: '/actions', person, since: sinceFor(context.facts, person, context.facts.incidentAt.date), done, concern: !done && unassessed ? { kind: 'not-assessed' } : undefined }, context);
      });
      return [...statuses, ...recordedBeyond(this, data, kind, owed.length, new Set(owed), context)];
    },
  };
}

const medicalCare = forTheInjured('medical-care', '协调紧急就医绿色通道，做好对{person}的重大医疗救治', '医疗救治', (c) => c.facts.triggers.medicalCare);
const psychologicalSupport = forTheInjured('psychological-support', '做好对{person}的心理危机干预', '心理危机干预', (c) => c.facts.triggers.crisisSupport);

/** Art. 7（二）: injury insurance for those hurt or killed in the course of work. */
const injuryInsurance = perPerson(
  { code: 'injury-insurance', articles: ['art_7__item_2'], holder: '政工部门', title: '为{person}开展工伤保险等服务保障工作', field: 'actions[].kind=工伤保险', module: MODULE },
  '工伤保险',
  (c) => c.facts.triggers.injuryInsurance,
  (_data, c, person) => sinceFor(c.facts, person, c.facts.incidentAt.date),
  { title: '为已故{family}开展工伤保险等服务保障工作', word: '近亲属' },
);

/** A duty of the case as a whole, discharged by the first action of `kind`; recorded though not owed, shown done. */
function forTheCase(duty: Omit<Duty, 'check'>, kind: ActionKindName, owed: (c: DutyContext) => boolean, since: (data: Case, c: DutyContext) => string): Duty {
  return {
    ...duty,
    check(data, context) {
      const done = doneBy(actionsOf(data, kind)[0]?.action);
      if (!owed(context) && !done) return [];
      return [statusOf(this, { path: '/actions', since: since(data, context), done }, context)];
    },
  };
}

/**
 * When public opinion or spread online first shows in the record: the first covered act online
 * (or, for opinion, one engaging Art. 7（三）), or the first 负面舆情 recorded; else the incident.
 * A post a month after a scuffle owes 舆情引导 from the post, not from the scuffle.
 */
function firstShown(engaging?: string) {
  return (data: Case, c: DutyContext): string => {
    const acts = c.facts.acts.filter((a) => a.covered && (a.online || (engaging !== undefined && a.engages.has(engaging)))).map((a) => a.at.date);
    const opinion = firstConsequence(data, '负面舆情');
    return [...acts, ...(opinion ? [opinion] : [])].sort()[0] ?? c.facts.incidentAt.date;
  };
}

/** Art. 7（三）: 新闻宣传 guides public opinion on a case that has one (hype, media, spread online). */
const opinionGuidance = forTheCase(
  { code: 'opinion-guidance', articles: ['art_7__item_3'], holder: '新闻宣传部门', title: '依托舆情引导机制，做好本案的舆情引导工作', field: 'actions[].kind=舆情引导', module: MODULE },
  '舆情引导',
  (c) => c.facts.triggers.opinion,
  firstShown('art_7__item_3'),
);

/**
 * Art. 7（四）: 指挥中心 leads the first response to a sudden or sensitive incident (及时启动 …
 * 先期指挥处置). A first response belongs to the incident's day: recorded later, or not recorded
 * once that day is past, it is 需核实.
 */
const commandResponse: Duty = {
  code: 'command-response',
  articles: ['art_7__item_4'],
  holder: '指挥中心',
  title: '先期指挥处置突发、敏感案（事）件，确保处置及时、得当',
  timing: '及时',
  field: 'actions[].kind=先期指挥处置',
  module: MODULE,
  check(data, context) {
    const action = actionsOf(data, '先期指挥处置')[0]?.action;
    if (!context.facts.triggers.sudden && !action) return [];
    const from = context.facts.incidentAt;
    const concern = atOnce(from, '事发', action ? momentOf(action) : undefined, context.asOf);
    return [statusOf(this, { path: '/actions', since: from.date, done: doneBy(action), concern }, context)];
  },
};

/** Art. 7（七）: the investigating department handles an offence and reports its result to the office, promptly. */
const investigationFeedback: Duty = {
  code: 'investigation-feedback',
  articles: ['art_7__item_7'],
  holder: '刑侦、治安等办案部门',
  title: '办理侵犯执法权威的案件，将处理结果及时反馈维权办',
  timing: '及时',
  field: 'actions[].kind=反馈处理结果',
  module: MODULE,
  check(data, context) {
    if (!context.facts.triggers.offence) return [];
    const department = actionsOf(data, '办理案件')[0]?.action.by;
    const done = doneBy(actionsOf(data, '反馈处理结果')[0]?.action);
    // What is fed back is the result there was by then: promptness runs from the latest decision
    // against the offender on or before the feedback (拘留, then 判决 months later, is two results).
    const result = done?.date === undefined ? undefined : againstOffender(data).reduce<Event | undefined>((latest, e) => (e.date <= done.date! && (!latest || e.date > latest.date) ? e : latest), undefined);
    const clock = result ? promptFrom(context.facts, data.opened.date, { at: { date: result.date }, what: result.kind }) : undefined;
    return [statusOf(this, { path: '/actions', since: known(data, context), clock, done, ...(department ? { holder: department } : {}) }, context)];
  },
};

/** Art. 7（八）: 网安 deals with infringement online. */
const onlineHandling = forTheCase(
  { code: 'online-handling', articles: ['art_7__item_8'], holder: '网安部门', title: '处置网上侵权、负面舆情、网上炒作、造谣中伤等信息', field: 'actions[].kind=网上处置', module: MODULE },
  '网上处置',
  (c) => c.facts.triggers.online,
  firstShown(),
);

const recorded = (kind: ActionKindName) => (data: Case) => doneBy(actionsOf(data, kind)[0]?.action);

/** Art. 7（二）: awards follow the deeds (根据……事迹): the department's judgement, shown once recorded. */
const commendation = whenRecorded(
  { code: 'commendation', articles: ['art_7__item_2'], holder: '政工部门', title: '根据依法执行职务的事迹开展表彰奖励', field: 'actions[].kind=表彰奖励', module: MODULE },
  recorded('表彰奖励'),
  '/actions',
);

/** Art. 7（五）: 法制 steps in 视情: shown once recorded. */
const legalGuidance = whenRecorded(
  { code: 'legal-guidance', articles: ['art_7__item_5'], holder: '法制部门', title: '提前介入，对案件定性、取证、处理等环节进行指导', field: 'actions[].kind=法制提前介入', module: MODULE },
  recorded('法制提前介入'),
  '/actions',
);

/** Art. 7（六）: the comfort fund is the organ's (unit.ts); a payment from it is shown once recorded. */
const comfortFundPayment = whenRecorded(
  { code: 'comfort-fund-payment', articles: ['art_7__item_6'], holder: '警务保障部门', title: '从抚慰专项资金中发放抚慰金', field: 'actions[].kind=发放抚慰金', module: MODULE },
  recorded('发放抚慰金'),
  '/actions',
);

export const CHAPTER_2: readonly Duty[] = [
  comfortVisit,
  medicalCare,
  psychologicalSupport,
  injuryInsurance,
  commendation,
  opinionGuidance,
  commandResponse,
  legalGuidance,
  comfortFundPayment,
  investigationFeedback,
  onlineHandling,
];

