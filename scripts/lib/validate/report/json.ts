/**
 * --format json: one JSON document, in the shape issue 3 fixes for scripts and CI:
 * { files: [ { file, valid, errors: [ { code, message, path, line, column, article } ],
 *   findings: [ { code, message, article } ] } ], summary: { files, valid, invalid } }.
 * line and column are 1-based, null when a file could not be read at all.
 */
import type { FileResult } from '../validator.ts';
import { summarize } from './summary.ts';

export function jsonReport(results: readonly FileResult[]): string {
  const s = summarize(results);
  const report = {
    files: results.map((r) => ({
      file: r.file,
      valid: r.valid,
      errors: r.errors.map((e) => ({ code: e.code, message: e.message, path: e.path, line: e.line ?? null, column: e.column ?? null, article: e.article })),
      findings: r.findings.map((f) => ({ code: f.code, message: f.message, article: f.article })),
    })),
    summary: { files: s.files, valid: s.valid, invalid: s.invalid },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
