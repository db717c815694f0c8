/**
 * 工作台账 (Art. 29（六）): one per unit, every case of that unit in the run, from 立案 through 调查
 * to 处理, with its 承办人, whether it is 办结, and what the rules found due and the duty
 * checklist shows as still to do — 办结 and the duties read as the report's workbook reads them
 * (duties/standing.ts). The register's own date is the day it was judged on
 * (--as-of): it lists nothing dated after it. A case file given twice counts once (run.ts).
 */
import { stageDate } from '../case/index.ts';
import { citeAll } from '../citations/index.ts';
import { locate } from '../policy/query.ts';
import type { PolicyModel } from '../policy/model.ts';
import { dateText } from '../gbt9704/dates.ts';
import { clause, fill, keep, text } from '../gbt9704/model/text.ts';
import type { Cell, DocumentModel, TableRow, Text } from '../gbt9704/model/types.ts';
import { provenance } from '../gbt9704/provenance.ts';
import type { DutyStatus } from '../duties/index.ts';
import { DUTY_STATE } from '../validate/messages.ts';
import { standing } from '../duties/standing.ts';
import { concernText } from './concern.ts';
import { art8Known } from './acts.ts';
import { notCoveredWords } from './coverage.ts';
import { findingsOf, type FormContext } from './context.ts';
import { categoryWord, nameOf, recordOf, subjects } from './person.ts';
import { dutyTitle, leadHandlers } from './phrases.ts';

const HEADER = ['序号', '案件编号', '受理日期', '受保护人员及单位', '侵害情形', '承办人', '立案', '调查', '处理', '办结', '报告、移送、正名及督办情况'];
const COLUMNS = [5, 11, 8, 12, 7, 6, 8, 8, 8, 5, 22];

const cell = (...lines: Text[]): Cell => ({ lines });
const firstDate = (ctx: FormContext, stage: '立案' | '调查' | '处理') => stageDate(ctx.data, stage, ctx.asOf);

function notesOf(ctx: FormContext): Text[] {
  const { data, model } = ctx;
  const notes: Text[] = [];
  const up = findingsOf(ctx, 'report-up-required')[0];
  if (up) notes.push(text(`须逐级报告（${citeAll(up.args.items, model)}）`, up.args.reported ? '，已报告' : '，尚未报告', '。'));
  for (const f of findingsOf(ctx, 'transfer-due')) {
    notes.push(text(f.args.reason === 'misconduct' ? '违法违纪问题' : '侵权违法行为人', f.args.to ? `移送${f.args.to}` : '应予移送', '。'));
  }
  if (findingsOf(ctx, 'name-clearing-notice-due').length > 0) notes.push(text(data.nameClearing?.noticeIssuedOn && data.nameClearing.noticeIssuedOn <= ctx.asOf ? '已发正名通知书。' : '应发正名通知书。'));
  for (const d of ctx.duties.filter((d) => d.duty === 'correction-made' && d.status === 'overdue' && d.done === undefined && d.deadline)) {
    notes.push(text(d.holder, '逾期未纠正（期限', dateText(d.deadline), '）。'));
  }
  for (const note of data.ledger.filter((s) => s.note && s.date <= ctx.asOf).map((s) => s.note!)) notes.push(text(`${clause(note)}。`));
  // One reading with the report's workbook (duties/standing.ts): 待办 only in an open case; a
  // moment passed unrecorded is 需核实; a closed case's duties not done are 未履行即办结, a finding.
  const duties = standing(ctx.duties, ctx.facts.closedOn, ctx.asOf);
  const titled = (d: DutyStatus) => dutyTitle(ctx, d, ctx.asOf);
  // Of several correction orders, each duty names its order's number: two alike lines tell the reader nothing.
  const several = (data.corrections?.length ?? 0) > 1;
  const orderOf = (d: DutyStatus) => (several && d.index !== undefined && d.duty.startsWith('correction-') ? data.corrections?.[d.index]?.id : undefined);
  const tagged = (d: DutyStatus, state: string) => {
    const marks = [orderOf(d), state].filter(Boolean);
    return marks.length > 0 ? `（${marks.join('，')}）` : '';
  };
  const why = (d: DutyStatus) => tagged(d, d.status === 'verify' && d.concern ? `${DUTY_STATE.verify}：${concernText(d.concern)}` : d.deadline && d.deadline < ctx.asOf ? '逾期' : '');
  const group = (label: string, list: DutyStatus[], words: (d: DutyStatus) => string) => list.length > 0 && notes.push(text(label, list.map(words).join('；'), '。'));
  group('待办：', [...duties.pending, ...duties.overdue], (d) => `${titled(d)}${tagged(d, duties.overdue.includes(d) ? '逾期' : '')}`);
  group(`${DUTY_STATE.verify}：`, duties.toVerify, (d) => `${titled(d)}${d.concern ? `（${concernText(d.concern)}）` : ''}`);
  group(`已履行、${DUTY_STATE.verify}：`, duties.doneToVerify, (d) => `${titled(d)}${d.concern ? `（${concernText(d.concern)}）` : ''}`);
  group('未履行即办结：', duties.unmetAtClosure, (d) => `${titled(d)}${why(d)}`);
  return notes;
}

/** The line that says why the Measures do not protect the person, none when they do. */
function unprotected(ctx: FormContext, id: string): Text[] {
  const words = notCoveredWords(ctx, id);
  return words ? [text(`${words}。`)] : [];
}

function rowOf(ctx: FormContext, n: number): TableRow {
  const { data, model } = ctx;
  const date = (iso: string | undefined) => (iso ? dateText(iso) : text(''));
  return {
    split: true,
    cells: [
      cell(text(String(n))),
      cell(text(data.id)),
      cell(dateText(data.opened.date)),
      // A person the Measures do not reach is said so, in the validator's words: not listed as protected.
      cell(...subjects(ctx).flatMap((id) => [text(keep(nameOf(ctx, id)), `（${categoryWord(ctx, id)}）`), text(recordOf(ctx, id)?.unit ?? ''), ...unprotected(ctx, id)])),
      // One item a line: the column is too narrow for （六）、（七） to share one.
      cell(...art8Known(ctx, ctx.asOf).map((item) => text(keep(locate(model, item)?.item?.label ?? item)))),
      cell(text(leadHandlers(ctx).join('、'))),
      cell(date(firstDate(ctx, '立案'))),
      cell(date(firstDate(ctx, '调查'))),
      cell(date(firstDate(ctx, '处理'))),
      cell(text(standing(ctx.duties, ctx.facts.closedOn, ctx.asOf).closed ? '是' : '否')),
      cell(...notesOf(ctx)),
    ],
  };
}

function ledgerDocument(model: PolicyModel, title: string, office: string, asOf: Text, rows: TableRow[], data: unknown, caseIds: string[], unitName: string, date?: string): DocumentModel {
  const articles = ['art_29__item_6'];
  return {
    formId: 'ledger',
    ...(unitName ? { part: unitName } : {}),
    layout: 'form',
    orientation: 'landscape',
    title,
    author: office,
    ...(date ? { date } : {}),
    articles,
    caseId: caseIds.join('、'),
    provenance: provenance(model.version, data, articles),
    blocks: [
      { kind: 'title', lines: [title] },
      { kind: 'form-meta', items: [text(`单位：${office}`), text('截至', asOf), text(`共${rows.length}件`), text(`依据：《${model.meta.measuresTitle}》${citeAll(articles, model)}`)] },
      { kind: 'table', variant: 'ledger', columns: COLUMNS, header: [{ cells: HEADER.map((h) => ({ lines: [text(h)], label: true as const })) }], rows },
    ],
  };
}

/**
 * One 工作台账 per unit, its cases in case-id order: those opened by the register's date (as the
 * report's workbook lists them; a register lists nothing dated after itself).
 */
export function ledgers(contexts: readonly FormContext[], title: string): DocumentModel[] {
  const byUnit = new Map<string, FormContext[]>();
  for (const ctx of contexts.filter((c) => c.data.opened.date <= c.asOf)) byUnit.set(ctx.unit.name, [...(byUnit.get(ctx.unit.name) ?? []), ctx]);
  return [...byUnit.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unitName, list]) => {
      const sorted = [...list].sort((a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));
      const first = sorted[0]!;
      return ledgerDocument(first.model, title, first.unit.office, dateText(first.asOf), sorted.map((ctx, i) => rowOf(ctx, i + 1)), sorted.map((c) => c.data), sorted.map((c) => c.data.id), unitName, first.asOf);
    });
}

/** The ledger with empty rows, to keep by hand. */
export function blankLedger(model: PolicyModel, title: string): DocumentModel {
  const rows: TableRow[] = Array.from({ length: 8 }, () => ({ cells: COLUMNS.map(() => ({ lines: [text('')], minHeight: 14 })) }));
  const doc = ledgerDocument(model, title, '', text(fill(3), '年', fill(2), '月', fill(2), '日'), rows, null, ['空白'], '');
  const meta = doc.blocks[1];
  if (meta?.kind === 'form-meta') {
    meta.items[0] = text('单位：', fill(16));
    meta.items[2] = text('共', fill(3), '件');
  }
  return { ...doc, blocks: doc.blocks.map((b) => (b.kind === 'form-meta' ? meta! : b)) };
}
