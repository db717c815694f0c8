/**
 * wq-forms / npm run forms: official documents as PDFs for case files.
 *
 *   npm run forms -- <案件.json>... [--form <id>]... [--out <目录>] [--unit <单位.json>] [--force] [--as-of YYYY-MM-DD]
 *                   [--serial <号>] [--date YYYY-MM-DD] [--signer <姓名>]
 *
 * Exit codes: 0 every document written; 1 a case was refused as invalid, or a PDF already
 * existed and was left alone (no --force); 2 usage error, unreadable input, no browser,
 * a font missing or an output that could not be written.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { isCalendarDate } from './lib/calendar.ts';
import { loadPolicyModel } from './lib/policy/index.ts';
import { loadFormDefs } from './lib/forms/registry.ts';
import { runForms } from './lib/forms/run.ts';

const USAGE = `用法：npm run forms -- <案件.json>... [选项]
  --form <id>     只生成指定公文（可重复）：{forms}
  --out <目录>    输出目录（默认：当前目录下的 forms-out）
  --unit <文件>   单位设置文件（发文机关标志、发文字号前缀、印章文字，可重复，按案件所属单位匹配），见 schemas/examples/units/
  --force         覆盖已存在的 PDF（默认不覆盖已发出的公文）
  --as-of <日期>  以该日期（YYYY-MM-DD）判断期限并填写台账“截至”日期（默认今天）
  --serial <号>   发文字号中的序号（取自本单位发文登记），如 12 → 内公维字〔2026〕12号；只能用于生成一份公文
  --date <日期>   成文日期（YYYY-MM-DD），用于案件中没有记录日期的公文；案件中已有的日期不变
  --signer <姓名> 上行文（逐级报告）的签发人，代替单位设置文件中的 signer；都没有时留空待填
  --help          显示本说明`;

async function main(argv: string[]): Promise<number> {
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
        'as-of': { type: 'string' },
        serial: { type: 'string' },
        date: { type: 'string' },
        signer: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`参数错误：${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`未指定案件文件。\n${usage}\n`);
    return 2;
  }
  const unknown = (values.form ?? []).filter((id) => !defs.some((d) => d.id === id));
  if (unknown.length > 0) {
    process.stderr.write(`未知的公文：${unknown.join('、')}。可选：${defs.map((d) => d.id).join('、')}\n`);
    return 2;
  }
  for (const option of ['as-of', 'date'] as const) {
    const value = values[option];
    if (value !== undefined && !isCalendarDate(value)) {
      process.stderr.write(`--${option} 应为 YYYY-MM-DD 格式的真实日期：${value}\n`);
      return 2;
    }
  }
  const asOf = values['as-of'];
  const serial = values.serial === undefined ? undefined : Number(values.serial);
  if (serial !== undefined && !(Number.isInteger(serial) && serial >= 1 && /^\d+$/.test(values.serial!))) {
    process.stderr.write(`--serial 应为正整数（发文字号中的序号，不带“第”和“号”）：${values.serial}\n`);
    return 2;
  }
  const signer = values.signer?.trim();
  if (values.signer !== undefined && !signer) {
    process.stderr.write('--signer 应为签发人姓名，不能为空\n');
    return 2;
  }
  const issue = { ...(serial !== undefined ? { serial } : {}), ...(values.date ? { date: values.date } : {}), ...(signer ? { signer } : {}) };
  // npm run changes into the package directory; paths the user typed are relative to where they were.
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  const resolve = (p: string) => path.resolve(cwd, p);
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: '生成公文 [{bar}] {value}/{total} 份', hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic)
    : undefined;
  try {
    const result = await runForms({
      inputs: positionals.map(resolve),
      forms: values.form,
      outDir: resolve(values.out ?? 'forms-out'),
      unitFiles: (values.unit ?? []).map(resolve),
      force: values.force,
      ...(asOf ? { asOf } : {}),
      ...(Object.keys(issue).length ? { issue } : {}),
      display: (file) => path.relative(cwd, file) || file,
      onProgress: (done, total) => (done === 0 ? bar?.start(total, 0) : bar?.update(done)),
    });
    bar?.stop();
    const rel = (f: string) => path.relative(cwd, f) || f;
    for (const d of result.documents) {
      process.stdout.write(d.outcome === 'written' ? `已生成  ${rel(d.file)}（${d.pages} 页）\n` : `已存在，未覆盖  ${rel(d.file)}（如需覆盖请加 --force）\n`);
    }
    if (result.fonts.length > 0) process.stdout.write(`所用字体：\n  ${result.fonts.join('\n  ')}\n`);
    const written = result.documents.filter((d) => d.outcome === 'written').length;
    process.stdout.write(`共 ${written} 份公文已生成${result.refused.length ? `；${result.refused.length} 个案件文件无效，未生成` : ''}。\n`);
    return result.exitCode;
  } catch (error) {
    bar?.stop();
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
