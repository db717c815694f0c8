/**
 * The fallback face for characters the body faces lack: 花园明朝 (HanaMinA for the BMP and
 * CJK Extension A, HanaMinB for Extension B and beyond), TrueType, licensed under the SIL Open
 * Font License 1.1 or the Hanazono Font License (GlyphWiki Project). It is Debian's
 * fonts-hanazono 20170904-2.1 (pinned by version and SHA-256), unpacked by npm run build:forms
 * into node_modules/.cache/wq-forms/hanazono/ without installing it system-wide (an installed
 * font would change what every other program on the machine falls back to). Where that is
 * not possible, an installed fonts-hanazono or WQ_FORMS_FALLBACK_DIR is used.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../root.ts';

export const FALLBACK = {
  name: '花园明朝 HanaMinA/HanaMinB',
  debianPackage: 'fonts-hanazono',
  version: '20170904-2.1',
  sha256: 'a6943366b4f5a6cec34221f8b4eb22555a628f0ee6ef4e3d3401cabe9363aeae',
  files: { a: 'HanaMinA.ttf', b: 'HanaMinB.ttf' },
  licence: 'SIL Open Font License 1.1 或 Hanazono Font License',
} as const;

const CACHE = path.join(ROOT_DIR, 'node_modules/.cache/wq-forms/hanazono');
const SYSTEM = '/usr/share/fonts/truetype/hanazono';

const complete = (dir: string) => existsSync(path.join(dir, FALLBACK.files.a)) && existsSync(path.join(dir, FALLBACK.files.b));

/** The directory holding both files, if there is one. */
export function fallbackFontDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env['WQ_FORMS_FALLBACK_DIR'], CACHE, SYSTEM].filter((d): d is string => Boolean(d));
  return candidates.find(complete);
}

/**
 * Unpacks the pinned Debian package into the cache (build:forms). Returns what it did, in
 * Chinese; never throws: without the face the forms still print and warn of what they lack.
 */
export function installFallbackFont(): string {
  const found = fallbackFontDir();
  if (found) return `备用字体：${FALLBACK.name}（${found}）`;
  const work = mkdtempSync(path.join(os.tmpdir(), 'wq-hanazono-'));
  try {
    const download = () => execFileSync('apt-get', ['download', `${FALLBACK.debianPackage}=${FALLBACK.version}`], { cwd: work, stdio: 'ignore', timeout: 300_000 });
    try {
      download();
    } catch (error) {
      // A fresh machine may have no package lists yet: fetch them once (as root) and try again.
      if (process.getuid?.() !== 0) throw error;
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', timeout: 300_000 });
      download();
    }
    const deb = path.join(work, `${FALLBACK.debianPackage}_${FALLBACK.version}_all.deb`);
    const digest = createHash('sha256').update(readFileSync(deb)).digest('hex');
    if (digest !== FALLBACK.sha256) return `备用字体未安装：下载的 ${FALLBACK.debianPackage} 校验值不符（${digest.slice(0, 16)}…）`;
    execFileSync('dpkg-deb', ['-x', deb, path.join(work, 'x')], { stdio: 'ignore' });
    mkdirSync(CACHE, { recursive: true });
    for (const file of Object.values(FALLBACK.files)) copyFileSync(path.join(work, 'x', SYSTEM.slice(1), file), path.join(CACHE, file));
    return `备用字体：${FALLBACK.name}，已从 Debian 软件包 ${FALLBACK.debianPackage} ${FALLBACK.version} 解出到 ${path.relative(ROOT_DIR, CACHE)}`;
  } catch {
    return `备用字体未安装（需要 Debian/Ubuntu 的 apt-get 和 dpkg-deb）：扩展 B 区等生僻字将无字可印，生成时会逐字提示。可安装 ${FALLBACK.debianPackage}，或设置 WQ_FORMS_FALLBACK_DIR 为含 ${FALLBACK.files.a}、${FALLBACK.files.b} 的目录`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
