/**
 * Phrases several documents say the same way: the Measures' title, provisions named with their
 * own words, the office's work from the ledger, outside decisions and the duty checklist.
 * Every quotation comes from the model (itemPhrase, provisionText), never retyped.
 */
import { leadHandlerNames } from '../case/index.ts';
import { citeAll } from '../citations/index.ts';
import type { DutyStatus } from '../duties/index.ts';
import { itemPhrase } from '../policy/query.ts';
import { dateText } from '../gbt9704/dates.ts';
import { clause, text } from '../gbt9704/model/text.ts';
import type { Text } from '../gbt9704/model/types.ts';
import type { FormContext } from './context.ts';

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
  line: Text;
}

/** One sentence per recorded step, each opening with its date. */
function ledgerLines(ctx: FormContext, entries: FormContext['data']['ledger']): Dated[] {
  return entries.map((s) => ({ date: s.date, line: text(dateText(s.date), `，${STAGE_WORDS[s.stage] ?? s.stage}`, s.note ? `：${clause(s.note)}` : '', '。') }));
}

function eventLines(events: NonNullable<FormContext['data']['events']>): Dated[] {
  return events.map((e) => {
    const what = e.kind === '其他' ? clause(e.note ?? '作出决定') : `${e.subject === '侵权人' ? '对侵权人' : ''}依法予以${e.kind}`;
    return { date: e.date, line: text(dateText(e.date), '，', e.by ?? '', what, e.kind !== '其他' && e.note ? `（${clause(e.note)}）` : '', '。') };
  });
}

/** Duties the events already tell of (an outside decision against the offender). */
const TOLD_BY_EVENTS = new Set(['offender-accountability']);

/**
 * A duty done, told as a fact: the checklist words a duty as what the holder must do, which a
 * report of what was done words differently. Duties not listed read "<who><what>".
 */
const DONE_WORDS: Record<string, (who: string, name: string) => string> = {
  'comfort-visit': (who, name) => `${who}对${name}同志进行抚助慰问`,
  'medical-care': (who) => `${who}协调紧急就医绿色通道，组织医疗救治`,
  'psychological-support': (who, name) => `${who}对${name}同志进行心理危机干预`,
  'injury-insurance': (who, name) => `${who}为${name}同志办理工伤保险等服务保障`,
  commendation: (who, name) => `${who}对${name}同志依法执行职务的事迹予以表彰奖励`,
  'opinion-guidance': (who) => `${who}开展舆情引导工作`,
  'command-response': (who) => `${who}对现场进行先期指挥处置`,
  'investigation-feedback': (who) => `${who}将案件处理结果反馈本办`,
  'online-handling': (who) => `${who}处置网上侵权信息`,
  'comfort-fund-payment': (who, name) => `${who}从抚慰专项资金中向${name}同志发放抚慰金`,
  'litigation-support': (who, name) => `${who}帮助${name}同志通过法律途径维护合法权益`,
  'protection-measures': (who, name) => `${who}对${name}同志采取保护措施`,
  'media-clarification': (who) => `${who}协调新闻宣传主管部门澄清事实，消除负面影响`,
  'reputation-restoration': (who, name) => `${who}为${name}同志消除影响、恢复名誉`,
  'on-scene-report': (_who, name) => `${name}同志在现场向指挥中心报告，请求援助`,
  'misconduct-transfer': (who) => `${who}移送违法违纪问题`,
  'legal-review': (who, name) => `${who}对${name}同志是否依法履职进行专业审查`,
  'inquiry-opinion': (who) => `${who}向介入调查的机关提供论证意见`,
  'inquiry-legal-support': (who) => `${who}为事件的调查处理提供法律配合`,
  'appeal-hearing': (who, name) => `${who}听取${name}同志的陈述`,
  'appeal-review': (who) => `${who}对处分、处理决定进行全面复核`,
  'review-opinion-sent': (who) => `${who}向作出决定的部门提供复核意见`,
  'correction-order': (who) => `${who}督促相关部门限期纠正`,
  'correction-made': (who) => `${who}完成纠正`,
  'special-study': (who) => `${who}对本案进行专题研究，提出建议和对策`,
  'name-clearing-materials': (who) => `${who}将有关调查材料移交本办`,
  'name-clearing-notice': (_who, name) => `本办发出《正名通知书》，为${name}同志正名`,
  'infringer-transfer': (who) => `${who}移交侵权违法行为人追究相关责任`,
};

function dutyLines(ctx: FormContext, done: readonly DutyStatus[], hasEvents: boolean): Dated[] {
  return done
    .filter((d) => !(hasEvents && TOLD_BY_EVENTS.has(d.duty)))
    .map((d) => {
      const doer = d.done!.by ?? d.holder;
      // The office writing the report calls itself 本办.
      const who = doer === `${ctx.data.unit.name}维权办` || doer === '维权办' ? '本办' : doer;
      const words = DONE_WORDS[d.duty]?.(who, ctx.data.officer.name) ?? `${who}${clause(d.title)}`;
      return { date: d.done!.date!, line: text(dateText(d.done!.date), '，', words, d.done!.to ? `（移送${d.done!.to}）` : '', '。') };
    });
}

/** The work done, one paragraph a step, in date order: the ledger, outside decisions, duties discharged. */
export function workDone(ctx: FormContext, ledger: FormContext['data']['ledger'], events: NonNullable<FormContext['data']['events']>, duties: readonly DutyStatus[]): Text[] {
  const all = [...ledgerLines(ctx, ledger), ...eventLines(events), ...dutyLines(ctx, duties, events.length > 0)];
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((d) => d.line);
}

/** What is still to do, one paragraph a duty: 1.做好心理危机干预（政工部门）。 */
export function workPending(pending: readonly DutyStatus[]): Text[] {
  return pending.map((d, i) => text(`${i + 1}.${clause(d.title)}`, `（${d.holder}负责）`, '。'));
}
