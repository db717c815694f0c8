/**
 * The built site's link check: every internal href, every #anchor and every resource
 * a page loads must resolve to a file in the build (and the anchor to an id on the
 * target page), as any static file server would serve them under the base path.
 * External resources are errors (the intranet has no internet); external links are
 * listed but allowed.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pageFacts, type PageFacts } from './html.ts';

export interface LinkProblem {
  /** The page, relative to the site root (articles/art_8/index.html). */
  page: string;
  href: string;
  reason: string;
}

export interface LinkCheckResult {
  pages: number;
  checked: number;
  problems: LinkProblem[];
  externalLinks: string[];
}

/** Every .html file under dir, relative, with forward slashes. */
export async function htmlFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await htmlFiles(dir, rel)));
    else if (entry.name.endsWith('.html')) out.push(rel);
  }
  return out.sort();
}

/** The URL path a page is served at: articles/art_8/index.html → <base>articles/art_8/. */
function pageUrlPath(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

const ORIGIN = 'http://handbook.invalid';

export async function checkLinks(siteDir: string, base: string): Promise<LinkCheckResult> {
  const files = await htmlFiles(siteDir);
  const facts = new Map<string, PageFacts>();
  for (const file of files) facts.set(file, pageFacts(await readFile(path.join(siteDir, file), 'utf8')));
  const exists = new Map<string, boolean>();
  const isFile = async (rel: string) => {
    if (!exists.has(rel)) exists.set(rel, await stat(path.join(siteDir, rel)).then((s) => s.isFile(), () => false));
    return exists.get(rel)!;
  };

  const result: LinkCheckResult = { pages: files.length, checked: 0, problems: [], externalLinks: [] };
  for (const [file, page] of facts) {
    const pageUrl = new URL(pageUrlPath(file, base), ORIGIN);
    const targets = [
      ...page.links.map((href) => ({ href, resource: false })),
      ...page.resources.map((r) => ({ href: r.url, resource: true })),
    ];
    for (const { href, resource } of targets) {
      result.checked++;
      const problem = (reason: string) => result.problems.push({ page: file, href, reason });
      let target: URL;
      try {
        target = new URL(href, pageUrl);
      } catch {
        problem('不是有效的地址');
        continue;
      }
      if (target.origin !== ORIGIN) {
        if (resource) problem('从外部网站加载资源（内网无法访问）');
        else if (/^https?:$/.test(target.protocol)) result.externalLinks.push(href);
        continue;
      }
      const pathname = decodeURIComponent(target.pathname);
      if (!pathname.startsWith(base)) {
        problem(`指向站点基础路径 ${base} 之外`);
        continue;
      }
      const rel = pathname.slice(base.length);
      let targetFile: string | undefined;
      if (rel === '' || rel.endsWith('/')) targetFile = `${rel}index.html`;
      else if (await isFile(rel)) targetFile = rel;
      else if (await isFile(`${rel}/index.html`)) {
        problem('目录地址缺少结尾的“/”（部分静态服务器不会自动补全）');
        continue;
      }
      if (!targetFile || !(await isFile(targetFile))) {
        problem('目标文件不存在');
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && targetFile.endsWith('.html')) {
        const targetFacts = facts.get(targetFile);
        if (!targetFacts?.ids.has(anchor)) problem(`目标页面没有 id 为“${anchor}”的位置`);
      }
    }
  }
  return result;
}

export function formatLinkProblems(problems: LinkProblem[]): string {
  return problems.map((p) => `  ${p.page}：${p.href} —— ${p.reason}`).join('\n');
}
