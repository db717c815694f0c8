/**
 * --format sarif: SARIF 2.1.0 for CI code scanning and editors. One rule per provision, the
 * eId as ruleId (code-only issues, such as a JSON syntax error, use their code), its Chinese
 * citation and handbook page as the rule's description and help link. The duty checklist of
 * a valid case comes as results too, by SARIF's result kinds: done "pass", pending "open",
 * overdue "fail" (level warning), each with its duty code, holder and every eId.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DutyState } from '../../duties/index.ts';
import { printableJson } from '../../cli/printable.ts';
import type { Described, Describer } from '../describe.ts';
import { DUTY_STATE } from '../messages.ts';
import { errorsOf, findingsOf, type FileResult } from '../validator.ts';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
}

const DUTY_KIND: Record<DutyState, 'pass' | 'open' | 'fail' | 'review'> = { done: 'pass', pending: 'open', overdue: 'fail', verify: 'review' };

export function sarifReport(results: readonly FileResult[], describe: Describer, options: { version: string; cwd?: string }): string {
  const cwd = options.cwd ?? process.cwd();
  const rules = new Map<string, SarifRule>();
  const ruleOf = (id: string, name: string, { citation, handbook }: Described) => {
    if (!rules.has(id)) rules.set(id, { id, name, shortDescription: { text: citation ?? name }, ...(handbook ? { helpUri: handbook } : {}) });
    return id;
  };
  const sarifResults = results.flatMap((r) => {
    const uri = path.isAbsolute(r.file) ? pathToFileURL(r.file).href : r.file.split(path.sep).join('/');
    const artifactLocation = { uri, ...(path.isAbsolute(r.file) ? {} : { uriBaseId: 'SRCROOT' }) };
    const issues = [...errorsOf(r), ...findingsOf(r)].map((d) => {
      const described = describe.issue(d, r.kind);
      const region = d.line === undefined ? {} : { region: { startLine: d.line, startColumn: d.column } };
      return {
        ruleId: ruleOf(d.articles[0] ?? d.code, d.code, described),
        level: d.severity === 'error' ? 'error' : 'note',
        message: { text: described.message },
        locations: [{ physicalLocation: { artifactLocation, ...region } }],
        properties: { code: d.code, path: d.path, articles: d.articles },
      };
    });
    const duties = r.duties.map((d) => {
      const described = describe.duty(d);
      return {
        ruleId: ruleOf(d.articles[0]!, d.duty, described),
        kind: DUTY_KIND[d.status],
        level: d.status === 'overdue' ? 'warning' : 'none',
        message: { text: `${DUTY_STATE[d.status]}：${described.message}` },
        locations: [{ physicalLocation: { artifactLocation } }],
        properties: { duty: d.duty, status: d.status, holder: d.holder, path: d.path, articles: d.articles },
      };
    });
    return [...issues, ...duties];
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'wq-validate', version: options.version, rules: [...rules.values()] } },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + path.sep).href } },
        results: sarifResults,
      },
    ],
  };
  return `${printableJson(JSON.stringify(log, null, 2))}\n`;
}
