/**
 * Prints the run's outcome as one plain line, "N passed, N failed, N skipped", after
 * vitest's own summary: the form CI logs are read for, whatever the test runner.
 *
 * "Failed" counts every failure, not only failed tests: a file that did not load, a
 * beforeAll or afterAll that threw (vitest then reports the suite's tests as skipped, or as
 * passed), and an error thrown outside any test. A run that fails never says "0 failed".
 */
import type { Reporter, SerializedError, TestModule, TestSuite } from 'vitest/node';

interface PlainCounts {
  passed: number;
  failed: number;
  skipped: number;
}

function countRun(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError> = []): PlainCounts {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const module of modules) {
    let failedHere = 0;
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') failedHere++;
      else counts.skipped++;
    }
    // The file's and each suite's own errors: the file did not load, or one of its hooks threw.
    const holders: (TestModule | TestSuite)[] = [module, ...module.children.allSuites()];
    failedHere += holders.filter((holder) => holder.errors().length > 0).length;
    // Whatever else vitest marks as a failed file (no test in it, say) is still a failure.
    if (failedHere === 0 && module.state() === 'failed') failedHere = 1;
    counts.failed += failedHere;
  }
  counts.failed += unhandledErrors.length;
  return counts;
}

export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = countRun(modules, unhandledErrors);
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }
}
