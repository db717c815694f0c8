/**
 * What the benchmark measures on a served build, in a real browser, from the static
 * server's own log of bytes sent (no compression, as a plain intranet server sends them):
 * the bytes a page loads, by kind, and the bytes one search fetches.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'puppeteer-core';
import { openSearchDialog, searchInDialog } from './search-dialog.ts';
import type { StaticServer } from '../../lib/site/static-server.ts';

export interface Bytes {
  raw: number;
  gzip: number;
  files: number;
  /** The URL paths counted, for the record. */
  paths?: string[];
}

/** What one search fetched, by part. */
export interface SearchBytes extends Bytes {
  /** Pagefind's UI (script and styles), when the page had not loaded it yet. */
  ui: number;
  /** Pagefind's runtime: its scripts, worker and WebAssembly. */
  runtime: number;
  /** The index: entry, metadata and the index chunks for the words searched. */
  index: number;
  /** The result fragments (one per result shown or checked). */
  fragments: number;
}

function searchPart(urlPath: string): 'ui' | 'runtime' | 'index' | 'fragments' {
  if (!urlPath.includes('/pagefind/')) return 'ui';
  if (urlPath.includes('/fragment/')) return 'fragments';
  if (/\.pf_(meta|index)$|pagefind-entry\.json$/.test(urlPath)) return 'index';
  return 'runtime';
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  other: Bytes;
  total: Bytes;
}

const KIND: Record<string, keyof Omit<PageWeight, 'total'>> = {
  '.html': 'html',
  '': 'html',
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
};

function empty(): Bytes {
  return { raw: 0, gzip: 0, files: 0 };
}

/** Sums the files the server sent (by path under the site's root), raw and gzipped. */
async function weigh(root: string, base: string, paths: string[]): Promise<Map<string, Bytes>> {
  const sizes = new Map<string, Bytes>();
  for (const urlPath of paths) {
    let rel = decodeURIComponent(urlPath).slice(base.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const body = await readFile(path.join(root, rel)).catch(() => undefined);
    if (body) sizes.set(urlPath, { raw: body.byteLength, gzip: gzipSync(body).byteLength, files: 1 });
  }
  return sizes;
}

function add(into: Bytes, more: Bytes): void {
  into.raw += more.raw;
  into.gzip += more.gzip;
  into.files += more.files;
}

/** Loads a page and waits until the network is idle (Starlight loads the search UI code when idle). */
export async function measurePage(page: Page, server: StaticServer, root: string, base: string, pathInSite: string): Promise<PageWeight> {
  server.requests.length = 0;
  await page.goto(`${server.url}${pathInSite}`, { waitUntil: 'networkidle0' });
  await page.waitForNetworkIdle({ idleTime: 500 });
  const served = server.requests.filter((r) => r.status === 200).map((r) => r.path);
  const sizes = await weigh(root, base, served);
  const weight: PageWeight = { html: empty(), css: empty(), js: empty(), other: empty(), total: empty() };
  for (const [urlPath, bytes] of sizes) {
    add(weight[KIND[path.extname(urlPath)] ?? 'other'], bytes);
    add(weight.total, bytes);
  }
  return weight;
}

/** The bytes fetched by opening the search dialog (if closed) and typing one query. */
export async function measureSearch(page: Page, server: StaticServer, root: string, base: string, query: string): Promise<SearchBytes> {
  // Counted from before the dialog opens: the handbook loads Pagefind's UI then.
  server.requests.length = 0;
  const open = await page.$eval('site-search dialog', (d) => (d as HTMLDialogElement).open).catch(() => false);
  if (!open) await openSearchDialog(page);
  await searchInDialog(page, query);
  await page.waitForNetworkIdle({ idleTime: 500 });
  const sizes = await weigh(root, base, server.requests.filter((r) => r.status === 200).map((r) => r.path));
  const total: SearchBytes = { ...empty(), paths: [...sizes.keys()], ui: 0, runtime: 0, index: 0, fragments: 0 };
  for (const [urlPath, bytes] of sizes) {
    add(total, bytes);
    total[searchPart(urlPath)] += bytes.raw;
  }
  return total;
}

export function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
