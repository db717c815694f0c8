import type { FileResult } from '../validator.ts';

export interface Summary {
  files: number;
  valid: number;
  invalid: number;
  errors: number;
  findings: number;
  /** Duties of valid cases still owed, and those past their deadline. */
  pending: number;
  overdue: number;
  /** Duties whose recorded dates a person must judge (需核实). */
  verify: number;
  unreadable: number;
}

export const emptySummary = (): Summary => ({ files: 0, valid: 0, invalid: 0, errors: 0, findings: 0, pending: 0, overdue: 0, verify: 0, unreadable: 0 });

/** Counts one file in; a batch of 10,000 need not keep every result to be summed up. */
export function count(summary: Summary, r: FileResult): Summary {
  summary.files++;
  if (r.valid) summary.valid++;
  else summary.invalid++;
  for (const issue of r.issues) {
    if (issue.severity === 'error') summary.errors++;
    else summary.findings++;
  }
  for (const duty of r.duties) {
    if (duty.status === 'pending') summary.pending++;
    else if (duty.status === 'overdue') summary.overdue++;
    else if (duty.status === 'verify') summary.verify++;
  }
  if (r.unreadable) summary.unreadable++;
  return summary;
}

export function summarize(results: readonly FileResult[]): Summary {
  return results.reduce(count, emptySummary());
}

/** 0 every file valid, 1 some file invalid, 2 some path unreadable (I/O wins: the batch is incomplete). */
export function exitCodeOf(summary: Summary): 0 | 1 | 2 {
  if (summary.unreadable) return 2;
  return summary.invalid ? 1 : 0;
}
