/**
 * npm run build:validate — after build:policy. Checks that the parts of the schemas copied from
 * the Measures, and the TypeScript case types, are what the provision model and the schemas
 * generate (no drift; --write regenerates them), compiles the schemas in strict mode, writes the standalone validators to dist/validate/,
 * bundles the wq-validate command into plain JavaScript there (see cli-bundle.ts), checks every
 * sample in schemas/examples/ (the build fails if one is invalid: the forms render them), and
 * publishes dist/published/rules.json and schema-fields.json for the handbook.
 * Options: --write (refresh schemas/ and scripts/lib/case/schema-types.ts from the model);
 * for tests: --examples <dir> (default schemas/examples), --dist <dir> (default dist).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import { compileValidators } from './lib/validate/ajv.ts';
import { buildCliBundle } from './lib/build/cli-bundle.ts';
import { CASE_TYPES_FILE, caseTypesSource } from './lib/build/case-types.ts';
import { generatedFiles, schemaDrift } from './lib/build/drift.ts';
import { expandInputs } from './lib/validate/files.ts';
import { loadPolicyModel } from './lib/policy/load.ts';
import { createValidator, readSchemaFiles } from './lib/validate/index.ts';
import { writePublished } from './lib/published.ts';
import { publishedDuties, publishedRules, publishedSchemaFields } from './lib/build/publish.ts';
import { humanFile } from './lib/validate/format/human.ts';
import { ROOT_DIR } from './lib/root.ts';
import { writeStandalone } from './lib/build/standalone.ts';

const { values } = parseArgs({
  options: {
    examples: { type: 'string', default: path.join(ROOT_DIR, 'schemas/examples') },
    dist: { type: 'string', default: path.join(ROOT_DIR, 'dist') },
    write: { type: 'boolean', default: false },
  },
});
const dist = path.resolve(values.dist);
const relative = (f: string) => path.relative(process.cwd(), f) || '.';

/** Rewrites the schema files whose generated parts changed, then the case types; says which. */
async function writeGenerated(model: Awaited<ReturnType<typeof loadPolicyModel>>): Promise<void> {
  for (const { file, schema, changed } of generatedFiles(readSchemaFiles(), model)) {
    if (!changed) continue;
    await writeFileAtomic(path.join(ROOT_DIR, file.file), `${JSON.stringify(schema, null, 2)}\n`);
    console.log(`已按条文模型更新 ${file.file}`);
  }
  const types = await caseTypesSource(readSchemaFiles());
  if (types !== (await readFile(CASE_TYPES_FILE, 'utf8').catch(() => ''))) {
    await writeFileAtomic(CASE_TYPES_FILE, types);
    console.log(`已按架构更新 ${relative(CASE_TYPES_FILE)}`);
  }
}

async function main(): Promise<number> {
  const model = await loadPolicyModel();
  if (values.write) await writeGenerated(model);
  const files = readSchemaFiles();
  const drift = schemaDrift(files, model);
  if ((await caseTypesSource(files)) !== (await readFile(CASE_TYPES_FILE, 'utf8').catch(() => ''))) {
    drift.push(`${relative(CASE_TYPES_FILE)} 与 schemas/ 不一致（案件数据的 TypeScript 类型由架构生成）；请运行 npm run build:validate -- --write`);
  }
  if (drift.length) {
    console.error(`架构与条文模型不一致（修改 policy/ 或 schemas/ 后，运行 npm run build:validate -- --write 重新生成）：\n${drift.map((d) => `  - ${d}`).join('\n')}`);
    return 1;
  }
  compileValidators(files); // throws with Ajv's strict-mode message if a schema is wrong
  const standalone = path.join(dist, 'validate/validators.mjs');
  await writeStandalone(files, standalone);
  console.log(`架构已编译：${files.length} 个文件 → ${relative(standalone)}`);
  const bundleDir = path.join(dist, 'validate/cli');
  const bundle = await buildCliBundle(bundleDir);
  console.log(`校验命令已打包：${bundle.sources.files.length} 个源文件 → ${relative(bundleDir)}/`);

  const validator = await createValidator({ model });
  const { files: samples } = expandInputs([values.examples]);
  const results = samples.map((f) => validator.validateFile(f));
  const invalid = results.filter((r) => !r.valid);
  for (const r of invalid) process.stderr.write(humanFile({ ...r, file: relative(r.file) }, validator.describe, { color: false, quiet: true }));
  if (samples.length === 0 || invalid.length > 0) {
    console.error(`示例校验失败：${relative(values.examples)} 中 ${samples.length} 个文件，${invalid.length} 个无效。`);
    return 1;
  }
  console.log(`示例全部有效：${samples.length} 个文件（其中 ${results.filter((r) => r.kind === 'unit').length} 个单位设置）`);

  const rules = publishedRules();
  const duties = publishedDuties(model);
  const fields = publishedSchemaFields(files);
  const written = [await writePublished(dist, 'rules', rules), await writePublished(dist, 'duties', duties), await writePublished(dist, 'fields', fields)];
  console.log(`已发布：${written.map(relative).join('、')}（${rules.rules.length} 条规则，${duties.duties.length} 项职责，${fields.fields.length} 个字段）`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`build:validate 失败：${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
