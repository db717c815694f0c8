/**
 * The period a report compares with: the same period a year earlier (上年同期), not the one
 * before it — a third quarter beside last year's third quarter, free of the seasons.
 */
import { describe, expect, it } from 'vitest';
import { periodName, yearEarlier } from '../../scripts/lib/report/period.ts';

describe('上年同期', () => {
  it.each([
    [{ from: '2026-07-01', to: '2026-09-30' }, { from: '2025-07-01', to: '2025-09-30' }],
    [{ from: '2026-01-01', to: '2026-11-30' }, { from: '2025-01-01', to: '2025-11-30' }],
    [{ from: '2026-03-15', to: '2026-04-14' }, { from: '2025-03-15', to: '2025-04-14' }],
    // February: the whole month a year earlier, 29 days in a leap year, 28 after one.
    [{ from: '2025-02-01', to: '2025-02-28' }, { from: '2024-02-01', to: '2024-02-29' }],
    [{ from: '2024-02-01', to: '2024-02-29' }, { from: '2023-02-01', to: '2023-02-28' }],
    [{ from: '2024-02-29', to: '2024-03-31' }, { from: '2023-02-28', to: '2023-03-31' }],
    // A mid-month end stays that day, not the month's end.
    [{ from: '2025-02-10', to: '2025-02-27' }, { from: '2024-02-10', to: '2024-02-27' }],
    // Years before 100 are not read as 19xx.
    [{ from: '0100-01-01', to: '0100-03-31' }, { from: '0099-01-01', to: '0099-03-31' }],
  ])('%o → %o', (period, before) => {
    expect(yearEarlier(period)).toEqual(before);
  });

  it('names a quarter, a month or a year, else the dates', () => {
    expect(periodName({ from: '2025-07-01', to: '2025-09-30' })).toBe('2025年第三季度');
    expect(periodName({ from: '2026-02-01', to: '2026-02-28' })).toBe('2026年2月');
    expect(periodName({ from: '2026-01-01', to: '2026-12-31' })).toBe('2026年');
    expect(periodName({ from: '2026-01-01', to: '2026-11-30' })).toBe('2026年1月1日至2026年11月30日');
  });
});
