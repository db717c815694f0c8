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
import { searchData } from '../../../scripts/lib/site/search-data.ts';
import type { SearchVocabulary } from '../../../scripts/lib/site/types.ts';
import { PAGEFIND_WASM_FEATURES } from './capabilities.ts';

/** The browser modules, in TypeScript beside this file, each written to the bundle as .js. */
const BROWSER_MODULES = ['handbook-search', 'events', 'query', 'rank', 'excerpt', 'suggest', 'vocabulary', 'capabilities', 'plain-engine'];
const VOCABULARY_FILE = 'handbook-words.json';
const PAGES_FILE = 'handbook-pages.json';
/** The engine the browser modules are compiled for: the oldest the handbook supports. */
const TARGET = 'chrome83';

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
        const { words, pages } = await searchData(fileURLToPath(bundle), vocabulary);
        await writeFile(new URL(VOCABULARY_FILE, bundle), JSON.stringify(words));
        await writeFile(new URL(PAGES_FILE, bundle), JSON.stringify(pages));
        logger.info(`搜索：已加入按用词排序与日常说法（pagefind.js → pagefind-engine.js，${VOCABULARY_FILE}）`);
      },
    },
  };
}
