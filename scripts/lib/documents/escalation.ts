/**
 * 逐级报告 (Art. 17; Art. 29（一）): an upward document (上行文) to the next level up, by its full
 * name, one document per report this office recorded: the 首报, then 续报（第一次）, （第二次）…;
 * when the rules find a report due and none is recorded, the 首报 to be issued. Each states only
 * what was known on its own date; what is still to do comes from the duty checklist as it stood
 * on that date. A report recorded from another office (the 盟市's 转报) is that office's document.
 */
import { citeAll, toChineseNumeral } from '../citations/index.ts';
import { nextLevel, recipientLevel } from '../case/levels.ts';
import { itemPhrase } from '../policy/query.ts';
import { dateText } from '../gbt9704/dates.ts';
import { clause, fill, keep, plain, sentence, text } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel } from '../gbt9704/model/types.ts';
import { findingsOf, issueDate, officeFullName, type FormContext } from './context.ts';
import { art8Known, art8Notes } from './acts.ts';
import { basisSentences, incidentSentence } from './coverage.ts';
import { heading, letterDocument, para } from './frame.ts';
import { harmSentence } from './harm.ts';
import { officeIssuer } from './issuers.ts';
import { actsAt, cutoffOf, dutiesAt, eventsAt, ledgerAt } from './known.ts';
import { nameOf, personsPhrase, protectedCovered, recordOf, relativesCovered, subjects } from './person.ts';
import { itemsThenWords, joinList, leadHandlers, measures, workDone, workPending } from './phrases.ts';

type Report = NonNullable<FormContext['data']['actions']>[number];

/** Whether a recorded report was made by this case's own office (one that names no sender is). */
const ownReport = (ctx: FormContext, r: Report) => r.from === undefined || r.from.startsWith(ctx.unit.name);

/** The recipient's full name: the unit file's superior, else the recorded name with 维权办 written out. */
function addresseeOf(ctx: FormContext, report: Report | undefined): string | undefined {
  const next = nextLevel(ctx.data.unit.level);
  const level = report ? recipientLevel(report.toLevel, report.to) : next;
  if (ctx.unit.superior && level === next) return ctx.unit.superior.office;
  if (!report?.to) return undefined;
  const full = officeFullName(ctx.model);
  const to = report.to.trim();
  if (/^公安厅/.test(to)) return `${ctx.model.meta.issuer}${to.slice(3).replace(/^维权办$/, full)}`;
  return to.endsWith('维权办') ? `${to.slice(0, -3)}${full}` : to;
}

/** Who the reports are about: the persons the facts cover, as of the 首报 (the series keeps one subject). */
function subject(ctx: FormContext, persons: readonly string[]): string {
  return `${plain(personsPhrase(ctx, persons))}执法权威受到侵害`;
}

function incidentBlocks(ctx: FormContext, items: string[], until: string): Block[] {
  const { data } = ctx;
  const m = measures(ctx);
  const persons = subjects(ctx, until);
  const blocks: Block[] = [para(incidentSentence(ctx, protectedCovered(ctx, until), relativesCovered(ctx, until)), sentence(data.incident.summary))];
  const harm = harmSentence(ctx, until);
  if (harm) blocks.push(para(harm));
  for (const basis of basisSentences(ctx, persons, m).texts) blocks.push(para(basis));
  blocks.push(para(`经初步核查，该事件属于${m}${itemsThenWords(ctx, art8Known(ctx, until), '的情形', art8Notes(ctx))}。`));
  const quoted = joinList(items.map((item) => `“${itemPhrase(ctx.model, item)}”`));
  blocks.push(para(`该事件属于该办法${citeAll(items, ctx.model)}规定的${quoted}，应当逐级报告。`));
  return blocks;
}

/** The work done by `until` (since `after`) and what was still to do then, as sections numbered from `from`. */
function progressBlocks(ctx: FormContext, until: string, after: string | undefined, from: number, titles: { work: string; next: string }): Block[] {
  const duties = dutiesAt(ctx, until, after);
  const done = workDone(ctx, ledgerAt(ctx, until, after), eventsAt(ctx, until, after), duties.done, after === undefined ? [] : actsAt(ctx, until, after));
  const pending = workPending(ctx, duties.pending, until);
  const blocks: Block[] = [];
  let n = from;
  if (done.length > 0) blocks.push(heading(1, `${toChineseNumeral(n++)}、${titles.work}`), ...done.map((line) => para(line)));
  if (pending.length > 0) blocks.push(heading(1, `${toChineseNumeral(n++)}、${titles.next}`), ...pending.map((line) => para(line)));
  return blocks;
}

/** 附注 of an upward document: 联系人 and 电话 (a line to write on for what the files do not give). */
function contactNote(ctx: FormContext) {
  const contact = leadHandlers(ctx)[0];
  return text('（联系人：', contact ? keep(contact) : fill(4), '；联系电话：', ctx.unit.phone ? keep(ctx.unit.phone) : fill(8), '）');
}

/** The office's own reports up (actions 逐级报告), in the order they were made. */
function ownReports(ctx: FormContext): Report[] {
  return (ctx.data.actions ?? [])
    .filter((a) => a.kind === '逐级报告' && ownReport(ctx, a))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
}

export function escalationReports(ctx: FormContext): DocumentModel[] {
  const due = findingsOf(ctx, 'report-up-required')[0];
  if (!due) return [];
  const { items, major } = due.args;
  const own = ownReports(ctx);
  const issuer = officeIssuer(ctx);
  const signer = ctx.issue?.signer ?? ctx.unit.signer ?? '';
  const persons = subjects(ctx, own[0]?.date ?? cutoffOf(ctx, issueDate(ctx, undefined)));
  const about = subject(ctx, persons);
  const keepWords = [...persons.map((id) => nameOf(ctx, id)), ...persons.map((id) => recordOf(ctx, id)?.unit ?? '')].filter(Boolean);
  const basis = basisSentences(ctx, persons, measures(ctx));
  const articles = [...new Set([...items, ...(major ? ['art_29__item_1'] : []), ...basis.articles])];
  const first = (report: Report | undefined, date: string | undefined): DocumentModel => {
    const until = cutoffOf(ctx, date);
    const body: Block[] = [
      para(`现将${about}的有关情况报告如下：`),
      heading(1, '一、基本情况'),
      ...incidentBlocks(ctx, items, until),
      ...progressBlocks(ctx, until, undefined, 2, { work: '已开展的工作', next: '下一步工作' }),
    ];
    return letterDocument(ctx, {
      formId: 'escalation-report',
      part: '首报',
      title: `关于${about}的报告`,
      titleKeep: keepWords,
      issuer,
      ...(date ? { date } : {}),
      signer,
      ...(addresseeOf(ctx, report) ? { addressee: addresseeOf(ctx, report)! } : {}),
      body,
      closing: '特此报告。',
      note: contactNote(ctx),
      articles,
    });
  };
  if (own.length === 0) return [first(undefined, issueDate(ctx, undefined))];
  let followUps = 0;
  return own.map((report, index) => {
    const kind = report.reportKind ?? (index === 0 ? '首报' : '续报');
    if (kind === '首报') return first(report, report.date);
    followUps++;
    const n = toChineseNumeral(followUps);
    const previous = own[index - 1];
    const body: Block[] = [
      previous
        ? para(dateText(previous.date), `，本办已就${about}一事向你办${previous === own[0] ? '作了首次报告' : '续报'}。现将有关进展续报如下：`)
        : para(`现将${about}的有关进展续报如下：`),
      ...progressBlocks(ctx, report.date, previous?.date, 1, { work: '工作进展', next: '下一步工作' }),
    ];
    if (body.length === 1) body.push(para(`自上次报告以来，${clause(about)}一事无新的进展。`));
    return letterDocument(ctx, {
      formId: 'escalation-report',
      part: `续报${followUps}`,
      title: `关于${about}的续报（第${n}次）`,
      titleKeep: keepWords,
      issuer,
      date: report.date,
      signer,
      ...(addresseeOf(ctx, report) ? { addressee: addresseeOf(ctx, report)! } : {}),
      body,
      closing: '特此报告。',
      note: contactNote(ctx),
      articles,
    });
  });
}
