/**
 * Pages the forms are printed in, locked down:
 * - the page starts at a file:// blank page (Chromium refuses file:// fonts to a page
 *   set up from about:blank and silently falls back to a system font);
 * - JavaScript is off in the page (our own layout code runs from puppeteer's isolated
 *   evaluation, which is not page script);
 * - every request is intercepted: only the font files of the font plan are let through,
 *   anything else (network, any other file://, data:) is aborted and recorded.
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { FONT_ROLES, OFFICIAL_CANDIDATES, cssString, roleOfFamily, type FontRole } from './fonts.ts';

export interface PreparedPage {
  page: Page;
  /** URLs the page tried to load and was refused, since the last take(). */
  takeBlocked(): string[];
}

let blankUrl: string | undefined;
/** A file:// page to start from; written once per process in a private temporary directory. */
function blankPage(): string {
  if (!blankUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-'));
    const file = path.join(dir, 'blank.html');
    writeFileSync(file, '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>公文</title></head><body></body></html>');
    blankUrl = pathToFileURL(file).href;
  }
  return blankUrl;
}

/** Whether a URL is a file inside one of the allowed directories. */
export function isAllowedUrl(url: string, allowedDirs: readonly string[]): boolean {
  if (!url.startsWith('file://')) return false;
  let file: string;
  try {
    file = fileURLToPath(url);
  } catch {
    return false;
  }
  return allowedDirs.some((dir) => {
    const rel = path.relative(dir, file);
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  });
}

export async function preparePage(browser: Browser, allowedDirs: readonly string[]): Promise<PreparedPage> {
  const page = await browser.newPage();
  const start = blankPage();
  let blocked: string[] = [];
  await page.goto(start, { waitUntil: 'load' });
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (url === start || isAllowedUrl(url, allowedDirs)) {
      void request.continue();
    } else {
      blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
  return {
    page,
    takeBlocked() {
      const out = blocked;
      blocked = [];
      return out;
    },
  };
}

/**
 * Which official faces the browser finds installed: one probe @font-face per candidate
 * local() name; a face that loads exists. (The browser is the judge, not a file search:
 * it is the one that must find the font when printing.)
 */
export async function probeOfficialFonts(
  page: Page,
  candidates: Record<FontRole, readonly string[]> = OFFICIAL_CANDIDATES,
): Promise<Partial<Record<FontRole, string>>> {
  const probes = FONT_ROLES.flatMap((role) => candidates[role].map((name, i) => ({ role, name, family: `probe-${role}-${i}` })));
  const css = probes.map((p) => `@font-face{font-family:"${p.family}";src:local(${cssString(p.name)});}`).join('\n');
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body></body></html>`);
  const loaded = await page.evaluate(async (families: string[]) => {
    const ok: string[] = [];
    for (const family of families) {
      try {
        const faces = await document.fonts.load(`16px "${family}"`, '永');
        if (faces.some((f) => f.status === 'loaded')) ok.push(family);
      } catch {
        // not installed
      }
    }
    return ok;
  }, probes.map((p) => p.family));
  const found: Partial<Record<FontRole, string>> = {};
  for (const p of probes) if (!found[p.role] && loaded.includes(p.family)) found[p.role] = p.name;
  return found;
}

export interface FontCheck {
  /** Roles whose faces the page actually loaded (so the report names only faces used). */
  used: Set<FontRole>;
}

/**
 * After the content is set: wait for every font the page uses, and fail if any of them
 * could not be loaded — a silent substitution would print a document in the wrong face.
 */
export async function checkFonts(page: Page): Promise<FontCheck> {
  const result = await page.evaluate(async () => {
    await document.fonts.ready;
    const faces = [...document.fonts];
    return {
      failed: faces.filter((f) => f.status === 'error').map((f) => `${f.family} ${f.unicodeRange}`.slice(0, 120)),
      loaded: [...new Set(faces.filter((f) => f.status === 'loaded').map((f) => f.family))],
    };
  });
  if (result.failed.length > 0) {
    throw new Error(`字体加载失败，已停止生成（不以其他字体代替）：\n  ${result.failed.join('\n  ')}`);
  }
  const used = new Set<FontRole>();
  for (const family of result.loaded) {
    const role = roleOfFamily(family);
    if (role) used.add(role);
  }
  return { used };
}

/** Replaces the shell's body (from puppeteer's isolated world: the page itself runs no script). */
export async function setBody(page: Page, html: string): Promise<void> {
  await page.evaluate((body: string) => {
    document.body.innerHTML = body;
  }, html);
}
