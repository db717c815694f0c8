/**
 * The report staff read in a terminal: each file's errors as path:line:column with message,
 * citation and handbook link, then its findings, then one summary line.
 */
import { styleText } from 'node:util';
import type { Describe } from '../describe.ts';
import type { LocatedIssue } from '../issues.ts';
import { errorsOf, findingsOf, type FileResult } from '../validator.ts';
import type { Summary } from './summary.ts';

export interface HumanOptions {
  color: boolean;
  /** Only errors and the summary: no findings, nothing for valid files. */
  quiet: boolean;
}

type Style = Parameters<typeof styleText>[0];

export function humanFile(result: FileResult, describe: Describe, options: HumanOptions): string {
  const paint = (style: Style, text: string) => (options.color ? styleText(style, text) : text);
  const lines: string[] = [];
  const line = (lead: string, issue: LocatedIssue) => {
    const { message, handbook } = describe(issue, result.kind);
    lines.push(`  ${lead}  ${message}  ${paint('dim', `[${issue.code}]`)}`);
    if (handbook) lines.push(`    ${paint('dim', `手册：${handbook}`)}`);
  };
  if (options.quiet && result.valid) return '';
  lines.push(result.valid ? `${paint('bold', result.file)}  ${paint('green', '有效')}` : `${paint('bold', result.file)}  ${paint('red', '无效')}`);
  for (const e of errorsOf(result)) {
    const where = e.line === undefined ? result.file : `${result.file}:${e.line}:${e.column}`;
    line(`${where}  ${paint('red', '错误')}`, e);
  }
  if (!options.quiet) for (const f of findingsOf(result)) line(paint('cyan', '提示'), f);
  return `${lines.join('\n')}\n`;
}

export function humanSummary(s: Summary, options: HumanOptions): string {
  const parts = [`共 ${s.files} 个文件：${s.valid} 个有效，${s.invalid} 个无效`, `错误 ${s.errors} 处`];
  if (!options.quiet) parts.push(`提示 ${s.findings} 条`);
  if (s.unreadable) parts.push(`${s.unreadable} 个路径无法读取`);
  const line = `${parts.join('；')}。`;
  if (!options.color) return `${line}\n`;
  return `${styleText(s.invalid ? 'red' : 'green', line)}\n`;
}
