/**
 * wq-forms / npm run forms: official documents as PDFs (and DOCX) for case files.
 *
 *   npm run forms -- <案件.json>... [--form <公文>]... [--out <目录>] [--unit <单位.json>]... [--force] [--draft] [--as-of YYYY-MM-DD]
 *                   [--serial <号>] [--date YYYY-MM-DD] [--signer <姓名>] [--format pdf|docx|both]
 *   npm run forms -- --blank [--form <公文>]... [--out <目录>]
 *
 * Exit codes: 0 every document written; 1 a case was refused as invalid, a document could not
 * be made, or a file already existed and was left alone (no --force); 2 usage error, unreadable
 * input, no browser, a font missing or an output that could not be written; 130 / 143
 * interrupted (SIGINT / SIGTERM), with nothing half-written left behind. The arguments and
 * --out are checked before the model, the validators or Chromium load.
 */
import { choiceOption, dateOption, textOption, UsageError } from './lib/cli/args.ts';
import { EXIT, runCommand } from './lib/cli/command.ts';
import { FORMS, formChoices } from './lib/cli/commands/forms.ts';
import { prepareOutDir } from './lib/cli/out-dir.ts';
import { userPaths } from './lib/cli/paths.ts';
import { printable, printableLines } from './lib/cli/printable.ts';
import { readFormList, resolveForm } from './lib/documents/form-list.ts';
import type { OutputFormat } from './lib/documents/run.ts';
import { runSummary } from './lib/documents/summary.ts';

const MAX_SERIAL = 99_999;
const MAX_SIGNER = 20;
const FORMAT_CHOICES: Record<'pdf' | 'docx' | 'both', OutputFormat[]> = { pdf: ['pdf'], docx: ['docx'], both: ['pdf', 'docx'] };

await runCommand(
  FORMS,
  async ({ values, positionals, signal }) => {
    if (values.blank && positionals.length > 0) throw new UsageError(`--blank 生成空白表单，不需要案件文件；请去掉 ${printable(positionals.join('、'))}，或去掉 --blank`);
    if (!values.blank && positionals.length === 0) throw new UsageError('请指定案件文件（或用 --blank 生成空白表单）');
    const list = readFormList();
    const forms: string[] = [];
    const unknown: string[] = [];
    for (const name of values.form ?? []) {
      const found = resolveForm(list, name);
      if (found) forms.push(found.id);
      else unknown.push(name);
    }
    if (unknown.length > 0) throw new UsageError(`未知的公文：${printable(unknown.join('、'))}。可选：${formChoices()}`);
    const asOf = values['as-of'] === undefined ? undefined : dateOption('as-of', values['as-of']);
    const date = values.date === undefined ? undefined : dateOption('date', values.date);
    const formats = FORMAT_CHOICES[choiceOption('format', values.format ?? 'pdf', ['pdf', 'docx', 'both'])];
    const serialText = values.serial;
    const serial = serialText === undefined ? undefined : Number(serialText);
    if (serialText !== undefined && !(/^[1-9]\d{0,4}$/.test(serialText) && serial! <= MAX_SERIAL)) {
      throw new UsageError(`--serial 应为 1 至 ${MAX_SERIAL} 的正整数（发文字号中的序号，不带“第”和“号”），不能是“${printable(serialText.slice(0, 40))}”`);
    }
    const signer = values.signer === undefined ? undefined : textOption('signer', values.signer, MAX_SIGNER, '签发人姓名');
    const issue = { ...(serial !== undefined ? { serial } : {}), ...(date ? { date } : {}), ...(signer ? { signer } : {}) };

    const where = userPaths();
    const outDir = where.resolve(values.out ?? 'forms-out');
    const outProblem = await prepareOutDir(outDir, where.shown(outDir));
    if (outProblem) {
      process.stderr.write(`${outProblem}\n`);
      return EXIT.USAGE;
    }

    // Only now the model, the validators and the browser.
    const { runForms } = await import('./lib/documents/run.ts');
    const cliProgress = process.stderr.isTTY ? (await import('cli-progress')).default : undefined;
    const bar = cliProgress
      ? new cliProgress.SingleBar({ format: '生成公文 [{bar}] {value}/{total} 份', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
      : undefined;
    const result = await runForms({
      inputs: positionals.map(where.resolve),
      forms,
      outDir,
      unitFiles: (values.unit ?? []).map(where.resolve),
      force: values.force,
      draft: values.draft,
      formats,
      blank: values.blank,
      ...(asOf ? { asOf } : {}),
      ...(Object.keys(issue).length ? { issue } : {}),
      display: where.shown,
      // Whatever a case file says reaches the terminal escaped (an id with U+202E, a unit name with ESC).
      log: (text) => process.stderr.write(printableLines(text)),
      onProgress: (done, total) => (done === 0 ? bar?.start(total, 0) : bar?.update(done)),
      signal,
    }).finally(() => bar?.stop());
    const summary = runSummary(result, formats, where.shown);
    process.stdout.write(summary.stdout);
    process.stderr.write(summary.stderr);
    return result.exitCode;
  },
  { interrupts: true },
);
