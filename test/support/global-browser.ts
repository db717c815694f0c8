/**
 * Global setup of the integration project: one Chromium and one static server of the built
 * handbook (dist/site) for every test file, started once instead of once per file. The test
 * files connect to the browser (test/support/browser.ts), each in a browser context of its own,
 * and reach the site by the URL provided here. The site is served by its own command
 * (npm run serve:site) in a process of its own: vitest's busy main process must not keep a
 * page waiting for its HTML.
 *
 * What cannot start is handed on as an error, not thrown here: the tests that need it fail with
 * it (in Chinese, saying what to run), and the tests that do not need it still run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/browser/launch.ts';
import { watchOver } from '../../scripts/lib/browser/reaper.ts';
import { ROOT_DIR } from '../../scripts/lib/root.ts';
import { readSiteInfo, type SiteBuildInfo } from '../../scripts/lib/site/site-info.ts';
import { SITE_DIR } from './site-dir.ts';

export type Provided<T> = ({ ok: true } & T) | { ok: false; error: string };

/** The built handbook, served: its directory, build note and addresses. */
export interface SharedSite {
  dir: string;
  info: SiteBuildInfo;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** origin + base: the home page. */
  url: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    browser: Provided<{ wsEndpoint: string }>;
    site: Provided<SharedSite>;
  }
}

/** The error's own words, for the maintainer reading the test output (ours are in Chinese). */
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Starts npm run serve:site on a free port; resolves with its address once it says it serves. */
function serveSite(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-site.ts', '--port', '0', '--dir', SITE_DIR], {
    cwd: ROOT_DIR,
    // A group of its own, which a watcher ends should this process be killed outright.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const url = /手册：(http:\/\/\S+?)（/.exec(stdout)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code) => reject(new Error(stderr.trim() || `npm run serve:site 退出（退出码 ${code}）`)));
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let launched: LaunchedBrowser | undefined;
  let server: ChildProcess | undefined;
  let reaper: { stop(): void } | undefined;
  // The browser and the server start at the same time: each takes a second or two, most of it
  // waiting, and no test file starts before both are up.
  await Promise.all([
    (async () => {
      try {
        // The pages of one test file (one browser context) share a renderer process instead of each
        // starting its own: the handbook is one site, and a file opens dozens of pages (some 15 % less
        // CPU for the handbook's tests). An officer's browser isolates each site the same way, and
        // nothing the tests check depends on which process a page of the same site is in.
        launched = await launchBrowser({ debuggingPort: true, args: ['--process-per-site'] });
        project.provide('browser', { ok: true, wsEndpoint: launched.wsEndpoint! });
      } catch (error) {
        project.provide('browser', { ok: false, error: messageOf(error) });
      }
    })(),
    (async () => {
      try {
        const info = await readSiteInfo(SITE_DIR);
        const served = await serveSite();
        server = served.child;
        reaper = watchOver({ groups: [server.pid!] });
        project.provide('site', { ok: true, dir: SITE_DIR, info, origin: new URL(served.url).origin, url: served.url });
      } catch (error) {
        project.provide('site', { ok: false, error: messageOf(error) });
      }
    })(),
  ]);
  return async () => {
    if (server && server.exitCode === null) {
      const gone = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await gone;
    }
    reaper?.stop();
    await launched?.close();
  };
}
