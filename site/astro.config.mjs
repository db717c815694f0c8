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

/** The sidebar: the chapters with their articles, then the reference pages. */
function sidebar() {
  const byEId = new Map(data.articles.map((a) => [a.eId, a]));
  return [
    { label: '首页', link: '/' },
    ...data.chapters.map((c) => ({
      label: `${c.label} ${c.heading}`,
      collapsed: true,
      items: [
        { label: `${c.label}（全章）`, link: `/${c.href}` },
        ...c.articles.map((eId) => ({ label: byEId.get(eId).label, link: `/${byEId.get(eId).href.split("#")[0]}` })),
      ],
    })),
    {
      label: '参考',
      items: [
        { label: '术语表', link: '/glossary/' },
        { label: '所引法律与文书', link: '/laws/' },
        { label: '文书与表单', link: '/forms/' },
        { label: '案件数据字段', link: '/schema/' },
        { label: '实施覆盖情况', link: '/coverage/' },
      ],
    },
  ];
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
      sidebar: sidebar(),
      customCss: ['./src/styles/handbook.css'],
      expressiveCode: false,
      lastUpdated: false,
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 2 },
      pagefind: data.searchTuning ? { ranking: TUNED_RANKING } : true,
      components: { Search: './src/components/Search.astro' },
    }),
    // After Starlight's Pagefind step: the page holding the whole phrase ranks first.
    ...(data.searchTuning ? [pagefindPhraseRank()] : []),
  ],
});
