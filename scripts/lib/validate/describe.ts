/**
 * An issue or a duty in words, for a report: its Chinese sentence (messages.ts), its citation
 * and the handbook page of the provision it cites first. Fields are named by the schema's
 * Chinese titles, so the describer knows the schemas of both kinds of document.
 */
import { citeAll } from '../citations/index.ts';
import type { DutyStatus } from '../duties/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import type { Issue } from './issues.ts';
import { citationOf, formatDuty, formatMessage, handbookUrl, type FormatContext } from './messages.ts';
import { CASE_SCHEMA_ID, UNIT_SCHEMA_ID, type SchemaFile } from './schema-ids.ts';
import { labelFor, schemaFields, type SchemaField } from './schema-index.ts';

export type DocumentKind = 'case' | 'unit';

export interface Described {
  /** Chinese, ending with the citation when there is one. */
  message: string;
  /** 第十七条第（一）项、第（三）项 */
  citation: string | null;
  /** The handbook page of the provision the issue cites first. */
  handbook: string | null;
}

export interface Describer {
  issue(issue: Issue, kind: DocumentKind): Described;
  duty(duty: DutyStatus): Described;
}

export interface DescriberOptions {
  model: PolicyModel;
  files: readonly SchemaFile[];
  /** Handbook base address, ending in "/" (the command's is handbook-base.ts's handbookBase()). */
  handbook: string;
}

export function createDescriber({ model, files, handbook: base }: DescriberOptions): Describer {
  const contextFor = (id: string, root: string): FormatContext => {
    const fields = new Map<string, SchemaField>(schemaFields([...files], id).map((f) => [f.path, f]));
    return { model, label: (pointer) => labelFor(fields, pointer, root) };
  };
  const contexts: Record<DocumentKind, FormatContext> = { case: contextFor(CASE_SCHEMA_ID, '案件'), unit: contextFor(UNIT_SCHEMA_ID, '单位设置') };

  // A batch cites the same few provisions thousands of times: each link is made once.
  const links = new Map<string, string>();
  const linkOf = (eId: string) => links.get(eId) ?? links.set(eId, handbookUrl(base, eId)).get(eId)!;

  // A duty's provisions are the duty's own list (evaluateDuties keeps one list per duty), so
  // the list itself finds its citation, without joining it into a key.
  const dutyCitations = new WeakMap<readonly string[], string>();
  const citationOfDuty = (articles: readonly string[]) => dutyCitations.get(articles) ?? dutyCitations.set(articles, citeAll(articles, model)).get(articles)!;

  const described = (issue: Issue, kind: DocumentKind): Described => {
    const first = issue.articles[0];
    return { message: formatMessage(issue, contexts[kind]), citation: citationOf(issue, model), handbook: first ? linkOf(first) : null };
  };

  // Most cases get the same findings in the same words (applicability, departments): a finding
  // is described by its code, provisions and args alone, so each distinct one is described
  // once. Errors name places in the file, which differ, and are rare.
  const findings = new Map<string, Described>();

  return {
    issue(issue, kind) {
      if (issue.severity !== 'finding') return described(issue, kind);
      const key = `${kind}\0${issue.code}\0${issue.articles.join(' ')}\0${JSON.stringify(issue.args)}`;
      let known = findings.get(key);
      if (known === undefined) {
        if (findings.size > 10_000) findings.clear();
        findings.set(key, (known = described(issue, kind)));
      }
      return known;
    },
    duty(duty) {
      const first = duty.articles[0];
      const citation = citationOfDuty(duty.articles);
      return { message: formatDuty(duty, model, citation), citation, handbook: first ? linkOf(first) : null };
    },
  };
}
