/**
 * The forms command in the tests: in-process through runForms(), as the command calls it (paths
 * relative to where the user is, messages as it writes them); and as staff run it (the package
 * bin, a real process) for the tests whose point is the process: its usage errors and exit
 * codes, its signals. The process asynchronously, so that a test can run several at once.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runForms, type RunOptions, type RunResult } from '../../scripts/lib/documents/run.ts';

/** The package bin, bin/forms.js. */
export const FORMS_BIN = path.resolve(import.meta.dirname, '../../bin/forms.js');

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs wq-forms in `dir` (INIT_CWD too, as npm sets it), with extra environment variables. */
export function formsCommand(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [FORMS_BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir, ...env }, timeout: 90_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** What runForms() said (its messages, as the command writes them to stderr) and did. */
export interface InProcessRun extends RunResult {
  stderr: string;
  /** The files in the output folder afterwards. */
  inOut: string[];
  /** How many files the run reports written: the count the command prints as 共 N 份公文已生成. */
  written: number;
}

/** The files in a folder; none when it is not one. */
function listing(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/**
 * One run of the forms command in this process, as the command makes it: paths relative to `dir`
 * (where the user is) resolved and shown relative to it, the output folder `out` under it.
 */
export async function runIn(dir: string, out: string, options: Omit<RunOptions, 'outDir' | 'log' | 'display'>): Promise<InProcessRun> {
  const logged: string[] = [];
  const resolve = (p: string) => path.resolve(dir, p);
  const outDir = resolve(out);
  const result = await runForms({
    ...options,
    inputs: options.inputs.map(resolve),
    ...(options.unitFiles ? { unitFiles: options.unitFiles.map(resolve) } : {}),
    outDir,
    log: (text) => logged.push(text),
    display: (file) => path.relative(dir, file) || file,
  });
  return {
    ...result,
    stderr: logged.join(''),
    inOut: listing(outDir),
    written: result.documents.filter((d) => d.outcome === 'written').length,
  };
}
