/**
 * The first visit on a slow network, measured the way Chrome DevTools throttles it
 * (Network.emulateNetworkConditions, with DevTools' own Fast 3G and Slow 3G profiles), on the
 * page and on the handbook's service worker alike: how long until the page has loaded, the bytes
 * it took, and how long until the offline copy is complete (the page says so: the root element's
 * data-offline becomes "ready"), with the bytes and files the copy fetched. Used by
 * npm run bench:site (timed) and by test/site/offline.test.ts (not timed: only that it completes).
 */
import { PredefinedNetworkConditions, type Browser, type NetworkConditions, type Page, type Target } from 'puppeteer-core';
import type { StaticServer } from '../../lib/site/static-server.ts';

export type NetworkProfile = 'Fast 3G' | 'Slow 3G';

export interface SlowVisit {
  profile: NetworkProfile;
  /** Seconds from navigation to the load event. */
  loadSeconds: number;
  /** Bytes the server sent until the load event. */
  loadBytes: number;
  /** Seconds from navigation until the page said the offline copy is complete (null: not within the limit). */
  readySeconds: number | null;
  /** Bytes and requests the server answered until then. */
  bytes: number;
  requests: number;
  /** What the footer said at the end. */
  status: string;
  /** Whether the progress bar was seen while the copy filled. */
  sawProgress: boolean;
}

async function throttle(target: Target, conditions: NetworkConditions): Promise<void> {
  const session = await target.createCDPSession();
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: conditions.latency,
    downloadThroughput: conditions.download,
    uploadThroughput: conditions.upload,
  });
}

/**
 * Opens the home page in a fresh browser context under the profile and waits (up to `limitSeconds`)
 * for the offline copy to complete. The service worker is throttled too, as soon as it starts.
 */
export async function slowFirstVisit(browser: Browser, server: StaticServer, profile: NetworkProfile, limitSeconds = 600): Promise<SlowVisit> {
  const conditions = PredefinedNetworkConditions[profile];
  const context = await browser.createBrowserContext();
  const onTarget = (target: Target) => {
    if (target.type() === 'service_worker' && target.browserContext() === context) void throttle(target, conditions).catch(() => undefined);
  };
  browser.on('targetcreated', onTarget);
  let page: Page | undefined;
  try {
    page = await context.newPage();
    await page.emulateNetworkConditions(conditions);
    server.requests.length = 0;
    const started = performance.now();
    await page.goto(server.url, { waitUntil: 'load', timeout: limitSeconds * 1000 });
    const loadSeconds = (performance.now() - started) / 1000;
    const loadBytes = server.requests.reduce((sum, r) => sum + r.bytes, 0);
    let readySeconds: number | null = null;
    let sawProgress = false;
    // Short polls: one long wait would outlast the DevTools protocol's own timeout.
    while ((performance.now() - started) / 1000 < limitSeconds) {
      const [state, bar] = await page.evaluate(() => [document.documentElement.dataset['offline'] ?? '', Boolean(document.querySelector('.offline-progress progress'))] as const);
      sawProgress ||= bar;
      if (state === 'ready') {
        readySeconds = (performance.now() - started) / 1000;
        break;
      }
      if (state === 'unavailable') break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const status = await page.$eval('.offline-status', (p) => p.textContent ?? '').catch(() => '');
    return { profile, loadSeconds, loadBytes, readySeconds, bytes: server.requests.reduce((sum, r) => sum + r.bytes, 0), requests: server.requests.length, status, sawProgress };
  } finally {
    browser.off('targetcreated', onTarget);
    await page?.close().catch(() => undefined);
    await context.close().catch(() => undefined);
  }
}
