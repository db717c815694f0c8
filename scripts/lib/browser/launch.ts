/**
 * Launches the found browser headless with the flags this environment needs:
 * no sandbox as root, no background networking (closed networks refuse it), and a
 * fresh profile directory removed after close (not on 'disconnected': that races).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { requireChromium } from './find-chromium.ts';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

export interface LaunchedBrowser {
  browser: Browser;
  executablePath: string;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  const { executablePath } = requireChromium();
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'wq-chromium-'));
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    userDataDir,
    args: [...CHROMIUM_ARGS, ...(asRoot ? ['--no-sandbox'] : [])],
  });
  return {
    browser,
    executablePath,
    async close() {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
