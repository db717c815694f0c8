import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, NO_BROWSER_MESSAGE, requireChromium } from '../../scripts/lib/browser/find-chromium.ts';

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

  it('says what to install when there is none', () => {
    expect(findChromium({ PATH: '' }, 'darwin')).toBeUndefined();
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install -y chromium/);
    expect(NO_BROWSER_MESSAGE).toMatch(/PUPPETEER_EXECUTABLE_PATH/);
  });

  it('finds the Chromium this machine has (CI installs Debian chromium)', () => {
    const found = requireChromium();
    expect(found.executablePath).toMatch(/chrom|edge/i);
  });
});
