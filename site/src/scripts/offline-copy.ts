// Fills the handbook's offline copy from the page: the files listed in offline.json (the pages and
// search officers need without a network: scripts/lib/site/offline.ts chooses them), those that
// apply to this browser, a few at a time, each kept with its revision. What is already kept at the
// right revision is not fetched again, so a copy cut short (the tab closed, the signal lost) goes
// on where it stopped on the next visit, and a new build fetches only the files that changed.
// The service worker (../offline/sw.ts) answers from this cache.
import { cacheNames, COPY_HEADER, COPY_MANIFEST, REVISION_HEADER, STATE_KEY, type CopyEntry, type CopyManifest, type CopyState, type Need } from '../offline/shared.ts';
import { hasCascadeLayers, hasPagefindWasm } from '../search/capabilities.ts';

export interface CopyProgress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
}

export type CopyOutcome =
  | { kind: 'complete'; state: CopyState; fetched: number; changed: boolean }
  | { kind: 'partial'; progress: CopyProgress; failed: number }
  | { kind: 'offline'; state?: CopyState };

/** Downloads at once: enough to hide the latency of a slow network, leaving connections for the reader. */
const PARALLEL = 4;

function applies(need: Need | undefined): boolean {
  switch (need) {
    case 'wasm':
      return hasPagefindWasm();
    case 'no-wasm':
      return !hasPagefindWasm();
    case 'layers':
      return hasCascadeLayers();
    case 'no-layers':
      return !hasCascadeLayers();
    default:
      return true;
  }
}

/** The state kept beside the copy (whether it is complete, for which version). */
export async function readCopyState(scope: string): Promise<CopyState | undefined> {
  const cache = await caches.open(cacheNames(scope).copy);
  const kept = await cache.match(`${scope}${STATE_KEY}`);
  return kept ? ((await kept.json()) as CopyState) : undefined;
}

async function writeState(cache: Cache, scope: string, state: CopyState): Promise<void> {
  await cache.put(`${scope}${STATE_KEY}`, new Response(JSON.stringify(state), { headers: { 'content-type': 'application/json' } }));
}

async function fetchManifest(scope: string): Promise<CopyManifest | undefined> {
  try {
    const response = await fetch(`${scope}${COPY_MANIFEST}`, { headers: { [COPY_HEADER]: '1' }, cache: 'no-cache' });
    return response.ok ? ((await response.json()) as CopyManifest) : undefined;
  } catch {
    return undefined;
  }
}

/** Fetches one file of the copy and keeps it with its revision; false when it could not. */
async function keep(cache: Cache, scope: string, entry: CopyEntry): Promise<boolean> {
  try {
    const response = await fetch(`${scope}${entry.url}`, { headers: { [COPY_HEADER]: '1' }, cache: 'no-cache' });
    if (response.status !== 200) return false;
    const headers = new Headers(response.headers);
    headers.set(REVISION_HEADER, entry.rev);
    // A new response: never "redirected", so the worker may answer a navigation with it.
    await cache.put(`${scope}${entry.url}`, new Response(await response.blob(), { status: 200, statusText: 'OK', headers }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Brings the copy up to the server's current list; reports progress as files arrive. Resolves with
 * what it achieved: complete, partial (some files failed: the next visit goes on), or offline (the
 * list could not be fetched: the copy is as it was).
 */
export async function fillCopy(scope: string, onProgress: (progress: CopyProgress) => void): Promise<CopyOutcome> {
  const manifest = await fetchManifest(scope);
  const cache = await caches.open(cacheNames(scope).copy);
  const before = await readCopyState(scope);
  if (!manifest) return { kind: 'offline', ...(before ? { state: before } : {}) };
  const entries = manifest.entries.filter((e) => applies(e.need));
  const totalFiles = entries.length;
  const totalBytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  if (before?.version === manifest.version && before.complete) return { kind: 'complete', state: before, fetched: 0, changed: false };

  const keptRevisions = new Map<string, string | null>();
  for (const request of await cache.keys()) keptRevisions.set(request.url, (await cache.match(request))?.headers.get(REVISION_HEADER) ?? null);
  const missing = entries.filter((e) => keptRevisions.get(`${scope}${e.url}`) !== e.rev);
  const progress: CopyProgress = { files: totalFiles - missing.length, totalFiles, bytes: totalBytes - missing.reduce((s, e) => s + e.bytes, 0), totalBytes };
  onProgress({ ...progress });

  let failed = 0;
  const queue = [...missing];
  await Promise.all(
    Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        if (await keep(cache, scope, entry)) {
          progress.files++;
          progress.bytes += entry.bytes;
          onProgress({ ...progress });
        } else failed++;
      }
    }),
  );
  if (failed) return { kind: 'partial', progress, failed };

  // Complete: files no longer listed (an earlier build's) go.
  const listed = new Set([...manifest.entries.map((e) => `${scope}${e.url}`), `${scope}${STATE_KEY}`]);
  for (const url of keptRevisions.keys()) if (!listed.has(url)) await cache.delete(url);
  const state: CopyState = { version: manifest.version, complete: true, files: totalFiles, bytes: totalBytes, completedAt: new Date().toISOString() };
  await writeState(cache, scope, state);
  // Pages the reader may be looking at changed when an earlier complete copy was of another build.
  const changed = Boolean(before?.complete) && missing.some((e) => e.url === '' || e.url.endsWith('/'));
  return { kind: 'complete', state, fetched: missing.length, changed };
}
