/**
 * --format json: the report's numbers, for scripts. Every figure of the period, and the same
 * figures for the same period a year earlier under "previous". The names are those of Figures
 * (figures.ts); docs/report.md lists them. The breakdowns by unit, level and person and the harms
 * are published as published.ts protects them: a small cell is merged into "其他" or null, never
 * a number a reader could tie to one person.
 */
import type { Figures } from './figures.ts';
import type { Period } from './period.ts';
import { breakdownJson, type Disclosed } from './published.ts';

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

/** The valid case files a report leaves out because they are not the reporting unit's or its subordinates'. */
export interface LeftOut {
  /** Another organ's: how many files, and the organs' full names. */
  otherUnit: { cases: number; units: string[] };
  /** A unit name that places no organ of the region: how many files (their names are in the command's output). */
  unknownUnit: { cases: number };
}

export interface ReportScope {
  /** The reporting unit (its set-up file's name), null when none was given and every case counts. */
  unit: string | null;
  /** What it covers: the whole region, a 盟市 and its 旗县区, or itself alone. */
  covers: 'all' | 'league' | 'self' | 'given';
  leftOut: LeftOut;
}

type Shown = Record<string, number | null>;

type PeriodFigures = Omit<Figures, 'period' | 'cases' | 'byUnit' | 'byLevel' | 'byPerson' | 'harm'> & {
  byUnit: Shown;
  byLevel: Shown;
  byPerson: Shown;
  harm: { injured: number | null; killed: number | null; propertyLoss: { cases: number | null; yuan: number | null } };
};

export interface ReportJson extends PeriodFigures {
  period: Period;
  /** The same period a year earlier (上年同期). */
  previousPeriod: Period;
  scope: ReportScope;
  cases: ReportCounts & { inPeriod: number; inPreviousPeriod: number };
  previous: PeriodFigures & { cases: number };
  /** Cells below `threshold` are merged into "其他" or given as null, in the fields listed. */
  disclosure: { threshold: number; withheld: string[] };
}

function periodFigures(f: Figures, shown: Disclosed, column: 0 | 1): PeriodFigures {
  const { period: _period, cases: _cases, ...figures } = f;
  return {
    ...figures,
    byUnit: breakdownJson(shown.byUnit[column]),
    byLevel: breakdownJson(shown.byLevel[column]),
    byPerson: breakdownJson(shown.byPerson[column]),
    harm: {
      injured: shown.harm.injured[column],
      killed: shown.harm.killed[column],
      propertyLoss: { cases: shown.harm.propertyCases[column], yuan: shown.harm.propertyYuan[column] },
    },
  };
}

export function reportJson(current: Figures, previous: Figures, shown: Disclosed, counts: ReportCounts, scope: ReportScope): ReportJson {
  return {
    period: current.period,
    previousPeriod: previous.period,
    scope,
    cases: { ...counts, inPeriod: current.cases, inPreviousPeriod: previous.cases },
    ...periodFigures(current, shown, 0),
    previous: { cases: previous.cases, ...periodFigures(previous, shown, 1) },
    disclosure: { threshold: shown.threshold, withheld: shown.withheld },
  };
}
