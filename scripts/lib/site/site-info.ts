/**
 * A note the build leaves in the site directory (a dotfile: the static server never
 * serves it) saying how the site was built, so the preview server, the tests and the
 * benchmark serve it under the same base path.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const BUILD_INFO_FILE = '.handbook-build.json';

export interface SiteBuildInfo {
  base: string;
  modelVersion: string;
  pages: number;
  /** What the offline copy holds (offline.json): its version, files and bytes; the same for Chromium 83. */
  offline?: { version: string; files: number; bytes: number; legacy: { files: number; bytes: number } };
}

export class MissingSiteError extends Error {}

/** The build note of a built site; a clear error (in Chinese) when there is no build. */
export async function readSiteInfo(siteDir: string): Promise<SiteBuildInfo> {
  const file = path.join(siteDir, BUILD_INFO_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new MissingSiteError(
      `找不到已构建的手册：${path.relative(process.cwd(), siteDir) || siteDir} 中没有 ${BUILD_INFO_FILE}。` +
        '请先运行 npm run build（或 npm run build:site）构建手册。',
    );
  }
  return JSON.parse(text) as SiteBuildInfo;
}
