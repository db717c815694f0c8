/**
 * npm run bench:report [-- --files 10000 --runs 3 --keep]
 * Time to make the periodic report from a folder of case files, against what it adds to: the
 * validator's own run over the same files (wq-validate --format json), which every report
 * includes. Targets (issue 13): json in at most 1.5× the validator's time; pdf, html and xlsx
 * on top in under 10 s more (the PDF starts a browser and lays the report out as the forms are). Each command runs as its own process, start-up included, runs
 * interleaved, medians reported. A benchmark, not a test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT_DIR } from './lib/root.ts';
import { writeBenchCases } from './lib/build/bench-cases.ts';

const { values } = parseArgs({
  options: { files: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, keep: { type: 'boolean', default: false } },
});
const count = Number(values.files);
const runs = Number(values.runs);
const dir = mkdtempSync(path.join(os.tmpdir(), 'wq-bench-report-'));
const cases = path.join(dir, 'cases');
spawnSync('mkdir', [cases]);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// A period that has ended by the report's date: a report cannot be dated before its period ends.
const period = ['--from', '2026-01-01', '--to', '2026-11-30', '--date', '2026-12-01'];

const tools = [
  { name: 'wq-validate --format json（校验，基准）', args: ['bin/validate.js', '--format', 'json', cases], expect: 1 },
  { name: 'wq-report --format json', args: ['bin/report.js', cases, ...period, '--format', 'json', '--force', '--out'], expect: 1, out: true },
  { name: 'wq-report --format json,html,xlsx', args: ['bin/report.js', cases, ...period, '--format', 'json,html,xlsx', '--force', '--out'], expect: 1, out: true },
  {
    name: 'wq-report（pdf、html、json、xlsx 全部）',
    args: ['bin/report.js', cases, ...period, '--unit', 'schemas/examples/units/hohhot.json', '--force', '--out'],
    expect: 1,
    out: true,
  },
];

function main(): void {
  const { invalid } = writeBenchCases(cases, count);
  console.log(`生成 ${count} 个案件文件（其中 ${invalid} 个无效）：${cases}`);
  spawnSync(process.execPath, ['bin/report.js', '--help'], { cwd: ROOT_DIR }); // warm tsx's transform cache
  const wall = new Map(tools.map((t) => [t.name, [] as number[]]));
  for (let run = 0; run < runs; run++) {
    for (const tool of tools) {
      const args = tool.out ? [...tool.args, path.join(dir, 'out')] : tool.args;
      const start = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: ROOT_DIR, stdio: ['ignore', 'ignore', 'ignore'] });
      if (r.status !== tool.expect) throw new Error(`${tool.name} 退出码 ${r.status}，应为 ${tool.expect}`);
      wall.get(tool.name)!.push((performance.now() - start) / 1000);
    }
  }
  const written = readdirSync(path.join(dir, 'out'));
  if (written.length !== 4) throw new Error(`报告应有 pdf、html、json、xlsx 四个文件，实有 ${written.join('、')}`);
  const cpus = os.cpus();
  console.log(`\n${count} 个文件，每项运行 ${runs} 次取中位数；Node ${process.version}，${cpus.length} 核，负载 ${os.loadavg()[0]!.toFixed(1)}\n`);
  console.log('| 命令 | 墙钟时间（中位数） | 各次 |');
  console.log('| --- | ---: | --- |');
  for (const tool of tools) console.log(`| ${tool.name} | ${median(wall.get(tool.name)!).toFixed(2)} s | ${wall.get(tool.name)!.map((x) => x.toFixed(2)).join(' / ')} |`);
  const [validate, json, noPdf, all] = tools.map((t) => median(wall.get(t.name)!)) as [number, number, number, number];
  console.log(`\n目标：json 不超过校验的 1.5 倍，实为 ${(json / validate).toFixed(2)} 倍，${json <= 1.5 * validate ? '达到' : '未达到'}；`);
  console.log(`html 与 xlsx 比 json 多用 ${(noPdf - json).toFixed(2)} s；加上 PDF 共多用 ${(all - json).toFixed(2)} s，不超过 10 s，${all - json <= 10 ? '达到' : '未达到'}。`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

try {
  main();
} catch (error) {
  console.error(`bench:report 失败：${error instanceof Error ? error.message : String(error)}`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  process.exitCode = 1;
}
