/**
 * The case workbench's speed, against issue 25's targets, on the built handbook (dist/site):
 *   - usable (form drawn, case checked: the page's own performance mark) ≤ 1 s, opened from the
 *     offline copy (a second visit with the network cut, answered by the service worker);
 *   - its JavaScript loaded at open ≤ 150 KB gzip (and all of it, the documents' parts loaded later);
 *   - a keystroke to an updated error list and checklist ≤ 50 ms p95 on the largest sample (the
 *     keydown to the end of the input event's work, layout included: the page checks as it is typed);
 *   - the print view of that case's documents ≤ 2 s (the click to the last sheet set).
 *
 *   npm run bench:workbench -- [--runs 次数] [--json 结果文件]
 *
 * Times are medians over the runs (each in a fresh browser context); the machine's load is printed
 * beside them, as other benches do: a loaded machine measures slower, never faster.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { launchBrowser } from './lib/browser/launch.ts';
import { ROOT_DIR } from './lib/root.ts';
import { readSiteInfo } from './lib/site/site-info.ts';
import { startStaticServer } from './lib/site/static-server.ts';

const USAGE = '用法：npm run bench:workbench -- [--runs 次数] [--json 结果文件]';
const GOALS = { usableMs: 1000, openGzipKb: 150, keystrokeP95Ms: 50, printMs: 2000 };
const SITE = path.join(ROOT_DIR, 'dist/site');
const SAMPLES = path.join(ROOT_DIR, 'schemas/examples');

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, json: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs 应为正整数\n${USAGE}`);
  process.exit(2);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;

/** The workbench's scripts: gzip bytes of those the page loads at open (entry, its chunks, polyfills) and of all. */
async function scriptSizes(): Promise<{ openKb: number; allKb: number; open: string[] }> {
  const dir = path.join(SITE, 'workbench/assets');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.js'));
  const gz = async (n: string) => gzipSync(await readFile(path.join(dir, n)), { level: 9 }).byteLength;
  const page = await readFile(path.join(SITE, 'workbench/index.html'), 'utf8');
  const open = new Set<string>();
  const visit = async (n: string) => {
    if (open.has(n)) return;
    open.add(n);
    // Static imports only (import"./x.js" or from"./x.js"): import("./x.js") loads later.
    for (const m of (await readFile(path.join(dir, n), 'utf8')).matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) await visit(m[1]!);
  };
  for (const m of page.matchAll(/<script[^>]*src="[^"]*\/workbench\/assets\/([^"]+\.js)"/g)) await visit(m[1]!);
  let openBytes = 0;
  let allBytes = 0;
  for (const n of names) {
    const b = await gz(n);
    allBytes += b;
    if (open.has(n)) openBytes += b;
  }
  return { openKb: openBytes / 1024, allKb: allBytes / 1024, open: [...open].sort() };
}

async function largestSample(): Promise<string> {
  const files = (await readdir(SAMPLES)).filter((f) => f.endsWith('.json'));
  const sized = await Promise.all(files.map(async (f) => ({ f, n: (await readFile(path.join(SAMPLES, f))).byteLength })));
  return path.join(SAMPLES, sized.sort((a, b) => b.n - a.n)[0]!.f);
}

const usableAt = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('wq-workbench-usable').length > 0, { timeout: 30_000 }).then(() => page.evaluate(() => performance.getEntriesByName('wq-workbench-usable')[0]!.startTime));

/** Per keystroke: keydown to the end of the input event's work and the layout it caused. */
async function keystrokes(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __wqKeys: number[]; __wqDown?: number };
    w.__wqKeys = [];
    window.addEventListener('keydown', () => (w.__wqDown = performance.now()), true);
    // On window in the bubbling phase: after the field's own handler has checked the case and drawn the result.
    window.addEventListener('input', () => {
      void document.body.offsetHeight;
      if (w.__wqDown !== undefined) w.__wqKeys.push(performance.now() - w.__wqDown);
      w.__wqDown = undefined;
    });
  });
  await page.focus('[id="wb-f/unit/name"]');
  await page.keyboard.press('End');
  // Latin letters: puppeteer inserts a Chinese character without a keydown, and there would be nothing to time from.
  for (let i = 0; i < count; i++) await page.keyboard.type(i % 2 ? 'b' : 'a');
  return page.evaluate(() => (window as unknown as { __wqKeys: number[] }).__wqKeys);
}

async function main(): Promise<void> {
  const info = await readSiteInfo(SITE);
  const server = await startStaticServer({ root: SITE, base: info.base });
  const chromium = await launchBrowser();
  const sample = await largestSample();
  const usable: number[] = [];
  const usableOnline: number[] = [];
  const keys: number[] = [];
  const prints: number[] = [];
  const load: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await chromium.browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      const url = `${server.origin}${info.base}workbench/`;
      await page.goto(url, { waitUntil: 'load' });
      usableOnline.push(await usableAt(page));
      // The page keeps its own files through the handbook's service worker; then with no network.
      await page.waitForFunction(() => document.documentElement.dataset['workbenchKept'] === 'true', { timeout: 60_000, polling: 250 });
      await page.setOfflineMode(true);
      await page.goto(url, { waitUntil: 'load' });
      usable.push(await usableAt(page));
      const input = await page.$('input#wb-file');
      await (input as unknown as { uploadFile(f: string): Promise<void> }).uploadFile(sample);
      await page.waitForFunction((n: string) => document.getElementById('wb-file-status')?.textContent?.includes(`当前：${n}`), { timeout: 10_000 }, path.basename(sample));
      keys.push(...(await keystrokes(page, 40)));
      await page.$eval('#wb-documents > summary', (s) => (s as HTMLElement).click());
      await page.waitForFunction(() => (document.getElementById('wb-print-preview') as HTMLButtonElement | null)?.disabled === false, { timeout: 20_000 });
      await page.$eval('#wb-print-preview', (b) => (b as HTMLButtonElement).click());
      await page.waitForFunction(() => document.getElementById('wb-print-area')?.dataset['printMs'], { timeout: 30_000 });
      prints.push(Number(await page.$eval('#wb-print-area', (a) => (a as HTMLElement).dataset['printMs'])));
      load.push(os.loadavg()[0]!);
      await context.close();
      console.error(`第 ${run + 1} 次：可用 ${usable.at(-1)!.toFixed(0)} ms（离线），打印预览 ${prints.at(-1)} ms`);
    }
  } finally {
    await chromium.close();
    await server.close();
  }
  const sizes = await scriptSizes();
  const result = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} 核，负载 ${median(load).toFixed(2)}`,
    sample: path.relative(ROOT_DIR, sample),
    usableOfflineMs: median(usable),
    usableOnlineMs: median(usableOnline),
    keystroke: { count: keys.length, medianMs: median(keys), p95Ms: quantile(keys, 0.95), maxMs: Math.max(...keys) },
    printMs: median(prints),
    scripts: { openGzipKb: Number(sizes.openKb.toFixed(1)), allGzipKb: Number(sizes.allKb.toFixed(1)), open: sizes.open },
    goals: GOALS,
  };
  const mark = (ok: boolean) => (ok ? '达标' : '未达标');
  console.log(`案件工作台（${result.machine}；最大样例 ${result.sample}）
  离线副本打开到可用：${result.usableOfflineMs.toFixed(0)} ms（目标 ≤ ${GOALS.usableMs} ms，${mark(result.usableOfflineMs <= GOALS.usableMs)}）；联网首次 ${result.usableOnlineMs.toFixed(0)} ms
  打开时加载的脚本：${result.scripts.openGzipKb} KB gzip（目标 ≤ ${GOALS.openGzipKb} KB，${mark(sizes.openKb <= GOALS.openGzipKb)}）；全部脚本 ${result.scripts.allGzipKb} KB gzip（公文、DOCX 部分在用到时加载）
  按键到错误列表和职责清单更新：中位 ${result.keystroke.medianMs.toFixed(1)} ms，p95 ${result.keystroke.p95Ms.toFixed(1)} ms，最长 ${result.keystroke.maxMs.toFixed(1)} ms（${result.keystroke.count} 次；目标 p95 ≤ ${GOALS.keystrokeP95Ms} ms，${mark(result.keystroke.p95Ms <= GOALS.keystrokeP95Ms)}）
  打印预览（全部公文）：${result.printMs} ms（目标 ≤ ${GOALS.printMs} ms，${mark(result.printMs <= GOALS.printMs)}）`);
  if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`);
}

await main();
