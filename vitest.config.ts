import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './test/support/sequencer.ts';

/**
 * Tests that need more than this process: a real Chromium (the handbook, the PDFs), LibreOffice,
 * or a child process (the commands as staff run them, builds, knip). Everything else is a unit
 * test: in-process, the inner loop's `npm run test:unit`.
 */
const INTEGRATION = [
  'test/site/{base-path,browser,captions,contrast,full-text,offline,offline-package,old-browser,phone,search}.test.ts',
  'test/site/workbench{,-print,-offline,-old-browser}.test.ts',
  'test/documents/{blank,cli,faults,known-on-date,output,record-true,safety,samples,stress}.test.ts',
  'test/gbt9704/{fonts,layout}.test.ts',
  'test/gbt9704/docx/**/*.test.ts',
  'test/report/{issued,ledger-calc,ledgers-agree,output,pdf,report,scope,tree,tree-ledgers}.test.ts',
  'test/validate/{cli,cli-bundle,output,publish,sarif-multitool}.test.ts',
  'test/policy/build-command.test.ts',
  'test/case/migrate-cli.test.ts',
  'test/cli/{entry-imports,faults,help,paths}.test.ts',
  'test/project.test.ts',
  'test/plain-summary-reporter.test.ts',
  'test/readme.test.ts',
  'test/typecheck.test.ts',
];

/**
 * Tests on real file systems mounted for them (exFAT through a loop device and FUSE: root and
 * exfatprogs, exfat-fuse). Not in `npm test`, which must pass on any machine after the README's
 * commands: `npm run test:exfat` sets WQ_FILESYSTEMS and runs only them.
 */
const FILESYSTEMS = 'test/filesystems/*.test.ts';

export default defineConfig({
  test: {
    pool: 'forks',
    // Two files at a time even on this project's 2-core machines (vitest's default is one fewer
    // than the cores): an integration test spends most of its time waiting for Chromium,
    // LibreOffice or a child process, and another file keeps the second core busy meanwhile.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './test/plain-summary-reporter.ts'],
    // The longest files first, also on a fresh clone (test/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    // Timeouts catch a hang, not slowness: a real Chromium, LibreOffice and child processes on a
    // 2-core machine that other work may be loading (a unit test compiling the schemas too).
    testTimeout: 60_000,
    // A variable a test stubs (vi.stubEnv) is restored after it, also for the next file in the worker.
    unstubEnvs: true,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...INTEGRATION, FILESYSTEMS],
          // The files share a worker's loaded modules (the model, the compiled schemas) instead of
          // loading them again for each file: 18 s instead of 48 s here, under load. They read
          // shared state and never change it; they pass in any order (--sequence.shuffle.files).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION,
          // One Chromium and one server of the built handbook for every file (test/support/).
          globalSetup: ['test/support/global-browser.ts'],
          // As in the unit project, the files of a worker share its loaded modules (the model, the
          // compiled schemas, the renderer's fonts): some 5–10 s of CPU less over the run. Each file
          // still has its own browser context, scratch folders and renderer; stubbed variables are
          // restored after each test (unstubEnvs above).
          isolate: false,
          // A test may load several pages, each allowed 90 s (test/site/support.ts).
          testTimeout: 180_000,
        },
      },
      ...(process.env['WQ_FILESYSTEMS']
        ? [{ extends: true as const, test: { name: 'filesystems', include: [FILESYSTEMS], testTimeout: 180_000 } }]
        : []),
    ],
  },
});
