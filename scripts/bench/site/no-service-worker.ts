/**
 * Keeps a page from registering the handbook's service worker (site/src/scripts/offline.ts): once
 * registered, it fetches the whole handbook in the background and then serves every page from its
 * cache, so what the benchmark and the browser tests measure of the network would be the cache's.
 * What the worker keeps is measured on its own (the build's offline note, test/site/offline.test.ts).
 */
import type { Page } from 'puppeteer-core';

export async function withoutServiceWorker(page: Page): Promise<Page> {
  await page.setBypassServiceWorker(true);
  await page.evaluateOnNewDocument(() => {
    // A registration that never settles: the page goes on as if the browser had not answered yet.
    // (Not defined outside secure contexts, such as the blank page a new tab opens with.)
    if (typeof ServiceWorkerContainer !== 'undefined') ServiceWorkerContainer.prototype.register = () => new Promise(() => {});
  });
  return page;
}
