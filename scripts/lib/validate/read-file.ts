/**
 * A file's bytes and text, or why they were not read. A file is opened without blocking and
 * looked at first: a FIFO would wait forever for a writer, /dev/zero never ends, and a file of
 * many MB costs memory a batch cannot spare; those are refused, each with its own issue.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, type Stats } from 'node:fs';
import { fileIssue, type LocatedIssue } from './issues.ts';
import { readJsonDocument, readJsonText, type ReadResult } from './read-json.ts';
import { openable } from './raw-names.ts';

/** Case files are a few KB; a file past this is refused before it is read (--max-size). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type FileRead = { bytes: Buffer; text: string } | { errno: string } | { refused: LocatedIssue };

function kindOfNode(stats: Stats): string {
  if (stats.isFIFO()) return '命名管道（FIFO）';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return '设备文件';
  if (stats.isSocket()) return '套接字';
  return stats.isDirectory() ? '目录' : '特殊文件';
}

/**
 * The whole file, in one read when it is the size fstat gave: readFileSync would stat it again
 * and read once more to find the end. Asking for one byte more than the size tells a file that
 * grew since (rare: then it is read to its end).
 */
function readWhole(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size + 1);
  const read = readSync(fd, buffer, 0, size + 1, 0);
  return read <= size ? buffer.subarray(0, read) : readFileSync(fd);
}

/** The file's bytes, and its text as Node's fast UTF-8 read gives it (see parseFile). */
export function readFile(file: string, maxBytes: number): FileRead {
  let fd: number | undefined;
  try {
    fd = openSync(openable(file), constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { refused: fileIssue('not-a-file', { kind: kindOfNode(stats) }) };
    if (stats.size > maxBytes) return { refused: fileIssue('file-too-large', { size: stats.size, limit: maxBytes }) };
    const bytes = readWhole(fd, stats.size);
    return { bytes, text: bytes.toString('utf8') };
  } catch (error) {
    return { errno: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The document a file read holds. Reading as UTF-8 is one call into Node's C++ and much the
 * cheapest way in; but it turns bytes that are not UTF-8 into U+FFFD without a word. A file
 * holding U+FFFD (rare: bad bytes, or that very character) is decoded again strictly from its
 * bytes, which tells the two apart and says where, and whether it looks like GBK; so is one
 * holding NUL: valid UTF-8, but no JSON text holds one raw, and UTF-16 and UTF-32 do.
 */
export function parseFile({ bytes, text }: { bytes: Buffer; text: string }): ReadResult {
  return text.includes('\uFFFD') || text.includes('\u0000') ? readJsonDocument(bytes) : readJsonText(text);
}
