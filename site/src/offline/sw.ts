// The handbook's service worker (built into <base>sw.js by scripts/lib/site/offline.ts). It keeps
// nothing itself at install, so it is active at once even on one bar of signal; the page fills the
// offline copy (../scripts/offline-copy.ts: the files officers need, a few at a time, with progress,
// resumed on the next visit). This worker answers from what is kept:
//   - the offline copy first, then what was opened before (the sample PDFs and images, pages that
//     are not in the copy: kept when opened, before the page is given them);
//   - a page asked for without its slash (/articles/art_27) as the page (/articles/art_27/);
//   - with no network, an address the handbook does not keep: its own 404 page, with status 404.
// The page's own downloads of the copy (COPY_HEADER) pass to the network untouched.
import { cacheNames, COPY_HEADER, COPY_MANIFEST } from './shared.ts';

// Typed here rather than with the webworker lib, which clashes with the DOM lib of the page code.
interface FetchEvent extends Event {
  request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  registration: { scope: string };
  location: Location;
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

const scope = worker.registration.scope;
const names = cacheNames(scope);

worker.addEventListener('install', (event) => {
  event.waitUntil(worker.skipWaiting());
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // The workbox precache of earlier builds (everything, fetched one file at a time): replaced by the copy.
      for (const name of await caches.keys()) if (name.startsWith('wq-handbook-') && name.endsWith(`-precache-v2-${scope}`)) await caches.delete(name);
      await worker.clients.claim();
    })(),
  );
});

/** The key a file is kept under: no query (Pagefind adds ?ts=…), index.html as its directory. */
function keyOf(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/index\.html$/, '/')}`;
}

/** A path whose last part has no extension may be a page asked for without its slash. */
const mayBePage = (key: string) => !key.endsWith('/') && !/\.[a-z0-9]+$/i.test(key.slice(key.lastIndexOf('/') + 1));

async function kept(key: string): Promise<Response | undefined> {
  for (const name of [names.copy, names.visited]) {
    const cache = await caches.open(name);
    const hit = (await cache.match(key)) ?? (mayBePage(key) ? await cache.match(`${key}/`) : undefined);
    if (hit) return hit;
  }
  return undefined;
}

async function notFound(): Promise<Response> {
  const page = await kept(`${scope}404.html`);
  if (!page) return Response.error();
  return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
}

async function answer(request: Request, url: URL): Promise<Response> {
  const key = keyOf(url);
  // The copy's list: always asked of the network first, so a new build is seen.
  if (key !== `${scope}${COPY_MANIFEST}`) {
    const hit = await kept(key);
    if (hit) return hit;
  }
  try {
    const response = await fetch(request);
    // Opened once, kept: a sample PDF or image, a page that is not in the copy. (Only whole, plain
    // answers.) Kept before it is answered, inside respondWith: the browser may stop a worker whose
    // events have settled, so a write left running after the answer can be lost — and whatever a
    // page has been given is then already there when the signal goes.
    if (response.status === 200 && response.type === 'basic' && !response.headers.get('content-range')) {
      await caches
        .open(names.visited)
        .then((cache) => cache.put(key, response.clone()))
        .catch(() => undefined);
    }
    return response;
  } catch (error) {
    if (request.mode === 'navigate') return notFound();
    const hit = await kept(key);
    if (hit) return hit;
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has(COPY_HEADER)) return;
  const url = new URL(request.url);
  if (!url.href.startsWith(scope)) return;
  event.respondWith(answer(request, url));
});
