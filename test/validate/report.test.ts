import { describe, expect, it } from 'vitest';
import type { Describer, FileResult, LocatedIssue } from '../../scripts/lib/validate/index.ts';
import { JSON_HEAD, jsonFile, jsonTail } from '../../scripts/lib/validate/format/json.ts';
import { exitCodeOf, summarize } from '../../scripts/lib/validate/format/summary.ts';

const issue = (code: string, severity: 'error' | 'finding', extra: Partial<LocatedIssue> = {}): LocatedIssue =>
  ({ code, severity, path: '/a', articles: ['art_8__para_1', 'art_8__item_1'], args: {}, ...extra }) as LocatedIssue;
const file = (name: string, issues: LocatedIssue[], unreadable = false): FileResult => ({
  file: name, kind: 'case', valid: !issues.some((i) => i.severity === 'error'), issues, duties: [], ...(unreadable ? { unreadable } : {}),
});
/** Words that show the report takes them from the describer, not from the issue. */
const describe_: Describer = {
  issue: (i) => ({ message: `消息 ${i.code}`, citation: i.articles.length ? '第八条' : null, handbook: null }),
  duty: (d) => ({ message: `职责 ${d.duty}`, citation: null, handbook: null }),
};

function streamed(results: FileResult[]): string {
  return JSON_HEAD + results.map((r, i) => jsonFile(r, describe_, i === 0)).join('') + jsonTail(summarize(results), results.length > 0);
}

describe('the json report, written file by file', () => {
  const results = [
    file('a.json', [issue('schema-type', 'error', { line: 3, column: 5 }), issue('applicability', 'finding')]),
    file('b.json', [issue('departments-to-involve', 'finding')]),
    file('missing.json', [issue('unreadable', 'error', { articles: [], path: '' })], true),
  ];

  it('is one JSON document, each file’s entry on a line of its own, citing every provision an issue rests on', () => {
    const text = streamed(results);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(results.length + 3); // head, one line per file, tail, summary
    results.forEach((r, i) => expect(JSON.parse(lines[i + 1]!.replace(/,$/, '')).file).toBe(r.file));
    const both = ['art_8__para_1', 'art_8__item_1'];
    const expected = {
      files: [
        {
          file: 'a.json',
          valid: false,
          errors: [{ code: 'schema-type', message: '消息 schema-type', path: '/a', line: 3, column: 5, article: 'art_8__para_1', articles: both }],
          findings: [{ code: 'applicability', message: '消息 applicability', article: 'art_8__para_1', articles: both }],
          duties: [],
        },
        { file: 'b.json', valid: true, errors: [], findings: [{ code: 'departments-to-involve', message: '消息 departments-to-involve', article: 'art_8__para_1', articles: both }], duties: [] },
        { file: 'missing.json', valid: false, errors: [{ code: 'unreadable', message: '消息 unreadable', path: '', line: null, column: null, article: null, articles: [] }], findings: [], duties: [] },
      ],
      summary: { files: 3, valid: 1, invalid: 2, duties: { pending: 0, overdue: 0, verify: 0 } },
    };
    expect(JSON.parse(text)).toEqual(expected);
  });

  it('is still a valid document for an empty batch', () => {
    expect(JSON.parse(streamed([]))).toEqual({ files: [], summary: { files: 0, valid: 0, invalid: 0, duties: { pending: 0, overdue: 0, verify: 0 } } });
  });

  it('exits 2 when a path was unreadable, else 1 when a file is invalid, else 0', () => {
    expect(exitCodeOf(summarize(results))).toBe(2);
    expect(exitCodeOf(summarize(results.slice(0, 2)))).toBe(1);
    expect(exitCodeOf(summarize(results.slice(1, 2)))).toBe(0);
  });
});
