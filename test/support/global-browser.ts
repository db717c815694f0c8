/**
 * Global setup of the integration project: one Chromium and one static server of the built
 * handbook (dist/site) for every test file, started once instead of once per file. The test
 * files connect to the browser (test/support/browser.ts), each in a browser context of its own,
 * and reach the site by the URL provided here.
 *
 * What cannot start is handed on as an error, not thrown here: the tests that need it fail with
 * it (in Chinese, saying what to run), and the tests that do not need it still run.
 */
import type { TestProject } from 'vitest/node';
import { launchBrowser, type LaunchedBrowser } from '../../scripts/lib/browser/launch.ts';
import { readSiteInfo, type SiteBuildInfo } from '../../scripts/lib/site/site-info.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/site/static-server.ts';
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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let launched: LaunchedBrowser | undefined;
  let server: StaticServer | undefined;
  try {
    launched = await launchBrowser({ debuggingPort: true });
    project.provide('browser', { ok: true, wsEndpoint: launched.wsEndpoint! });
  } catch (error) {
    project.provide('browser', { ok: false, error: messageOf(error) });
  }
  try {
    const info = await readSiteInfo(SITE_DIR);
    server = await startStaticServer({ root: SITE_DIR, base: info.base });
    project.provide('site', { ok: true, dir: SITE_DIR, info, origin: server.origin, url: server.url });
  } catch (error) {
    project.provide('site', { ok: false, error: messageOf(error) });
  }
  return async () => {
    await server?.close();
    await launched?.close();
  };
}
