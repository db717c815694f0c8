import type { FileResult } from '../validator.ts';

export interface Summary {
  files: number;
  valid: number;
  invalid: number;
  errors: number;
  findings: number;
  unreadable: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  return {
    files: results.length,
    valid: results.filter((r) => r.valid).length,
    invalid: results.filter((r) => !r.valid).length,
    errors: results.reduce((n, r) => n + r.errors.length, 0),
    findings: results.reduce((n, r) => n + r.findings.length, 0),
    unreadable: results.filter((r) => r.unreadable).length,
  };
}

/** 0 every file valid, 1 some file invalid, 2 some path unreadable (I/O wins: the batch is incomplete). */
export function exitCodeOf(results: readonly FileResult[]): 0 | 1 | 2 {
  if (results.some((r) => r.unreadable)) return 2;
  return results.some((r) => !r.valid) ? 1 : 0;
}
