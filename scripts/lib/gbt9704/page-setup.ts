/**
 * Pages the forms are printed in, locked down:
 * - the page lives at a made-up http origin (http://wq-forms.invalid/) whose every
 *   request is intercepted and answered from Node. A page of an http origin may not load
 *   file:// URLs at all, so the file system is out of its reach; the interception serves
 *   only the font files of the font plan's packages and aborts (and records) everything
 *   else: the network, other paths, data:. (Intercepting a file:// page would not do:
 *   Chromium loads file:// subresources without passing them to request interception.)
 * - JavaScript is off in the page (our own layout code runs in puppeteer's isolated
 *   evaluation, which is not page script);
 * - the shell's Content-Security-Policy repeats the same limits from inside.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, HTTPRequest, Page } from 'puppeteer-core';
import { FONT_ORIGIN, FONT_ROLES, OFFICIAL_CANDIDATES, cssString, roleOfFamily, type FontRole } from './fonts.ts';

const START_URL = `${FONT_ORIGIN}/`;
const BLANK_HTML = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>公文</title></head><body></body></html>';

export interface PreparedPage {
  page: Page;
  /** URLs the page tried to load and was refused, since the last take(). */
  takeBlocked(): string[];
}

/**
 * The file a font URL of the page's origin stands for, if it is a file inside one of the
 * font packages' directories (route name → directory); undefined for anything else.
 */
export function fontFileFor(url: string, fontDirs: Readonly<Record<string, string>>): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.origin !== FONT_ORIGIN || parsed.search || parsed.hash) return undefined;
  const m = /^\/fonts\/([^/]+)\/(.+)$/.exec(parsed.pathname);
  if (!m) return undefined;
  let route: string;
  let rel: string;
  try {
    route = decodeURIComponent(m[1]!);
    rel = m[2]!.split('/').map(decodeURIComponent).join(path.sep);
  } catch {
    return undefined;
  }
  const dir = Object.hasOwn(fontDirs, route) ? fontDirs[route] : undefined;
  if (!dir || !/\.(woff2?|ttf)$/.test(rel)) return undefined;
  const file = path.resolve(dir, rel);
  const inside = path.relative(dir, file);
  return inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? file : undefined;
}

const fontCache = new Map<string, Promise<Buffer>>();
const FONT_TYPES: Record<string, string> = { '.ttf': 'font/ttf', '.woff': 'font/woff', '.woff2': 'font/woff2' };

/** A new page at START_URL showing `html` (the shell: see html.ts), locked down as above. */
export async function preparePage(browser: Browser | BrowserContext, fontDirs: Readonly<Record<string, string>>, html = BLANK_HTML): Promise<PreparedPage> {
  const page = await browser.newPage();
  let blocked: string[] = [];
  await page.setRequestInterception(true);
  const answer = async (request: HTTPRequest) => {
    const url = request.url();
    if (url === START_URL) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    // The browser itself asks for the origin's icon: not the page's doing, and there is none.
    if (url === `${FONT_ORIGIN}/favicon.ico`) return request.respond({ status: 404, body: '' });
    const file = fontFileFor(url, fontDirs);
    if (file) {
      let bytes = fontCache.get(file);
      if (!bytes) fontCache.set(file, (bytes = readFile(file)));
      try {
        return request.respond({ status: 200, contentType: FONT_TYPES[path.extname(file)] ?? 'font/woff2', body: await bytes });
      } catch {
        fontCache.delete(file);
        return request.respond({ status: 404, body: '' });
      }
    }
    blocked.push(url);
    return request.abort('blockedbyclient');
  };
  page.on('request', (request) => {
    if (!request.isInterceptResolutionHandled()) void answer(request).catch(() => undefined);
  });
  await page.goto(START_URL, { waitUntil: 'load' });
  await page.setJavaScriptEnabled(false);
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
  const probes = FONT_ROLES.flatMap((role) => candidates[role].map((name, i) => ({ role, name, family: `wq-probe-${role}-${i}` })));
  const css = probes.map((p) => `@font-face{font-family:"${p.family}";src:local(${cssString(p.name)});}`).join('\n');
  const loaded = await page.evaluate(async (rules: string, families: string[]) => {
    const style = document.createElement('style');
    style.textContent = rules;
    document.head.append(style);
    const ok: string[] = [];
    for (const family of families) {
      try {
        const faces = await document.fonts.load(`16px "${family}"`, '永');
        if (faces.some((f) => f.status === 'loaded')) ok.push(family);
      } catch {
        // not installed
      }
    }
    style.remove();
    return ok;
  }, css, probes.map((p) => p.family));
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

/** Sets the role → face choices in a loaded shell (see html.ts). */
export async function setRoleCss(page: Page, id: string, css: string): Promise<void> {
  await page.evaluate((styleId: string, text: string) => {
    const style = document.getElementById(styleId);
    if (!style) throw new Error('shell without role style');
    style.textContent = text;
  }, id, css);
}
