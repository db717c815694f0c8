/**
 * What wq-forms prints once a run has ended: each file written or left alone, the typefaces
 * used and the count (stdout), and after an interrupt what was kept (stderr). One home for these
 * words, so that the tests read what the command prints from a run made in their own process.
 */
import type { OutputFormat, RunResult } from './run.ts';

export interface RunSummary {
  stdout: string;
  stderr: string;
}

/** The summary of a run that wrote `formats`, paths shown as `shown` words them. */
export function runSummary(result: RunResult, formats: readonly OutputFormat[], shown: (file: string) => string): RunSummary {
  let stdout = '';
  for (const d of result.documents) {
    const pages = d.pages === undefined ? '' : `（${d.pages} 页）`;
    stdout += d.outcome === 'written' ? `已生成  ${shown(d.file)}${pages}\n` : `已存在，未覆盖  ${shown(d.file)}（如需覆盖请加 --force）\n`;
  }
  if (result.fonts.length > 0) stdout += `所用字体：\n  ${result.fonts.join('\n  ')}\n`;
  const written = result.documents.filter((d) => d.outcome === 'written').length;
  const notes = [result.failed.length ? `${result.failed.length} 份无法生成` : '', result.refused.length ? `${result.refused.length} 个案件文件未生成` : ''].filter(Boolean);
  stdout += `共 ${written} ${formats.length > 1 ? '个文件' : '份公文'}已生成${notes.length ? `；${notes.join('；')}` : ''}。\n`;
  const stderr = result.interrupted ? `已中断：已生成的 ${written} 份完整保留，其余未生成，没有留下未写完的文件。\n` : '';
  return { stdout, stderr };
}
