// What the handbook's two Astro configs share: the page data, and every Astro and
// Starlight setting but the search and the sidebar. astro.config.mjs is the handbook;
// astro.bench-defaults.config.mjs is only the benchmark's point of comparison.
// Both are used only through `npm run build:site` (scripts/build-site.ts): it computes
// the page data from dist/policy.json and dist/published/, passes its file in
// WQ_SITE_DATA, and gives Astro the base path (--base or WQ_SITE_BASE) and the output
// directory (dist/site).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataFile = process.env.WQ_SITE_DATA;

/** @type {import('../../scripts/lib/site/types.ts').HandbookData} */
export let data;
try {
  data = JSON.parse(readFileSync(dataFile ?? '', 'utf8'));
} catch (error) {
  throw new Error(`找不到手册的页面数据（WQ_SITE_DATA=${dataFile ?? '未设置'}）：请用 npm run build:site 构建手册，它先从条文模型生成页面数据。`, {
    cause: error,
  });
}

/** Astro's settings, apart from the integrations. */
export const astroOptions = {
  root: fileURLToPath(new URL('..', import.meta.url)),
  trailingSlash: 'always',
  // Nothing that calls out: no dev toolbar; telemetry is switched off by build-site.
  devToolbar: { enabled: false },
  // Code in the staff's instructions: a theme whose comments read at 6:1 on its background
  // (Astro's default, github-dark, gives them 3.0:1; WCAG asks 4.5:1).
  markdown: { shikiConfig: { theme: 'github-dark-default' } },
  vite: {
    resolve: { alias: { 'handbook:data': dataFile } },
  },
};

/**
 * Office PCs run domestic browsers on Chromium 83–110: the pages' scripts are compiled for the
 * oldest (??= and the like lowered; test/site/old-browser.test.ts runs a real Chromium 83). The
 * client build only: the build's own server-side code runs in Node.
 */
export const oldBrowserTarget = {
  name: 'handbook:old-browser-target',
  hooks: {
    'astro:build:setup': ({ vite, target }) => {
      if (target === 'client') vite.build = { ...vite.build, target: 'chrome83' };
    },
  },
};

/** Starlight's settings, apart from the search and the sidebar. */
export const starlightOptions = {
  title: '维护执法权威工作手册',
  description: data.meta.measuresTitle,
  defaultLocale: 'root',
  locales: { root: { label: '简体中文', lang: 'zh-CN' } },
  favicon: '/favicon.svg',
  customCss: ['./src/styles/handbook.css'],
  expressiveCode: false,
  lastUpdated: false,
  pagination: true,
  tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 2 },
  // An article's title with its 条旨 set apart as the editors' (第八条　维护范围); the footer
  // registers the service worker and fills the offline copy.
  // The head: polyfills and flattened styles for old office browsers, the web app manifest.
  components: { Head: './src/components/Head.astro', PageTitle: './src/components/PageTitle.astro', Footer: './src/components/Footer.astro' },
};
