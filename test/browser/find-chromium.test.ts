import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, isHeadlessShell, NO_BROWSER_MESSAGE, requireChromium } from '../../scripts/lib/browser/find-chromium.ts';

let dir: string;
let fake: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'wq-browser-'));
  fake = path.join(dir, 'google-chrome');
  await writeFile(fake, '#!/bin/sh\n');
  await chmod(fake, 0o755);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('finding a browser', () => {
  it('honours PUPPETEER_EXECUTABLE_PATH before anything else', () => {
    expect(findChromium({ PUPPETEER_EXECUTABLE_PATH: fake, PATH: '' }, 'linux')).toEqual({ executablePath: fake, source: 'PUPPETEER_EXECUTABLE_PATH' });
  });

  it('refuses a PUPPETEER_EXECUTABLE_PATH that does not exist rather than picking another browser', () => {
    expect(() => findChromium({ PUPPETEER_EXECUTABLE_PATH: path.join(dir, 'missing') }, 'linux')).toThrow(/PUPPETEER_EXECUTABLE_PATH/);
  });

  it('finds a browser on the PATH when none is at the usual places', () => {
    expect(findChromium({ PATH: dir }, 'darwin')).toEqual({ executablePath: fake, source: 'PATH' });
  });

  it('prefers Chromium’s headless shell to the full browser on the same PATH', async () => {
    const both = await mkdtemp(path.join(os.tmpdir(), 'wq-browser-both-'));
    try {
      for (const name of ['chromium', 'chromium-headless-shell']) {
        await writeFile(path.join(both, name), '#!/bin/sh\n');
        await chmod(path.join(both, name), 0o755);
      }
      const found = findChromium({ PATH: both }, 'darwin');
      expect(found).toEqual({ executablePath: path.join(both, 'chromium-headless-shell'), source: 'PATH' });
      expect(isHeadlessShell(found!.executablePath)).toBe(true);
      expect(isHeadlessShell(path.join(both, 'chromium'))).toBe(false);
    } finally {
      await rm(both, { recursive: true, force: true });
    }
  });

  it('says what to install when there is none', () => {
    expect(findChromium({ PATH: '' }, 'darwin')).toBeUndefined();
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install -y chromium/);
    expect(NO_BROWSER_MESSAGE).toMatch(/PUPPETEER_EXECUTABLE_PATH/);
  });

  it('finds the Chromium this machine has: where setup installs the headless shell (root with apt), the shell', () => {
    const found = requireChromium();
    expect(found.executablePath).toMatch(/chrom|edge/i);
    const setupInstallsShell = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env['PUPPETEER_EXECUTABLE_PATH'];
    if (setupInstallsShell) expect(isHeadlessShell(found.executablePath), found.executablePath).toBe(true);
  });
});
