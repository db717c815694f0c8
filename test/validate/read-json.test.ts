import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createValidator, errorsOf } from '../../scripts/lib/validate/index.ts';
import { MAX_DEPTH, readJsonDocument } from '../../scripts/lib/validate/read-json.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const issueOf = (input: Uint8Array) => {
  const r = readJsonDocument(input);
  if (r.ok) throw new Error('expected the file to be refused');
  // The tests read whichever code's arguments they expect.
  return r.issue as typeof r.issue & { args: Record<string, unknown> };
};

describe('reading a case file: every bad input gets one clear issue with its place', () => {
  it('reads a plain UTF-8 object', () => {
    const r = readJsonDocument(bytes('{"id": "呼公维〔2026〕7号"}'));
    expect(r).toMatchObject({ ok: true, data: { id: '呼公维〔2026〕7号' } });
  });

  it('accepts a UTF-8 byte order mark and drops it', () => {
    const r = readJsonDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('{"a": 1}')]));
    expect(r).toMatchObject({ ok: true, data: { a: 1 } });
    expect(r.ok && r.text.startsWith('{')).toBe(true);
  });

  it('says a GBK file is not UTF-8, where, and that it is probably GBK', () => {
    const gbk = new Uint8Array([...bytes('{\n  "id": "'), 0xba, 0xf4, 0xb9, 0xab, ...bytes('"\n}')]); // “呼公” in GBK
    expect(issueOf(gbk)).toMatchObject({ code: 'not-utf8', line: 2, column: 10, args: { likelyGbk: true, line: 2, column: 10 } });
  });

  it('says bytes that are neither UTF-8 nor GBK are not UTF-8, without guessing', () => {
    expect(issueOf(new Uint8Array([0x7b, 0xff, 0x7d]))).toMatchObject({ code: 'not-utf8', args: { likelyGbk: false } });
  });

  it('recognises UTF-16 by its byte order mark', () => {
    expect(issueOf(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]))).toMatchObject({ code: 'utf16-encoding', line: 1, column: 1 });
  });

  it.each([['', 'an empty file'], [' \n\t\n', 'a file of blanks']])('refuses %j (%s) as empty', (text) => {
    expect(issueOf(bytes(text))).toMatchObject({ code: 'empty-file', line: 1, column: 1 });
  });

  it('gives the line and column of a syntax error, with the usual cause', () => {
    const issue = issueOf(bytes('{\n  "a": 1,\n}'));
    expect(issue).toMatchObject({ code: 'malformed-json', line: 3, column: 1 });
    expect(issue.args.detail).toContain('多了逗号');
  });

  it.each([
    ['{"a": 1 "b": 2}', '缺少逗号'],
    ["{'a': 1}", '双引号'],
    ['{a: 1}', '键名须用双引号'],
    ['{"a": 1', '意外结束'],
    ['{"a": tru}', 'true、false、null'],
    ['{"a"：1}', '中文标点'],
  ])('explains the syntax error in %s in Chinese (%s)', (text, hint) => {
    expect(String(issueOf(bytes(text)).args.detail)).toContain(hint);
  });

  it.each([
    ['[]', '数组'],
    ['"案件"', '字符串'],
    ['42', '数字'],
    ['null', 'null'],
  ])('refuses a top level of %s: a case is an object', (text, actual) => {
    expect(issueOf(bytes(text))).toMatchObject({ code: 'top-level-not-object', args: { actual } });
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels, at the place it gets too deep`, () => {
    const text = `{"a": ${'['.repeat(100)}${']'.repeat(100)}}`;
    expect(issueOf(bytes(text))).toMatchObject({ code: 'too-deep', line: 1, column: 6 + MAX_DEPTH });
  });

  it('survives absurd nesting that would overflow a recursive parser', () => {
    const n = 200_000;
    expect(issueOf(bytes(`${'['.repeat(n)}${']'.repeat(n)}`)).code).toBe('top-level-not-object');
    expect(issueOf(bytes(`{"a": ${'['.repeat(n)}${']'.repeat(n)}}`)).code).toBe('too-deep');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s, pointing at it', (key) => {
    const issue = issueOf(bytes(`{"victims": [{"name": "x", "${key}": {"polluted": true}}]}`));
    expect(issue).toMatchObject({ code: 'forbidden-key', path: `/victims/0/${key}`, args: { key }, at: 'key' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('allows those words as values, where they do no harm', () => {
    expect(readJsonDocument(bytes('{"note": "__proto__ constructor"}')).ok).toBe(true);
  });
});

describe('a key written twice in one object: JSON.parse would keep the last without a word', () => {
  it('refuses it at the second occurrence and names the first', () => {
    const text = '{\n  "officer": {\n    "onDuty": true,\n    "role": "民警",\n    "onDuty": false\n  }\n}';
    expect(issueOf(bytes(text))).toMatchObject({
      code: 'duplicate-key', path: '/officer/onDuty', line: 5, column: 5, args: { key: 'onDuty', firstLine: 3, firstColumn: 5 },
    });
  });

  it('finds it inside an array of objects, and counts an escaped key as the key it spells', () => {
    expect(issueOf(bytes('{"victims": [{"name": "甲"}, {"name": "乙", "kind": "近亲属", "\\u006eame": "丙"}]}'))).toMatchObject({
      code: 'duplicate-key', path: '/victims/1/name',
    });
  });

  it.each([
    ['{"a" : 1, "b": 2, "a" : 3}'],
    ['{"a" : 1, "a": 2}'],
    ['{"a"\n:\t1,\r\n"a":2}'],
    ['{"at": "10:30", "a": 1, "a": 2}'],
    ['{"note": "他说\\":了", "a": 1, "a": 2}'],
  ])('finds it though a key is spaced out before its colon: %j', (text) => {
    expect(issueOf(bytes(text))).toMatchObject({ code: 'duplicate-key', path: '/a' });
  });

  it.each([
    ['the same key in different objects', '{"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 3}, {"x": 4}]}'],
    ['a string value holding the characters of a key', '{"note": "他说\\":了", "summary": "\\"x\\": 1", "x": 1}'],
  ])('accepts %s', (_what, text) => {
    expect(readJsonDocument(bytes(text)).ok).toBe(true);
  });
});

describe('reading from disk: the fast UTF-8 read never hides bad bytes', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wq-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const minimal = readFileSync('test/fixtures/cases/valid/minimal.json');
  const fileOf = (name: string, content: Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };
  const codes = async (file: string) => errorsOf((await createValidator({ asOf: '2026-11-28' })).validateFile(file)).map((e) => [e.code, e.line, e.column]);

  it('takes a file holding U+FFFD itself, in valid UTF-8, as the text it is', async () => {
    const text = minimal.toString('utf8').replace('新城区某小区', '新城区\uFFFD小区');
    expect(text).toContain('\uFFFD');
    expect(await codes(fileOf('replacement-char.json', bytes(text)))).toEqual([]);
  });

  it('still finds GBK bytes, with their place, though the fast read would have replaced them', async () => {
    const gbk = new Uint8Array([...bytes('{\n  "id": "'), 0xba, 0xf4, 0xb9, 0xab, ...bytes('"\n}')]);
    expect(await codes(fileOf('gbk.json', gbk))).toEqual([['not-utf8', 2, 10]]);
  });

  it('reads a file with a byte order mark as the same file without one', async () => {
    const withBom = await codes(fileOf('bom.json', new Uint8Array([0xef, 0xbb, 0xbf, ...minimal])));
    expect(withBom).toEqual(await codes(fileOf('no-bom.json', minimal)));
  });
});
