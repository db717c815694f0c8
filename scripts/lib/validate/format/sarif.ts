/**
 * --format sarif: SARIF 2.1.0 as GitHub code scanning and Microsoft's SARIF Multitool
 * (`validate --rule-kind "Sarif;Gh"`, run in test/validate/sarif-multitool.test.ts) accept it.
 *
 * - One rule per code (ruleId = the code), described in Chinese with the provisions' words
 *   (sarif-rules.ts); each result carries every eId it rests on in its properties.
 * - Errors are results of level error, findings of level note; each has the place the
 *   validator located (line and column of the value, columns in UTF-16 code units).
 * - The duty checklist is not a result: code scanning turns every result into an alert, and a
 *   duty done is no alert. It is in the run's properties, file by file.
 * - Artifact URIs are percent-encoded (a space, #, ?, a line break or Chinese in a file name).
 * - partialFingerprints name a result by its code, its JSON pointer and arguments, not its
 *   line, so an alert stays the same alert when lines above it move.
 * - Links (helpUri, informationUri) only to a handbook the user named: the local build's
 *   file:// address means nothing on the code scanning server.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { printableJson } from '../../cli/printable.ts';
import type { PolicyModel } from '../../policy/model.ts';
import type { Describer } from '../describe.ts';
import type { Code, LocatedIssue } from '../issues.ts';
import { DUTY_STATE, KNOWN_CODES } from '../messages.ts';
import { errorsOf, findingsOf, type FileResult } from '../validator.ts';
import { sarifRule } from './sarif-rules.ts';

export interface SarifOptions {
  version: string;
  model: PolicyModel;
  /** The handbook's base address (ending in /) when the user gave one; no links otherwise. */
  handbook?: string | undefined;
  cwd?: string;
}

/** A relative path as a URI reference: each segment percent-encoded, joined by '/'. */
const relativeUri = (file: string) => file.split(path.sep).map(encodeURIComponent).join('/');

/** A stable name for a result within its file: code, place (pointer) and arguments, hashed. */
function fingerprint(issue: LocatedIssue, seen: Map<string, number>): string {
  const key = `${issue.code}\0${issue.path}\0${issue.articles.join(' ')}\0${JSON.stringify(issue.args)}`;
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 32);
  return n === 0 ? hash : `${hash}:${n}`;
}

export function sarifReport(results: readonly FileResult[], describe: Describer, options: SarifOptions): string {
  const cwd = options.cwd ?? process.cwd();
  const used = new Map<Code, { severity: 'error' | 'finding'; cited: Set<string> }>();
  const duties: unknown[] = [];

  const sarifResults = results.flatMap((r) => {
    const absolute = path.isAbsolute(r.file);
    const artifactLocation = absolute ? { uri: pathToFileURL(r.file).href } : { uri: relativeUri(r.file), uriBaseId: 'SRCROOT' };
    if (r.duties.length > 0) {
      duties.push({
        artifactLocation,
        duties: r.duties.map((d) => ({
          duty: d.duty,
          status: d.status,
          state: DUTY_STATE[d.status],
          holder: d.holder,
          message: describe.duty(d).message,
          articles: d.articles,
          path: d.path,
          ...(d.deadline ? { deadline: d.deadline } : {}),
        })),
      });
    }
    const seen = new Map<string, number>();
    return [...errorsOf(r), ...findingsOf(r)].map((issue) => {
      const entry = used.get(issue.code) ?? used.set(issue.code, { severity: issue.severity, cited: new Set() }).get(issue.code)!;
      for (const a of issue.articles) entry.cited.add(a);
      const region = issue.line === undefined ? {} : { region: { startLine: issue.line, startColumn: issue.column } };
      return {
        ruleId: issue.code,
        level: issue.severity === 'error' ? 'error' : 'note',
        message: { text: describe.issue(issue, r.kind).message },
        locations: [{ physicalLocation: { artifactLocation, ...region } }],
        partialFingerprints: { 'wqValidateIssue/v1': fingerprint(issue, seen) },
        properties: { path: issue.path, articles: issue.articles },
      };
    });
  });

  const codes = KNOWN_CODES.filter((c) => used.has(c));
  const rules = codes.map((code) => sarifRule({ code, severity: used.get(code)!.severity, cited: [...used.get(code)!.cited] }, options.model, options.handbook));
  const ruleIndex = new Map(codes.map((c, i) => [c as string, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wq-validate',
            fullName: 'wq-validate 维权案件校验（《实施办法》策略即代码）',
            version: options.version,
            ...(options.handbook ? { informationUri: `${options.handbook}guide/validate/` } : {}),
            rules,
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults.map(({ ruleId, ...rest }) => ({ ruleId, ruleIndex: ruleIndex.get(ruleId)!, ...rest })),
        properties: { duties },
      },
    ],
  };
  return `${printableJson(JSON.stringify(log, null, 2))}\n`;
}
