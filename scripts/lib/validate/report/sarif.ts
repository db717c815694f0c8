/**
 * --format sarif: SARIF 2.1.0 for CI code scanning and editors. One rule per provision, the
 * eId as ruleId (code-only issues, such as a JSON syntax error, use their code), its Chinese
 * citation and handbook page as the rule's description and help link.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Describe } from '../describe.ts';
import { errorsOf, findingsOf, type FileResult } from '../validator.ts';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
}

export function sarifReport(results: readonly FileResult[], describe: Describe, options: { version: string; cwd?: string }): string {
  const cwd = options.cwd ?? process.cwd();
  const rules = new Map<string, SarifRule>();
  const sarifResults = results.flatMap((r) =>
    [...errorsOf(r), ...findingsOf(r)].map((d) => {
      const { message, citation, handbook } = describe(d, r.kind);
      const id = d.articles[0] ?? d.code;
      if (!rules.has(id)) {
        rules.set(id, {
          id,
          name: d.code,
          shortDescription: { text: citation ?? d.code },
          ...(handbook ? { helpUri: handbook } : {}),
        });
      }
      const uri = path.isAbsolute(r.file) ? pathToFileURL(r.file).href : r.file.split(path.sep).join('/');
      const region = d.line === undefined ? {} : { region: { startLine: d.line, startColumn: d.column } };
      return {
        ruleId: id,
        level: d.severity === 'error' ? 'error' : 'note',
        message: { text: message },
        locations: [{ physicalLocation: { artifactLocation: { uri, ...(path.isAbsolute(r.file) ? {} : { uriBaseId: 'SRCROOT' }) }, ...region } }],
        properties: { code: d.code, path: d.path, articles: d.articles },
      };
    }),
  );
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
  return `${JSON.stringify(log, null, 2)}\n`;
}
