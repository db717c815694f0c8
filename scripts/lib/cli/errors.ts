/**
 * The system's errors in the clerk's words: a file system or the browser says EACCES or
 * "Target closed"; the commands and the validator say what happened, in Chinese. The one
 * table of them: reading a case file and writing a document word the same code the same way.
 */
const CODES: Record<string, string> = {
  EACCES: '没有权限',
  EPERM: '没有权限',
  EEXIST: '已有同名文件',
  ENOTDIR: '路径中有一部分不是目录',
  EISDIR: '这是一个目录',
  ENOENT: '文件或目录不存在',
  ENXIO: '设备或地址不存在（如套接字文件、已拔出的设备）',
  ENODEV: '设备不存在',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已用完',
  EFBIG: '文件过大',
  EROFS: '文件系统是只读的',
  ENAMETOOLONG: '文件名或路径过长',
  EILSEQ: '文件名中有无法识别的字符（编码可能是 GBK 而不是 UTF-8；可改以文件所在目录为参数，或给文件改名）',
  EMFILE: '打开的文件过多',
  ENFILE: '打开的文件过多',
  ELOOP: '符号链接循环',
  EIO: '读写出错（磁盘或设备故障）',
  EBUSY: '文件正被占用',
  ETXTBSY: '文件正被占用',
  EAGAIN: '资源暂时不可用，请稍后重试',
  EXDEV: '不能跨文件系统移动文件',
  EINVAL: '文件系统不支持此操作',
  ENOTSUP: '文件系统不支持此操作',
  EOPNOTSUPP: '文件系统不支持此操作',
  ENOSYS: '文件系统不支持此操作',
  ENOTEMPTY: '目录不是空的',
  ESTALE: '网络共享上的文件已失效，请重新连接后再试',
  ETIMEDOUT: '操作超时（网络共享没有响应）',
  ECONNRESET: '连接中断（网络共享断开）',
  EHOSTUNREACH: '连接不到网络共享所在的主机',
  ENETUNREACH: '网络不通',
};

/** The same codes, said of reading a file (the validator) or of writing one (--out). */
const ON: Record<'read' | 'write', Record<string, string>> = {
  read: { EACCES: '没有读取权限', EPERM: '没有读取权限', EIO: '读取出错（磁盘或设备故障）' },
  write: { EACCES: '没有写入权限', EPERM: '没有写入权限', EIO: '写入出错（磁盘或设备故障）' },
};

/** The Chinese words for a system error code (ENOENT), or the code itself behind a generic phrase. */
export function reasonOfCode(code: string, doing?: 'read' | 'write'): string {
  return (doing && ON[doing][code]) ?? CODES[code] ?? `系统错误（${code}）`;
}

/** A Chinese reason for an error: its system code's words, a message already in Chinese, or a generic one. */
export function reasonOf(error: unknown, doing?: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && /^E[A-Z]+$/.test(code)) return reasonOfCode(code, doing);
  // A dependency missing from node_modules (an install older than the code): the fix is to install.
  if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') return '本工具依赖的程序包不完整或版本不符，请在项目目录运行 npm ci 重新安装后再试';
  const message = error instanceof Error ? error.message : String(error);
  // A message already in Chinese (ours) is passed on; anything else is not shown raw.
  return /[\u4e00-\u9fff]/u.test(message) ? message : '发生意外错误';
}

/** Technical detail for a maintainer, only when WQ_DEBUG (or the older WQ_FORMS_DEBUG) is set. */
export function debugDetail(error: unknown): string {
  return process.env['WQ_DEBUG'] || process.env['WQ_FORMS_DEBUG'] ? `\n  ${(error as Error)?.stack ?? String(error)}` : '';
}
