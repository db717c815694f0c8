/**
 * Chapter 3, 维护范围及措施: helping the person sue (Art. 9), protection and the offender's
 * accountability (Arts. 11, 13), clearing the record in the media and restoring a name (Arts. 12,
 * 13), the on-scene report (Art. 14), the transfer of the officer's own misconduct (Art. 16) and
 * the report level by level (Art. 17, with Art. 29（一）). Each is set off by the facts (case/facts).
 */
import { nextLevel, officeOfLevel, organOf } from '../case/levels.ts';
import { surelyBefore } from '../case/facts/index.ts';
import { reportsToNextLevel } from '../rules/escalation.ts';
import { actionFor, actionsOf, againstOffender, atOnce, doneBy, familyOf, familyTitle, firstActEngaging, firstConsequence, momentOf, promptFrom, sinceFor } from './records.ts';
import { statusOf, type Duty } from './types.ts';

const MODULE = 'chapter-3';

/**
 * Art. 9: 公安民警由于行为人的行为遭受人身或者财产损失的，公安机关应当帮助民警…… — per person with a
 * loss; for one who died, the help goes to those who may sue in their stead (their near relatives).
 */
const litigationSupport: Duty = {
  code: 'litigation-support',
  articles: ['art_9__para_1'],
  holder: '{unit}',
  title: '帮助{person}通过刑事附带民事诉讼或者民事诉讼等法律途径维护合法权益',
  field: 'actions[].kind=帮助诉讼',
  module: MODULE,
  check(data, context) {
    const owed = context.facts.triggers.litigation;
    return owed.map((person) => {
      const family = familyOf(context.facts, person);
      const done = doneBy(actionFor(data, '帮助诉讼', family.persons, owed.length));
      const since = sinceFor(context.facts, person, context.facts.incidentAt.date);
      const title = family.dead ? familyTitle('帮助已故{family}通过刑事附带民事诉讼或者民事诉讼等法律途径维护合法权益', '近亲属', family, person) : undefined;
      return statusOf(this, { path: '/actions', person: family.to, onAccountOf: family.to === person ? undefined : person, since, done, ...(title ? { title } : {}) }, context);
    });
  },
};

/** Art. 11: threats, harassment, stalking, or harm to person or property of the protected or a near relative: per person. */
const protectionMeasures: Duty = {
  code: 'protection-measures',
  articles: ['art_11__para_1'],
  holder: '民警所在公安机关和有管辖权的公安机关',
  title: '及时对{person}采取保护措施',
  timing: '及时',
  field: 'actions[].kind=保护措施',
  module: MODULE,
  check(data, context) {
    const owed = context.facts.triggers.protection;
    // 民警所在公安机关: the organ of the person's unit; a relative's is their officer's.
    const organ = (id: string) => {
      const person = context.facts.byId.get(id);
      const own = person?.category === '亲属' ? person.of : id;
      return organOf(data.people.find((p) => p.id === own)?.unit);
    };
    return owed.map((person) => {
      const holder = organ(person);
      const since = sinceFor(context.facts, person, context.facts.incidentAt.date);
      const clock = promptFrom(context.facts, data.opened.date, { at: context.facts.firstHarmed.get(person) ?? context.facts.incidentAt, what: '受到侵害' });
      return statusOf(this, { path: '/actions', person, since, clock, done: doneBy(actionFor(data, '保护措施', person, owed.length)), ...(holder ? { holder: `${holder}和有管辖权的公安机关` } : {}) }, context);
    });
  },
};

/** Arts. 11 and 13: the offender answers in law; an outside decision against them (拘留, 判决 …) discharges it. */
const offenderAccountability: Duty = {
  code: 'offender-accountability',
  articles: ['art_11__para_1', 'art_13__para_1'],
  holder: '有管辖权的公安机关',
  title: '依法追究行为人的法律责任',
  field: 'events',
  module: MODULE,
  check(data, context) {
    const byArt11 = context.facts.triggers.offenderAccountable;
    const byArt13 = context.facts.triggers.defamation;
    if (!byArt11 && !byArt13) return [];
    const against = againstOffender(data)[0];
    const status = statusOf(this, { path: '/events', since: context.facts.incidentAt.date, done: doneBy(against) }, context);
    return [{ ...status, articles: [...(byArt11 ? ['art_11__para_1'] : []), ...(byArt13 ? ['art_13__para_1'] : [])] }];
  },
};

/** Art. 12: a news medium's malicious hype or false report on the officer's lawful work. */
const mediaClarification: Duty = {
  code: 'media-clarification',
  articles: ['art_12__para_1'],
  holder: '{unit}',
  title: '及时协调新闻宣传主管部门，积极采取有效措施，澄清事实，消除负面影响',
  timing: '及时',
  field: 'actions[].kind=澄清事实',
  module: MODULE,
  check(data, context) {
    if (!context.facts.triggers.media) return [];
    const clock = promptFrom(context.facts, data.opened.date, firstActEngaging(context.facts, 'art_12__para_1'));
    return [statusOf(this, { path: '/actions', since: context.facts.incidentAt.date, clock, done: doneBy(actionsOf(data, '澄清事实')[0]?.action) }, context)];
  },
};

/** Art. 13: calumny, defamation or insult (an 诬告 proved false included) with a grave effect. */
const reputationRestoration: Duty = {
  code: 'reputation-restoration',
  articles: ['art_13__para_1'],
  holder: '{unit}维权办',
  title: '及时予以消除影响、恢复名誉',
  timing: '及时',
  field: 'actions[].kind=消除影响恢复名誉',
  module: MODULE,
  check(data, context) {
    if (!context.facts.triggers.defamation) return [];
    const proved = data.nameClearing?.provedOn;
    const act = firstActEngaging(context.facts, 'art_13__para_1') ?? (proved ? { at: { date: proved }, what: '核查证实诬告' } : undefined);
    const impact = firstConsequence(data, '恶劣影响');
    const event = impact && act && impact > act.at.date ? { at: { date: impact }, what: '造成恶劣影响' } : act;
    const clock = promptFrom(context.facts, data.opened.date, event);
    return [statusOf(this, { path: '/actions', since: context.facts.incidentAt.date, clock, done: doneBy(actionsOf(data, '消除影响恢复名誉')[0]?.action) }, context)];
  },
};

/**
 * Art. 14: 自行处置有困难的，应当立即向指挥中心报告. 立即 gives no number: a report on a later day than
 * the incident, or none recorded once its day is past, is 需核实 with both moments.
 */
const onSceneReport: Duty = {
  code: 'on-scene-report',
  articles: ['art_14__para_1'],
  holder: '现场民警',
  title: '自行处置有困难的，立即向指挥中心报告，请求援助',
  timing: '立即',
  field: 'actions[].kind=报告指挥中心',
  module: MODULE,
  check(data, context) {
    if (!context.facts.triggers.sceneReport) return [];
    const action = actionsOf(data, '报告指挥中心')[0]?.action;
    const from = context.facts.incidentAt;
    const line = context.model.editorial.timing?.['立即']?.reviewAfterMinutes;
    const concern = atOnce(from, '事发', action ? momentOf(action) : undefined, context.asOf, line);
    return [statusOf(this, { path: '/actions', since: from.date, done: doneBy(action), concern }, context)];
  },
};

/** Art. 16: misconduct of the officer found while the office handles the case. */
const misconductTransfer: Duty = {
  code: 'misconduct-transfer',
  articles: ['art_16__para_1'],
  holder: '{unit}维权办',
  title: '将办理中发现的{person}违法违纪问题移送相关部门',
  field: 'misconductTransfer',
  module: MODULE,
  check(data, context) {
    const transfer = data.misconductTransfer;
    if (!transfer) return [];
    const done = transfer.to ? { ...(transfer.date ? { date: transfer.date } : {}), to: transfer.to } : undefined;
    return [statusOf(this, { path: '/misconductTransfer', person: transfer.person, since: transfer.foundOn, done }, context)];
  },
};

/**
 * Art. 17: the report to the next level up. For a 重大案事件, Art. 29（一）: 第一时间, from the later of
 * when the office first knew of the incident (opened.learnedOn, not when it opened its file) and
 * when the case became one (the death, the 重伤, the attack on the organ: facts.majorSince). The
 * report that counts is the first one made since then — a 续报 on the evening of a death
 * reports it; a 首报 of an injury days before did not. A later day is 需核实. Without a recorded
 * 获悉 date, from the incident itself.
 */
const reportUp: Duty = {
  code: 'report-up',
  articles: ['art_17__para_1'],
  holder: '{unit}维权办',
  title: '逐级向上一级维权办报告',
  field: 'actions[].kind=逐级报告',
  module: MODULE,
  check(data, context) {
    const { facts } = context;
    const next = nextLevel(data.unit.level);
    if (!facts.art17.length || !next) return [];
    const known = facts.learnedAt ?? facts.incidentAt;
    const knownWhat = facts.learnedAt ? '维权办获悉' : '事发';
    const major = facts.major && facts.majorSince && surelyBefore(known, facts.majorSince) ? facts.majorSince : undefined;
    const from = major ?? known;
    const reports = reportsToNextLevel(data as never, data.unit.level);
    const first = facts.major ? (reports.find((r) => r.date !== undefined && !surelyBefore({ date: r.date, ...(r.time ? { time: r.time } : {}) }, from)) ?? reports[0]) : reports[0];
    const report = first ? data.actions?.[first.index] : undefined;
    const concern = facts.major ? atOnce(from, major ? '成为重大案事件' : knownWhat, report ? momentOf(report) : undefined, context.asOf) : undefined;
    const title = `逐级向${officeOfLevel(next)}报告${facts.major ? '，重大案事件第一时间报告' : ''}`;
    const articles = [...facts.art17, ...(facts.major ? ['art_29__item_1'] : []), ...(facts.art17Basis ? ['art_33__para_1'] : [])];
    const status = statusOf(
      this,
      { path: '/actions', since: known.date, done: doneBy(report ? { date: report.date, ...(report.time ? { time: report.time } : {}), by: report.from ?? `${data.unit.name}维权办` } : undefined), concern, title, ...(facts.major ? { timing: '第一时间' as const } : {}) },
      context,
    );
    return [{ ...status, articles }];
  },
};

export const CHAPTER_3: readonly Duty[] = [
  litigationSupport,
  protectionMeasures,
  offenderAccountability,
  mediaClarification,
  reputationRestoration,
  onSceneReport,
  misconductTransfer,
  reportUp,
];
