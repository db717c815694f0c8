/**
 * npm run build:validate — after build:policy. Checks the schemas against the provision model
 * (no drift), compiles them in strict mode, writes the standalone validators to dist/validate/,
 * bundles the wq-validate command into plain JavaScript there (see cli-bundle.ts), checks every
 * sample in schemas/examples/ (the build fails if one is invalid: the forms render them), and
 * publishes dist/published/rules.json and schema-fields.json for the handbook.
 * Options (for tests): --examples <dir> (default schemas/examples), --dist <dir> (default dist).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import writeFileAtomic from 'write-file-atomic';
import { compileValidators } from './lib/validate/ajv.ts';
import { buildCliBundle } from './lib/validate/cli-bundle.ts';
import { schemaDrift } from './lib/validate/drift.ts';
import { expandInputs } from './lib/validate/files.ts';
import { createValidator, loadModel, readSchemaFiles } from './lib/validate/index.ts';
import { publishedRules, publishedSchemaFields } from './lib/validate/publish.ts';
import { humanFile } from './lib/validate/report/human.ts';
import { ROOT_DIR } from './lib/root.ts';
import { writeStandalone } from './lib/validate/standalone.ts';

const { values } = parseArgs({
  options: {
    examples: { type: 'string', default: path.join(ROOT_DIR, 'schemas/examples') },
    dist: { type: 'string', default: path.join(ROOT_DIR, 'dist') },
  },
});
const dist = path.resolve(values.dist);
const relative = (f: string) => path.relative(process.cwd(), f) || '.';

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`);
}

async function main(): Promise<number> {
  const files = readSchemaFiles();
  const model = await loadModel();
  const drift = schemaDrift(files, model);
  if (drift.length) {
    console.error(`架构与条文模型不一致（policy/ 有修改时，须同步修改 schemas/）：\n${drift.map((d) => `  - ${d}`).join('\n')}`);
    return 1;
  }
  compileValidators(files); // throws with Ajv's strict-mode message if a schema is wrong
  const standalone = path.join(dist, 'validate/validators.mjs');
  await writeStandalone(files, standalone);
  console.log(`架构已编译：${files.length} 个文件 → ${relative(standalone)}`);
  const bundleDir = path.join(dist, 'validate/cli');
  const bundle = await buildCliBundle(bundleDir);
  console.log(`校验命令已打包：${Object.keys(bundle.inputs).length} 个源文件 → ${relative(bundleDir)}/`);

  const validator = await createValidator({ model });
  const { files: samples } = expandInputs([values.examples]);
  const results = samples.map((f) => validator.validateFile(f));
  const invalid = results.filter((r) => !r.valid);
  for (const r of invalid) process.stderr.write(humanFile({ ...r, file: relative(r.file) }, { color: false, quiet: true }));
  if (samples.length === 0 || invalid.length > 0) {
    console.error(`示例校验失败：${relative(values.examples)} 中 ${samples.length} 个文件，${invalid.length} 个无效。`);
    return 1;
  }
  console.log(`示例全部有效：${samples.length} 个文件（其中 ${results.filter((r) => r.kind === 'unit').length} 个单位设置）`);

  const published = path.join(dist, 'published');
  const rules = publishedRules();
  const fields = publishedSchemaFields(files);
  await writeJson(path.join(published, 'rules.json'), rules);
  await writeJson(path.join(published, 'schema-fields.json'), fields);
  console.log(`已发布：${relative(published)}/rules.json（${rules.rules.length} 条规则）、schema-fields.json（${fields.fields.length} 个字段）`);
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
