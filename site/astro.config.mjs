// The handbook: Starlight over pages computed from the provision model.
// `npm run build:site` (scripts/build-site.ts) writes the page data first, then builds
// this project into dist/site. Settings come from the environment:
//   WQ_SITE_BASE     the sub-path the site is served under (default "/"), e.g. /handbook/
//   WQ_SITE_OUT_DIR  where to build (default ../dist/site)
//   WQ_SITE_DATA     the page data file (default .generated/handbook.json)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { normaliseBase } from '../scripts/lib/site/base.ts';
import { buildSidebar } from '../scripts/lib/site/sidebar.ts';
import { TUNED_RANKING } from '../scripts/lib/site/search-tuning.ts';
import { pagefindPhraseRank } from './src/search/integration.ts';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const dataFile = process.env.WQ_SITE_DATA || here('./.generated/handbook.json');

/** @type {import('../scripts/lib/site/types.ts').HandbookData} */
let data;
try {
  data = JSON.parse(readFileSync(dataFile, 'utf8'));
} catch (error) {
  throw new Error(`找不到手册的页面数据 ${dataFile}：请用 npm run build:site 构建手册（它先生成页面数据）。`, {
    cause: error,
  });
}

export default defineConfig({
  root: here('.'),
  outDir: process.env.WQ_SITE_OUT_DIR || here('../dist/site'),
  base: normaliseBase(process.env.WQ_SITE_BASE),
  trailingSlash: 'always',
  // No telemetry, no remote images or fonts: the handbook must work on a closed intranet.
  devToolbar: { enabled: false },
  vite: {
    resolve: { alias: { 'handbook:data': dataFile } },
  },
  integrations: [
    starlight({
      title: '维护执法权威工作手册',
      description: data.meta.measuresTitle,
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      favicon: '/favicon.svg',
      sidebar: buildSidebar(data, { allArticles: !data.tuned }),
      customCss: ['./src/styles/handbook.css'],
      expressiveCode: false,
      lastUpdated: false,
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 2 },
      pagefind: data.tuned ? { ranking: TUNED_RANKING } : true,
      // The tuned search dialog loads Pagefind's UI on first use (see the component).
      components: data.tuned ? { Search: './src/components/Search.astro' } : {},
    }),
    // After Starlight's Pagefind step: the page holding the whole phrase ranks first.
    ...(data.tuned ? [pagefindPhraseRank()] : []),
  ],
});
