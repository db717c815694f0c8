/**
 * wq-validate — checks case files (and unit set-up files) against the schema and the
 * Measures' rules. Usage: npm run validate -- [options] <file|dir>...
 * Exit 0: all valid; 1: some file invalid; 2: usage error or an unreadable path.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { expandInputs } from './lib/validate/files.ts';
import { createValidator, type FileResult } from './lib/validate/index.ts';
import { humanFile, humanSummary } from './lib/validate/format/human.ts';
import { JSON_HEAD, jsonFile, jsonTail } from './lib/validate/format/json.ts';
import { count, emptySummary, exitCodeOf } from './lib/validate/format/summary.ts';
import { ReportWriter } from './lib/validate/format/writer.ts';
import { isCalendarDate } from './lib/calendar.ts';
import { printable } from './lib/cli/printable.ts';
import { handbookBase, isHandbookAddress } from './lib/validate/messages.ts';
import { ROOT_DIR } from './lib/root.ts';

const USAGE = `用法：npm run validate -- [选项] <文件或目录>...
      （或 npx wq-validate [选项] <文件或目录>...）

检查维权案件数据文件（JSON）是否符合案件架构和《实施办法》的规定；目录中的 *.json 逐个检查。
"$schema" 指向 unit.schema.json 的文件按单位设置文件检查。

选项：
  --format <human|json|sarif>  输出格式，默认 human（json、sarif 供脚本与 CI 使用）
  --handbook <地址>            手册地址前缀，用于生成条文链接；也可设置环境变量 WQ_HANDBOOK_URL。
                               默认为本机构建的手册 dist/site/
  --as-of <YYYY-MM-DD>         判断期限是否已过所用的日期，默认今天
  --max-size <MB>              超过此大小的文件不读取、报告为错误，默认 5（案件文件通常只有几 KB）
  -q, --quiet                  只显示错误和汇总
  --no-progress                不显示进度条（文件较多且在终端中运行时，进度条显示在标准错误上）
  -h, --help                   显示本帮助

退出码：0 全部有效；1 有文件无效；2 用法错误或路径无法读取。`;

const FORMATS = ['human', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** The progress bar is worth showing only for a long batch on an interactive terminal. */
const PROGRESS_THRESHOLD = 50;

function usageError(message: string): never {
  process.stderr.write(`错误：${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', default: 'human' },
        handbook: { type: 'string' },
        'as-of': { type: 'string' },
        'max-size': { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        'no-progress': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const e = error as { code?: string; message: string };
    const option = /'([^']+)'/.exec(e.message)?.[1];
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') usageError(`未知选项 ${printable(option ?? '')}`);
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') usageError(`选项 ${printable(option ?? '')} 的值不正确（缺少值，或不应带值）`);
    usageError('参数不正确');
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

async function main(argv = process.argv.slice(2)): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) usageError(`--format 只能是 ${FORMATS.join('、')}，不能是“${printable(String(values.format))}”`);
  const asOf = values['as-of'];
  if (asOf !== undefined && !isCalendarDate(asOf)) usageError(`--as-of 应为 YYYY-MM-DD 格式的真实日期，不能是“${printable(asOf)}”`);
  const maxSize = values['max-size'] === undefined ? undefined : Number(values['max-size']);
  if (maxSize !== undefined && !(maxSize > 0 && maxSize <= 1024)) usageError(`--max-size 应为 0 到 1024 之间的兆字节数，不能是“${printable(values['max-size']!)}”`);
  const handbook = values.handbook ?? process.env.WQ_HANDBOOK_URL;
  if (handbook && !isHandbookAddress(handbook)) {
    usageError(`${values.handbook ? '--handbook' : '环境变量 WQ_HANDBOOK_URL'} 应为以 http://、https:// 或 file:// 开头的地址，不能是“${printable(handbook)}”`);
  }
  if (positionals.length === 0) usageError('请指定要检查的文件或目录');

  const { files, unreadable } = expandInputs(positionals);
  if (files.length === 0 && unreadable.length === 0) usageError(`在 ${printable(positionals.join('、'))} 中没有找到 .json 文件`);
  const validator = await createValidator({
    handbook: values.handbook,
    asOf,
    positions: format === 'sarif' ? 'all' : 'errors',
    // --quiet shows no duties (nor counts them): its report needs no checklist.
    duties: !(format === 'human' && values.quiet),
    ...(maxSize ? { maxBytes: Math.round(maxSize * 1048576) } : {}),
  });
  const humanOptions = { color: process.stdout.isTTY === true && !process.env.NO_COLOR, quiet: values.quiet };

  // Human and json output stream file by file; sarif lists its rules first, so it keeps results.
  const keep = format === 'sarif';
  const results: FileResult[] = [];
  const summary = emptySummary();
  const showProgress = !values['no-progress'] && process.stderr.isTTY === true && files.length >= PROGRESS_THRESHOLD;
  const cliProgress = showProgress ? (await import('cli-progress')).default : undefined;
  const bar = cliProgress
    ? new cliProgress.SingleBar({ format: '检查中 [{bar}] {value}/{total} 个文件', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(files.length, 0);
  // Nothing goes to the terminal while the bar draws on it, so the two never interleave.
  const writer = new ReportWriter(process.stdout, bar !== undefined);
  const take = (result: FileResult) => {
    const first = summary.files === 0;
    count(summary, result);
    if (keep) results.push(result);
    else writer.write(format === 'json' ? jsonFile(result, validator.describe, first) : humanFile(result, validator.describe, humanOptions));
  };
  if (format === 'json') writer.write(JSON_HEAD);
  for (const u of unreadable) take(validator.unreadable(u.path, u.code));
  let done = 0;
  for (const result of validator.validateFiles(files)) {
    take(result);
    if (bar && ++done % 25 === 0) {
      bar.update(done);
      await new Promise((resolve) => setImmediate(resolve)); // let the bar redraw
    }
  }
  bar?.update(files.length);
  bar?.stop();
  writer.flush();

  if (format === 'human') process.stdout.write(humanSummary(summary, humanOptions));
  else if (format === 'json') process.stdout.write(jsonTail(summary, summary.files > 0));
  else {
    const { sarifReport } = await import('./lib/validate/format/sarif.ts');
    // Links only to a handbook the user named, not to the local build's file:// address.
    const options = { version: packageVersion(), model: validator.model, handbook: handbook ? handbookBase(handbook) : undefined };
    process.stdout.write(sarifReport(results, validator.describe, options));
  }
  return exitCodeOf(summary);
}

// A reader that stops early (| head) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`wq-validate 内部错误：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
