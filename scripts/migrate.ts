/**
 * wq-migrate / npm run migrate: version 1 case files (conclusions) rewritten as version 2 records
 * of facts (scripts/lib/case/migrate.ts), as new files in --out; the inputs are never touched.
 *
 *   npm run migrate -- <文件或目录>... --out <目录> [--force]
 *
 * Each file converted is checked by the validator at once; what the conversion inferred or could
 * not infer is listed under it for the clerk. Exit codes: 0 every v1 file converted; 1 a file
 * could not be converted (not JSON, not a case) or an output already existed (no --force);
 * 2 usage error, an unreadable path, or an output that could not be written; 130 / 143
 * interrupted, with every file converted so far whole and no temporary file left.
 */
import path from 'node:path';
import { UsageError } from './lib/cli/args.ts';
import { EXIT, runCommand } from './lib/cli/command.ts';
import { MIGRATE } from './lib/cli/commands/migrate.ts';
import { reasonOf } from './lib/cli/errors.ts';
import { prepareOutDir } from './lib/cli/out-dir.ts';
import { userPaths } from './lib/cli/paths.ts';
import { printable } from './lib/cli/printable.ts';
import { removeStaleTemps, writeOutput } from './lib/cli/write.ts';

await runCommand(
  MIGRATE,
  async ({ values, positionals, signal }) => {
    if (positionals.length === 0) throw new UsageError('请指定要转换的案件文件或目录');
    if (!values.out) throw new UsageError('请用 --out 指定输出目录');
    const where = userPaths();
    const outDir = where.resolve(values.out);
    const inputs = positionals.map(where.resolve);
    const [{ expandInputs }, { createValidator }, { isVersion1, migrateV1 }] = await Promise.all([
      import('./lib/validate/files.ts'),
      import('./lib/validate/index.ts'),
      import('./lib/case/migrate.ts'),
    ]);
    const { files, unreadable } = expandInputs(inputs);
    const sameFolder = files.find((f) => path.dirname(f) === outDir);
    if (sameFolder) throw new UsageError(`输出目录不能是输入文件所在的目录（${where.shown(sameFolder)}）：转换结果会覆盖原文件`);
    const problem = await prepareOutDir(outDir, where.shown(outDir));
    if (problem) {
      process.stderr.write(`${problem}\n`);
      return EXIT.USAGE;
    }
    await removeStaleTemps(outDir);
    const validator = await createValidator();
    let failed = 0;
    let converted = 0;
    for (const u of unreadable) process.stderr.write(`无法读取  ${where.shown(u.path)}（${reasonOf({ code: u.code }, 'read')}）\n`);
    // Keep each file's place under the folder it was found in, so two folders' a.json do not collide.
    const base = (f: string) => inputs.find((i) => f.startsWith(`${i}${path.sep}`)) ?? path.dirname(f);
    for (const file of files) {
      if (signal.aborted) break;
      // Read as the validator reads (size limit, FIFOs, names that are not UTF-8); a v1 file is invalid, but parsed.
      const read = validator.validateFile(file);
      const data = read.data;
      if (!data) {
        const [issue] = read.issues;
        const why = read.unreadable && issue ? validator.describe.issue(issue, read.kind).message : '不是有效的 JSON，请先用 npm run validate 检查';
        process.stdout.write(`未转换  ${where.shown(file)}（${printable(why)}）\n`);
        failed++;
        continue;
      }
      if (!isVersion1(data)) {
        const kind = data['schemaVersion'] === 2 ? '已是第 2 版' : '不是第 1 版案件文件（单位设置文件不需要转换）';
        process.stdout.write(`跳过    ${where.shown(file)}（${kind}）\n`);
        continue;
      }
      const { data: v2, notes } = migrateV1(data);
      const target = path.join(outDir, path.relative(base(file), file));
      try {
        const folder = await prepareOutDir(path.dirname(target), where.shown(path.dirname(target)));
        if (folder) throw new Error(folder);
        const outcome = await writeOutput(target, Buffer.from(`${JSON.stringify(v2, null, 2)}\n`), values.force);
        if (outcome !== 'written') {
          process.stdout.write(`已存在，未覆盖  ${where.shown(target)}（如需覆盖请加 --force）\n`);
          failed++;
          continue;
        }
      } catch (error) {
        process.stderr.write(`无法写出  ${where.shown(target)}（${reasonOf(error, 'write')}）\n`);
        return EXIT.USAGE;
      }
      converted++;
      const result = validator.validateFile(target);
      const errors = result.issues.filter((i) => i.severity === 'error').length;
      process.stdout.write(`已转换  ${where.shown(file)} → ${where.shown(target)}${result.valid ? '' : `（转换后有 ${errors} 处错误，请用 npm run validate 查看）`}\n`);
      for (const n of notes) process.stdout.write(`  需核对  ${n.path}  ${printable(n.message)}\n`);
    }
    process.stdout.write(`共转换 ${converted} 个文件${failed ? `，${failed} 个未转换` : ''}。\n`);
    if (signal.aborted) process.stderr.write(`已中断：已转换的 ${converted} 个文件完整保留，其余未转换。\n`);
    return failed ? EXIT.ERRORS : unreadable.length ? EXIT.USAGE : EXIT.OK;
  },
  { interrupts: true },
);
