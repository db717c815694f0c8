/**
 * npm run bench:validate [-- --files 10000 --runs 3 --keep]
 * Wall time to check a batch of case files, side by side with what a user would otherwise run:
 * ajv-cli on the same schema and files, and a bare read + JSON.parse of the same files (the
 * floor); and the command once more from its TypeScript sources through tsx, to show what
 * the bundle build:validate makes is worth. Each tool runs as its own process, start-up
 * included, output to /dev/null; the runs interleave the tools so a busy machine slows them alike, and the table shows the median wall
 * time and the median CPU time (user + system, from /usr/bin/time when present: it moves less
 * than wall time on a shared machine). A benchmark, not a test: it asserts only that every tool
 * saw the batch it was given.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeBenchCases } from './lib/build/bench-cases.ts';
import { currentBundle } from '../bin/current-bundle.js';
import { CLI_BUNDLE_DIR } from './lib/build/cli-bundle.ts';
import { loadValidators } from './lib/validate/compiled.ts';
import { ROOT_DIR } from './lib/root.ts';
import { EDITOR_KEYWORDS, withoutEditorHints } from './lib/build/editor-hints.ts';
import { readSchemaFiles } from './lib/validate/schema-files.ts';
import { DERIVING_KEYWORDS } from './lib/validate/ajv.ts';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } },
});
const count = Number(values.files);
const runs = Number(values.runs);
const require = createRequire(import.meta.url);

const dir = mkdtempSync(path.join(os.tmpdir(), 'wq-bench-'));
const cases = path.join(dir, 'cases');
spawnSync('mkdir', [cases]);

interface Tool {
  name: string;
  args: string[];
  /** The exit code that proves the tool saw the invalid files (or, for the floor, read all). */
  expect: number;
  env?: Record<string, string>;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function main(): Promise<void> {
  const { origin } = await loadValidators();
  if (origin !== 'standalone') console.log('注意：dist/validate/ 中的编译结果不是最新，本次计时含编译架构的时间；先运行 npm run build:validate。');
  if (!currentBundle(pathToFileURL(`${CLI_BUNDLE_DIR}/`), pathToFileURL(`${ROOT_DIR}/`))) {
    console.log('注意：dist/validate/cli/ 中的打包命令不是最新，本次计时的 wq-validate 经 tsx 运行源代码；先运行 npm run build:validate。');
  }
  const { invalid } = writeBenchCases(cases, count);
  console.log(`生成 ${count} 个案件文件（其中 ${invalid} 个无效）：${cases}`);

  // ajv-cli needs the schemas' annotation keywords and the date format, as our validator registers them.
  const plugin = path.join(dir, 'ajv-plugin.cjs');
  const keywords = JSON.stringify(['x-article', ...DERIVING_KEYWORDS, ...EDITOR_KEYWORDS]);
  writeFileSync(
    plugin,
    `const addFormats = require(${JSON.stringify(require.resolve('ajv-formats'))});
module.exports = (ajv) => { addFormats(ajv, ['date']); for (const keyword of ${keywords}) ajv.addKeyword({ keyword }); return ajv; };\n`,
  );
  // The schemas as they validate: without the editors' hints (only an editor reads them, and their
  // restated `required` branches are not strict JSON Schema for Ajv), as our validator compiles them.
  const schemaDir = path.join(dir, 'schemas');
  for (const f of readSchemaFiles()) {
    const target = path.join(dir, f.file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(withoutEditorHints(f.schema)));
  }
  const bare = path.join(dir, 'bare.cjs');
  writeFileSync(
    bare,
    `const fs = require('fs'), path = require('path'); let n = 0;
for (const f of fs.readdirSync(process.argv[2])) if (f.endsWith('.json')) { JSON.parse(fs.readFileSync(path.join(process.argv[2], f), 'utf8')); n++; }
if (n !== ${count}) process.exit(3);\n`,
  );
  const tools: Tool[] = [
    { name: '裸读取 + JSON.parse（下限）', args: [bare, cases], expect: 0 },
    {
      name: 'ajv-cli 5.0.0（仅架构）',
      args: [require.resolve('ajv-cli/dist/index.js'), 'validate', '--spec=draft2020', '--strict=true', '--all-errors',
        '-s', path.join(schemaDir, 'case.schema.json'), '-r', path.join(schemaDir, 'parts/*.schema.json'), '-c', plugin, '-d', `${cases}/*.json`],
      expect: 1,
    },
    { name: 'wq-validate（架构 + 规则，human）', args: ['bin/validate.js', '--no-progress', cases], expect: 1 },
    { name: 'wq-validate --format json', args: ['bin/validate.js', '--format', 'json', cases], expect: 1 },
    // What ajv-cli prints, file by file: whether it is valid, and its errors. --quiet prints the
    // errors and the summary, and so leaves out what ajv-cli has no counterpart for (the
    // findings and each case's duty checklist, ≈ 37 MB of text for 10,000 files).
    { name: 'wq-validate --quiet（只显示错误和汇总）', args: ['bin/validate.js', '--quiet', '--no-progress', cases], expect: 1 },
    // What the bundle buys: the same command from the TypeScript sources through tsx.
    { name: 'wq-validate 源代码经 tsx 运行（未打包）', args: ['bin/validate.js', '--no-progress', cases], expect: 1, env: { WQ_VALIDATE_FROM_SOURCE: '1' } },
  ];

  spawnSync(process.execPath, ['bin/validate.js', '--help'], { cwd: ROOT_DIR }); // warm tsx's transform cache
  // ajv-cli exits 1 both when a file is invalid and when it cannot compile the schema: make sure it checked every file.
  // Its errors one line each for this check: in full (util.inspect of every failed oneOf branch) they
  // outgrow what one string can hold for 10,000 files. The timed runs keep its default output.
  const ajvRun = spawnSync(process.execPath, [...tools[1]!.args, '--errors=line'], { cwd: ROOT_DIR, encoding: 'utf8', maxBuffer: 1 << 30 });
  const checked = (ajvRun.stdout + ajvRun.stderr).split('\n').filter((l) => / (valid|invalid)$/.test(l)).length;
  if (checked !== count) throw new Error(`ajv-cli 只检查了 ${checked} 个文件（应为 ${count}）：${(ajvRun.stderr || ajvRun.stdout).split('\n')[0]}`);
  const TIME = '/usr/bin/time';
  const cpuFile = path.join(dir, 'cpu.txt');
  const times = new Map<string, { wall: number[]; cpu: number[] }>(tools.map((t) => [t.name, { wall: [], cpu: [] }]));
  for (let run = 0; run < runs; run++) {
    for (const tool of tools) {
      const [command, args] = existsSync(TIME)
        ? [TIME, ['-f', '%U %S', '-o', cpuFile, process.execPath, ...tool.args]]
        : [process.execPath, tool.args];
      const start = performance.now();
      const r = spawnSync(command, args, { cwd: ROOT_DIR, stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, ...tool.env } });
      const seconds = (performance.now() - start) / 1000;
      if (r.status !== tool.expect) throw new Error(`${tool.name} 退出码 ${r.status}，应为 ${tool.expect}`);
      const t = times.get(tool.name)!;
      t.wall.push(seconds);
      if (existsSync(TIME)) {
        const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        t.cpu.push(user! + system!);
      }
    }
  }

  // Our JSON report must count exactly the files made invalid.
  const json = spawnSync(process.execPath, ['bin/validate.js', '--format', 'json', cases], { cwd: ROOT_DIR, maxBuffer: 1 << 30 });
  const summary = JSON.parse(json.stdout.toString()).summary as { files: number; invalid: number };
  if (summary.files !== count || summary.invalid !== invalid) throw new Error(`wq-validate 报告 ${JSON.stringify(summary)}，应为 ${count} 个文件、${invalid} 个无效`);

  const floor = times.get(tools[0]!.name)!;
  const cpus = os.cpus();
  console.log(`\n${count} 个文件，每项运行 ${runs} 次取中位数；Node ${process.version}，${cpus.length} 核 ${cpus[0]?.model ?? ''}，运行前 1 分钟平均负载 ${os.loadavg()[0]!.toFixed(1)}\n`);
  console.log('| 工具 | 墙钟时间（中位数） | 相对下限 | CPU 时间（中位数） | 相对下限 | 各次墙钟时间 |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const tool of tools) {
    const t = times.get(tool.name)!;
    const cpu = t.cpu.length ? `${median(t.cpu).toFixed(2)} s | ${(median(t.cpu) / median(floor.cpu)).toFixed(2)}×` : '– | –';
    console.log(`| ${tool.name} | ${median(t.wall).toFixed(2)} s | ${(median(t.wall) / median(floor.wall)).toFixed(2)}× | ${cpu} | ${t.wall.map((x) => x.toFixed(2)).join(' / ')} |`);
  }
  const wall = (i: number) => median(times.get(tools[i]!.name)!.wall);
  const [floorWall, ajvCli, ours, quiet] = [wall(0), wall(1), wall(2), wall(4)];
  const verdict = (seconds: number) =>
    `为 ajv-cli 的 ${(seconds / ajvCli).toFixed(2)} 倍（${seconds <= ajvCli ? '达到' : '未达到'}）、下限的 ${(seconds / floorWall).toFixed(2)} 倍（${seconds <= 3 * floorWall ? '达到' : '未达到'}）`;
  console.log('\n目标（墙钟时间中位数）：不慢于 ajv-cli，不超过下限的 3 倍。');
  console.log(`- 只报告错误（--quiet，与 ajv-cli 报告的信息相当）：${verdict(quiet)}；`);
  console.log(`- 默认报告（另有提示和每个案件的职责清单）：${verdict(ours)}；提示和职责清单（判定与文字）多用 ${(ours - quiet).toFixed(2)} s。`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`\n保留了临时目录：${dir}`);
}

main().catch((error: unknown) => {
  console.error(`bench:validate 失败：${error instanceof Error ? error.message : String(error)}`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
});
