/**
 * wq-report / npm run report: the periodic report (Art. 29（一）（三）) and the 工作台账 (Art.
 * 29（六）) from a folder of case files.
 *
 *   npm run report -- <文件或目录>... [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--unit <单位.json>]
 *                    [--out <目录>] [--format pdf,html,json,xlsx] [--date YYYY-MM-DD] [--serial <号>]
 *                    [--signer <姓名>] [--contact <姓名>] [--phone <电话>] [--force]
 *
 * Exit codes: 0 written; 1 an input was invalid (left out and listed) or an output already
 * existed (no --force); 2 usage error, an unreadable path, or an output that could not be written;
 * 130 / 143 interrupted (SIGINT / SIGTERM), with the browser closed and nothing half-written left.
 * The arguments and --out are checked before the validators or Chromium load.
 */
import { localToday } from './lib/calendar.ts';
import { dateOption, textOption, UsageError } from './lib/cli/args.ts';
import { EXIT, runCommand } from './lib/cli/command.ts';
import { REPORT } from './lib/cli/commands/report.ts';
import { prepareOutDir } from './lib/cli/out-dir.ts';
import { userPaths } from './lib/cli/paths.ts';
import { printable, printableLines } from './lib/cli/printable.ts';
import { FORMATS, type ReportFormat } from './lib/report/formats.ts';
import { lastQuarter, periodWords } from './lib/report/period.ts';


await runCommand(
  REPORT,
  async ({ values, positionals, signal }) => {
    const given = { from: values.from, to: values.to, date: values.date };
    for (const option of ['from', 'to', 'date'] as const) if (given[option] !== undefined) dateOption(option, given[option]);
    const today = localToday();
    const quarter = lastQuarter(today);
    const period = { from: values.from ?? quarter.from, to: values.to ?? quarter.to };
    if (period.from > period.to) throw new UsageError(`统计期起始日 ${period.from} 晚于终止日 ${period.to}`);
    // The report states the figures as they stood at the end of the period: it cannot be dated before it.
    const date = values.date ?? today;
    if (date < period.to) throw new UsageError(`报告的成文日期 ${date} 早于统计期终止日 ${period.to}：报告只能写成文日期以前的情况，请在统计期结束后成文，或用 --to 缩短统计期`);
    const formats = (values.format ?? FORMATS.join(',')).split(',').map((f) => f.trim());
    const unknown = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
    if (unknown.length) throw new UsageError(`--format 只能是 ${FORMATS.join('、')}，不能是“${printable(unknown.join(',').slice(0, 40))}”`);
    if (positionals.length === 0) throw new UsageError('请指定案件文件或目录');
    if (values.serial !== undefined && !/^[1-9]\d{0,5}$/.test(values.serial)) throw new UsageError(`--serial 应为正整数（发文字号中的序号，不带“第”和“号”），不能是“${printable(values.serial.slice(0, 40))}”`);
    const words: Partial<Record<'signer' | 'contact' | 'phone', string>> = {};
    const what = { signer: '签发人姓名', contact: '联系人姓名', phone: '联系电话' } as const;
    for (const option of ['signer', 'contact', 'phone'] as const) {
      const value = values[option];
      if (value !== undefined) words[option] = textOption(option, value, 30, what[option]);
    }

    const where = userPaths();
    const outDir = where.resolve(values.out ?? 'report-out');
    // A report written among the cases would be read as one by the next run.
    const inputs = positionals.map(where.resolve);
    if (inputs.includes(outDir)) throw new UsageError(`输出目录（--out）不能是要统计的目录 ${where.shown(outDir)}：报告写在案件文件中间，下次统计时会被当作案件读入；请另选一个目录`);
    const outProblem = await prepareOutDir(outDir, where.shown(outDir));
    if (outProblem) {
      process.stderr.write(`${outProblem}\n`);
      return EXIT.USAGE;
    }

    // Only now the validators (and, for a PDF, the browser).
    const { runReport } = await import('./lib/report/run.ts');
    const result = await runReport({
      inputs,
      period,
      unitFiles: (values.unit ?? []).map(where.resolve),
      outDir,
      formats: [...new Set(formats)] as ReportFormat[],
      explicitFormats: values.format !== undefined,
      signal,
      force: values.force,
      date,
      ...(values.serial !== undefined ? { serial: Number(values.serial) } : {}),
      ...words,
      display: where.shown,
      // Whatever a case file says reaches the terminal escaped (an id with U+202E, a unit name with ESC).
      log: (text) => process.stderr.write(printableLines(text)),
    });
    const { counts } = result;
    if (result.interrupted) {
      process.stderr.write(`已中断：已生成的 ${result.written.filter((w) => w.outcome === 'written').length} 个文件完整保留，其余未生成，没有留下未写完的文件。\n`);
      return EXIT.USAGE;
    }
    for (const w of result.written) {
      const pages = w.format === 'pdf' && result.pages ? `（${result.pages} 页）` : '';
      process.stdout.write(w.outcome === 'written' ? `已生成  ${where.shown(w.file)}${pages}\n` : `已存在，未覆盖  ${where.shown(w.file)}（如需覆盖请加 --force）\n`);
    }
    process.stdout.write(
      `统计期 ${periodWords(period)}：读取 ${counts.total} 个文件，${counts.valid} 个有效${counts.units ? `（其中单位设置 ${counts.units} 个）` : ''}，${counts.invalid} 个无效未计入${counts.duplicates ? `，${counts.duplicates} 个案件编号重复只计一次` : ''}${leftOutWords(result.leftOut)}。\n`,
    );
    return result.exitCode;
  },
  { interrupts: true },
);

/** The cases a unit's report left out, as the summary line names them. */
function leftOutWords(left: { otherUnit: number; unknownUnit: number } | undefined): string {
  const parts = [left?.otherUnit ? `${left.otherUnit} 个属于其他单位` : '', left?.unknownUnit ? `${left.unknownUnit} 个承办单位无法识别` : ''].filter(Boolean);
  return parts.length > 0 ? `，${parts.join('、')}，未计入` : '';
}
