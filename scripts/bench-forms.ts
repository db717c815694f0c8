/**
 * npm run bench:forms — how fast 200 one-page documents come out, against what a user
 * would otherwise do:
 *   - batch (this renderer): one browser, a pool of pages, many documents per print,
 *     cut apart and numbered per document;
 *   - one reused page: one browser, one page, one print per document;
 *   - a browser per document: launch, print, close, for each.
 * The slow arms run a sample and are extrapolated to 200 (printed as such). Every arm
 * includes starting its browser and ends with the PDFs in memory (writing them is the
 * same for all and left out).
 *
 *   npm run bench:forms -- [--count 200] [--sample-page 50] [--sample-browser 5]
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Case } from './lib/case/index.ts';
import { createValidator } from './lib/validate/index.ts';
import { documentsForCase, toRenderJob } from './lib/documents/registry.ts';
import { loadFormDefs } from './lib/documents/forms-file.ts';
import { defaultBatchSize, FormRenderer, type RendererOptions } from './lib/gbt9704/renderer.ts';
import { createTemplates, type FormTemplates } from './lib/gbt9704/templates.ts';
import type { RenderJob } from './lib/gbt9704/types.ts';
import { unitSettings } from './lib/documents/context.ts';
import { ROOT_DIR } from './lib/root.ts';

const SAMPLE_CASE = path.join(ROOT_DIR, 'schemas/examples/false-accusation-name-clearing.json');
const FORM = 'application-register';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '200' },
    'sample-page': { type: 'string', default: '50' },
    'sample-browser': { type: 'string', default: '5' },
  },
});
const COUNT = Number(values.count);
const SAMPLE_PAGE = Math.min(COUNT, Number(values['sample-page']));
const SAMPLE_BROWSER = Math.min(COUNT, Number(values['sample-browser']));

/** n distinct one-page 申请登记表, each from its own variant of a sample case. */
async function makeJobs(n: number): Promise<{ jobs: RenderJob[]; templates: FormTemplates }> {
  const validator = await createValidator({ asOf: '2026-06-30' });
  const { model } = validator;
  const defs = loadFormDefs(model);
  const templates = createTemplates();
  const base = JSON.parse(readFileSync(SAMPLE_CASE, 'utf8')) as Case;
  const jobs: RenderJob[] = [];
  for (let i = 0; i < n; i++) {
    const people = base.people.map((p) => (p.category === '民警' ? { ...p, name: `测试民警${i + 1}`, policeNumber: String(150000 + i) } : p));
    const data: Case = { ...base, id: `呼公维〔2026〕${i + 1}号`, people };
    const { issues, duties, facts } = validator.validateData(data);
    if (!facts) throw new Error(`bench:forms：样例案件 ${data.id} 无效`);
    const ctx = { data, issues, facts, duties, model, unit: unitSettings(model, data.unit), asOf: '2026-06-30' };
    const [built] = documentsForCase(ctx, defs, new Set([FORM]));
    jobs.push(toRenderJob(built!.doc!, templates, new Date(), model));
  }
  return { jobs, templates };
}

interface Arm {
  name: string;
  documents: number;
  seconds: number;
  pages: number;
  /** CPU seconds used (browser and Node): what the arm costs whatever else the machine runs. */
  cpu: number;
  extrapolated: boolean;
}

async function timed(fn: () => Promise<number>): Promise<{ seconds: number; pages: number; cpu: number }> {
  const start = performance.now();
  cpuSeconds = 0;
  const pages = await fn();
  return { seconds: (performance.now() - start) / 1000, pages, cpu: cpuSeconds };
}

let lastTimings: FormRenderer['timings'] | undefined;
/** CPU seconds (all of the browser's processes and this one) used by the arm being measured. */
let cpuSeconds = 0;

/** CPU time of a process and all its descendants, seconds (Linux /proc; 0 elsewhere). */
function treeCpu(root: number | undefined): number {
  if (root === undefined) return 0;
  const stats = new Map<number, { ppid: number; ticks: number }>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(pid), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // gone meanwhile
    }
  }
  let ticks = 0;
  const walk = (pid: number) => {
    ticks += stats.get(pid)?.ticks ?? 0;
    for (const [child, s] of stats) if (s.ppid === pid) walk(child);
  };
  walk(root);
  return ticks / 100; // USER_HZ
}

async function renderAll(templates: FormTemplates, jobs: RenderJob[], options: RendererOptions): Promise<number> {
  const node = process.cpuUsage();
  const renderer = await FormRenderer.open(templates, options);
  try {
    const docs = await renderer.render(jobs);
    lastTimings = renderer.timings;
    const used = process.cpuUsage(node);
    cpuSeconds += treeCpu(renderer.browserPid) + (used.user + used.system) / 1e6;
    return docs.reduce((n, d) => n + d.pages, 0);
  } finally {
    await renderer.close();
  }
}

/** Where the renderer's time went (summed over its pages, which overlap). */
function breakdown(): string {
  const t = lastTimings!;
  const s = (ms: number) => `${(ms / 1000).toFixed(2)}`;
  return `    其中：启动浏览器与页面 ${s(t.open)} 秒；各页面累计——放入正文与等待字体 ${s(t.content)}、版面 ${s(t.layout)}、打印（${t.prints} 次）${s(t.print)}、切分与页码 ${s(t.split)} 秒\n`;
}

async function main(): Promise<void> {
  const { jobs, templates } = await makeJobs(COUNT);
  process.stdout.write(`公文生成基准：${COUNT} 份“维护执法权威申请登记表”（每份单独成 PDF，页码各自从 1 起）。\n机器：${os.cpus().length} 核，Node ${process.version}，开始时负载 ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}\n\n`);
  const arms: Arm[] = [];
  const add = (name: string, documents: number, r: { seconds: number; pages: number; cpu: number }, extrapolated = false) => {
    arms.push({ name, documents, ...r, extrapolated });
    process.stdout.write(
      `  ${name}：${documents} 份 ${r.seconds.toFixed(2)} 秒（${(documents / r.seconds).toFixed(1)} 份/秒，${r.pages} 页；CPU ${r.cpu.toFixed(1)} 秒）\n${breakdown()}`,
    );
  };

  // Warm the file cache (fonts, templates) so the first arm is not charged for it.
  await renderAll(templates, jobs.slice(0, 2), {});

  add(`本工具（默认）：一个浏览器、2 个页面同时打印、每次打印 ${defaultBatchSize(COUNT, 2)} 份`, COUNT, await timed(() => renderAll(templates, jobs, {})));
  for (const batchSize of [10, 34]) {
    add(`同上，但每次打印 ${batchSize} 份`, COUNT, await timed(() => renderAll(templates, jobs, { concurrency: 2, batchSize })));
  }
  add('同上，但只用 1 个页面、每次打印 100 份', COUNT, await timed(() => renderAll(templates, jobs, { concurrency: 1, batchSize: 100 })));
  add(`一个浏览器、复用 1 个页面、每份单独打印（抽样 ${SAMPLE_PAGE} 份）`, SAMPLE_PAGE, await timed(() => renderAll(templates, jobs.slice(0, SAMPLE_PAGE), { concurrency: 1, batchSize: 1 })));
  add(`每份启动一个浏览器（抽样 ${SAMPLE_BROWSER} 份）`, SAMPLE_BROWSER, await timed(async () => {
    let pages = 0;
    for (const job of jobs.slice(0, SAMPLE_BROWSER)) pages += await renderAll(templates, [job], { concurrency: 1, batchSize: 1 });
    return pages;
  }));

  process.stdout.write(`\n折算为 ${COUNT} 份（含启动浏览器的时间；机器负载 ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')}）：\n`);
  for (const arm of arms) {
    const perDoc = arm.seconds / arm.documents;
    const total = perDoc * COUNT;
    const cpuPerDoc = arm.cpu / arm.documents;
    process.stdout.write(
      `  ${arm.name}：${total.toFixed(1)} 秒，${(1 / perDoc).toFixed(1)} 份/秒${arm.documents < COUNT ? '（按抽样外推）' : ''}；` +
        `CPU ${(cpuPerDoc * 1000).toFixed(0)} 毫秒/份，${os.cpus().length} 核全归它时至多 ${(os.cpus().length / cpuPerDoc).toFixed(1)} 份/秒\n`,
    );
  }
}

await main();
