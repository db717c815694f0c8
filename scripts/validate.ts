/**
 * wq-validate — checks case files (and unit set-up files) against the schema and the
 * Measures' rules. Usage: npm run validate -- [options] <file|dir>...
 * Exit 0: all valid; 1: some file invalid; 2: usage error or an unreadable path.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { choiceOption, dateOption, UsageError } from './lib/cli/args.ts';
import { runCommand } from './lib/cli/command.ts';
import { VALIDATE } from './lib/cli/commands/validate.ts';
import { shownPath, userPaths } from './lib/cli/paths.ts';
import { printable } from './lib/cli/printable.ts';
import { ROOT_DIR } from './lib/root.ts';

const FORMATS = ['human', 'json', 'sarif'] as const;

/** The progress bar is worth showing only for a long batch on an interactive terminal. */
const PROGRESS_THRESHOLD = 50;

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

await runCommand(VALIDATE, async ({ values, positionals }) => {
  const format = choiceOption('format', values.format, FORMATS);
  const asOf = values['as-of'] === undefined ? undefined : dateOption('as-of', values['as-of']);
  const maxSize = values['max-size'] === undefined ? undefined : Number(values['max-size']);
  if (maxSize !== undefined && !(maxSize > 0 && maxSize <= 1024)) throw new UsageError(`--max-size 应为 0 到 1024 之间的兆字节数，不能是“${printable(values['max-size']!.slice(0, 40))}”`);
  const handbook = values.handbook ?? process.env['WQ_HANDBOOK_URL'];
  if (positionals.length === 0) throw new UsageError('请指定要检查的文件或目录');

  // The validator and the handbook's address rules load only now: a usage error never waits for them.
  const [{ expandInputs }, { createValidator }, human, json, summaryOf, { ReportWriter }, handbooks] = await Promise.all([
    import('./lib/validate/files.ts'),
    import('./lib/validate/index.ts'),
    import('./lib/validate/format/human.ts'),
    import('./lib/validate/format/json.ts'),
    import('./lib/validate/format/summary.ts'),
    import('./lib/validate/format/writer.ts'),
    import('./lib/validate/handbook-base.ts'),
  ]);
  if (handbook && !handbooks.isHandbookAddress(handbook)) {
    throw new UsageError(`${values.handbook ? '--handbook' : '环境变量 WQ_HANDBOOK_URL'} 应为以 http://、https:// 或 file:// 开头的地址，不能是“${printable(handbook.slice(0, 80))}”`);
  }
  const where = userPaths();
  const { files, unreadable } = expandInputs(positionals.map(where.resolve));
  if (files.length === 0 && unreadable.length === 0) throw new UsageError(`在 ${printable(positionals.join('、'))} 中没有找到 .json 文件`);
  const validator = await createValidator({
    handbook: values.handbook,
    asOf,
    positions: format === 'sarif' ? 'all' : 'errors',
    // --quiet shows no duties (nor counts them): its report needs no checklist.
    duties: !(format === 'human' && values.quiet),
    ...(maxSize ? { maxBytes: Math.round(maxSize * 1048576) } : {}),
  });
  const humanOptions = { color: process.stdout.isTTY === true && !process.env['NO_COLOR'], quiet: values.quiet };
  // Each file as the user named it: relative to where they are (the formatters escape it).
  const named = <R extends { file: string }>(result: R): R => ({ ...result, file: shownPath(where.cwd, result.file) });

  // Human and json output stream file by file; sarif lists its rules first, so it keeps results.
  const keep = format === 'sarif';
  const results: ReturnType<typeof validator.unreadable>[] = [];
  const summary = summaryOf.emptySummary();
  const showProgress = !values['no-progress'] && process.stderr.isTTY === true && files.length >= PROGRESS_THRESHOLD;
  const cliProgress = showProgress ? (await import('cli-progress')).default : undefined;
  const bar = cliProgress
    ? new cliProgress.SingleBar({ format: '检查中 [{bar}] {value}/{total} 个文件', stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic)
    : undefined;
  bar?.start(files.length, 0);
  // Nothing goes to the terminal while the bar draws on it, so the two never interleave.
  const writer = new ReportWriter(process.stdout, bar !== undefined);
  const take = (checked: ReturnType<typeof validator.unreadable>) => {
    const result = named(checked);
    const first = summary.files === 0;
    summaryOf.count(summary, result);
    if (keep) results.push(result);
    else writer.write(format === 'json' ? json.jsonFile(result, validator.describe, first) : human.humanFile(result, validator.describe, humanOptions));
  };
  if (format === 'json') writer.write(json.JSON_HEAD);
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

  if (format === 'human') process.stdout.write(human.humanSummary(summary, humanOptions));
  else if (format === 'json') process.stdout.write(json.jsonTail(summary, summary.files > 0));
  else {
    const { sarifReport } = await import('./lib/validate/format/sarif.ts');
    // Links only to a handbook the user named, not to the local build's file:// address.
    const options = { version: packageVersion(), model: validator.model, handbook: handbook ? handbooks.handbookBase(handbook) : undefined, cwd: where.cwd };
    process.stdout.write(sarifReport(results, validator.describe, options));
  }
  return summaryOf.exitCodeOf(summary);
});
