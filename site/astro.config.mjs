// The handbook: Starlight over pages computed from the provision model. Built only
// through `npm run build:site` (scripts/build-site.ts): it computes the page data from
// dist/policy.json and dist/published/, passes its file in WQ_SITE_DATA, and gives Astro
// the base path (--base or WQ_SITE_BASE) and the output directory (dist/site).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { buildSidebar } from '../scripts/lib/site/sidebar.ts';
import { TUNED_RANKING } from '../scripts/lib/site/search-tuning.ts';
import { pagefindPhraseRank } from './src/search/integration.ts';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const dataFile = process.env.WQ_SITE_DATA;

/** @type {import('../scripts/lib/site/types.ts').HandbookData} */
let data;
try {
  data = JSON.parse(readFileSync(dataFile ?? '', 'utf8'));
} catch (error) {
  throw new Error(`找不到手册的页面数据（WQ_SITE_DATA=${dataFile ?? '未设置'}）：请用 npm run build:site 构建手册，它先从条文模型生成页面数据。`, {
    cause: error,
  });
}

export default defineConfig({
  root: here('.'),
  trailingSlash: 'always',
  // Nothing that calls out: no dev toolbar; telemetry is switched off by build-site.
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
