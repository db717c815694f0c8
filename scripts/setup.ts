/**
 * npm run setup (the first step of npm run build): makes sure the machine has what
 * the PDFs and the tests need.
 *  - a Chromium-family browser (PDFs, handbook browser tests): required;
 *  - poppler-utils (pdffonts, pdftotext: the PDF tests inspect the output): for tests;
 *  - LibreOffice Calc and Carlito (the ledger tests print the workbook with Calc; Carlito has
 *    Calibri's metrics, which Excel measures column widths in): for tests.
 * On Debian/Ubuntu as root with apt, installs what is missing; otherwise says what
 * to install. Exit 0 when the browser is there, 1 when the user must act.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, NO_BROWSER_MESSAGE } from './lib/browser/find-chromium.ts';

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

let updated = false;
function aptInstall(packages: string[]): boolean {
  console.log(`正在用 apt-get 安装：${packages.join(' ')} …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated && spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status !== 0) return false;
  updated = true;
  return spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env }).status === 0;
}

let browser = findChromium();
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

if (!onPath('pdffonts') && !(canApt && aptInstall(['poppler-utils']) && onPath('pdffonts'))) {
  console.warn('提示：未安装 poppler-utils（pdffonts、pdftotext），PDF 相关测试将无法运行。Debian/Ubuntu：sudo apt-get install -y poppler-utils');
}

/** Whether a Debian package is installed (false where there is no dpkg). */
function debInstalled(pkg: string): boolean {
  return spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout.includes('install ok installed');
}

const hasCalc = () => debInstalled('libreoffice-calc-nogui') || debInstalled('libreoffice-calc');
const hasCarlito = () => spawnSync('fc-list', ['Carlito', 'family'], { encoding: 'utf8' }).stdout.trim() !== '';
const officeMissing = [...(hasCalc() ? [] : ['libreoffice-calc-nogui']), ...(hasCarlito() ? [] : ['fonts-crosextra-carlito'])];
if (officeMissing.length > 0 && !(canApt && aptInstall(officeMissing) && hasCalc() && hasCarlito())) {
  console.warn(`提示：未安装 ${officeMissing.join('、')}，台账（XLSX）的打印测试将无法运行。Debian/Ubuntu：sudo apt-get install -y ${officeMissing.join(' ')}`);
}
