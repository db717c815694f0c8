// The benchmark's point of comparison, "Starlight defaults" (npm run bench:site builds
// it with build:site --config site/astro.bench-defaults.config.mjs; nothing else uses
// it): the handbook's pages with what Starlight does out of the box instead of the
// handbook's tuning in astro.config.mjs — Starlight's own search component (Pagefind's
// UI loaded when any page is idle), Starlight's Pagefind ranking, no phrase ranking,
// and every article of every chapter in every page's sidebar.
//
// The pages are the same in both builds, so this build keeps their search markup:
// one index record per article (data-pagefind-body), lower weights for the other
// pages, the term pop-ups and lists left out (data-pagefind-ignore), more weight for a
// term's definition. Before, the comparison build also dropped that markup (Starlight
// indexing each page's whole <main>); its index, and so its accuracy figures, differ
// from the ones the README recorded until then.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { buildSidebar } from '../scripts/lib/site/sidebar.ts';
import { astroOptions, data, starlightOptions } from './config/shared.mjs';

export default defineConfig({
  ...astroOptions,
  integrations: [starlight({ ...starlightOptions, sidebar: buildSidebar(data, { allArticles: true }) })],
});
