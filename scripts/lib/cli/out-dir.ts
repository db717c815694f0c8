/**
 * --out, checked before anything is rendered: a directory this process can write in, made if
 * it is missing. A run that would render for a minute and then fail to write anything says so
 * at once, in Chinese.
 */
import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { reasonOf } from './errors.ts';

/** undefined when --out is ready; else why not. */
export async function prepareOutDir(dir: string, shown: string): Promise<string | undefined> {
  const existing = await stat(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : error));
  if (existing instanceof Error) return `输出目录（--out）无法使用：${shown}（${reasonOf(existing)}）`;
  if (existing && !existing.isDirectory()) return `输出目录（--out）已存在但不是目录：${shown}`;
  if (!existing) {
    try {
      await mkdir(dir, { recursive: true });
    } catch (error) {
      return `无法创建输出目录（--out）：${shown}（${reasonOf(error)}）`;
    }
  }
  try {
    await access(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    return `输出目录（--out）不可写入：${shown}（${reasonOf(error)}）`;
  }
  return undefined;
}
