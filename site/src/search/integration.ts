// An Astro integration that runs after Starlight's Pagefind step: it puts the handbook's search
// (pagefind.js, and the modules it imports, transpiled from TypeScript as they are — no bundling)
// in front of Pagefind's bundle, which becomes pagefind-engine.js, and writes beside them what the
// search knows besides the index (handbook-words.json: the page data's vocabulary, and which of
// Pagefind's pages is which article, read from Pagefind's own fragments) and handbook-pages.json
// (every indexed page's text, from the same fragments, for plain-engine.ts: the search of browsers
// where Pagefind's WebAssembly cannot run). Listed after starlight() in the config.
import { copyFile, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import type { SearchVocabulary } from '../../../scripts/lib/site/types.ts';
import { PAGEFIND_WASM_FEATURES } from './capabilities.ts';
import type { PlainPage } from './plain-engine.ts';

/** The browser modules, in TypeScript beside this file, each written to the bundle as .js. */
const BROWSER_MODULES = ['handbook-search', 'events', 'query', 'rank', 'excerpt', 'suggest', 'vocabulary', 'capabilities', 'plain-engine'];
const VOCABULARY_FILE = 'handbook-words.json';
const PAGES_FILE = 'handbook-pages.json';
/** The engine the browser modules are compiled for: the oldest the handbook supports. */
const TARGET = 'chrome83';
const SIGNATURE = 'pagefind_dcd';

interface Fragment {
  url?: string;
  content?: string;
  meta?: Record<string, string> & { url?: string };
}

/** Every page Pagefind indexed, by its id (the fragment's name), read from its fragments. */
async function pagefindPages(bundle: URL): Promise<Map<string, Fragment>> {
  const dir = new URL('fragment/', bundle);
  const pages = new Map<string, Fragment>();
  for (const name of (await readdir(dir)).sort()) {
    const raw = gunzipSync(await readFile(new URL(name, dir))).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`Pagefind 的片段 ${name} 格式与预期不同（缺少 ${SIGNATURE}）：Pagefind 升级后请检查 ${fileURLToPath(import.meta.url)}`);
    const parsed = JSON.parse(raw.slice(SIGNATURE.length)) as Fragment | Record<string, Fragment>;
    // One page per file, or (with many pages) a group of them by id.
    const entries: [string, Fragment][] = 'url' in parsed ? [[name.replace(/\.pf_fragment$/, ''), parsed as Fragment]] : Object.entries(parsed as Record<string, Fragment>);
    for (const [id, fragment] of entries) pages.set(id, fragment);
  }
  return pages;
}

/** Pagefind's page ids of the article pages: each page's id → the article its meta url lands in. */
function pagefindArticles(pages: Map<string, Fragment>): Record<string, string> {
  const ids: Record<string, string> = {};
  for (const [id, fragment] of pages) {
    const article = /\/articles\/(art_\d+)\//.exec(fragment.meta?.url ?? fragment.url ?? '')?.[1];
    if (article) ids[id] = article;
  }
  return ids;
}

/** The WebAssembly features Pagefind's module declares (its target_features section). */
async function wasmFeatures(bundle: URL): Promise<string[]> {
  const names = (await readdir(bundle)).filter((n) => n.startsWith('wasm.') && n.endsWith('.pagefind'));
  const features = new Set<string>();
  for (const name of names) {
    const raw = gunzipSync(await readFile(new URL(name, bundle)));
    const module = new WebAssembly.Module(raw.subarray(raw.indexOf('\0asm')));
    for (const section of WebAssembly.Module.customSections(module, 'target_features')) {
      const bytes = new Uint8Array(section);
      // A count, then per feature: a prefix byte (+), a length and the name.
      let at = 1;
      while (at < bytes.length) {
        const length = bytes[at + 1]!;
        features.add(new TextDecoder().decode(bytes.subarray(at + 2, at + 2 + length)));
        at += 2 + length;
      }
    }
  }
  return [...features];
}

export function handbookSearchBundle(vocabulary: SearchVocabulary): AstroIntegration {
  return {
    name: 'handbook:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = new URL('./pagefind/', dir);
        const original = new URL('pagefind.js', bundle);
        if (!(await stat(original).catch(() => undefined))) {
          throw new Error(`没有找到 Pagefind 的索引（${fileURLToPath(original)}）：Starlight 的搜索是否被关闭了？`);
        }
        await rename(original, new URL('pagefind-engine.js', bundle));
        await copyFile(new URL('./pagefind.js', import.meta.url), original);
        for (const name of BROWSER_MODULES) {
          const source = await readFile(new URL(`./${name}.ts`, import.meta.url), 'utf8');
          const { code } = await transform(source, { loader: 'ts', format: 'esm', target: TARGET, sourcefile: `${name}.ts` });
          // The sources import each other as ./x.ts (the project's convention); in the bundle they are ./x.js.
          const linked = code.replace(/(\bfrom\s*["']\.\/[\w-]+)\.ts(["'])/g, '$1.js$2');
          const stray = /from\s*["'](?!\.\/[\w-]+\.js["'])[^"']+["']/.exec(linked);
          if (stray) throw new Error(`${name}.ts 引入了浏览器中无法加载的模块（${stray[0]}）：检索模块只能互相引入`);
          await writeFile(new URL(`${name}.js`, bundle), linked);
        }
        const unknown = (await wasmFeatures(bundle)).filter((f) => !PAGEFIND_WASM_FEATURES.includes(f));
        if (unknown.length) {
          throw new Error(`Pagefind 的 WebAssembly 需要浏览器功能 ${unknown.join('、')}：请在 site/src/search/capabilities.ts 的探测中加入它们，否则不支持的浏览器会一直显示“正在搜索”`);
        }
        const pages = await pagefindPages(bundle);
        const articles = pagefindArticles(pages);
        if (Object.keys(articles).length !== vocabulary.articles.length) {
          throw new Error(`Pagefind 索引中的条文页面（${Object.keys(articles).length} 个）与条文数（${vocabulary.articles.length}）不一致`);
        }
        await writeFile(new URL(VOCABULARY_FILE, bundle), JSON.stringify({ ...vocabulary, pagefindArticles: articles }));
        const plain: PlainPage[] = [...pages].map(([id, f]) => ({ id, url: f.meta?.url ?? f.url ?? '', content: (f.content ?? '').replace(/\u200b/g, ''), meta: { ...(f.meta ?? {}) } }));
        await writeFile(new URL(PAGES_FILE, bundle), JSON.stringify({ pages: plain }));
        logger.info(`搜索：已加入按用词排序与日常说法（pagefind.js → pagefind-engine.js，${VOCABULARY_FILE}）`);
      },
    },
  };
}
