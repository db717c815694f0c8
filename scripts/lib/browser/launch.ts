/**
 * Launches the found browser headless with the flags this environment needs: no sandbox as
 * root, no background networking (closed networks refuse it), a fresh profile directory
 * removed after close (not on 'disconnected': that races), and a pipe instead of a socket
 * for the DevTools protocol, so that the browser quits when this process dies however it
 * dies. A browser that does not start, or does not answer within LAUNCH_TIMEOUT, is ended
 * and reported in Chinese; no profile is left behind either way.
 */
import { statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { requireChromium } from './find-chromium.ts';
import { watchOver } from './reaper.ts';

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

/** How long a browser may take to start and answer (a real one needs 1–3 s here). */
const LAUNCH_TIMEOUT = 20_000;

export interface LaunchedBrowser {
  browser: Browser;
  executablePath: string;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

/** Why a launch failed, in Chinese (puppeteer's messages are English and name its own troubleshooting page). */
function launchError(executablePath: string, error: unknown): Error {
  const message = (error as Error)?.message ?? '';
  if (/Timed out|timeout/i.test(message)) return new Error(`浏览器在 ${LAUNCH_TIMEOUT / 1000} 秒内没有响应，已结束它：${executablePath}`);
  const code = /exit code[: ]+(\d+)|code: (\d+)/i.exec(message);
  const exit = code ? `（退出码 ${code[1] ?? code[2]}）` : '';
  return new Error(`浏览器未能启动${exit}：${executablePath}。请确认这是 Chromium、Chrome 或 Edge 的可执行文件，或设置 PUPPETEER_EXECUTABLE_PATH。`);
}

export async function launchBrowser(): Promise<LaunchedBrowser> {
  const { executablePath } = requireChromium();
  const isDir = (() => {
    try {
      return statSync(executablePath).isDirectory();
    } catch {
      return false;
    }
  })();
  if (isDir) throw new Error(`浏览器路径是一个目录，不是可执行文件：${executablePath}`);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), `wq-chromium-${process.pid}-`));
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let browser: Browser;
  const guard = watchOver({ dirs: [userDataDir] });
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      userDataDir,
      timeout: LAUNCH_TIMEOUT,
      protocolTimeout: 120_000,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      args: [...CHROMIUM_ARGS, ...(asRoot ? ['--no-sandbox'] : [])],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    guard.stop();
    throw launchError(executablePath, error);
  }
  const pid = browser.process()?.pid;
  // The browser runs in a process group of its own (puppeteer starts it detached): end the group if this process is killed.
  const reaper = watchOver({ ...(pid ? { groups: [pid] } : {}), dirs: [userDataDir] });
  guard.stop();
  let closed: Promise<void> | undefined;
  return {
    browser,
    executablePath,
    close() {
      closed ??= (async () => {
        await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
        await rm(userDataDir, { recursive: true, force: true });
        reaper.stop();
      })();
      return closed;
    },
  };
}
