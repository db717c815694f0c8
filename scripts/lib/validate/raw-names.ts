/**
 * File names that are not UTF-8. A folder unpacked from a zip made on a Chinese Windows PC holds
 * names in GBK: read as UTF-8 they become U+FFFD, a name no file has, and the file was reported
 * as missing. Such a name is shown decoded as GB 18030 (GBK's superset) and opened by its bytes.
 */
import path from 'node:path';
import { hasUnsafe } from '../cli/printable.ts';

/** Shown path → the bytes that open it. */
const raw = new Map<string, Buffer>();

const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** A name's bytes as text: UTF-8 when they are, else GB 18030, else with \xNN for each byte that is neither. */
function nameText(bytes: Buffer): string {
  const utf8 = bytes.toString('utf8');
  if (Buffer.from(utf8).equals(bytes)) return utf8;
  try {
    const text = gb18030.decode(bytes);
    if (text && !text.includes('\uFFFD') && !hasUnsafe(text)) return text;
  } catch {
    // not GB 18030 either
  }
  return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase()}`)).join('');
}

/** The entry `name` (bytes) of the folder shown as `dir` and opened as `dirBytes`: how it is shown, and registered to be opened. */
export function entryPath(dir: string, dirBytes: Buffer, name: Buffer): { shown: string; bytes: Buffer } {
  const bytes = Buffer.concat([dirBytes, Buffer.from(path.sep), name]);
  const shown = path.join(dir, nameText(name));
  if (!Buffer.from(shown).equals(bytes)) raw.set(shown, bytes);
  return { shown, bytes };
}

/** What opens the file shown as `file`: its bytes when its name is not UTF-8, else the path itself. */
export function openable(file: string): string | Buffer {
  return raw.get(file) ?? file;
}
