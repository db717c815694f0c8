/**
 * The system's errors in the clerk's words: a file system or the browser says EACCES or
 * "Target closed"; the command says what happened and what to do, in Chinese.
 */
const CODES: Record<string, string> = {
  EACCES: '没有权限',
  EPERM: '没有权限',
  EEXIST: '已有同名文件',
  ENOTDIR: '路径中有一部分不是目录',
  EISDIR: '这是一个目录',
  ENOENT: '文件或目录不存在',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已用完',
  EROFS: '文件系统是只读的',
  ENAMETOOLONG: '文件名过长',
  EMFILE: '打开的文件过多',
  ENFILE: '打开的文件过多',
  ELOOP: '符号链接循环',
  EIO: '读写出错',
  EBUSY: '文件正被占用',
  EXDEV: '不能跨文件系统移动文件',
};

/** A Chinese reason for a system error (its code), or a generic one. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && CODES[code]) return CODES[code];
  const message = error instanceof Error ? error.message : String(error);
  // A message already in Chinese (ours) is passed on; anything else is not shown raw.
  return /[\u4e00-\u9fff]/u.test(message) ? message : `发生意外错误${code ? `（${code}）` : ''}`;
}

/** Technical detail for a maintainer, only when WQ_FORMS_DEBUG is set. */
export function debugDetail(error: unknown): string {
  return process.env['WQ_FORMS_DEBUG'] ? `\n  ${(error as Error)?.stack ?? String(error)}` : '';
}
