/**
 * The tests' side of the shared browser (global-browser.ts): connected once per test process,
 * and used by each test file in a browser context of its own, so that no file sees another's
 * cache, storage, service workers or permissions. Fails, with the setup's own words, when the
 * browser could not be started.
 */
import puppeteer, { type Browser, type BrowserContext } from 'puppeteer-core';
import { afterAll, beforeAll, inject } from 'vitest';

let connected: Promise<Browser> | undefined;
let users = 0;

/** The shared browser, connected. */
function sharedBrowser(): Promise<Browser> {
  const provided = inject('browser');
  if (!provided.ok) throw new Error(provided.error);
  return (connected ??= puppeteer.connect({ browserWSEndpoint: provided.wsEndpoint, defaultViewport: null, protocolTimeout: 120_000 }));
}

/** Registers hooks that hold the shared browser for this file (or suite), and let go of it after. */
export function useSharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    users++;
    browser = await sharedBrowser();
  });
  afterAll(async () => {
    if (--users === 0 && connected) {
      connected = undefined;
      await browser?.disconnect();
    }
  });
  return () => {
    if (!browser) throw new Error('共享浏览器尚未连接（只能在测试和 beforeAll 之后使用）');
    return browser;
  };
}

/** Registers hooks that open a browser context of this file's own (or suite's) before its tests, and close it after. */
export function useBrowserContext(): () => BrowserContext {
  const browser = useSharedBrowser();
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await browser().createBrowserContext();
  });
  afterAll(async () => {
    await context?.close();
  });
  return () => {
    if (!context) throw new Error('浏览器上下文尚未打开（只能在测试和 beforeAll 之后使用）');
    return context;
  };
}
