// An Astro integration that runs after Starlight's Pagefind step: it puts the handbook's search
// (pagefind.js, and the modules it imports, transpiled from TypeScript as they are — no bundling)
// in front of Pagefind's bundle, which becomes pagefind-engine.js, and writes beside them what the
// search knows besides the index (handbook-words.json: the page data's vocabulary, and which of
// Pagefind's pages is which article, read from Pagefind's own fragments). Listed after
// starlight() in the config.
import { copyFile, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import type { SearchVocabulary } from '../../../scripts/lib/site/types.ts';

/** The browser modules, in TypeScript beside this file, each written to the bundle as .js. */
const BROWSER_MODULES = ['handbook-search', 'events', 'query', 'rank', 'excerpt', 'suggest', 'vocabulary'];
const VOCABULARY_FILE = 'handbook-words.json';
const SIGNATURE = 'pagefind_dcd';

/** Pagefind's page ids of the article pages: each fragment's name → the article its meta url lands in. */
async function pagefindArticles(bundle: URL): Promise<Record<string, string>> {
  const dir = new URL('fragment/', bundle);
  const ids: Record<string, string> = {};
  for (const name of await readdir(dir)) {
    const raw = gunzipSync(await readFile(new URL(name, dir))).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`Pagefind 的片段 ${name} 格式与预期不同（缺少 ${SIGNATURE}）：Pagefind 升级后请检查 ${fileURLToPath(import.meta.url)}`);
    const parsed = JSON.parse(raw.slice(SIGNATURE.length)) as { meta?: { url?: string }; url?: string } | Record<string, { meta?: { url?: string } }>;
    // One page per file, or (with many pages) a group of them by id.
    const entries: [string, { meta?: { url?: string }; url?: string }][] =
      'url' in parsed ? [[name.replace(/\.pf_fragment$/, ''), parsed as { url?: string }]] : Object.entries(parsed);
    for (const [id, fragment] of entries) {
      const article = /\/articles\/(art_\d+)\//.exec(fragment.meta?.url ?? fragment.url ?? '')?.[1];
      if (article) ids[id] = article;
    }
  }
  return ids;
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
          const { code } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2020', sourcefile: `${name}.ts` });
          // The sources import each other as ./x.ts (the project's convention); in the bundle they are ./x.js.
          const linked = code.replace(/(\bfrom\s*["']\.\/[\w-]+)\.ts(["'])/g, '$1.js$2');
          const stray = /from\s*["'](?!\.\/[\w-]+\.js["'])[^"']+["']/.exec(linked);
          if (stray) throw new Error(`${name}.ts 引入了浏览器中无法加载的模块（${stray[0]}）：检索模块只能互相引入`);
          await writeFile(new URL(`${name}.js`, bundle), linked);
        }
        const articles = await pagefindArticles(bundle);
        if (Object.keys(articles).length !== vocabulary.articles.length) {
          throw new Error(`Pagefind 索引中的条文页面（${Object.keys(articles).length} 个）与条文数（${vocabulary.articles.length}）不一致`);
        }
        await writeFile(new URL(VOCABULARY_FILE, bundle), JSON.stringify({ ...vocabulary, pagefindArticles: articles }));
        logger.info(`搜索：已加入按用词排序与日常说法（pagefind.js → pagefind-engine.js，${VOCABULARY_FILE}）`);
      },
    },
  };
}
