/**
 * SIGINT / SIGTERM for the commands that write into --out (wq-forms, wq-report): the first stops
 * the run cleanly through the signal it aborts (the browser is closed, no temporary file is
 * left); a second leaves at once, removing what it can without waiting. Exit 130 / 143.
 */
import { unlinkSync } from 'node:fs';
import { removePendingTemps } from './write.ts';

export interface Interrupt {
  signal: AbortSignal;
  /** The exit code of the signal received (130 until one is). */
  code(): number;
}

export function handleInterrupts(): Interrupt {
  const controller = new AbortController();
  let code = 130;
  const on = (exit: number) => () => {
    if (controller.signal.aborted) {
      removePendingTemps(unlinkSync);
      process.exit(exit);
    }
    code = exit;
    process.stderr.write('\n正在中断，请稍候……\n');
    controller.abort();
  };
  process.on('SIGINT', on(130));
  process.on('SIGTERM', on(143));
  return { signal: controller.signal, code: () => code };
}
