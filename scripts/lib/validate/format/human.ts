/**
 * The report staff read in a terminal: each file's errors as path:line:column with message,
 * citation and handbook link, then its findings, then what the Measures require of the office
 * in the case (the duty checklist, overdue first), then one summary line.
 */
import { styleText } from 'node:util';
import { printable } from '../../cli/printable.ts';
import type { DutyState, DutyStatus } from '../../duties/index.ts';
import type { Described, Describer } from '../describe.ts';
import { DUTY_STATE } from '../messages.ts';
import { errorsOf, findingsOf, type FileResult } from '../validator.ts';
import type { Summary } from './summary.ts';

export interface HumanOptions {
  color: boolean;
  /** Only errors and the summary: no findings or duties, nothing for valid files. */
  quiet: boolean;
}

type Style = Parameters<typeof styleText>[0];

const STATE_STYLE: Record<DutyState, Style> = { overdue: 'red', verify: 'magenta', pending: 'yellow', done: 'green' };
const ORDER: Record<DutyState, number> = { overdue: 0, verify: 1, pending: 2, done: 3 };

/** The checklist in the order a clerk acts on it: overdue, to verify, pending, done; the Measures' order within each. */
const checklistOrder = (duties: readonly DutyStatus[]) => [...duties].sort((a, b) => ORDER[a.status] - ORDER[b.status]);

const plain = (_style: Style, text: string) => text;
const painted = (style: Style, text: string) => styleText(style, text);

export function humanFile(result: FileResult, describe: Describer, options: HumanOptions): string {
  if (options.quiet && result.valid) return '';
  const paint = options.color ? painted : plain;
  // The file's name, and the keys and words from it that messages quote, are escaped before
  // they are painted: nothing a file holds can steer the terminal. (A batch makes megabytes of
  // this text, so it is built by concatenation.)
  const file = printable(result.file);
  const line = (lead: string, { message, handbook }: Described, code: string) =>
    `  ${lead}  ${printable(message)}  ${paint('dim', `[${code}]`)}\n${handbook ? `    ${paint('dim', `手册：${handbook}`)}\n` : ''}`;
  let text = result.valid ? `${paint('bold', file)}  ${paint('green', '有效')}\n` : `${paint('bold', file)}  ${paint('red', '无效')}\n`;
  for (const e of errorsOf(result)) {
    const where = e.line === undefined ? file : `${file}:${e.line}:${e.column}`;
    text += line(`${where}  ${paint('red', '错误')}`, describe.issue(e, result.kind), e.code);
  }
  if (!options.quiet) {
    for (const f of findingsOf(result)) text += line(paint('cyan', '提示'), describe.issue(f, result.kind), f.code);
    for (const d of checklistOrder(result.duties)) text += line(`职责  ${paint(STATE_STYLE[d.status], DUTY_STATE[d.status])}`, describe.duty(d), d.duty);
  }
  return text;
}

export function humanSummary(s: Summary, options: HumanOptions): string {
  const parts = [`共 ${s.files} 个文件：${s.valid} 个有效，${s.invalid} 个无效`, `错误 ${s.errors} 处`];
  if (!options.quiet) parts.push(`提示 ${s.findings} 条`, `职责待履行 ${s.pending} 项、逾期 ${s.overdue} 项、需核实 ${s.verify} 项`);
  if (s.unreadable) parts.push(`${s.unreadable} 个路径无法读取`);
  const line = `${parts.join('；')}。`;
  if (!options.color) return `${line}\n`;
  return `${styleText(s.invalid ? 'red' : 'green', line)}\n`;
}
