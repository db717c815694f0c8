/**
 * 逐级报告 (Art. 17; Art. 29（一）): an upward document (上行文) to the next level up, by its full
 * name, one document per report this office recorded: the 首报, then 续报（第一次）, （第二次）…;
 * when the rules find a report due and none is recorded, the 首报 to be issued. Each states only
 * what was known on its own date; what is still to do comes from the duty checklist as it stood
 * on that date. A report recorded from another office (the 盟市's 转报) is that office's document.
 */
import { cite, citeAll, toChineseNumeral } from '../citations/index.ts';
import { nextLevel, recipientLevel, type Level } from '../case/levels.ts';
import { itemPhrase } from '../policy/query.ts';
import { dateText } from '../gbt9704/dates.ts';
import { clause, fill, keep, plain, sentence, text } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel, Text } from '../gbt9704/model/types.ts';
import type { DutyStatus } from '../duties/index.ts';
import { findingsOf, issueDate, officeFullName, type FormContext } from './context.ts';
import { art8Known, art8Notes } from './acts.ts';
import { basisSentences, incidentSentence } from './coverage.ts';
import { heading, letterDocument, para } from './frame.ts';
import { harmSentence } from './harm.ts';
import { officeIssuer } from './issuers.ts';
import { actsAt, cutoffOf, deathsAt, dutiesAt, summaryAt, eventsAt, ledgerAt, untrackedSceneReportsAt } from './known.ts';
import { died, nameOf, personsPhrase, protectedCovered, recordOf, relativesCovered, subjects, titleOf } from './person.ts';
import { dutyTitle, itemsThenWords, joinList, leadHandlers, measures, workDone, workPending } from './phrases.ts';
import { concernText } from './concern.ts';

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

/**
 * Why the case is reported up, in Art. 17's words. An injury or death of one Art. 33 covers (an
 * auxiliary officer, a student, other staff) is no “造成民警伤亡的案（事）件”: Art. 33 extends
 * item （一） to them, and the sentence says so instead of calling them 民警.
 */
function art17Sentence(ctx: FormContext, items: readonly string[], basis: '遵照' | '参照' | undefined, until: string): Text {
  const quoted = (list: readonly string[]) => joinList(list.map((item) => `“${itemPhrase(ctx.model, item)}”`));
  const casualtyItem = 'art_17__item_1';
  if (!basis || !items.includes(casualtyItem)) return text(`该事件属于该办法${citeAll(items, ctx.model)}规定的${quoted(items)}，应当逐级报告。`);
  const hurt = [...new Set(ctx.facts.harms.filter((h) => h.kind !== '财产损失' && (h.date === undefined || h.date <= until)).map((h) => h.person))].filter(
    (id) => ctx.facts.byId.get(id)?.category !== '亲属',
  );
  const dead = hurt.filter((id) => died(ctx, id, until));
  const what = dead.length === 0 ? '受伤' : dead.length === hurt.length ? '死亡' : '伤亡';
  const who = joinList(hurt.map((id) => `${titleOf(ctx, id)}${nameOf(ctx, id)}`));
  const rest = items.filter((i) => i !== casualtyItem);
  return text(
    '该事件中',
    who,
    `${what}，依照该办法${cite('art_33__para_1', ctx.model)}的规定，${basis}${cite(casualtyItem, ctx.model)}的规定逐级报告`,
    rest.length > 0 ? `；该事件还属于该办法${citeAll(rest, ctx.model)}规定的${quoted(rest)}，应当逐级报告。` : '。',
  );
}

function incidentBlocks(ctx: FormContext, items: string[], until: string, basis?: '遵照' | '参照'): Block[] {
  const { data } = ctx;
  const m = measures(ctx);
  const persons = subjects(ctx, until);
  const blocks: Block[] = [para(incidentSentence(ctx, protectedCovered(ctx, until), relativesCovered(ctx, until)), sentence(summaryAt(ctx, until)))];
  const harm = harmSentence(ctx, until);
  if (harm) blocks.push(para(harm));
  for (const basis of basisSentences(ctx, persons, m).texts) blocks.push(para(basis));
  blocks.push(para(`经初步核查，该事件属于${m}${itemsThenWords(ctx, art8Known(ctx, until), '的情形', art8Notes(ctx))}。`));
  blocks.push(para(art17Sentence(ctx, items, basis, until)));
  return blocks;
}

/** The work done by `until` (since `after`) and what was still to do then, as sections numbered from `from`. */
function progressBlocks(ctx: FormContext, until: string, after: string | undefined, from: number, titles: { work: string; next: string }): Block[] {
  const duties = dutiesAt(ctx, until, after);
  const done = workDone(ctx, ledgerAt(ctx, until, after), eventsAt(ctx, until, after), duties.done, after === undefined ? [] : actsAt(ctx, until, after), untrackedSceneReportsAt(ctx, until, after), after === undefined ? [] : deathsAt(ctx, until, after));
  // Work due at once whose moment had passed unrecorded is not work still to come: it is asked about.
  const passed = (d: DutyStatus) => d.concern?.kind === 'moment-passed' && d.concern.from.date < until;
  const pending = workPending(ctx, duties.pending.filter((d) => !passed(d)), until);
  const unrecorded = duties.pending.filter(passed).map((d, i) => text(`${i + 1}.${dutyTitle(ctx, d, until)}`, `（${d.holder}负责；${concernText(d.concern!)}）。`));
  const blocks: Block[] = [];
  let n = from;
  if (done.length > 0) blocks.push(heading(1, `${toChineseNumeral(n++)}、${titles.work}`), ...done.map((line) => para(line)));
  if (pending.length > 0) blocks.push(heading(1, `${toChineseNumeral(n++)}、${titles.next}`), ...pending.map((line) => para(line)));
  if (unrecorded.length > 0) blocks.push(heading(1, `${toChineseNumeral(n++)}、需核实的事项`), ...unrecorded.map((line) => para(line)));
  return blocks;
}

/** 附注 of an upward document: 联系人 and 电话 (a line to write on for what the files do not give). */
function contactNote(ctx: FormContext) {
  const contact = leadHandlers(ctx)[0];
  return text('（联系人：', contact ? keep(contact) : fill(4), '；联系电话：', ctx.unit.phone ? keep(ctx.unit.phone) : fill(6), '）');
}

const levelOf = (r: Report): Level | undefined => recipientLevel(r.toLevel, r.to);

/**
 * The office a report skips (逐级: a 旗县 office reporting to the 公安厅 passes over its 盟市
 * office): the next level up, by the unit file's name for it or the name an earlier report to it
 * recorded, to be sent a copy (抄送). Undefined when the report does not skip, or no name is known.
 */
function skippedOffice(ctx: FormContext, report: Report | undefined, earlier: readonly Report[]): string | undefined {
  const next = nextLevel(ctx.data.unit.level);
  const level = report ? levelOf(report) : next;
  if (!next || !level || level === next || next === '自治区') return undefined;
  if (ctx.unit.superior) return ctx.unit.superior.office;
  const toNext = [...earlier].reverse().find((r) => levelOf(r) === next);
  return toNext ? addresseeOf(ctx, toNext) : undefined;
}

/**
 * How a 续报 opens: what this office reported earlier, and to whom. “向你办” only for a report to
 * this same addressee; an earlier report that went elsewhere is named by its recipient.
 */
function followUpOpening(ctx: FormContext, report: Report, earlier: readonly Report[], about: string): Text {
  const same = reportsTo(ctx, report, earlier);
  const last = same.at(-1) ?? earlier.at(-1);
  if (!last) return text(`现将${about}的有关进展续报如下：`);
  const done = (r: Report) => (r === earlier[0] ? '作了首次报告' : '续报');
  if (same.length > 0) return text(dateText(last.date), `，本办已就${about}一事向你办${done(last)}。现将有关进展续报如下：`);
  // An office that had none of the earlier reports is told each of them, and to whom it went.
  const whom = (r: Report) => addresseeOf(ctx, r) ?? '上级维权办';
  if (earlier.length === 1) return text(dateText(last.date), `，本办已就${about}一事向${whom(last)}${done(last)}。现将有关进展续报如下：`);
  const chain = earlier.flatMap((r, i) => [i > 0 ? '，' : '', '于', ...dateText(r.date), i > 0 && whom(r) === whom(earlier[i - 1]!) ? '' : `向${whom(r)}`, done(r)]);
  return text(`本办已就${about}一事`, ...chain, '。现将有关进展续报如下：');
}

/** The earlier reports that went to the office `report` goes to. */
function reportsTo(ctx: FormContext, report: Report, earlier: readonly Report[]): Report[] {
  const to = addresseeOf(ctx, report);
  return earlier.filter((r) => levelOf(r) === levelOf(report) && addresseeOf(ctx, r) === to);
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
  // The title breaks between whole phrases: each unit, each person with the word before the name, the harm.
  const keepWords = [
    ...persons.map((id) => `${titleOf(ctx, id)}${nameOf(ctx, id)}`),
    ...persons.map((id) => recordOf(ctx, id)?.unit ?? ''),
    '执法权威受到侵害',
  ].filter(Boolean);
  const basis = basisSentences(ctx, persons, measures(ctx));
  const articles = [...new Set([...items, ...(major ? ['art_29__item_1'] : []), ...basis.articles])];
  const first = (report: Report | undefined, date: string | undefined): DocumentModel => {
    const until = cutoffOf(ctx, date);
    const body: Block[] = [
      para(`现将${about}的有关情况报告如下：`),
      heading(1, '一、基本情况'),
      ...incidentBlocks(ctx, items, until, due.args.basis),
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
      ...ccOf(report, []),
      articles,
    });
  };
  const ccOf = (report: Report | undefined, earlier: readonly Report[]) => {
    const skipped = skippedOffice(ctx, report, earlier);
    return skipped ? { cc: [skipped] } : {};
  };
  if (own.length === 0) return [first(undefined, issueDate(ctx, undefined))];
  let followUps = 0;
  return own.map((report, index) => {
    const kind = report.reportKind ?? (index === 0 ? '首报' : '续报');
    if (kind === '首报') return first(report, report.date);
    followUps++;
    const n = toChineseNumeral(followUps);
    const earlier = own.slice(0, index);
    // The progress since this office's last report to it; an office that had none is told all of it.
    const previous = reportsTo(ctx, report, earlier).at(-1);
    const body: Block[] = [para(followUpOpening(ctx, report, earlier, about)), ...progressBlocks(ctx, report.date, previous?.date, 1, { work: '工作进展', next: '下一步工作' })];
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
      ...ccOf(report, earlier),
      articles,
    });
  });
}
