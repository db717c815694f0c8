/**
 * Chapter 3, 维护范围及措施: helping the officer sue (Art. 9), protection and the offender's
 * accountability (Arts. 11, 13), clearing the record in the media and restoring a name
 * (Arts. 12, 13), the on-scene report (Art. 14), the transfer of the officer's own misconduct
 * (Art. 16) and the report level by level (Art. 17, with Art. 29（一）).
 */
import { reportFacts } from '../rules/escalation.ts';
import { found, hurt, lostProperty, names } from './facts.ts';
import { doneBy, statusOf, type Duty } from './types.ts';

const MODULE = 'chapter-3';

/** Art. 9: a personal or property loss caused by the offender. */
const litigationSupport: Duty = {
  code: 'litigation-support',
  articles: ['art_9__para_1'],
  holder: '{unit}',
  title: '帮助{person}通过刑事附带民事诉讼或者民事诉讼等法律途径维护合法权益',
  field: 'aftercare.litigationSupport',
  module: MODULE,
  check(data, context) {
    if (!hurt(data) && !lostProperty(data)) return [];
    return [statusOf(this, { path: '/aftercare/litigationSupport', since: data.incident.date, done: doneBy(data.aftercare?.litigationSupport) }, context)];
  },
};

/** Art. 11: threats, harassment, stalking, or harm to the person or property of the officer or a relative. */
const threatenedOrHarmed = (data: Parameters<Duty['check']>[0]) => names(data, 1, 2, 3, 4, 6) || hurt(data) || lostProperty(data);

/** Art. 13: calumny, defamation or insult (Art. 8（六）（七）) with a grave effect. */
const defamedGravely = (data: Parameters<Duty['check']>[0]) => names(data, 6, 7) && data.publicity?.seriousImpact === true;

const protectionMeasures: Duty = {
  code: 'protection-measures',
  articles: ['art_11__para_1'],
  holder: '{person}所在公安机关和有管辖权的公安机关',
  title: '及时采取保护措施',
  timing: '及时',
  field: 'protection.measures',
  module: MODULE,
  check(data, context) {
    if (!threatenedOrHarmed(data)) return [];
    return [statusOf(this, { path: '/protection/measures', since: data.incident.date, done: doneBy(data.protection?.measures[0]) }, context)];
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
    const byArt11 = threatenedOrHarmed(data);
    const byArt13 = defamedGravely(data);
    if (!byArt11 && !byArt13) return [];
    const against = data.events?.find((e) => e.subject === '侵权人');
    const status = statusOf(this, { path: '/events', since: data.incident.date, done: doneBy(against) }, context);
    return [{ ...status, articles: [...(byArt11 ? ['art_11__para_1'] : []), ...(byArt13 ? ['art_13__para_1'] : [])] }];
  },
};

/** Art. 12: a malicious or false media report on the officer's lawful work. */
const mediaClarification: Duty = {
  code: 'media-clarification',
  articles: ['art_12__para_1'],
  holder: '{unit}',
  title: '及时协调新闻宣传主管部门，积极采取有效措施，澄清事实，消除负面影响',
  timing: '及时',
  field: 'publicity.mediaClarified',
  module: MODULE,
  check(data, context) {
    if (data.incident.media !== true) return [];
    return [statusOf(this, { path: '/publicity/mediaClarified', since: data.incident.date, done: doneBy(data.publicity?.mediaClarified) }, context)];
  },
};

const reputationRestoration: Duty = {
  code: 'reputation-restoration',
  articles: ['art_13__para_1'],
  holder: '{unit}维权办',
  title: '及时予以消除影响、恢复名誉',
  timing: '及时',
  field: 'publicity.reputationRestored',
  module: MODULE,
  check(data, context) {
    if (!defamedGravely(data)) return [];
    return [statusOf(this, { path: '/publicity/reputationRestored', since: data.incident.date, done: doneBy(data.publicity?.reputationRestored) }, context)];
  },
};

/** Art. 14: an officer who cannot handle it on the scene reports to the 指挥中心 at once. */
const onSceneReport: Duty = {
  code: 'on-scene-report',
  articles: ['art_14__para_1'],
  holder: '现场{person}',
  title: '自行处置有困难的，立即向指挥中心报告，请求援助',
  timing: '立即',
  field: 'onScene.reportedToCommandCentre',
  module: MODULE,
  check(data, context) {
    if (data.onScene?.selfHandled !== false) return [];
    return [statusOf(this, { path: '/onScene/reportedToCommandCentre', since: data.incident.date, done: doneBy(data.onScene.reportedToCommandCentre) }, context)];
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
    return [statusOf(this, { path: '/misconductTransfer', since: transfer.foundOn, done }, context)];
  },
};

/** Art. 17: the report to the next level up; for a 重大案事件 at the first moment (Art. 29（一）). */
const reportUp: Duty = {
  code: 'report-up',
  articles: ['art_17__para_1'],
  holder: '{unit}维权办',
  title: '逐级向上一级维权办报告',
  field: 'escalation.reports',
  module: MODULE,
  check(data, context) {
    const due = found(context.issues, 'report-up-required');
    const facts = reportFacts(data as unknown as Record<string, unknown>);
    if (!due || !facts) return [];
    const next = facts.level === '旗县' ? '盟市' : '公安厅';
    const report = facts.first ? data.escalation?.reports?.[facts.first.index] : undefined;
    const status = statusOf(
      { ...this, ...(due.args.major ? { timing: '第一时间' as const } : {}) },
      { path: '/escalation/reports', since: data.opened.date, done: doneBy(report ? { date: report.date, by: report.from } : undefined) },
      context,
    );
    return [{ ...status, articles: due.articles, title: `逐级向${next}维权办报告${due.args.major ? '，重大案事件第一时间报告' : ''}` }];
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
