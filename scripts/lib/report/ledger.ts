/**
 * --format xlsx: the 工作台账 (Art. 29（六）) as a workbook staff keep working in: one sheet per
 * unit, one row per case, with the 承办人, each stage's date, the next deadline, the duties
 * still owed and whether the case is closed (办结). 办结 and the duties are read as the PDF
 * 工作台账 reads them (duties/standing.ts): a closed case owes no 待办, its duties not done are
 * 未履行即办结; a moment passed unrecorded is 需核实. Real cells: dates are dates, numbers numbers;
 * the header row stays in view. It names people, so it is for internal use and says so on every
 * sheet and in its properties; nothing of it goes into the report or the handbook.
 */
import type ExcelJS from 'exceljs';
import { leadHandlerNames, stageDate, type Case } from '../case/index.ts';
import type { CaseFacts, PersonFacts } from '../case/facts/index.ts';
import type { DutyStatus } from '../duties/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import { locate } from '../policy/query.ts';
import { issuesWith, type FileResult } from '../validate/index.ts';
import { concernText } from '../documents/concern.ts';
import { standing } from '../duties/standing.ts';
import { LEDGER_FONT, printLayout, rowHeight } from './ledger-layout.ts';
import { sheetNames } from './sheet-name.ts';

export interface LedgerRow {
  unit: string;
  caseId: string;
  opened: string;
  person: string;
  category: string;
  circumstances: string;
  handlers: string;
  filed?: string;
  investigated?: string;
  handled?: string;
  nextDeadline?: string;
  /** 办结 (the facts' closedOn by the day). */
  closed: boolean;
  /** Live 待办 of an open case, and those of them past their deadline. */
  pending: string[];
  overdue: string[];
  /** 需核实: not recorded once its moment passed, or done with dates to check. */
  toVerify: string[];
  /** A closed case's duties not done: 未履行即办结. */
  unmet: string[];
  reportedUp: string;
}


/** The protected persons a row names: those the facts cover, else the record's first (the Measures do not apply). */
function named(facts: CaseFacts): PersonFacts[] {
  if (facts.protectedCovered.length > 0) return facts.protectedCovered;
  const first = facts.people.find((p) => p.category !== '亲属');
  return first ? [first] : [];
}

/** The ledger row of a valid case, as it stands on `end`. */
export function ledgerRow(result: FileResult, model: PolicyModel, end: string): LedgerRow | undefined {
  if (!result.valid || result.kind !== 'case' || !result.data || !result.facts) return undefined;
  const data = result.data as unknown as Case;
  const { facts } = result;
  const duties = standing(result.duties, facts.closedOn, end);
  const live = [...duties.pending, ...duties.overdue];
  const deadlines = live.filter((d) => d.deadline).map((d) => d.deadline!).sort();
  const [up] = issuesWith(result.issues, 'report-up-required');
  const words = (d: DutyStatus) => `${d.holder}${d.title}`;
  const checked = (d: DutyStatus, done: boolean) => `${words(d)}（${done ? '已履行，' : ''}需核实${d.concern ? `：${concernText(d.concern)}` : ''}）`;
  // As the ledger stood on `end`: a stage recorded later is not yet reached.
  const filed = stageDate(data, '立案', end);
  const investigated = stageDate(data, '调查', end);
  const handled = stageDate(data, '处理', end);
  const persons = named(facts);
  return {
    unit: data.unit.name,
    caseId: data.id,
    opened: data.opened.date,
    person: persons.map((p) => p.name).join('、'),
    category: [...new Set(persons.map((p) => p.category))].join('、'),
    // As the PDF ledger lists them: the items known by the day, one reading (the facts' art8Since).
    circumstances: facts.art8
      .filter((item) => (facts.art8Since.get(item) ?? data.opened.date) <= end)
      .map((item) => locate(model, item)?.item?.label ?? item)
      .join('、'),
    handlers: leadHandlerNames(data).join('、'),
    ...(filed ? { filed } : {}),
    ...(investigated ? { investigated } : {}),
    ...(handled ? { handled } : {}),
    ...(deadlines[0] ? { nextDeadline: deadlines[0] } : {}),
    closed: duties.closed,
    pending: duties.pending.map(words),
    overdue: duties.overdue.map(words),
    toVerify: [...duties.toVerify.map((d) => checked(d, false)), ...duties.doneToVerify.map((d) => checked(d, true))],
    unmet: duties.unmetAtClosure.map((d) => `${words(d)}${d.status === 'verify' && d.concern ? `（需核实：${concernText(d.concern)}）` : d.deadline && d.deadline < end ? `（期限${d.deadline}）` : ''}`),
    reportedUp: !up ? '不需' : result.duties.some((d) => d.duty === 'report-up' && d.done?.date && d.done.date <= end) ? '已报告' : '未报告',
  };
}

/**
 * Widths in Excel's units (a CJK character is two): 216 in all, printed one page wide at about
 * 70 %. A date column has room for a font with wider digits than 宋体's (Calc's stand-ins), else
 * it shows ###.
 */
const COLUMNS: { header: string; key: keyof LedgerRow; width: number; date?: boolean }[] = [
  { header: '案件编号', key: 'caseId', width: 16 },
  { header: '受理日期', key: 'opened', width: 12, date: true },
  { header: '受侵害人员', key: 'person', width: 11 },
  { header: '人员类别', key: 'category', width: 10 },
  { header: '第八条情形', key: 'circumstances', width: 10 },
  { header: '承办人', key: 'handlers', width: 10 },
  { header: '立案', key: 'filed', width: 12, date: true },
  { header: '调查', key: 'investigated', width: 12, date: true },
  { header: '处理', key: 'handled', width: 12, date: true },
  { header: '办结', key: 'closed', width: 5 },
  { header: '逐级报告', key: 'reportedUp', width: 8 },
  { header: '最近期限', key: 'nextDeadline', width: 12, date: true },
  { header: '待履行职责', key: 'pending', width: 28 },
  { header: '逾期职责', key: 'overdue', width: 18 },
  { header: '需核实', key: 'toVerify', width: 20 },
  { header: '未履行即办结', key: 'unmet', width: 20 },
];

const NOTICE = '内部使用：本台账含人员姓名，仅供维权办工作使用，不得对外提供，不得编入报告或手册。';

const asDate = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The workbook's bytes: one sheet per unit, rows in case-id order. */
export async function ledgerWorkbook(rows: readonly LedgerRow[], asAt: string, created: Date): Promise<Uint8Array> {
  // Loaded only when a workbook is asked for (about 0.3 s of start-up a json-only run need not pay).
  const { default: Excel } = await import('exceljs');
  const book: ExcelJS.Workbook = new Excel.Workbook();
  book.creator = 'wq-report';
  book.created = created;
  book.subject = '维护执法权威工作台账（内部使用）';
  book.description = NOTICE;
  const units = [...new Set(rows.map((r) => r.unit))].sort();
  const names = sheetNames(units);
  const widths = COLUMNS.map((c) => c.width);
  const wide = widths.reduce((a, b) => a + b, 0);
  for (const unit of units) {
    const name = names.get(unit)!;
    const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.columns = COLUMNS.map((c) => ({ key: c.key, width: c.width, style: { font: LEDGER_FONT, ...(c.date ? { numFmt: 'yyyy-mm-dd' } : {}) } }));
    sheet.mergeCells(1, 1, 1, COLUMNS.length);
    const titleText = `${unit}维护执法权威工作台账（截至 ${asAt}）`;
    const title = sheet.getCell(1, 1);
    title.value = `${titleText}　${NOTICE}`;
    title.font = { ...LEDGER_FONT, bold: true };
    title.alignment = { vertical: 'middle', wrapText: true };
    sheet.getRow(1).height = rowHeight([String(title.value)], [wide]);
    const header = sheet.getRow(2);
    header.values = COLUMNS.map((c) => c.header);
    header.font = { ...LEDGER_FONT, bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    header.height = rowHeight(COLUMNS.map((c) => c.header), widths);
    for (const row of rows.filter((r) => r.unit === unit).sort((a, b) => a.caseId.localeCompare(b.caseId, 'zh-CN'))) {
      const text = { ...row, closed: row.closed ? '是' : '否', pending: row.pending.join('；'), overdue: row.overdue.join('；'), toVerify: row.toVerify.join('；'), unmet: row.unmet.join('；') };
      const added = sheet.addRow({
        ...text,
        opened: asDate(row.opened),
        filed: asDate(row.filed),
        investigated: asDate(row.investigated),
        handled: asDate(row.handled),
        nextDeadline: asDate(row.nextDeadline),
      });
      added.font = LEDGER_FONT;
      added.alignment = { vertical: 'top', wrapText: true };
      added.height = rowHeight(COLUMNS.map((c) => String(text[c.key] ?? '')), widths);
    }
    printLayout(sheet, titleText, 2, COLUMNS.length);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
