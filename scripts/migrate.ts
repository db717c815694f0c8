/**
 * wq-migrate / npm run migrate: version 1 case files (conclusions) rewritten as version 2 records
 * of facts (scripts/lib/case/migrate.ts), as new files in --out; the inputs are never touched.
 *
 *   npm run migrate -- <文件或目录>... --out <目录> [--force]
 *
 * Each file converted is checked by the validator at once; what the conversion inferred or could
 * not infer is listed under it for the clerk. Exit codes: 0 every v1 file converted; 1 a file
 * could not be converted (not JSON, not a case) or an output already existed (no --force);
 * 2 usage error, an unreadable path, or an output that could not be written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isVersion1, migrateV1 } from './lib/case/migrate.ts';
import { reasonOf } from './lib/cli/errors.ts';
import { prepareOutDir } from './lib/cli/out-dir.ts';
import { shownPath, userCwd } from './lib/cli/paths.ts';
import { printable } from './lib/cli/printable.ts';
import { writeOutput } from './lib/cli/write.ts';
import { expandInputs } from './lib/validate/files.ts';
import { createValidator } from './lib/validate/index.ts';
import { READ_ERRORS } from './lib/validate/read-file.ts';

const USAGE = `用法：npm run migrate -- <文件或目录>... --out <目录> [--force]
      （或 npx wq-migrate <文件或目录>... --out <目录>）

把第 1 版案件文件（记录结论：第八条项号、是否在工作时间、是否伤亡……）转换为第 2 版（记录事实：人员、
侵害行为、后果、工作记录），写入 --out 目录，不修改原文件。第 1 版的第八条项号保留为“经办人认定”，
由校验命令与按事实认定的结果核对。每个文件下列出转换时推断的内容和需要补写的内容，请逐条核对。

选项：
  --out <目录>   输出目录（必填；不能与输入文件在同一目录，以免覆盖原文件）
  --force        覆盖输出目录中已有的同名文件
  -h, --help     显示本帮助

退出码：0 全部转换；1 有文件无法转换或输出文件已存在未覆盖；2 用法错误、路径无法读取或无法写出。`;

function usageError(message: string): never {
  process.stderr.write(`错误：${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { out: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    usageError((error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `未知选项 ${printable(option)}` : `选项 ${printable(option)} 的值不正确`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) usageError('请指定要转换的案件文件或目录');
  if (!values.out) usageError('请用 --out 指定输出目录');
  const cwd = userCwd();
  const shown = (f: string) => printable(shownPath(cwd, f));
  const outDir = path.resolve(cwd, values.out);
  const inputs = positionals.map((p) => path.resolve(cwd, p));
  const { files, unreadable } = expandInputs(inputs);
  const sameFolder = files.find((f) => path.dirname(f) === outDir);
  if (sameFolder) usageError(`输出目录不能是输入文件所在的目录（${shown(sameFolder)}）：转换结果会覆盖原文件`);
  const problem = await prepareOutDir(outDir, shown(outDir));
  if (problem) {
    process.stderr.write(`${problem}\n`);
    return 2;
  }
  const validator = await createValidator();
  let failed = 0;
  let converted = 0;
  for (const u of unreadable) process.stderr.write(`无法读取  ${shown(u.path)}（${READ_ERRORS[u.code] ?? reasonOf({ code: u.code })}）\n`);
  // Keep each file's place under the folder it was found in, so two folders' a.json do not collide.
  const base = (f: string) => inputs.find((i) => f.startsWith(`${i}${path.sep}`)) ?? path.dirname(f);
  for (const file of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      process.stdout.write(`未转换  ${shown(file)}（${error instanceof SyntaxError ? '不是有效的 JSON，请先用 npm run validate 检查' : reasonOf(error)}）\n`);
      failed++;
      continue;
    }
    if (!isVersion1(data)) {
      const kind = (data as { schemaVersion?: unknown })?.schemaVersion === 2 ? '已是第 2 版' : '不是第 1 版案件文件（单位设置文件不需要转换）';
      process.stdout.write(`跳过    ${shown(file)}（${kind}）\n`);
      continue;
    }
    const { data: v2, notes } = migrateV1(data as Record<string, unknown>);
    const target = path.join(outDir, path.relative(base(file), file));
    try {
      await prepareOutDir(path.dirname(target), shown(path.dirname(target)));
      const outcome = await writeOutput(target, Buffer.from(`${JSON.stringify(v2, null, 2)}\n`), values.force);
      if (outcome === 'exists') {
        process.stdout.write(`已存在，未覆盖  ${shown(target)}（如需覆盖请加 --force）\n`);
        failed++;
        continue;
      }
    } catch (error) {
      process.stderr.write(`无法写出  ${shown(target)}（${reasonOf(error)}）\n`);
      return 2;
    }
    converted++;
    const result = validator.validateFile(target);
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    process.stdout.write(`已转换  ${shown(file)} → ${shown(target)}${result.valid ? '' : `（转换后有 ${errors} 处错误，请用 npm run validate 查看）`}\n`);
    for (const n of notes) process.stdout.write(`  需核对  ${n.path}  ${printable(n.message)}\n`);
  }
  process.stdout.write(`共转换 ${converted} 个文件${failed ? `，${failed} 个未转换` : ''}。\n`);
  return failed ? 1 : unreadable.length ? 2 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`wq-migrate 内部错误：${printable(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
