/**
 * From bytes to a parsed document, or one clear issue saying why not: empty file, UTF-16 or
 * UTF-32 (with or without a byte order mark), bytes that are not UTF-8 (GBK is common on office
 * PCs here), JSON syntax errors with line and column (a raw tab or NUL inside a string among
 * them), a top level that is not an object, absurd nesting, keys that could reach an object's
 * prototype, a key written twice in one object, and values JSON.parse would silently change: a
 * number too large to represent (1e400 becomes Infinity), an integer past 2^53 (…993 becomes
 * …992), a lone surrogate (\ud800, which no text can hold). A UTF-8 byte order mark is accepted.
 */
import { findDuplicateKey, mayHaveDuplicateKeys } from './duplicate-keys.ts';
import { firstSyntaxFault, type SyntaxFault, type Token } from './json-syntax.ts';
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

const START = { line: 1, column: 1 };

/**
 * The UTF-16 or UTF-32 a file is in, by its byte order mark, or, without one, by the NUL bytes
 * every ASCII character of a JSON file then carries ("{" is 7B 00 in UTF-16 LE).
 */
function wideEncoding(bytes: Uint8Array): { code: 'utf16-encoding' | 'utf32-encoding'; bom: boolean } | undefined {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return { code: 'utf32-encoding', bom: true };
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return { code: 'utf16-encoding', bom: true };
  if (bytes.length < 4 || !bytes.subarray(0, 64).includes(0)) return undefined;
  const zeros = (from: number, step: number) => {
    let n = 0;
    for (let i = from; i < Math.min(bytes.length, 64); i += step) if (bytes[i] === 0) n++;
    return n;
  };
  const half = Math.floor(Math.min(bytes.length, 64) / 2);
  if (zeros(1, 4) + zeros(2, 4) + zeros(3, 4) >= (3 * half) / 2 - 1 || zeros(0, 4) + zeros(1, 4) + zeros(2, 4) >= (3 * half) / 2 - 1) {
    if (bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0) return { code: 'utf32-encoding', bom: false };
    if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0) return { code: 'utf32-encoding', bom: false };
  }
  if (zeros(1, 2) >= half - 1 || zeros(0, 2) >= half - 1) return { code: 'utf16-encoding', bom: false };
  return undefined;
}

function decode(bytes: Uint8Array): { text: string } | { issue: LocatedIssue } {
  if (bytes.length === 0) return { issue: fileIssue('empty-file', {}, START) };
  const wide = wideEncoding(bytes);
  if (wide) return { issue: fileIssue(wide.code, { bom: wide.bom }, START) };
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

const TOKENS: Record<Token, string> = {
  RBrace: '“}”', LBrace: '“{”', RBracket: '“]”', LBracket: '“[”', Comma: '“,”', Colon: '“:”',
  String: '字符串', Number: '数字', Literal: 'true、false 或 null',
};

/** Why the grammar broke, in Chinese with a hint at the usual cause. */
function faultDetail(fault: Exclude<SyntaxFault, { kind: 'too-deep' }>): string {
  switch (fault.kind) {
    case 'end':
      return '文件意外结束（缺少“}”“]”，或字符串的引号没有闭合？）';
    case 'word':
      return `无法识别“${fault.word}”（文字须用双引号括起；true、false、null 须小写）`;
    case 'token': {
      const hint =
        fault.afterComma && (fault.token === 'RBrace' || fault.token === 'RBracket')
          ? '（最后一项后面多了逗号？）'
          : fault.expected === 'next'
            ? '（上一项后面缺少逗号？）'
            : fault.expected === 'colon'
              ? '（键名后面缺少冒号？）'
              : fault.expected === 'value' || fault.expected === 'key'
                ? '（此处缺少一项？）'
                : '（文件在此之前已经结束，多出的内容请删去）';
      return `此处不应出现${TOKENS[fault.token]}${hint}`;
    }
    case 'character': {
      const c = fault.character;
      const hint =
        c === '/' || c === '#'
          ? '（JSON 不允许注释）'
          : c === "'"
            ? '（字符串须用双引号）'
            : fault.expected === 'key' && /[A-Za-z_$\p{Script=Han}]/u.test(c)
              ? '（键名须用双引号括起）'
              : /[，：“”‘’；、]/.test(c)
                ? '（误用了中文标点）'
                : '';
      return `此处出现了不允许的字符“${c}”${hint}`;
    }
  }
}

const CONTROL_NAMES: Record<number, string> = { 0: '空字符（NUL）', 9: '制表符', 10: '换行', 13: '回车' };

/** The first control character (U+0000–U+001F) written raw inside a string, which JSON forbids. */
function rawControlInString(text: string): { offset: number; code: number } | undefined {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!inString) {
      if (c === 0x22) inString = true;
    } else if (c === 0x5c) i++;
    else if (c === 0x22) inString = false;
    else if (c < 0x20) return { offset: i, code: c };
  }
  return undefined;
}

/** Why JSON.parse refused the text, and where (its own message is English and, in Node 20, has no position). */
function syntaxIssue(text: string): LocatedIssue {
  const control = rawControlInString(text);
  if (control) {
    const name = CONTROL_NAMES[control.code] ?? '控制字符';
    const hex = control.code.toString(16).toUpperCase().padStart(4, '0');
    return fileIssue('control-character', { character: `U+${hex}`, name }, positionOf(text, control.offset));
  }
  const found = firstSyntaxFault(text, MAX_DEPTH);
  if (!found) return fileIssue('malformed-json', { detail: '此处的内容无法解析' }, START);
  if (found.fault.kind === 'too-deep') return fileIssue('too-deep', { limit: MAX_DEPTH }, positionOf(text, found.offset));
  return fileIssue('malformed-json', { detail: faultDetail(found.fault) }, positionOf(text, found.offset));
}

/** Where nesting first passes MAX_DEPTH in text that is otherwise JSON. */
function tooDeep(text: string): LocatedIssue {
  const found = firstSyntaxFault(text, MAX_DEPTH);
  return fileIssue('too-deep', { limit: MAX_DEPTH }, found ? positionOf(text, found.offset) : START);
}

/** A number JSON.parse could not keep as written: too large (1e400 is Infinity), or an integer past 2^53. */
const changedNumber = (v: number) => !Number.isFinite(v) || (Number.isInteger(v) && !Number.isSafeInteger(v));

/**
 * Whether the nesting passes MAX_DEPTH or a key is forbidden, how many keys the document has
 * (see duplicate-keys.ts), and whether a number in it was changed by parsing. Runs on every
 * file, so it builds no paths; pointerToKey() and changedValue() find the place only once
 * something is wrong.
 */
function inspect(root: unknown): { problem?: 'too-deep' | 'forbidden-key'; keys: number; numberChanged: boolean } {
  const stack: unknown[] = [root];
  const depths: number[] = [1];
  let keys = 0;
  let numberChanged = false;
  while (stack.length) {
    const value = stack.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return { problem: 'too-deep', keys, numberChanged };
    if (Array.isArray(value)) {
      for (const v of value) {
        if (typeof v === 'number') numberChanged ||= changedNumber(v);
        else if (v !== null && typeof v === 'object') (stack.push(v), depths.push(depth + 1));
      }
      continue;
    }
    for (const key in value) {
      keys++;
      if (FORBIDDEN_KEYS.includes(key)) return { problem: 'forbidden-key', keys, numberChanged };
      const v = (value as Record<string, unknown>)[key];
      if (typeof v === 'number') numberChanged ||= changedNumber(v);
      else if (v !== null && typeof v === 'object') (stack.push(v), depths.push(depth + 1));
    }
  }
  return { keys, numberChanged };
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
  if (text.trim() === '') return { ok: false, text, issue: fileIssue('empty-file', {}, START) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, text, issue: error instanceof RangeError ? tooDeep(text) : syntaxIssue(text) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, text, issue: fileIssue('top-level-not-object', { actual: typeNameOf(data) }, positionOf(text, text.search(/\S/))) };
  }
  const { problem, keys, numberChanged } = inspect(data);
  if (problem === 'too-deep') {
    return { ok: false, text, issue: tooDeep(text) };
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
  const changed = numberChanged || mayHoldLoneSurrogate(text) ? changedValue(data) : undefined;
  if (changed) return { ok: false, text, issue: changed };
  return { ok: true, text, data: data as Record<string, unknown> };
}

/**
 * Whether the text could hold a lone surrogate: UTF-8 text cannot, so only an escape (\ud800)
 * can make one. Cheap, so the walk below runs only for such files (and for a changed number).
 */
const mayHoldLoneSurrogate = (text: string) => text.includes('\\u') && /\\u[dD][89a-fA-F]/.test(text);

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first value (depth first, in document order) JSON.parse could not keep as written. */
function changedValue(value: unknown, path = ''): LocatedIssue | undefined {
  if (typeof value === 'number') {
    if (!changedNumber(value)) return undefined;
    return { ...fileIssue(Number.isFinite(value) ? 'number-too-precise' : 'number-out-of-range', {}), path };
  }
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? { ...fileIssue('lone-surrogate', {}), path } : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, v] of Object.entries(value)) {
    const pointer = `${path}/${escapeSegment(key)}`;
    if (!Array.isArray(value) && LONE_SURROGATE.test(key)) return { ...fileIssue('lone-surrogate', {}), path: pointer, at: 'key' };
    const found = changedValue(v, pointer);
    if (found) return found;
  }
  return undefined;
}
