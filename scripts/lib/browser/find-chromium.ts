/**
 * Finds a Chromium-family browser for the PDFs and the handbook's browser tests:
 * PUPPETEER_EXECUTABLE_PATH first, then the usual install paths on Linux, Windows
 * and macOS (office PCs have Chrome or Edge), then the PATH. Puppeteer's own
 * download is not used: it needs a host this project's machines cannot reach.
 *
 * Chromium's headless shell comes first where it is installed (Debian's
 * chromium-headless-shell): the same Blink and V8 as the browser of the same version, without
 * the browser's windows and services: starting it and printing one document takes less than half
 * the CPU, and pages and PDFs in a running one a quarter to a third less, on this project's
 * 2-core machines (docs/benchmarks.md).
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

export interface FoundBrowser {
  executablePath: string;
  /** How it was found, for messages. */
  source: 'PUPPETEER_EXECUTABLE_PATH' | 'known path' | 'PATH';
}

const LINUX = [
  // The binary itself, not /usr/bin's shell wrapper around it: one process fewer per launch.
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
];
const MAC = [
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
function windowsPaths(env: NodeJS.ProcessEnv): string[] {
  const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter(Boolean) as string[];
  return roots.flatMap((root) => [
    path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
  ]);
}
const PATH_NAMES = ['chromium-headless-shell', 'chrome-headless-shell', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'chrome', 'msedge'];

export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): FoundBrowser | undefined {
  const configured = env['PUPPETEER_EXECUTABLE_PATH'];
  if (configured) {
    // An explicit setting is never silently replaced by another browser.
    if (!isExecutable(configured)) throw new Error(`PUPPETEER_EXECUTABLE_PATH 指向的浏览器不存在或不可执行：${configured}`);
    return { executablePath: configured, source: 'PUPPETEER_EXECUTABLE_PATH' };
  }
  const known = platform === 'win32' ? windowsPaths(env) : platform === 'darwin' ? MAC : LINUX;
  for (const candidate of known) {
    if (isExecutable(candidate)) return { executablePath: candidate, source: 'known path' };
  }
  const exts = platform === 'win32' ? ['.exe'] : [''];
  for (const dir of (env['PATH'] ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of PATH_NAMES) {
      for (const ext of exts) {
        const candidate = path.join(dir, name + ext);
        if (isExecutable(candidate)) return { executablePath: candidate, source: 'PATH' };
      }
    }
  }
  return undefined;
}

/** What to tell a user who has no browser, in Chinese. */
export const NO_BROWSER_MESSAGE = [
  '未找到 Chromium、Chrome 或 Edge 浏览器，无法生成 PDF 或运行浏览器测试。',
  '请任选其一：',
  '  · Debian/Ubuntu：sudo apt-get install -y chromium-headless-shell（或 chromium；再运行 npm run setup）',
  '  · Windows/macOS：安装 Google Chrome 或 Microsoft Edge',
  '  · 已有浏览器但不在常见位置：设置环境变量 PUPPETEER_EXECUTABLE_PATH=浏览器可执行文件的完整路径',
].join('\n');

/** Whether a found browser is Chromium's headless shell (launched with plain --headless). */
export const isHeadlessShell = (executablePath: string): boolean => /-headless-shell(\.exe)?$/i.test(path.basename(executablePath));

/** The browser, or an error whose message says what to install. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const found = findChromium(env);
  if (!found) throw new Error(NO_BROWSER_MESSAGE);
  return found;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
