/**
 * npm run setup (the first step of npm run build): makes sure the machine has what
 * the PDFs and the tests need.
 *  - a Chromium-family browser (PDFs, handbook browser tests): required; with apt, Chromium's
 *    headless shell, which does both with a quarter to a third less CPU than the full browser;
 *  - for the tests (scripts/lib/build/system-tools.ts): poppler-utils, LibreOffice Writer and
 *    Calc, Carlito (the ledger tests print the workbook with Calc; Carlito has Calibri's
 *    metrics, which Excel measures column widths in) and a Chinese font.
 * On Debian/Ubuntu as root with apt, installs what is missing (only that); otherwise says what
 * to install. Exit 0 when the browser is there, 1 when the user must act. A test tool still
 * missing is said here and fails the tests that need it (they never pass or skip without it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, isHeadlessShell, NO_BROWSER_MESSAGE } from './lib/browser/find-chromium.ts';
import { installHint, SYSTEM_TOOLS } from './lib/build/system-tools.ts';

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
let updated = false;
/** Fetches the package lists, once per run. */
function aptUpdate(): boolean {
  if (!updated) updated = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv }).status === 0;
  return updated;
}
function aptInstall(packages: string[]): boolean {
  console.log(`正在用 apt-get 安装：${packages.join(' ')} …`);
  if (!aptUpdate()) return false;
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env: aptEnv }).status === 0;
}
/** Whether apt knows a package: as the lists are, then (a fresh machine has none yet) after fetching them. */
const aptKnows = (name: string) => {
  const known = () => spawnSync('apt-cache', ['show', name], { stdio: 'ignore' }).status === 0;
  return known() || (aptUpdate() && known());
};

let browser = findChromium();
// Chromium's headless shell renders the PDFs and runs the browser tests with a quarter to a third
// less CPU than the full browser (find-chromium.ts): installed beside a browser that is already
// there, too, unless PUPPETEER_EXECUTABLE_PATH names the browser to use.
if (canApt && !(browser && isHeadlessShell(browser.executablePath)) && !process.env['PUPPETEER_EXECUTABLE_PATH'] && aptKnows('chromium-headless-shell') && aptInstall(['chromium-headless-shell'])) browser = findChromium();
if (!browser && canApt && aptInstall(['chromium'])) browser = findChromium();
if (!browser) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
let version: string;
try {
  version = execFileSync(browser.executablePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  version = '无法读取版本';
}
console.log(`浏览器：${browser.executablePath}（${version}；来源：${browser.source}）`);

// The tests' tools, in one apt-get run for all that are missing.
let missing = SYSTEM_TOOLS.filter((tool) => !tool.present());
if (missing.length > 0 && canApt) {
  aptInstall(missing.flatMap((tool) => tool.packages));
  missing = missing.filter((tool) => !tool.present());
}
if (missing.length > 0) {
  console.warn(`注意：测试还需要以下软件，未安装时需要它们的测试将失败：\n${missing.map((tool) => `  - ${tool.label}`).join('\n')}\n${installHint(missing)}`);
}
