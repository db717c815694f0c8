import { describe, expect, it } from 'vitest';
import { JSON_HEAD, jsonFile, jsonTail } from '../../scripts/lib/validate/report/json.ts';
import { exitCodeOf, summarize } from '../../scripts/lib/validate/report/summary.ts';
import type { Diagnostic, FileResult } from '../../scripts/lib/validate/index.ts';

const diag = (code: string, severity: 'error' | 'finding', extra: Partial<Diagnostic> = {}): Diagnostic => ({
  code, severity, message: `消息 ${code}`, path: '/a', article: 'art_8__para_1', args: { x: 1 }, citation: '第八条', handbook: 'h', ...extra,
});
const file = (name: string, errors: Diagnostic[], findings: Diagnostic[] = [], unreadable = false): FileResult => ({
  file: name, kind: 'case', valid: errors.length === 0, errors, findings, ...(unreadable ? { unreadable } : {}),
});

function streamed(results: FileResult[]): string {
  return JSON_HEAD + results.map((r, i) => jsonFile(r, i === 0)).join('') + jsonTail(summarize(results), results.length > 0);
}

describe('the json report, written file by file', () => {
  const results = [
    file('a.json', [diag('schema-type', 'error', { line: 3, column: 5 })], [diag('applicability', 'finding')]),
    file('b.json', [], [diag('departments-to-involve', 'finding')]),
    file('missing.json', [diag('unreadable', 'error', { article: null, citation: null, handbook: null })], [], true),
  ];

  it('is one JSON document, each file’s entry on a line of its own', () => {
    const text = streamed(results);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(results.length + 3); // head, one line per file, tail, summary
    results.forEach((r, i) => expect(JSON.parse(lines[i + 1]!.replace(/,$/, '')).file).toBe(r.file));
    const expected = {
      files: [
        { file: 'a.json', valid: false, errors: [{ code: 'schema-type', message: '消息 schema-type', path: '/a', line: 3, column: 5, article: 'art_8__para_1' }], findings: [{ code: 'applicability', message: '消息 applicability', article: 'art_8__para_1' }] },
        { file: 'b.json', valid: true, errors: [], findings: [{ code: 'departments-to-involve', message: '消息 departments-to-involve', article: 'art_8__para_1' }] },
        { file: 'missing.json', valid: false, errors: [{ code: 'unreadable', message: '消息 unreadable', path: '/a', line: null, column: null, article: null }], findings: [] },
      ],
      summary: { files: 3, valid: 1, invalid: 2 },
    };
    expect(JSON.parse(text)).toEqual(expected);
  });

  it('is still a valid document for an empty batch', () => {
    expect(JSON.parse(streamed([]))).toEqual({ files: [], summary: { files: 0, valid: 0, invalid: 0 } });
  });

  it('exits 2 when a path was unreadable, else 1 when a file is invalid, else 0', () => {
    expect(exitCodeOf(summarize(results))).toBe(2);
    expect(exitCodeOf(summarize(results.slice(0, 2)))).toBe(1);
    expect(exitCodeOf(summarize(results.slice(1, 2)))).toBe(0);
  });
});
