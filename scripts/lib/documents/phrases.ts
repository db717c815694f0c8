/**
 * Phrases several documents say the same way: the Measures' title, provisions named with their
 * own words, the office's work from the ledger, outside decisions and the duty checklist.
 * Every quotation comes from the model (itemPhrase, provisionText), never retyped.
 */
import { leadHandlerNames } from '../case/index.ts';
import { citeAll } from '../citations/index.ts';
import { titleTemplate, type DutyStatus } from '../duties/index.ts';
import { itemPhrase } from '../policy/query.ts';
import { dateText } from '../gbt9704/dates.ts';
import { clause, plain, sentence, text } from '../gbt9704/model/text.ts';
import type { ActFacts, Harm } from '../case/facts/index.ts';
import type { Text } from '../gbt9704/model/types.ts';
import type { FormContext } from './context.ts';
import { comrade, comrades, died, nameOf, officerOf, personPhrase, personsPhrase, relativesCovered, subjects, titleOf } from './person.ts';

/** 《内蒙古自治区公安机关维护公安民警执法权威工作实施办法》 */
export const measures = (ctx: FormContext) => `《${ctx.model.meta.measuresTitle}》`;

/** "a、b和c" */
export function joinList(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join('、')}和${parts.at(-1)}`;
}

/** 第八条第（五）项、第（十）项规定的情形：“…”；“…”（…） — the items cited, then their words. */
export function itemsThenWords(ctx: FormContext, items: readonly string[], what: string, notes: Record<string, string | undefined> = {}): string {
  const words = items.map((item) => `“${itemPhrase(ctx.model, item)}”${notes[item] ? `（${clause(notes[item]!)}）` : ''}`).join('；');
  return `${citeAll(items, ctx.model)}规定${what}：${words}`;
}

/** The 主办 handlers of the case (the 承办人, the 联系人 of a report); all handlers when none is 主办. */
export function leadHandlers(ctx: FormContext): string[] {
  return leadHandlerNames(ctx.data);
}

const STAGE_WORDS: Record<string, string> = { 立案: '本办立案', 调查: '开展调查', 处理: '作出处理' };

interface Dated {
  date: string;
  /** HH:MM when the record gives one: steps of one day are told in the order they happened. */
  time?: string | undefined;
  line: Text;
}

/** Date order; within a day by time, a step the record gives no time coming after the timed ones. */
const byMoment = (a: Dated, b: Dated) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.time ?? '24:00').localeCompare(b.time ?? '24:00'));

/** One sentence per recorded step, each opening with its date. */
function ledgerLines(ctx: FormContext, entries: FormContext['data']['ledger']): Dated[] {
  return entries.map((s) => ({ date: s.date, line: text(dateText(s.date), `，${STAGE_WORDS[s.stage] ?? s.stage}`, s.note ? `：${clause(s.note)}` : '', '。') }));
}

/** Outside decisions against someone (拘留, 判决 …), said as v1 said them; an inquiry (介入调查) is told as it is. */
const INQUIRIES = new Set(['检察机关介入调查', '纪检监察机关介入调查']);

function eventLines(ctx: FormContext, events: NonNullable<FormContext['data']['events']>): Dated[] {
  return events.map((e) => {
    const against = e.subject === '侵权人' ? '对侵权人' : ctx.facts.byId.has(e.subject) ? plain(text('对', personPhrase(ctx, e.subject))) : '';
    const what = e.kind === '其他' ? clause(e.note ?? '作出决定') : INQUIRIES.has(e.kind) ? e.kind : `${against}依法予以${e.kind}`;
    const by = INQUIRIES.has(e.kind) && e.by && e.kind.startsWith(e.by) ? '' : (e.by ?? '');
    return { date: e.date, line: text(dateText(e.date), '，', by, what, e.kind !== '其他' && e.note ? `（${clause(e.note)}）` : '', '。') };
  });
}

/** Duties the events already tell of (an outside decision against the offender). */
const TOLD_BY_EVENTS = new Set(['offender-accountability']);

/**
 * A duty done, told as a fact: the checklist words a duty as what the holder must do, which a
 * report of what was done words differently. `whom` is the person it was done for (王建国同志; for
 * one who had died by then, 王建国同志的近亲属). Duties not listed read "<who><what>".
 */
const DONE_WORDS: Record<string, (who: string, whom: string) => string> = {
  'comfort-visit': (who, whom) => `${who}对${whom}进行抚助慰问`,
  'medical-care': (who, whom) => `${who}协调紧急就医绿色通道，组织${whom ? `对${whom}的` : ''}医疗救治`,
  'psychological-support': (who, whom) => `${who}对${whom}进行心理危机干预`,
  'injury-insurance': (who, whom) => `${who}为${whom}办理工伤保险等服务保障`,
  commendation: (who, whom) => `${who}对${whom}依法执行职务的事迹予以表彰奖励`,
  'opinion-guidance': (who) => `${who}开展舆情引导工作`,
  'command-response': (who) => `${who}对现场进行先期指挥处置`,
  'investigation-feedback': (who) => `${who}将案件处理结果反馈本办`,
  'online-handling': (who) => `${who}处置网上侵权信息`,
  'comfort-fund-payment': (who, whom) => `${who}从抚慰专项资金中向${whom}发放抚慰金`,
  'litigation-support': (who, whom) => `${who}帮助${whom}通过法律途径维护合法权益`,
  'protection-measures': (who, whom) => `${who}对${whom}采取保护措施`,
  'media-clarification': (who) => `${who}协调新闻宣传主管部门澄清事实，消除负面影响`,
  'reputation-restoration': (who, whom) => `${who}为${whom}消除影响、恢复名誉`,
  'misconduct-transfer': (who) => `${who}移送违法违纪问题`,
  'legal-review': (who, whom) => `${who}对${whom}是否依法履职进行专业审查`,
  'inquiry-opinion': (who) => `${who}向介入调查的机关提供论证意见`,
  'inquiry-legal-support': (who) => `${who}为事件的调查处理提供法律配合`,
  'appeal-hearing': (who, whom) => `${who}听取${whom}的陈述`,
  'appeal-review': (who) => `${who}对处分、处理决定进行全面复核`,
  'review-opinion-sent': (who) => `${who}向作出决定的部门提供复核意见`,
  'correction-order': (who) => `${who}督促相关部门限期纠正`,
  'correction-made': (who) => `${who}完成纠正`,
  'special-study': (who) => `${who}对本案进行专题研究，提出建议和对策`,
  'name-clearing-materials': (who) => `${who}将有关调查材料移交本办`,
  'name-clearing-notice': (_who, whom) => `本办发出《正名通知书》，为${whom}正名`,
  'infringer-transfer': (who) => `${who}移交侵权违法行为人追究相关责任`,
};

/**
 * Care that goes to the family once the person has died, and how the family is called: 家属 for a
 * comfort visit or payment (as the checklist words it), 近亲属 where the law gives them the claim
 * (Art. 9's suit; 工伤保险条例 第三十九条's benefits).
 */
const FOR_THE_FAMILY: Record<string, string> = { 'comfort-visit': '家属', 'comfort-fund-payment': '家属', 'litigation-support': '近亲属', 'injury-insurance': '近亲属' };

/** Whom a duty was done for, as of `on`: its person, else every person the case is about. */
function whomOf(ctx: FormContext, d: DutyStatus, on: string | undefined): string {
  if (d.person === undefined) return plain(comrades(ctx, subjects(ctx)));
  const relative = officerOf(ctx, d.person);
  if (relative !== undefined && ctx.facts.byId.get(d.person)?.category === '亲属') return plain(text(comrade(ctx, relative), '的近亲属', comrade(ctx, d.person)));
  const named = plain(comrade(ctx, d.person));
  const family = FOR_THE_FAMILY[d.duty];
  return family && died(ctx, d.person, on) ? `${named}的${family}` : named;
}

/**
 * Art. 14's report to the command centre, by whom the record says: the person it names
 * (actions 报告指挥中心.byPerson), else who it names in words (by: 同行辅警); with neither, no one
 * is said to have made it — least of all the officer harmed, when a colleague may have.
 */
function sceneReportWords(ctx: FormContext, help = '，请求援助'): string {
  const report = [...(ctx.data.actions ?? [])]
    .filter((a) => a.kind === '报告指挥中心')
    .sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''))[0];
  const by = report?.byPerson;
  if (by !== undefined && ctx.facts.byId.has(by)) return `${plain(comrade(ctx, by))}在现场向指挥中心报告${help}`;
  if (report?.by) return `${clause(report.by)}在现场向指挥中心报告${help}`;
  return `现场向指挥中心报告${help}`;
}

/** Duties whose done words name no one unless the case is about several persons. */
const NAMED_WHEN_SEVERAL = new Set(['medical-care']);

function dutyLines(ctx: FormContext, done: readonly DutyStatus[], hasEvents: boolean): Dated[] {
  const several = subjects(ctx).length + relativesCovered(ctx).length > 1;
  return done
    .filter((d) => !(hasEvents && TOLD_BY_EVENTS.has(d.duty)))
    .map((d) => {
      const doer = d.done!.by ?? d.holder;
      // The office writing the report calls itself 本办.
      const who = doer === `${ctx.data.unit.name}维权办` || doer === '维权办' ? '本办' : doer;
      const whom = NAMED_WHEN_SEVERAL.has(d.duty) && !several ? '' : whomOf(ctx, d, d.done!.date);
      const words = d.duty === 'on-scene-report' ? sceneReportWords(ctx) : (DONE_WORDS[d.duty]?.(who, whom) ?? `${who}${clause(d.title)}`);
      return { date: d.done!.date!, time: d.done!.time, line: text(dateText(d.done!.date), '，', words, d.done!.to ? `（移送${d.done!.to}）` : '', '。') };
    });
}

/**
 * Harm done since an earlier report, one sentence an act: the clerk's description of it, or
 * whom it was aimed at and its kind.
 */
function actLines(ctx: FormContext, acts: readonly ActFacts[]): Dated[] {
  return acts.map((a) => {
    const description = ctx.data.acts[a.index]?.description;
    const whom = a.targets.filter((t) => t.coverage.covered).map((t) => t.person);
    const line = description ? text(dateText(a.at.date), '，', sentence(description)) : text(dateText(a.at.date), '，', personsPhrase(ctx, whom), `受到不法侵害（${a.kind}）。`);
    return { date: a.at.date, time: a.at.time, line };
  });
}

/** The work done, one paragraph a step, in date order: new harm, the ledger, outside decisions, duties discharged. */
export function workDone(
  ctx: FormContext,
  ledger: FormContext['data']['ledger'],
  events: NonNullable<FormContext['data']['events']>,
  duties: readonly DutyStatus[],
  acts: readonly ActFacts[] = [],
  sceneReports: readonly { date: string; time?: string }[] = [],
  deaths: readonly Harm[] = [],
): Text[] {
  // A scene handled on the spot asked for no help: the report alone is told.
  const reported = sceneReports.map((r) => ({ date: r.date, time: r.time, line: text(dateText(r.date), '，', sceneReportWords(ctx, ''), '。') }));
  // A death after the last report is told as it happened (the record's date), the case 重大 from then (Art. 29（一）).
  const deathLines = deaths.map((h) => ({ date: h.date!, line: text(dateText(h.date!), '，', `${titleOf(ctx, h.person)}`, nameOf(ctx, h.person), '死亡。') }));
  const all = [...actLines(ctx, acts), ...deathLines, ...ledgerLines(ctx, ledger), ...eventLines(ctx, events), ...dutyLines(ctx, duties, events.length > 0), ...reported];
  return all.sort(byMoment).map((d) => d.line);
}

/**
 * Care for a person who has died goes to the family: the checklist's words, worded so where the
 * checklist does not (it words the comfort visit and the suit so itself).
 */
const FAMILY_TITLES: Record<string, string> = {
  'injury-insurance': '为已故{person}的近亲属开展工伤保险等服务保障工作',
};

/** The duty's title with its person put in (the checklist puts in only the category). */
function worded(template: string, person: string): string {
  return clause(template.replaceAll('{person}', person));
}

/**
 * A duty's title for this case, as of `until`: the checklist's, except for a duty owed to a near
 * relative, which the checklist words for the officer's category (here the relative is named as
 * such: 及时对民警陈立新的近亲属刘芳采取保护措施), and care owed for a person who had died by
 * then, which goes to the family (为已故民警巴图的近亲属开展工伤保险等服务保障工作).
 */
export function dutyTitle(ctx: FormContext, d: DutyStatus, until?: string): string {
  // Owed to a named near relative on account of one who died: the checklist's 已故民警的近亲属, named.
  if (d.onAccountOf !== undefined && d.person !== undefined) {
    const unnamed = `已故${titleOf(ctx, d.onAccountOf)}的近亲属`;
    if (d.title.includes(unnamed)) return clause(d.title.replace(unnamed, plain(text(`已故${titleOf(ctx, d.onAccountOf)}`, nameOf(ctx, d.onAccountOf), '的近亲属', nameOf(ctx, d.person)))));
  }
  const template = titleTemplate(d.duty);
  const plainTitle = template?.replaceAll('{person}', categoryOfTitle(d)) === d.title;
  // The checklist words care for one who died as the family's (对已故民警的家属…): name him, so
  // the list never reads as if the dead officer were its object.
  const category = d.person === undefined ? undefined : ctx.facts.byId.get(d.person)?.category;
  if (d.person !== undefined && category && d.title.includes(`已故${category}`) && died(ctx, d.person, until)) {
    return clause(d.title.replace(`已故${category}`, `已故${category}${nameOf(ctx, d.person)}`));
  }
  if (d.person === undefined || !template?.includes('{person}') || !plainTitle) return clause(d.title);
  const officer = officerOf(ctx, d.person);
  if (officer !== undefined) {
    // Care owed to the family on account of one who had died by then: 为已故民警巴图的近亲属乌兰……
    const late = d.onAccountOf === officer && died(ctx, officer, until) ? '已故' : '';
    return worded(template, plain(text(`${late}${titleOf(ctx, officer)}`, nameOf(ctx, officer), '的近亲属', nameOf(ctx, d.person))));
  }
  const family = FAMILY_TITLES[d.duty];
  if (family && died(ctx, d.person, until)) return worded(family, `${titleOf(ctx, d.person)}${nameOf(ctx, d.person)}`);
  // The checklist words care for one who died as the family's (对已故民警的家属…): name him, so
  // the list never reads as if the dead officer were its object.
  return clause(d.title);
}

/** The category the checklist put in a title (民警 for a relative). */
function categoryOfTitle(d: DutyStatus): string {
  const template = titleTemplate(d.duty) ?? '';
  const [before, after] = template.split('{person}');
  if (after === undefined || !d.title.startsWith(before!) || !d.title.endsWith(after)) return '';
  return d.title.slice(before!.length, d.title.length - after.length);
}

/** Whether the title names its person itself (a relative's, the family of one who died). */
const namesItsPerson = (ctx: FormContext, d: DutyStatus, until?: string) => d.person !== undefined && dutyTitle(ctx, d, until) !== clause(d.title);

/**
 * What is still to do, one paragraph a duty: 1.做好心理危机干预（政工部门负责）。 Where the case is
 * about several persons, a duty owed to one of them names its object.
 */
export function workPending(ctx: FormContext, pending: readonly DutyStatus[], until: string): Text[] {
  const several = subjects(ctx, until).length + relativesCovered(ctx, until).length > 1;
  return pending.map((d, i) => {
    const object = several && d.person !== undefined && !namesItsPerson(ctx, d, until) ? `对象：${nameOf(ctx, d.person)}；` : '';
    return text(`${i + 1}.${dutyTitle(ctx, d, until)}`, `（${object}${d.holder}负责）`, '。');
  });
}
