/**
 * The offline package (handbook-offline.zip at the site's root): the handbook as files to open from
 * disk, for plain-HTTP intranets where browsers keep nothing (no secure context, no service
 * worker) and for PCs with no network at all. Opened from a file, browsers run neither module
 * scripts nor fetch, and show a folder's listing rather than its index.html; so, in a copy of the
 * built site:
 *   - every link and source under the base becomes a relative path, to index.html for a page;
 *   - each page's module scripts become one classic script (bundled by esbuild for Chromium 83),
 *     in which Pagefind's UI takes the search from window.__wqHandbookSearch instead of importing
 *     pagefind.js, and the search dialog's stylesheet is found beside the page;
 *   - the search is site/src/search/file-search.ts over the plain engine, its data in a script
 *     file (pagefind/file-search-data.js) rather than JSON to fetch;
 *   - the service worker, the offline copy's list and Pagefind's WebAssembly index are left out.
 * The sample PDFs are in it. A note at the top of the zip says how to open it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { searchData } from './search-data.ts';
import type { SearchVocabulary } from './types.ts';
import { listFiles } from './site-files.ts';

export const PACKAGE_FILE = 'handbook-offline.zip';
/** The folder the zip unpacks into. */
export const PACKAGE_FOLDER = '维护执法权威工作手册';
const TARGET = 'chrome83';
const FILE_SEARCH = fileURLToPath(new URL('../../../site/src/search/file-search.ts', import.meta.url));
/** Not in the package: what only a server can use. */
const LEFT_OUT = new Set(['sw.js', 'offline.json', PACKAGE_FILE, 'manifest.webmanifest']);
/** Of Pagefind's bundle, only the handbook's own search data goes in. */
const PAGEFIND_KEPT = new Set(['handbook-words.json', 'handbook-pages.json']);

const README = [
  '维护执法权威工作手册（离线包）',
  '',
  '用法：把整个压缩包解压到电脑上（例如桌面），打开解压出的“维护执法权威工作手册”文件夹，',
  '双击其中的 index.html，用浏览器（Chrome、Edge，或奇安信、360 等国产浏览器）打开即可。',
  '不需要网络，也不需要安装任何程序；条文、情形指引、检索和文书样张都可以使用。',
  '',
  '请不要只复制其中的某一个文件：各页面、样式和检索数据要放在同一个文件夹中才能使用。',
  '手册更新后，请重新下载离线包。',
  '',
].join('\r\n');

export interface OfflinePackage {
  file: string;
  bytes: number;
  files: number;
}

/** A link under the base as a path relative to the page at `fromRel` (to index.html for a page). */
function relativeLink(value: string, base: string, fromRel: string): string {
  const [withoutHash = '', hash] = value.slice(base.length).split('#');
  const [target = '', query] = withoutHash.split('?');
  const file = target === '' || target.endsWith('/') ? `${target}index.html` : target;
  let rel = path.posix.relative(path.posix.dirname(fromRel), file);
  if (rel === '') rel = path.posix.basename(file);
  return `${rel}${query === undefined ? '' : `?${query}`}${hash === undefined ? '' : `#${hash}`}`;
}

/** Pagefind's UI imports `${bundlePath}pagefind.js`: in the package, the file search's object. */
const PAGEFIND_IMPORT = /import\(`\$\{\w+\}pagefind\.js`\)/g;

/**
 * Vite's preloading of a dynamic import's chunks (link rel=modulepreload to "<base>_astro/…"): from
 * a file, every such link is refused with an error; in the package the chunks are in the bundle
 * already, so each link is pointed at an empty data: script instead.
 */
const preloadUrl = (base: string) => new RegExp(`=function\\((\\w+)\\)\\{return"${base.replace(/[/.]/g, '\\$&')}"\\+\\1\\}`, 'g');

/** The site's scripts as esbuild reads them: absolute /_astro/ imports resolved, Pagefind's import replaced. */
function sitePlugin(siteDir: string, base: string, patched: { count: number }): Plugin {
  return {
    name: 'handbook-offline-package',
    setup(b) {
      b.onResolve({ filter: /^\// }, (args) => ({ path: path.join(siteDir, args.path.slice(base.length)) }));
      b.onLoad({ filter: /\.js$/ }, async (args) => {
        let contents = await readFile(args.path, 'utf8');
        contents = contents.replace(PAGEFIND_IMPORT, () => {
          patched.count++;
          return 'Promise.resolve(window.__wqHandbookSearch)';
        });
        contents = contents.replace(preloadUrl(base), '=function(){return"data:text/javascript,"}');
        return { contents, loader: 'js' };
      });
    },
  };
}

/** One classic script for a page's module scripts, in their order. */
async function bundleScripts(siteDir: string, base: string, sources: string[], patched: { count: number }): Promise<string> {
  const result = await build({
    stdin: { contents: sources.map((s) => `import ${JSON.stringify(s)};`).join('\n'), resolveDir: siteDir, loader: 'js' },
    bundle: true,
    format: 'iife',
    target: TARGET,
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins: [sitePlugin(siteDir, base, patched)],
  });
  // A stylesheet named by its absolute path (the search dialog's): found beside the page instead.
  const assets = new RegExp(`(["'\`])${base.replace(/[/.]/g, '\\$&')}(_astro/[^"'\`]+)\\1`, 'g');
  return result.outputFiles[0]!.text.replace(assets, '(window.__wqRoot+$1$2$1)');
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

/**
 * Builds handbook-offline.zip into the built site. A build without the handbook's search in front
 * of Pagefind (the benchmark's Starlight-default comparison) gets the search data made here.
 */
export async function writeOfflinePackage(siteDir: string, base: string, vocabulary: SearchVocabulary): Promise<OfflinePackage> {
  const work = `${siteDir}.package-${process.pid}`;
  await rm(work, { recursive: true, force: true });
  try {
    const all = await listFiles(siteDir);
    for (const rel of all) {
      if (LEFT_OUT.has(rel) || (rel.startsWith('pagefind/') && !PAGEFIND_KEPT.has(rel.slice('pagefind/'.length)))) continue;
      await mkdir(path.dirname(path.join(work, rel)), { recursive: true });
      await cp(path.join(siteDir, rel), path.join(work, rel));
    }
    // The search: its data as a script, its code as a classic script.
    const bundle = path.join(siteDir, 'pagefind');
    const built = existsSync(path.join(bundle, 'handbook-words.json')) && existsSync(path.join(bundle, 'handbook-pages.json'));
    const made = built ? undefined : await searchData(bundle, vocabulary);
    const words = made ? JSON.stringify(made.words) : await readFile(path.join(bundle, 'handbook-words.json'), 'utf8');
    const pages = made ? JSON.stringify(made.pages) : await readFile(path.join(bundle, 'handbook-pages.json'), 'utf8');
    await mkdir(path.join(work, 'pagefind'), { recursive: true });
    await writeFile(path.join(work, 'pagefind', 'file-search-data.js'), `window.__wqSearchData={"vocabulary":${words},"pages":${pages}};\n`);
    const search = await build({ entryPoints: [FILE_SEARCH], bundle: true, format: 'iife', target: TARGET, minify: true, write: false, logLevel: 'silent' });
    await writeFile(path.join(work, 'pagefind', 'file-search.js'), search.outputFiles[0]!.contents);
    for (const rel of PAGEFIND_KEPT) await rm(path.join(work, 'pagefind', rel), { force: true });

    const bundles = new Map<string, string>();
    const patched = { count: 0 };
    for (const rel of all.filter((r) => r.endsWith('.html'))) {
      let html = await readFile(path.join(siteDir, rel), 'utf8');
      const sources: string[] = [];
      html = html.replace(/<script type="module" src="([^"]+)"><\/script>/g, (_, src: string) => {
        sources.push(src);
        return sources.length === 1 ? '<!--wq-page-script-->' : '';
      });
      // No app manifest from a file (browsers refuse to read it there).
      html = html.replace(/<link rel="manifest"[^>]*>/g, '');
      html = html.replace(/(\s(?:href|src)=")([^"]*)"/g, (whole, attr: string, value: string) =>
        value.startsWith(base) && !value.startsWith('//') ? `${attr}${relativeLink(value, base, rel)}"` : whole,
      );
      const up = path.posix.relative(path.posix.dirname(rel), '.') || '.';
      const prefix = up === '.' ? '' : `${up}/`;
      const head = `<script>window.__wqRoot=new URL(${JSON.stringify(prefix || './')},location.href).href;window.__wqBase=${JSON.stringify(base)};</script>`;
      html = html.replace('<head>', `<head>${head}`);
      if (sources.length) {
        const key = sources.join('\n');
        let name = bundles.get(key);
        if (!name) {
          const code = await bundleScripts(siteDir, base, sources, patched);
          name = `_file/page-${hash(code)}.js`;
          await mkdir(path.join(work, '_file'), { recursive: true });
          await writeFile(path.join(work, name), code);
          bundles.set(key, name);
        }
        html = html.replace(
          '<!--wq-page-script-->',
          `<script defer src="${prefix}pagefind/file-search-data.js"></script><script defer src="${prefix}pagefind/file-search.js"></script><script defer src="${prefix}${name}"></script>`,
        );
      }
      await writeFile(path.join(work, rel), html);
    }
    if (patched.count === 0) throw new Error('离线包：Pagefind 界面中没有找到导入 pagefind.js 的代码（Pagefind 升级后请检查 scripts/lib/site/offline-package.ts）');

    const zipped: Zippable = { '打开方法.txt': new TextEncoder().encode(`\ufeff${README}`) };
    const files = await listFiles(work);
    for (const rel of files) zipped[`${PACKAGE_FOLDER}/${rel}`] = new Uint8Array(await readFile(path.join(work, rel)));
    const zip = zipSync(zipped, { level: 6 });
    await writeFile(path.join(siteDir, PACKAGE_FILE), zip);
    return { file: PACKAGE_FILE, bytes: zip.byteLength, files: files.length };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
