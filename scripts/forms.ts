/**
 * wq-forms / npm run forms: official documents as PDFs for case files.
 *
 *   npm run forms -- <案件.json>... [--form <公文>]... [--out <目录>] [--unit <单位.json>]... [--force] [--as-of YYYY-MM-DD]
 *                   [--serial <号>] [--date YYYY-MM-DD] [--signer <姓名>] [--format pdf|docx|both]
 *   npm run forms -- --blank [--form <公文>]... [--out <目录>]
 *
 * Exit codes: 0 every document written; 1 a case was refused as invalid, a document could not
 * be made, or a PDF already existed and was left alone (no --force); 2 usage error, unreadable
 * input, no browser, a font missing or an output that could not be written; 130 / 143
 * interrupted (SIGINT / SIGTERM), with nothing half-written left behind.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { isCalendarDate } from './lib/calendar.ts';
import { printable } from './lib/cli/printable.ts';
import { loadPolicyModel } from './lib/policy/index.ts';
import { debugDetail, reasonOf } from './lib/cli/errors.ts';
import { loadFormDefs, resolveForm } from './lib/documents/registry.ts';
import { runForms, type OutputFormat } from './lib/documents/run.ts';
import { handleInterrupts } from './lib/cli/interrupt.ts';

const USAGE = `用法：npm run forms -- <案件.json>... [选项]
      npm run forms -- --blank [--form <公文>]... [--out <目录>]
  --form <公文>   只生成指定公文（可重复），写标识或中文名称均可：{forms}
  --out <目录>    输出目录（默认：当前目录下的 forms-out）
  --unit <文件>   单位设置文件（发文机关标志、发文字号前缀、印章文字、上级维权办，可重复，按案件所属单位匹配），见 schemas/examples/units/
  --format <格式>  pdf（默认，供打印）、docx（供在 WPS、Word 中填写序号、日期后打印）或 both（两种都生成）
  --force         覆盖已存在的文件（默认不覆盖已发出的公文）
  --blank         生成供手工填写的空白表单（不需要案件文件）
  --as-of <日期>  以该日期（YYYY-MM-DD）判断期限，并作为工作台账的“截至”日期（默认今天）；不写入公文正文
  --serial <号>   发文字号中的序号（取自本单位发文登记，1 至 99999），如 12 → 内公维字〔2026〕12号；只能用于生成一份公文
  --date <日期>   成文日期（YYYY-MM-DD），用于案件中没有记录日期的公文（待发的首报、催办通知书等）；案件中已有的日期不变
  --signer <姓名> 上行文（逐级报告）的签发人，代替单位设置文件中的 signer；都没有时留空待填
  --help          显示本说明`;

const MAX_SERIAL = 99_999;
const MAX_SIGNER = 20;

/** parseArgs' errors, in Chinese. */
function usageError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const option = /'(-{1,2}[^' ]+)/.exec(e.message ?? '')?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `未知的选项：${option ?? ''}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(e.message ?? '') ? `选项 ${option ?? ''} 后面缺少值` : `选项 ${option ?? ''} 的值无效`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return '多余的参数';
    default:
      return '参数无效';
  }
}

async function main(argv: string[], signal: AbortSignal): Promise<number> {
  const model = await loadPolicyModel();
  const defs = loadFormDefs(model);
  const usage = USAGE.replace('{forms}', defs.map((d) => `${d.id}（${d.title}）`).join('、'));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        form: { type: 'string', multiple: true },
        out: { type: 'string' },
        unit: { type: 'string', multiple: true },
        force: { type: 'boolean', default: false },
        blank: { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        serial: { type: 'string' },
        date: { type: 'string' },
        signer: { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`参数错误：${usageError(error)}。\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (values.blank && positionals.length > 0) {
    process.stderr.write(`--blank 生成空白表单，不需要案件文件；请去掉 ${printable(positionals.join('、'))}，或去掉 --blank。\n`);
    return 2;
  }
  if (!values.blank && positionals.length === 0) {
    process.stderr.write(`未指定案件文件。\n${usage}\n`);
    return 2;
  }
  const forms: string[] = [];
  const unknown: string[] = [];
  for (const name of values.form ?? []) {
    const def = resolveForm(defs, name);
    if (def) forms.push(def.id);
    else unknown.push(name);
  }
  if (unknown.length > 0) {
    process.stderr.write(`未知的公文：${printable(unknown.join('、'))}。可选：${defs.map((d) => `${d.id}（${d.title}）`).join('、')}\n`);
    return 2;
  }
  for (const option of ['as-of', 'date'] as const) {
    const value = values[option];
    if (value !== undefined && !isCalendarDate(value)) {
      process.stderr.write(`--${option} 应为 YYYY-MM-DD 格式的真实日期：${printable(value)}\n`);
      return 2;
    }
  }
  const FORMAT_CHOICES: Record<string, OutputFormat[]> = { pdf: ['pdf'], docx: ['docx'], both: ['pdf', 'docx'] };
  const formats = FORMAT_CHOICES[values.format ?? 'pdf'];
  if (!formats) {
    process.stderr.write(`--format 只能是 pdf、docx 或 both：${printable((values.format ?? '').slice(0, 40))}\n`);
    return 2;
  }
  const asOf = values['as-of'];
  const serialText = values.serial;
  const serial = serialText === undefined ? undefined : Number(serialText);
  if (serialText !== undefined && !(/^[1-9]\d{0,4}$/.test(serialText) && serial! <= MAX_SERIAL)) {
    process.stderr.write(`--serial 应为 1 至 ${MAX_SERIAL} 的正整数（发文字号中的序号，不带“第”和“号”）：${printable(serialText.slice(0, 40))}\n`);
    return 2;
  }
  const signer = values.signer?.trim();
  if (values.signer !== undefined && (!signer || [...signer].length > MAX_SIGNER)) {
    process.stderr.write(signer ? `--signer 应为签发人姓名，不超过 ${MAX_SIGNER} 个字\n` : '--signer 应为签发人姓名，不能为空\n');
    return 2;
  }
  const issue = { ...(serial !== undefined ? { serial } : {}), ...(values.date ? { date: values.date } : {}), ...(signer ? { signer } : {}) };
  // npm run changes into the package directory; paths the user typed are relative to where they were.
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  const resolve = (p: string) => path.resolve(cwd, p);
  const rel = (f: string) => path.relative(cwd, f) || f;
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: '生成公文 [{bar}] {value}/{total} 份', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : undefined;
  try {
    const result = await runForms({
      inputs: positionals.map(resolve),
      forms,
      outDir: resolve(values.out ?? 'forms-out'),
      unitFiles: (values.unit ?? []).map(resolve),
      force: values.force,
      formats,
      blank: values.blank,
      ...(asOf ? { asOf } : {}),
      ...(Object.keys(issue).length ? { issue } : {}),
      display: rel,
      onProgress: (done, total) => (done === 0 ? bar?.start(total, 0) : bar?.update(done)),
      signal,
    });
    bar?.stop();
    for (const d of result.documents) {
      const pages = d.pages === undefined ? '' : `（${d.pages} 页）`;
      process.stdout.write(d.outcome === 'written' ? `已生成  ${rel(d.file)}${pages}\n` : `已存在，未覆盖  ${rel(d.file)}（如需覆盖请加 --force）\n`);
    }
    if (result.fonts.length > 0) process.stdout.write(`所用字体：\n  ${result.fonts.join('\n  ')}\n`);
    const written = result.documents.filter((d) => d.outcome === 'written').length;
    const notes = [
      result.failed.length ? `${result.failed.length} 份无法生成` : '',
      result.refused.length ? `${result.refused.length} 个案件文件未生成` : '',
    ].filter(Boolean);
    process.stdout.write(`共 ${written} ${formats.length > 1 ? '个文件' : '份公文'}已生成${notes.length ? `；${notes.join('；')}` : ''}。\n`);
    if (result.interrupted) {
      process.stderr.write(`已中断：已生成的 ${written} 份完整保留，其余未生成，没有留下未写完的文件。\n`);
      return interrupt.code();
    }
    return result.exitCode;
  } catch (error) {
    bar?.stop();
    if (signal.aborted) return interrupt.code();
    process.stderr.write(`${reasonOf(error)}${debugDetail(error)}\n`);
    return 2;
  }
}

const interrupt = handleInterrupts();

process.exitCode = await main(process.argv.slice(2), interrupt.signal);
