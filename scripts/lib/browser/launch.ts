/**
 * Launches the found browser headless with the flags this environment needs: no sandbox as
 * root, no background networking (closed networks refuse it), a fresh profile directory
 * removed after close, and the DevTools protocol over a pipe instead of a socket, so that the
 * browser quits when this process dies however it dies. The process is started here (not by
 * puppeteer) so that one that does not start, or does not answer within LAUNCH_TIMEOUT, is
 * ended and reported in Chinese; no profile is left behind either way. The wait is 20 s, or
 * WQ_BROWSER_LAUNCH_TIMEOUT seconds (a slow machine may need more; the tests of a hanging browser
 * need less).
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import puppeteer, { type Browser } from 'puppeteer-core';
import { isHeadlessShell, requireChromium } from './find-chromium.ts';
import { PipeTransport } from './pipe.ts';
import { watchOver } from './reaper.ts';

const CHROMIUM_ARGS = [
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

/** How long a browser may take to start and answer, ms (a real one needs 1–3 s here). */
const LAUNCH_TIMEOUT = 20_000;

/** The wait for a browser to answer: WQ_BROWSER_LAUNCH_TIMEOUT (seconds) when it is a positive number. */
function launchTimeout(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env['WQ_BROWSER_LAUNCH_TIMEOUT']);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : LAUNCH_TIMEOUT;
}

export interface LaunchOptions {
  /**
   * Also listen for DevTools clients on a free local port (wsEndpoint), so that other processes
   * can connect: the tests' one browser, shared by every test file.
   */
  debuggingPort?: boolean;
  /** More Chromium flags, after this module's own. */
  args?: readonly string[];
}

export interface LaunchedBrowser {
  browser: Browser;
  executablePath: string;
  /** The browser's main process. */
  pid: number | undefined;
  /** ws://127.0.0.1:PORT/devtools/browser/ID, when launched with debuggingPort. */
  wsEndpoint?: string;
  /** Closes the browser and removes its profile directory. */
  close(): Promise<void>;
}

const isDirectory = (file: string) => {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
};

/** A pause that does not keep the process alive. */
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** Ends the browser's process group (it runs detached, in a group of its own). */
function end(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** The endpoint Chromium wrote into its profile once it listened on --remote-debugging-port=0. */
async function devToolsEndpoint(userDataDir: string): Promise<string> {
  const [port, browserPath] = (await readFile(path.join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
  return `ws://127.0.0.1:${port}${browserPath}`;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const { executablePath } = requireChromium();
  if (isDirectory(executablePath)) throw new Error(`浏览器路径是一个目录，不是可执行文件：${executablePath}`);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), `wq-chromium-${process.pid}-`));
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const args = [
    ...puppeteer.defaultArgs({ headless: isHeadlessShell(executablePath) ? 'shell' : true, userDataDir, args: [...CHROMIUM_ARGS, ...(asRoot ? ['--no-sandbox'] : [])] }),
    '--remote-debugging-pipe',
    ...(options.debuggingPort ? ['--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0'] : []),
    ...(options.args ?? []),
  ];
  const child = spawn(executablePath, args, { detached: process.platform !== 'win32', stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  // If this process is killed outright, a watcher ends the browser's group and removes the profile.
  const reaper = watchOver({ ...(pid ? { groups: [pid] } : {}), dirs: [userDataDir] });
  const exited = new Promise<never>((_, reject) => {
    child.once('error', () => reject(new Error(`浏览器未能启动：${executablePath}。请确认这是 Chromium、Chrome 或 Edge 的可执行文件，或设置 PUPPETEER_EXECUTABLE_PATH。`)));
    child.once('exit', (code, signal) =>
      reject(new Error(`浏览器未能启动（${signal ? `被信号 ${signal} 结束` : `退出码 ${code}`}）：${executablePath}。请确认这是 Chromium、Chrome 或 Edge 的可执行文件，或设置 PUPPETEER_EXECUTABLE_PATH。`)),
    );
  });
  exited.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const limit = launchTimeout();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`浏览器在 ${limit / 1000} 秒内没有响应，已结束它：${executablePath}`)), limit);
  });
  let browser: Browser;
  let wsEndpoint: string | undefined;
  try {
    const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
    browser = await Promise.race([puppeteer.connect({ transport, defaultViewport: null, protocolTimeout: 120_000 }), exited, timeout]);
    // Chromium writes the port before it answers on the pipe.
    if (options.debuggingPort) wsEndpoint = await devToolsEndpoint(userDataDir);
  } catch (error) {
    end(pid);
    await rm(userDataDir, { recursive: true, force: true });
    reaper.stop();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  let closed: Promise<void> | undefined;
  return {
    browser,
    executablePath,
    pid,
    ...(wsEndpoint ? { wsEndpoint } : {}),
    close() {
      closed ??= (async () => {
        const gone = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));
        await Promise.race([browser.close().catch(() => undefined), wait(5000)]);
        await Promise.race([gone, wait(3000)]);
        end(pid);
        await rm(userDataDir, { recursive: true, force: true });
        reaper.stop();
      })();
      return closed;
    },
  };
}
