/**
 * The fallback face for characters the body faces lack: 花园明朝 (HanaMinA for the BMP and
 * CJK Extension A, HanaMinB for Extension B and beyond), TrueType, licensed under the SIL Open
 * Font License 1.1 or the Hanazono Font License (GlyphWiki Project). It is Debian's
 * fonts-hanazono 20170904-2.1 (pinned by version and SHA-256), unpacked by npm run build:forms
 * into node_modules/.cache/wq-forms/hanazono/ without installing it system-wide (an installed
 * font would change what every other program on the machine falls back to). Where that is
 * not possible, an installed fonts-hanazono or WQ_FORMS_FALLBACK_DIR is used.
 *
 * The forms' own check boxes ☐☑☒ are in no body face either, only in HanaMinA: build:forms cuts
 * them into a face of their own (a few KB), so that a form with a check box does not load the
 * whole 22 MB face into the page — which took about half of a one-case run.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import subsetFont from 'subset-font';
import { ROOT_DIR } from '../root.ts';

export const FALLBACK = {
  name: '花园明朝 HanaMinA/HanaMinB',
  debianPackage: 'fonts-hanazono',
  version: '20170904-2.1',
  sha256: 'a6943366b4f5a6cec34221f8b4eb22555a628f0ee6ef4e3d3401cabe9363aeae',
  files: { a: 'HanaMinA.ttf', b: 'HanaMinB.ttf' },
  licence: 'SIL Open Font License 1.1 或 Hanazono Font License',
} as const;

/** The check boxes (☐☑☒), cut from HanaMinA into a face of their own. */
export const FALLBACK_MARKS = { file: 'HanaMinA-marks.ttf', text: '☐☑☒', range: 'U+2610-2612' } as const;

const CACHE = path.join(ROOT_DIR, 'node_modules/.cache/wq-forms/hanazono');
const MARKS_CACHE = path.join(ROOT_DIR, 'node_modules/.cache/wq-forms/fallback-marks');
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

/** The directory holding the check boxes' face, if build:forms has cut it. */
export function fallbackMarksDir(): string | undefined {
  return existsSync(path.join(MARKS_CACHE, FALLBACK_MARKS.file)) ? MARKS_CACHE : undefined;
}

/**
 * Cuts the check boxes from the fallback face found (build:forms, after installFallbackFont):
 * again each build, so that they always come from the face the forms use. Never throws: without
 * the cut face the boxes are printed from the whole one, as before.
 */
export async function cutFallbackMarks(): Promise<string> {
  const dir = fallbackFontDir();
  if (!dir) return '';
  try {
    const face = await subsetFont(readFileSync(path.join(dir, FALLBACK.files.a)), FALLBACK_MARKS.text, { targetFormat: 'truetype' });
    mkdirSync(MARKS_CACHE, { recursive: true });
    await writeFile(path.join(MARKS_CACHE, FALLBACK_MARKS.file), face);
    return `复选框字形（${FALLBACK_MARKS.text}）：已从 ${FALLBACK.files.a} 切出到 ${path.relative(ROOT_DIR, MARKS_CACHE)}（${face.length} 字节）`;
  } catch {
    return `复选框字形未能切出：仍用整个 ${FALLBACK.files.a} 印复选框（较慢）`;
  }
}
