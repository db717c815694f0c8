/**
 * The order the test files start in. Vitest starts the files that took longest last time first;
 * with no timings of its own yet (a fresh clone, as CI and a newcomer have), it starts the
 * largest files first, and the type check, a short file that runs for 15 s, would start last
 * and leave the other core idle at the end. The files that take longest here start first
 * always; the rest keep vitest's order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The longest files on a 2-core machine (10–25 s each), longest first. */
const LONGEST = [
  'test/typecheck.test.ts',
  'test/site/workbench.test.ts',
  'test/site/base-path.test.ts',
  'test/documents/faults.test.ts',
  'test/site/browser.test.ts',
  'test/site/phone.test.ts',
  'test/site/workbench-print.test.ts',
  'test/site/old-browser.test.ts',
];

const rank = (file: TestSpecification) => {
  const i = LONGEST.findIndex((l) => file.moduleId.endsWith(l));
  return i < 0 ? LONGEST.length : i;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
