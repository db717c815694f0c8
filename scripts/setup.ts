/**
 * npm run setup (the first step of npm run build): makes sure the machine has what
 * the PDFs and the browser tests need. Finds a Chromium; on Debian/Ubuntu as root
 * with apt, installs the chromium package; otherwise says what to install.
 * Exit 0 when a browser is there, 1 when the user must act.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, NO_BROWSER_MESSAGE } from './lib/browser/find-chromium.ts';

function canApt(): boolean {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return root && process.platform === 'linux' && existsSync('/usr/bin/apt-get');
}

function aptInstall(packages: string[]): boolean {
  console.log(`正在用 apt-get 安装：${packages.join(' ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  return install.status === 0;
}

let browser = findChromium();
if (!browser && canApt()) {
  if (aptInstall(['chromium'])) browser = findChromium();
}
if (!browser) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
let version = '';
try {
  version = execFileSync(browser.executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  version = '（无法读取版本）';
}
console.log(`浏览器：${browser.executablePath}（${version}，来源：${browser.source}）`);
