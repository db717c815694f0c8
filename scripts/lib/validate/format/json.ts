/**
 * --format json: one JSON document, in the shape issue 3 fixes for scripts and CI:
 * { files: [ { file, valid, errors: [ { code, message, path, line, column, article, articles } ],
 *   findings: [ { code, message, article, articles } ] } ], summary: { files, valid, invalid } }.
 * `article` is the provision cited first (null for a problem of the file itself), `articles`
 * every provision the issue rests on. A valid case also lists its `duties`: { duty, status
 * (done | pending | overdue | verify), message, holder, articles, path, index?, person?, timing?,
 * since?, done? { date?, by?, document?, to? }, deadline?, judgedOn?, concern? }; the summary counts
 * duties pending, overdue and to verify.
 * line and column are 1-based, null when a file could not be read at all. Written file by
 * file (a batch of 10,000 need not be held in memory), one file's entry to a line, which `grep`
 * finds. Indented as JSON.stringify(report, null, 2), the report for 10,000 files was 10.1 MB
 * instead of 7.6 MB and the run ≈ 6% slower; `jq .` indents it for a person to read.
 */
import { printableJson } from '../../cli/printable.ts';
import type { DutyStatus } from '../../duties/index.ts';
import type { Describer } from '../describe.ts';
import { errorsOf, findingsOf, type FileResult } from '../validator.ts';
import type { Summary } from './summary.ts';

function entry(r: FileResult, describe: Describer) {
  return {
    file: r.file,
    valid: r.valid,
    errors: errorsOf(r).map((e) => ({
      code: e.code,
      message: describe.issue(e, r.kind).message,
      path: e.path,
      line: e.line ?? null,
      column: e.column ?? null,
      article: e.articles[0] ?? null,
      articles: e.articles,
    })),
    findings: findingsOf(r).map((f) => ({ code: f.code, message: describe.issue(f, r.kind).message, article: f.articles[0] ?? null, articles: f.articles })),
    duties: r.duties.map((d) => dutyEntry(d, describe)),
  };
}

/** A duty's entry; its optional members written only when present (by assignment: a batch writes ≈ 150,000). */
function dutyEntry(d: DutyStatus, describe: Describer) {
  const out: Record<string, unknown> = { duty: d.duty, status: d.status, message: describe.duty(d).message, holder: d.holder, articles: d.articles, path: d.path };
  if (d.index !== undefined) out.index = d.index;
  if (d.person !== undefined) out.person = d.person;
  if (d.timing) out.timing = d.timing;
  if (d.since) out.since = d.since;
  if (d.done) out.done = d.done;
  if (d.deadline) out.deadline = d.deadline;
  if (d.judgedOn) out.judgedOn = d.judgedOn;
  if (d.concern) out.concern = d.concern;
  return out;
}

export const JSON_HEAD = '{"files":[';

/** One file's entry on a line of its own; `first` decides the separating comma. */
export function jsonFile(r: FileResult, describe: Describer, first: boolean): string {
  return `${first ? '' : ','}\n${printableJson(JSON.stringify(entry(r, describe)))}`;
}

export function jsonTail(s: Summary, anyFile: boolean): string {
  const { files, valid, invalid, pending, overdue, verify } = s;
  return `${anyFile ? '\n' : ''}],\n"summary":${JSON.stringify({ files, valid, invalid, duties: { pending, overdue, verify } })}}\n`;
}
