import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../scripts/lib/duties/index.ts';

/** The days between two dates as the system calendar counts them (UTC midnights). */
const byDateParse = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('the days a checklist counts (自…起已…天, 逾期…天)', () => {
  it('counts whole days, 0 on the same day, negative backwards', () => {
    expect(daysBetween('2026-03-04', '2026-03-04')).toBe(0);
    expect(daysBetween('2026-03-04', '2026-12-02')).toBe(273);
    expect(daysBetween('2026-12-02', '2026-03-04')).toBe(-273);
  });

  it('counts leap days, and none in 1900 or 2100', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2000-02-28', '2000-03-01')).toBe(2);
    expect(daysBetween('1900-02-28', '1900-03-01')).toBe(1);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
  });

  it('agrees with the system calendar on every week from 1600 to 2400, and on years below 100', () => {
    let differ = 0;
    for (let ms = Date.UTC(1600, 0, 1); ms < Date.UTC(2400, 0, 1); ms += 7 * 86_400_000) {
      const date = iso(ms);
      for (const other of ['1970-01-01', '2026-12-02', '2000-02-29']) if (daysBetween(date, other) !== byDateParse(date, other)) differ++;
    }
    expect(differ).toBe(0);
    expect(daysBetween('0050-02-28', '0050-03-01')).toBe(byDateParse('0050-02-28', '0050-03-01'));
    expect(daysBetween('0004-02-28', '0004-03-01')).toBe(2);
  });
});
