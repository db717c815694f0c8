/**
 * --format json: the report's numbers, for scripts. Every figure of the period, and the same
 * figures for the previous period of the same length under "previous". The names are those of
 * Figures (figures.ts); docs/report.md lists them.
 */
import type { Figures } from './figures.ts';
import type { Period } from './period.ts';

export interface ReportCounts {
  /** Files read; valid and invalid among them (invalid ones are left out of every figure). */
  total: number;
  valid: number;
  invalid: number;
  /** Valid unit set-up files among the inputs: not cases, not counted. */
  units: number;
  /** Valid case files that repeat a case id already counted (counted once). */
  duplicates: number;
}

export interface ReportJson extends Omit<Figures, 'period' | 'cases'> {
  period: Period;
  previousPeriod: Period;
  cases: ReportCounts & { inPeriod: number; inPreviousPeriod: number };
  previous: Omit<Figures, 'period'>;
}

export function reportJson(current: Figures, previous: Figures, counts: ReportCounts): ReportJson {
  const { period, cases, ...figures } = current;
  const { period: previousPeriod, ...before } = previous;
  return { period, previousPeriod, cases: { ...counts, inPeriod: cases, inPreviousPeriod: previous.cases }, ...figures, previous: before };
}
