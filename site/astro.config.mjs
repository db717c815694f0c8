// The handbook: Starlight over pages computed from the provision model (the settings
// both configs share, and how the build passes the page data: config/shared.mjs),
// with the search and the navigation measured and tuned (docs/handbook.md).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { buildSidebar } from '../scripts/lib/site/sidebar.ts';
import { TUNED_RANKING } from '../scripts/lib/site/search-tuning.ts';
import { astroOptions, data, oldBrowserTarget, starlightOptions } from './config/shared.mjs';
import { handbookSearchBundle } from './src/search/integration.ts';
import { lazySearchUi } from './src/search/lazy-ui-integration.ts';

export default defineConfig({
  ...astroOptions,
  integrations: [
    starlight({
      ...starlightOptions,
      // Chapters link to their pages; an article or chapter page opens its own chapter.
      sidebar: buildSidebar(data),
      routeMiddleware: fileURLToPath(new URL('./src/open-chapter.ts', import.meta.url)),
      pagefind: { ranking: TUNED_RANKING },
      components: { ...starlightOptions.components, Search: './src/components/Search.astro' },
    }),
    // Pagefind's UI loads when the reader first reaches for the search.
    lazySearchUi(),
    // After Starlight's Pagefind step: questions reduced to their words, results ranked by the
    // words they hold, the officers' words leading where the editors said (src/search/).
    handbookSearchBundle(data.search),
    oldBrowserTarget,
  ],
});
