/**
 * The benchmark's point of comparison, "Starlight defaults": the handbook's pages built
 * with site/astro.bench-defaults.config.mjs (what that build leaves out: see there).
 */
import path from 'node:path';
import { ROOT_DIR } from '../../lib/root.ts';
import type { PagefindRanking } from '../../lib/site/search-tuning.ts';

export const STARLIGHT_DEFAULTS_CONFIG = path.join(ROOT_DIR, 'site', 'astro.bench-defaults.config.mjs');

/**
 * What Starlight 0.37.7 passes to Pagefind when its `pagefind` option is left alone
 * (schemas/pagefind.ts in @astrojs/starlight, not exported), for searching that build
 * through Pagefind's API as its dialog does. Not Pagefind's own defaults (0.75, 1.0,
 * 1.4, 1.0). test/site/starlight-version.test.ts checks it against the installed Starlight.
 */
export const STARLIGHT_DEFAULT_RANKING: PagefindRanking = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9 };
