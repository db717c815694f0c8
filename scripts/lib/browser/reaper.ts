/**
 * What a process killed outright (kill -9) leaves behind, cleaned up by a small watcher: a
 * detached shell that waits for this process to die and then ends the browser's process
 * group, removes its profile directory and this process's temporary files. On a normal
 * exit the watcher is stopped first and does nothing. (Chromium launched with a pipe also
 * quits by itself when its parent dies; the watcher makes sure, and tidies the files.)
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Reaped {
  /** Process groups to end (the browser's). */
  groups?: number[];
  /** Directories to remove (the browser profile). */
  dirs?: string[];
  /** Files to remove: directory and name prefix (…/.wq-<pid>-). */
  prefixes?: { dir: string; prefix: string }[];
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Starts the watcher; stop() it once the things it guards are cleaned up normally. */
export function watchOver(what: Reaped, parent = process.pid): { stop(): void } {
  if (process.platform === 'win32') return { stop() {} };
  const steps = [
    ...(what.groups ?? []).filter((g) => Number.isInteger(g) && g > 1).map((g) => `kill -TERM -${g} 2>/dev/null; sleep 0.5; kill -KILL -${g} 2>/dev/null`),
    ...(what.dirs ?? []).map((d) => `rm -rf ${quote(d)}`),
    ...(what.prefixes ?? []).map((p) => `rm -f ${quote(p.dir)}/${quote(p.prefix)}*.tmp`),
  ];
  if (steps.length === 0) return { stop() {} };
  const script = `while kill -0 ${parent} 2>/dev/null; do sleep 0.2; done; ${steps.join('; ')}`;
  let child: ChildProcess | undefined;
  try {
    child = spawn('/bin/sh', ['-c', script], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    child = undefined;
  }
  return {
    stop() {
      if (child?.pid && child.exitCode === null) {
        try {
          process.kill(child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    },
  };
}
