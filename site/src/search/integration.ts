// An Astro integration that runs after Starlight's Pagefind step: it puts the
// handbook's phrase-ranking entry (pagefind.js, phrase-rank.js) in front of Pagefind's
// bundle, which becomes pagefind-engine.js. Listed after starlight() in the config.
import { copyFile, rename, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const FILES = ['pagefind.js', 'phrase-rank.js'];

export function pagefindPhraseRank(): AstroIntegration {
  return {
    name: 'handbook:pagefind-phrase-rank',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundle = new URL('./pagefind/', dir);
        const original = new URL('pagefind.js', bundle);
        if (!(await stat(original).catch(() => undefined))) {
          throw new Error(`没有找到 Pagefind 的索引（${fileURLToPath(original)}）：Starlight 的搜索是否被关闭了？`);
        }
        await rename(original, new URL('pagefind-engine.js', bundle));
        for (const file of FILES) await copyFile(new URL(`./${file}`, import.meta.url), new URL(file, bundle));
        logger.info('搜索：已加入整句优先排序（pagefind.js → pagefind-engine.js）');
      },
    },
  };
}
