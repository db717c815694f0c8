/**
 * The handbook without a network: after the site is built and checked, writes
 * - offline.json, the offline copy's list: what an officer needs with no signal — the home page,
 *   every article, the situation guides, the glossary, the 404 page, the styles and scripts, the
 *   search (Pagefind's runtime, index and the fragments of the pages that are not articles; or the
 *   handbook's own engine and data, for browsers without Pagefind's WebAssembly) — each with its
 *   content hash and size. Not in it: the sample PDFs and images, the chapter and form pages, the
 *   whole text and the staff's pages (kept when opened, sw.ts).
 * - sw.js, the service worker (site/src/offline/sw.ts, bundled for Chromium 83).
 * The page fills the copy (site/src/scripts/offline-copy.ts): in parallel, with progress, resumed
 * on the next visit, and only the files whose hash changed after a rebuild. URLs are relative to
 * the site's base, so the same build works under any base path.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { CopyEntry, CopyManifest, Need } from '../../../site/src/offline/shared.ts';
import { listFiles } from './site-files.ts';

const SERVICE_WORKER_FILE = 'sw.js';
const MANIFEST_FILE = 'offline.json';
const WORKER_SOURCE = fileURLToPath(new URL('../../../site/src/offline/sw.ts', import.meta.url));

/** The oldest engine the handbook is held to (test/site/old-browser.test.ts). */
const LEGACY_TARGET = 'chrome83';

/**
 * What goes into the copy, by path under the site (directories as their index.html), first match
 * wins. `false`: left to be kept when opened.
 */
const RULES: { match: RegExp; need?: Need | false }[] = [
  // Pages: the home page, articles, guides, glossary, the 404 page.
  { match: /^(index\.html|404\.html|articles\/[^/]+\/index\.html|guides\/[^/]+\/index\.html|glossary\/index\.html)$/ },
  { match: /\.html$/, need: false },
  // Pagefind's own interfaces the handbook does not load.
  { match: /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\./, need: false },
  // The handbook's engine and its data: only where Pagefind's WebAssembly cannot run.
  { match: /^pagefind\/(plain-engine\.js|handbook-pages\.json)$/, need: 'no-wasm' },
  // Pagefind's runtime, its index and fragments: where its WebAssembly runs.
  { match: /^pagefind\/(pagefind-engine\.js|pagefind-worker\.js|wasm\.[^/]+|pagefind-entry\.json|[^/]+\.pf_meta|index\/.+|fragment\/.+)$/, need: 'wasm' },
  { match: /^pagefind\// },
  // Styles with cascade layers flattened, and the polyfills, for browsers without them; the others.
  { match: /^_astro\/.+\.legacy\.css$/, need: 'no-layers' },
  { match: /^legacy\.js$/, need: 'no-layers' },
  { match: /^_astro\// },
  // The sample PDFs and their preview images: opened, then kept.
  { match: /^samples\//, need: false },
  // The icons and the app manifest.
  { match: /^[^/]+\.(svg|png|webmanifest)$/ },
];

export interface OfflineCopy {
  /** offline.json's version: a hash of every entry. */
  version: string;
  files: number;
  bytes: number;
  /** The same for a browser without Pagefind's WebAssembly or CSS cascade layers (Chromium 83). */
  legacy: { files: number; bytes: number };
  warnings: string[];
}

const hash = (data: Buffer | string) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** The article pages' fragments: their results are built from the vocabulary, never from a fragment. */
async function articleFragments(siteDir: string): Promise<Set<string>> {
  const words = JSON.parse(await readFile(path.join(siteDir, 'pagefind', 'handbook-words.json'), 'utf8').catch(() => '{}')) as { pagefindArticles?: Record<string, string> };
  return new Set(Object.keys(words.pagefindArticles ?? {}).map((id) => `pagefind/fragment/${id}.pf_fragment`));
}

/** Writes offline.json and sw.js into the built site; returns what the copy holds. */
export async function writeOfflineCopy(siteDir: string, modelVersion: string): Promise<OfflineCopy> {
  const skip = await articleFragments(siteDir);
  const entries: CopyEntry[] = [];
  for (const rel of (await listFiles(siteDir)).sort()) {
    if (rel === SERVICE_WORKER_FILE || rel === MANIFEST_FILE || skip.has(rel)) continue;
    const rule = RULES.find((r) => r.match.test(rel));
    if (!rule || rule.need === false) continue;
    const body = await readFile(path.join(siteDir, rel));
    const url = rel === 'index.html' ? '' : rel.replace(/(^|\/)index\.html$/, '$1');
    entries.push({ url, rev: hash(body), bytes: body.byteLength, ...(rule.need ? { need: rule.need } : {}) });
  }
  const version = hash(JSON.stringify(entries));
  const manifest: CopyManifest = { version, model: modelVersion, entries };
  await writeFile(path.join(siteDir, MANIFEST_FILE), JSON.stringify(manifest));

  const worker = await build({ entryPoints: [WORKER_SOURCE], bundle: true, format: 'iife', target: LEGACY_TARGET, minify: true, write: false, logLevel: 'silent' });
  await writeFile(path.join(siteDir, SERVICE_WORKER_FILE), worker.outputFiles[0]!.contents);

  const sum = (list: CopyEntry[]) => ({ files: list.length, bytes: list.reduce((s, e) => s + e.bytes, 0) });
  const modern = sum(entries.filter((e) => e.need !== 'no-wasm' && e.need !== 'no-layers'));
  const legacy = sum(entries.filter((e) => e.need !== 'wasm' && e.need !== 'layers'));
  const warnings = entries.some((e) => e.url === '404.html') ? [] : ['离线副本中没有 404.html：没有网络时，未保存的地址将无法显示提示页'];
  return { version, ...modern, legacy, warnings };
}
