// What the handbook's service worker (sw.ts) and the page that fills the offline copy
// (../scripts/offline-copy.ts) agree on: the caches' names, the file listing what the copy holds,
// and the header that marks the page's own downloads of the copy.

/** The list of the offline copy's files, written by the build (scripts/lib/site/offline.ts) at the site's root. */
export const COPY_MANIFEST = 'offline.json';

/**
 * On the page's downloads of the copy: the service worker lets them go to the network as the
 * page's own requests (so they are the page's, throttled and counted as the page's), and they
 * never come from a cache.
 */
export const COPY_HEADER = 'x-wq-offline-copy';

/** On each kept response: the file's revision (its content hash), to tell a changed file from a kept one. */
export const REVISION_HEADER = 'x-wq-revision';

/** Where the state of the copy is kept inside its cache (not a file of the site). */
export const STATE_KEY = '__wq-offline-state__';

/** Which browsers need a file: all, or only those with (or without) a capability. */
export type Need = 'wasm' | 'no-wasm' | 'layers' | 'no-layers';

export interface CopyEntry {
  /** The file's path under the site's base, as a page links it ("articles/art_8/", "_astro/x.css"). */
  url: string;
  /** Its content hash. */
  rev: string;
  bytes: number;
  /** Only for browsers that have (or lack) this: Pagefind's WebAssembly, CSS cascade layers. */
  need?: Need;
}

export interface CopyManifest {
  /** A hash of every entry: the copy is complete for this version or not. */
  version: string;
  /** The provision model's version the pages were built from. */
  model: string;
  entries: CopyEntry[];
}

export interface CopyState {
  version: string;
  complete: boolean;
  files: number;
  bytes: number;
  /** ISO time the copy was last completed. */
  completedAt?: string;
}

/** Cache names carry the scope: two handbooks under different paths of one server keep apart. */
export function cacheNames(scope: string): { copy: string; visited: string } {
  return { copy: `wq-handbook-copy ${scope}`, visited: `wq-handbook-visited ${scope}` };
}
