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
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isCalendarDate } from './lib/calendar.ts';
import { handleInterrupts } from './lib/cli/interrupt.ts';
import { printable } from './lib/cli/printable.ts';
import { lastQuarter, periodWords } from './lib/report/period.ts';
import { FORMATS, runReport, type ReportFormat } from './lib/report/run.ts';
import { localToday } from './lib/rules/index.ts';
import { shownPath, userCwd } from './lib/cli/paths.ts';

const USAGE = `用法：npm run report -- <文件或目录>... [选项]
      （或 npx wq-report <文件或目录>... [选项]）

从案件数据文件生成维护执法权威工作情况报告（第二十九条第（一）项、第（三）项）和工作台账（第（六）项）。
每个文件先经校验；无效的文件列出错误，不计入任何数字。

选项：
  --from <YYYY-MM-DD>     统计期起始日（含），默认为上一个完整季度的第一天
  --to <YYYY-MM-DD>       统计期终止日（含），默认为上一个完整季度的最后一天；各项数字按此日的情况统计
  --unit <文件>           报告单位的单位设置文件（报告单位名称、上级维权办）
  --out <目录>            输出目录，默认当前目录下的 report-out
  --format <格式>         pdf、html、json、xlsx，可用逗号分隔多种，默认全部
  --date <YYYY-MM-DD>     报告的成文日期，默认今天
  --serial <号>           发文字号中的序号（取自本单位发文登记），如 5 → 呼公维字〔2026〕5号；不指定时留空待填
  --signer <姓名>         签发人，代替单位设置文件中的 signer；都没有时留空待填
  --contact <姓名>        附注中的联系人；不指定时留空待填
  --phone <电话>          附注中的联系电话，代替单位设置文件中的 phone
  --force                 覆盖已有的同名报告
  -h, --help              显示本帮助

退出码：0 已生成；1 有文件无效（已列出，未计入）或报告已存在未覆盖；2 用法错误、路径无法读取或无法写出。`;

function usageError(message: string): never {
  process.stderr.write(`错误：${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        unit: { type: 'string', multiple: true },
        out: { type: 'string' },
        format: { type: 'string' },
        date: { type: 'string' },
        serial: { type: 'string' },
        signer: { type: 'string' },
        contact: { type: 'string' },
        phone: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const e = error as { code?: string; message: string };
    const option = /'([^']+)'/.exec(e.message)?.[1] ?? '';
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') usageError(`未知选项 ${printable(option)}`);
    usageError(`选项 ${printable(option)} 的值不正确（缺少值，或不应带值）`);
  }
}

async function main(argv: string[], signal: AbortSignal): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  for (const option of ['from', 'to', 'date'] as const) {
    const value = values[option];
    if (value !== undefined && !isCalendarDate(value)) usageError(`--${option} 应为 YYYY-MM-DD 格式的真实日期，不能是“${printable(value)}”`);
  }
  const today = localToday();
  const quarter = lastQuarter(today);
  const period = { from: values.from ?? quarter.from, to: values.to ?? quarter.to };
  if (period.from > period.to) usageError(`统计期起始日 ${period.from} 晚于终止日 ${period.to}`);
  // The report states the figures as they stood at the end of the period: it cannot be dated before it.
  const date = values.date ?? today;
  if (date < period.to) usageError(`报告的成文日期 ${date} 早于统计期终止日 ${period.to}：报告只能写成文日期以前的情况，请在统计期结束后成文，或用 --to 缩短统计期`);
  const formats = (values.format ?? FORMATS.join(',')).split(',').map((f) => f.trim());
  const unknown = formats.filter((f) => !FORMATS.includes(f as ReportFormat));
  if (unknown.length) usageError(`--format 只能是 ${FORMATS.join('、')}，不能是“${printable(unknown.join(','))}”`);
  if (positionals.length === 0) usageError('请指定案件文件或目录');
  if (values.serial !== undefined && !/^[1-9]\d{0,5}$/.test(values.serial)) usageError(`--serial 应为正整数（发文字号中的序号，不带“第”和“号”），不能是“${printable(values.serial)}”`);
  const words: Partial<Record<'signer' | 'contact' | 'phone', string>> = {};
  for (const option of ['signer', 'contact', 'phone'] as const) {
    const value = values[option]?.trim();
    if (values[option] !== undefined && !value) usageError(`--${option} 不能为空`);
    if (value) words[option] = value;
  }

  const cwd = userCwd();
  const resolve = (p: string) => path.resolve(cwd, p);
  const display = (file: string) => shownPath(cwd, file);
  const result = await runReport({
    inputs: positionals.map(resolve),
    period,
    unitFiles: (values.unit ?? []).map(resolve),
    outDir: resolve(values.out ?? 'report-out'),
    formats: [...new Set(formats)] as ReportFormat[],
    explicitFormats: values.format !== undefined,
    signal,
    force: values.force,
    date,
    ...(values.serial !== undefined ? { serial: Number(values.serial) } : {}),
    ...words,
    display,
  });
  const { counts } = result;
  if (result.interrupted) {
    process.stderr.write(`已中断：已生成的 ${result.written.filter((w) => w.outcome === 'written').length} 个文件完整保留，其余未生成，没有留下未写完的文件。\n`);
    return interrupt.code();
  }
  for (const w of result.written) {
    const pages = w.format === 'pdf' && result.pages ? `（${result.pages} 页）` : '';
    process.stdout.write(w.outcome === 'written' ? `已生成  ${printable(display(w.file))}${pages}\n` : `已存在，未覆盖  ${printable(display(w.file))}（如需覆盖请加 --force）\n`);
  }
  process.stdout.write(
    `统计期 ${periodWords(period)}：读取 ${counts.total} 个文件，${counts.valid} 个有效${counts.units ? `（其中单位设置 ${counts.units} 个）` : ''}，${counts.invalid} 个无效未计入${counts.duplicates ? `，${counts.duplicates} 个案件编号重复只计一次` : ''}。\n`,
  );
  return result.exitCode;
}

const interrupt = handleInterrupts();

main(process.argv.slice(2), interrupt.signal).then(
  (code) => {
    process.exitCode = interrupt.signal.aborted ? interrupt.code() : code;
  },
  (error: unknown) => {
    process.stderr.write(`wq-report 内部错误：${printable(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = interrupt.signal.aborted ? interrupt.code() : 2;
  },
);
