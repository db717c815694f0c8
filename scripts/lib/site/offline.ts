/**
 * The handbook's service worker (workbox-build's generateSW): after the first visit over HTTPS or
 * on this computer, the browser keeps every page, the search (Pagefind's runtime, index and
 * fragments, the handbook's vocabulary), the styles, scripts, images and sample files, so the
 * handbook opens and searches with no network. Written after the site is built and checked, at
 * the site's root, so it works under whatever base path the site was built for (the manifest's
 * URLs are relative to sw.js).
 *
 * Versioned by the model's version: the precache's name carries it, so a handbook built from
 * changed policy/ sources fills a cache of its own on the next visit, and the old one is deleted
 * once the new worker takes over (skipWaiting + clientsClaim + cleanupOutdatedCaches). Between
 * model versions, a rebuilt file is fetched again by its revision (its content hash).
 */
import path from 'node:path';
import { generateSW } from 'workbox-build';

const SERVICE_WORKER_FILE = 'sw.js';

/** Pagefind's own search interfaces that the handbook does not load (it uses Starlight's dialog over pagefind-ui's core). */
const UNUSED = ['pagefind/pagefind-ui.js', 'pagefind/pagefind-ui.css', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-highlight.js'];

export interface OfflineCache {
  /** The precache's name prefix, with the model's version: wq-handbook-167f04f5de070fc9. */
  cacheId: string;
  files: number;
  bytes: number;
  warnings: string[];
}

/** Writes sw.js into the built site; returns what it keeps. */
export async function writeServiceWorker(siteDir: string, modelVersion: string): Promise<OfflineCache> {
  const cacheId = `wq-handbook-${modelVersion.replace(/^sha256:/, '')}`;
  const { count, size, warnings } = await generateSW({
    globDirectory: siteDir,
    globPatterns: ['**/*'],
    globIgnores: [SERVICE_WORKER_FILE, '.*', ...UNUSED],
    swDest: path.join(siteDir, SERVICE_WORKER_FILE),
    cacheId,
    // The largest files are the sample PDFs (a few hundred KB); nothing of the handbook is left out.
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    directoryIndex: 'index.html',
    // Pagefind asks for its entry file with ?ts=…: the handbook's URLs carry no other parameters.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    skipWaiting: true,
    clientsClaim: true,
    // One file, nothing fetched from anywhere else.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    // A page that is not in the handbook, asked for with no network: the handbook's own 404 page.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  });
  return { cacheId, files: count, bytes: size, warnings };
}
