/** Turns the compiler's messages into text, one line each: file:line:column  错误  reason  [rule]. */
import type { VFile } from 'vfile';

export function formatPolicyMessages(files: VFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const m of file.messages) {
      const where = `${file.path}:${m.line ?? 1}:${m.column ?? 1}`;
      lines.push(`${where}  ${m.fatal ? '错误' : '警告'}  ${m.reason}  [${m.ruleId ?? 'policy'}]`);
    }
  }
  return lines.join('\n');
}

export function countErrors(files: VFile[]): number {
  return files.reduce((n, f) => n + f.messages.filter((m) => m.fatal).length, 0);
}
