/**
 * Every command's life, in one place: the arguments parsed (help on --help or -h), a mistake in
 * them said in Chinese with the usage, the command run, and the exit code set. What no command
 * expected is said in Chinese too, never as a stack trace (WQ_DEBUG=1 shows one). The heavy
 * parts of a command (the provision model, the validators, Chromium) are imported by its `run`,
 * so a usage error or --help costs no more than Node's start.
 */
import { parseCommand, UsageError, type CommandSpec } from './args.ts';
import { debugDetail, reasonOf } from './errors.ts';
import { handleInterrupts } from './interrupt.ts';

/** The exit codes every command uses. */
export const EXIT = {
  /** Everything done, nothing wrong. */
  OK: 0,
  /** Done, but some input was invalid, a document could not be made, or an output already existed. */
  ERRORS: 1,
  /** A usage error, an input that could not be read, an output that could not be written. */
  USAGE: 2,
} as const;

/** What a command's run is given. */
export interface Invocation<V> {
  values: V;
  positionals: string[];
  /** Aborted on SIGINT or SIGTERM (commands that write: `interrupts: true`). */
  signal: AbortSignal;
}

type Parsed<S extends CommandSpec> = ReturnType<typeof parseCommand<S['options']>>['values'];

/** The command's whole help. */
const helpText = (spec: CommandSpec): string => (typeof spec.help === 'string' ? spec.help : spec.help());

/** A mistake in the command line, printed as every command prints it. */
function usageText(spec: CommandSpec, message: string): string {
  return `错误：${message}\n${spec.usage}\n全部选项：npm run ${spec.script} -- --help\n`;
}

/**
 * Runs a command: parses its arguments, prints its help or its usage error, runs it, and sets
 * the process's exit code. `interrupts`: the first SIGINT / SIGTERM aborts the signal given to
 * the run (which stops cleanly), the exit code is then 130 / 143.
 */
export async function runCommand<S extends CommandSpec>(
  spec: S,
  run: (invocation: Invocation<Parsed<S>>) => Promise<number>,
  options: { interrupts?: boolean; argv?: readonly string[] } = {},
): Promise<void> {
  // A reader that stops early (| head) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.OK);
    throw error;
  });
  const interrupt = options.interrupts ? handleInterrupts() : undefined;
  const signal = interrupt?.signal ?? new AbortController().signal;
  try {
    const { values, positionals } = parseCommand(spec, options.argv ?? process.argv.slice(2));
    if ((values as { help?: boolean }).help) {
      process.stdout.write(`${helpText(spec)}\n`);
      process.exitCode = EXIT.OK;
      return;
    }
    const code = await run({ values: values as Parsed<S>, positionals, signal });
    process.exitCode = signal.aborted && interrupt ? interrupt.code() : code;
  } catch (error) {
    if (signal.aborted && interrupt) {
      process.exitCode = interrupt.code();
    } else if (error instanceof UsageError) {
      process.stderr.write(usageText(spec, error.message));
      process.exitCode = EXIT.USAGE;
    } else {
      process.stderr.write(`${spec.name}：${reasonOf(error)}${debugDetail(error)}\n`);
      process.exitCode = EXIT.USAGE;
    }
  }
}
