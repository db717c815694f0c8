/**
 * From bytes to a parsed document, or one clear issue saying why not: empty file, UTF-16,
 * bytes that are not UTF-8 (GBK is common on office PCs here), JSON syntax errors with line and
 * column, a top level that is not an object, absurd nesting, keys that could reach an
 * object's prototype, and a key written twice in one object. A UTF-8 byte order mark is accepted.
 */
import { parse as parseWithPositions } from '@humanwhocodes/momoa';
import { findDuplicateKey, mayHaveDuplicateKeys } from './duplicate-keys.ts';
import { escapeSegment } from './pointer.ts';
import { fileIssue, type LocatedIssue } from './issues.ts';
import { typeNameOf } from './schema-errors.ts';

/** Case files are a few levels deep; anything past this is not a case and could exhaust the stack. */
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

export type ReadResult = { ok: true; text: string; data: Record<string, unknown> } | { ok: false; issue: LocatedIssue; text?: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Line and column (1-based, in characters) of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Offset of the first byte that breaks UTF-8, by the rules of RFC 3629. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    try {
      utf8.decode(bytes.subarray(i, i + length)); // overlong and surrogate forms
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

function decode(bytes: Uint8Array): { text: string } | { issue: LocatedIssue } {
  if (bytes.length === 0) return { issue: fileIssue('empty-file', {}, { line: 1, column: 1 }) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { issue: fileIssue('utf16-encoding', {}, { line: 1, column: 1 }) };
  }
  try {
    return { text: utf8.decode(bytes) }; // drops a leading BOM
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    let likelyGbk = false;
    try {
      new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      likelyGbk = true;
    } catch {
      // neither UTF-8 nor GB18030: say only that it is not UTF-8
    }
    const at = positionOf(before, before.length);
    return { issue: fileIssue('not-utf8', { ...at, likelyGbk }, at) };
  }
}

const TOKENS: Record<string, string> = {
  RBrace: '“}”', LBrace: '“{”', RBracket: '“]”', LBracket: '“[”', Comma: '“,”', Colon: '“:”',
  String: '字符串', Number: '数字', Boolean: '布尔值', Null: 'null',
};

/** momoa's English syntax message, in Chinese with a hint at the usual cause. */
function syntaxDetail(message: string): string {
  const token = /^Unexpected token (\w+)/.exec(message);
  if (token) {
    const name = TOKENS[token[1]!] ?? token[1];
    const hint = token[1] === 'RBrace' || token[1] === 'RBracket' ? '（最后一项后面多了逗号？）' : token[1] === 'String' ? '（上一项后面缺少逗号？）' : '';
    return `此处不应出现${name}${hint}`;
  }
  const character = /^Unexpected character '(.+)'/.exec(message);
  if (character) {
    const c = character[1]!;
    const hint = c === '/' ? '（JSON 不允许注释）' : c === "'" ? '（字符串须用双引号）' : /[A-Za-z_]/.test(c) ? '（键名须用双引号括起）' : /[，：“”]/.test(c) ? '（误用了中文标点）' : '';
    return `此处出现了不允许的字符“${c}”${hint}`;
  }
  const identifier = /^Unexpected identifier '(.+)'/.exec(message);
  if (identifier) return `无法识别“${identifier[1]}”（文字须用双引号括起；true、false、null 须小写）`;
  if (/end of input/.test(message)) return '文件意外结束（缺少“}”“]”，或字符串的引号没有闭合？）';
  return message;
}

function syntaxIssue(text: string, error: unknown): LocatedIssue {
  try {
    parseWithPositions(text);
  } catch (e) {
    const { line, column, message } = e as { line?: number; column?: number; message: string };
    if (typeof line === 'number' && typeof column === 'number') {
      return fileIssue('malformed-json', { detail: syntaxDetail(message.replace(/ \(\d+:\d+\)$/, '')) }, { line, column });
    }
  }
  return fileIssue('malformed-json', { detail: (error as Error).message }, { line: 1, column: 1 });
}

/** Offset where nesting first passes `limit`, scanning the text (momoa would overflow on it). */
function deepOffset(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > limit) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return 0;
}

/**
 * Whether the nesting passes MAX_DEPTH or a key is forbidden, and how many keys the document
 * has (see duplicate-keys.ts). Runs on every file, so it builds no paths; pointerToKey() finds
 * the place only once something is wrong.
 */
function inspect(root: unknown): { problem?: 'too-deep' | 'forbidden-key'; keys: number } {
  const stack: unknown[] = [root];
  const depths: number[] = [1];
  let keys = 0;
  while (stack.length) {
    const value = stack.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return { problem: 'too-deep', keys };
    if (Array.isArray(value)) {
      for (const v of value) if (v !== null && typeof v === 'object') (stack.push(v), depths.push(depth + 1));
      continue;
    }
    for (const key in value) {
      keys++;
      if (FORBIDDEN_KEYS.includes(key)) return { problem: 'forbidden-key', keys };
      const v = (value as Record<string, unknown>)[key];
      if (v !== null && typeof v === 'object') (stack.push(v), depths.push(depth + 1));
    }
  }
  return { keys };
}

/** The JSON pointer of the first forbidden key, depth first in document order. */
function pointerToKey(value: unknown, path = '', depth = 1): { key: string; path: string } | undefined {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return undefined;
  for (const [key, v] of Object.entries(value)) {
    const pointer = `${path}/${escapeSegment(key)}`;
    if (!Array.isArray(value) && FORBIDDEN_KEYS.includes(key)) return { key, path: pointer };
    const found = pointerToKey(v, pointer, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** From bytes: decoded strictly as UTF-8 (a BOM is dropped), then as readJsonText. */
export function readJsonDocument(bytes: Uint8Array): ReadResult {
  const decoded = decode(bytes);
  if ('issue' in decoded) return { ok: false, issue: decoded.issue };
  return readJsonText(decoded.text);
}

/**
 * From text already decoded (a leading BOM is dropped here too). The caller vouches for the
 * decoding: Node's fast UTF-8 read turns bad bytes into U+FFFD, so text holding U+FFFD must come
 * through readJsonDocument instead, which can tell the two apart.
 */
export function readJsonText(source: string): ReadResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.trim() === '') return { ok: false, text, issue: fileIssue('empty-file', {}, { line: 1, column: 1 }) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, text, issue: fileIssue('too-deep', { limit: MAX_DEPTH }, positionOf(text, deepOffset(text, MAX_DEPTH))) };
    return { ok: false, text, issue: syntaxIssue(text, error) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, text, issue: fileIssue('top-level-not-object', { actual: typeNameOf(data) }, positionOf(text, text.search(/\S/))) };
  }
  const { problem, keys } = inspect(data);
  if (problem === 'too-deep') {
    return { ok: false, text, issue: fileIssue('too-deep', { limit: MAX_DEPTH }, positionOf(text, deepOffset(text, MAX_DEPTH))) };
  }
  if (problem === 'forbidden-key') {
    const found = pointerToKey(data)!;
    return { ok: false, text, issue: { ...fileIssue('forbidden-key', { key: found.key }), path: found.path, at: 'key' } };
  }
  const duplicate = mayHaveDuplicateKeys(text, keys) ? findDuplicateKey(text) : undefined;
  if (duplicate) {
    const first = positionOf(text, duplicate.first);
    const issue = fileIssue('duplicate-key', { key: duplicate.key, firstLine: first.line, firstColumn: first.column }, positionOf(text, duplicate.second));
    return { ok: false, text, issue: { ...issue, path: duplicate.path } };
  }
  return { ok: true, text, data: data as Record<string, unknown> };
}
