/**
 * Builds the handbook: page data from the model and the published files, then Astro
 * (with Starlight and Pagefind) into a fresh directory, then the sample files the pages
 * link to, then the link check, then the service worker that keeps it all for use offline;
 * only a complete, checked build replaces the output directory, so a failed build never
 * leaves a half-written site behind.
 */
import { cp, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { loadPolicyModel } from '../policy/index.ts';
import { ROOT_DIR } from '../root.ts';
import { normaliseBase } from './base.ts';
import { checkLinks, formatLinkProblems, type LinkCheckResult } from './link-check.ts';
import { writeLegacyCss } from './legacy-css.ts';
import { writeLegacyScript } from './legacy-script.ts';
import { writeOfflineCopy, type OfflineCopy } from './offline.ts';
import { writeOfflinePackage, type OfflinePackage } from './offline-package.ts';
import { writeWorkbench, type WorkbenchBuild } from './workbench.ts';
import { buildHandbookData, SAMPLES_DIR } from './page-data.ts';
import { readPublished } from './published.ts';
import { BUILD_INFO_FILE, type SiteBuildInfo } from './site-info.ts';
import { scanTests } from './test-scan.ts';
import type { HandbookData } from './types.ts';

const SITE_DIR = path.join(ROOT_DIR, 'site');
export const DIST_DIR = path.join(ROOT_DIR, 'dist');
export const DEFAULT_OUT_DIR = path.join(DIST_DIR, 'site');

export interface SiteBuildOptions {
  /** The sub-path the site is served under, "/" or "/handbook/". */
  base: string;
  /** Where the finished site goes (replaced as a whole). */
  outDir: string;
  /** Another Astro config file than site/astro.config.mjs (the benchmark's comparison build). */
  configFile?: string;
  /** Where the other faces' published data and sample files are read (default dist/). */
  distDir?: string;
  /** Astro's log level: "warn" normally, "info" to see each step. */
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

export interface SiteBuildResult {
  data: HandbookData;
  links: LinkCheckResult;
  /** What the offline copy holds (offline.json; the service worker answers from it). */
  offline: OfflineCopy;
  /** What the flattened stylesheets for old browsers could not lower. */
  legacyCssWarnings: string[];
  /** The offline package (a zip of the site to open from disk). */
  offlinePackage: OfflinePackage;
  /** The case workbench's files (workbench.ts). */
  workbench: WorkbenchBuild;
  timings: { data: number; astro: number; links: number; offline: number; total: number };
}

export class SiteBuildError extends Error {}

export { normaliseBase };

async function sampleSizes(distDir: string, published: Awaited<ReturnType<typeof readPublished>>): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const form of published.forms) {
    for (const rel of [form.samplePdf, form.samplePng, form.blankPdf, form.blankPng]) {
      if (!rel || rel.split(/[\\/]/).includes('..') || path.isAbsolute(rel)) continue;
      const s = await stat(path.join(distDir, rel)).catch(() => undefined);
      if (s?.isFile()) sizes.set(rel.replace(/\\/g, '/'), s.size);
    }
  }
  return sizes;
}

/**
 * Computes the page data and writes it where astro.config.mjs will read it (WQ_SITE_DATA):
 * one file per build process, so builds running side by side (tests, the benchmark)
 * never read each other's data.
 */
async function writeHandbookData(distDir = DIST_DIR): Promise<{ data: HandbookData; file: string }> {
  const [model, published, tests] = await Promise.all([loadPolicyModel(), readPublished(distDir), scanTests(ROOT_DIR)]);
  const sampleFiles = await sampleSizes(distDir, published);
  const data = buildHandbookData({ model, published, tests, sampleFiles });
  const file = path.join(SITE_DIR, '.generated', `handbook-${process.pid}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(data));
  return { data, file };
}

export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const started = performance.now();
  const base = normaliseBase(options.base);
  const distDir = path.resolve(options.distDir ?? DIST_DIR);
  const { data, file } = await writeHandbookData(distDir);
  const dataMs = performance.now() - started;

  const outDir = path.resolve(options.outDir);
  const staging = `${outDir}.building-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  // Vite reads these from the environment into import.meta.env: a BASE_URL left by a
  // test runner or a shell would override the base the site is built for.
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];
  if (process.env['NODE_ENV'] !== 'production') delete process.env['NODE_ENV'];
  process.env['WQ_SITE_DATA'] = file;
  const astroStarted = performance.now();
  const { build } = await import('astro');
  try {
    await build({
      root: SITE_DIR,
      // Astro joins the config file's path to the root.
      ...(options.configFile ? { configFile: path.relative(SITE_DIR, path.resolve(options.configFile)) } : {}),
      outDir: staging,
      base,
      logLevel: options.logLevel ?? 'warn',
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new SiteBuildError(`Astro 构建失败：${(error as Error).message}`, { cause: error });
  } finally {
    await rm(file, { force: true });
  }
  const astroMs = performance.now() - astroStarted;

  // The case workbench: its script, with the validators, rules and documents built in, and its page's policy.
  let workbench: WorkbenchBuild;
  try {
    workbench = await writeWorkbench(staging, base);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw new SiteBuildError((error as Error).message, { cause: error });
  }

  for (const rel of data.assets) {
    await mkdir(path.dirname(path.join(staging, SAMPLES_DIR, rel)), { recursive: true });
    await cp(path.join(distDir, rel), path.join(staging, SAMPLES_DIR, rel));
  }

  // For browsers without cascade layers, the flattened stylesheets; for plain-HTTP intranets, the
  // offline package opened from disk. Both before the link check: the pages link to the package.
  const legacyCss = await writeLegacyCss(staging);
  await writeLegacyScript(staging);
  const offlinePackage = await writeOfflinePackage(staging, base, data.search);

  const linksStarted = performance.now();
  const links = await checkLinks(staging, base);
  const linksMs = performance.now() - linksStarted;
  if (links.problems.length) {
    await rm(staging, { recursive: true, force: true });
    throw new SiteBuildError(`手册中有 ${links.problems.length} 处链接无法解析：\n${formatLinkProblems(links.problems)}`);
  }

  // Last, over the finished and checked site: the offline copy's list and the service worker.
  const offlineStarted = performance.now();
  const offline = await writeOfflineCopy(staging, data.modelVersion);
  const offlineMs = performance.now() - offlineStarted;
  const info: SiteBuildInfo = {
    base,
    modelVersion: data.modelVersion,
    pages: links.pages,
    offline: { version: offline.version, files: offline.files, bytes: offline.bytes, legacy: offline.legacy },
  };
  await writeFileAtomic(path.join(staging, BUILD_INFO_FILE), JSON.stringify(info, null, 2) + '\n');

  const old = `${outDir}.old-${process.pid}`;
  await rename(outDir, old).catch(() => undefined);
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
  return { data, links, offline, legacyCssWarnings: legacyCss.warnings, offlinePackage, workbench, timings: { data: dataMs, astro: astroMs, links: linksMs, offline: offlineMs, total: performance.now() - started } };
}
