/**
 * A list a test checks element by element, after failing the test when it is empty: a loop, an
 * every() or a filter over no element checks nothing, and would pass whatever the code did.
 */
import { expect } from 'vitest';

export function nonEmpty<T>(list: readonly T[], what: string): readonly T[] {
  expect(list.length, `${what}：没有可检查的项`).toBeGreaterThan(0);
  return list;
}
