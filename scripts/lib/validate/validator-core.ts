/**
 * The validator without the file system: the schema (Ajv's compiled code, strict, all errors),
 * then the Measures' rules, then the duty checklist of a valid case, then one formatter for every
 * message. validator.ts gives it the compiled validators and the model from dist/ and reads the
 * files; the handbook's case workbench gives it the same compiled code and model bundled for the
 * browser. Documents are cases unless their "$schema" names the unit schema.
 */
import type { PolicyModel } from '../policy/model.ts';
import type { Case } from '../case/index.ts';
import type { CaseFacts } from '../case/facts/index.ts';
import { isVersion1 } from '../case/migrate.ts';
import { evaluateDuties, type DutyStatus } from '../duties/index.ts';
import { evaluateCase } from '../rules/index.ts';
import type { Validators } from './ajv.ts';
import { createDescriber, type Describer, type DocumentKind } from './describe.ts';
import { fileIssue, type Issue, type LocatedIssue } from './issues.ts';
import { locator } from './positions.ts';
import { reasonOfCode } from '../cli/errors.ts';
import { readJsonDocument, type ReadResult } from './read-json.ts';
import { schemaIssues } from './schema-errors.ts';
import { dereference } from './dereference.ts';
import { CASE_SCHEMA_ID, UNIT_SCHEMA_ID, type SchemaFile } from './schema-ids.ts';

/** What the validator says about one document: the one result every face reads. */
export interface ValidationResult {
  kind: DocumentKind;
  /** No errors: the schema and every rule hold. */
  valid: boolean;
  /** Errors and findings, in the order of their places in the file. */
  issues: LocatedIssue[];
  /** What the Measures require of the office in this case, duty by duty (a valid case only). */
  duties: DutyStatus[];
  /** What the record's facts mean (case/facts), for a valid case: documents and the report read it. */
  facts?: CaseFacts;
}

export interface FileResult extends ValidationResult {
  file: string;
  /** The document as parsed, whenever the file holds a JSON object (also when it is invalid). */
  data?: Record<string, unknown>;
  /** The path could not be read at all (missing, no permission): exit code 2, not 1. */
  unreadable?: boolean;
}

export const errorsOf = (result: ValidationResult): LocatedIssue[] => result.issues.filter((i) => i.severity === 'error');
export const findingsOf = (result: ValidationResult): LocatedIssue[] => result.issues.filter((i) => i.severity === 'finding');

/** A file as the core receives it: parsed (or why not), refused unread, or not readable at all. */
export type CoreRead = ReadResult | { refused: LocatedIssue } | { errno: string };

export interface CoreOptions {
  /** The two compiled schemas (Ajv's standalone code, or compiled now). */
  validators: Validators;
  /** The schema files they were compiled from: error paths lead back to them, fields are named by their titles. */
  files: SchemaFile[];
  model: PolicyModel;
  /** Handbook base address, ending in "/". */
  handbook: string;
  /** "Today" for deadlines, ISO date. */
  asOf: string;
  /** Which issues get line and column: errors only (the default, fast) or findings too. */
  positions?: 'errors' | 'all';
  /** Whether a valid case gets its duty checklist (default true). */
  duties?: boolean;
}

export interface CoreValidator {
  /** Checks a document already parsed; its kind from "$schema" unless given. */
  validateData(data: unknown, kind?: DocumentKind): ValidationResult;
  validateBytes(bytes: Uint8Array, file: string, kind?: DocumentKind): FileResult;
  /** The results of files read (or refused), in their order; the documents among them checked together. */
  resultsOf(reads: readonly CoreRead[], files: readonly string[], declared?: DocumentKind): FileResult[];
  /** The result for a path the system refused (errno code such as ENOENT). */
  unreadable(file: string, code: string): FileResult;
  describe: Describer;
  model: PolicyModel;
}

/** A document names the unit schema in "$schema" to be checked as a unit set-up file. */
function kindOf(data: unknown): DocumentKind {
  const declared = (data as { $schema?: unknown } | null)?.$schema;
  return typeof declared === 'string' && /(^|\/)unit\.schema\.json$/.test(declared) ? 'unit' : 'case';
}

/** What the checks found in one document. */
interface Checked {
  issues: Issue[];
  duties: DutyStatus[];
  facts?: CaseFacts;
}

export function createCoreValidator(options: CoreOptions): CoreValidator {
  const { validators, files, model, asOf } = options;
  const roots = { case: dereference(files, CASE_SCHEMA_ID), unit: dereference(files, UNIT_SCHEMA_ID) };
  const describe = createDescriber({ model, files, handbook: options.handbook });
  const withDuties = options.duties ?? true;

  /** The schema's and the rules' issues of each document, and for a valid case the duty checklist. */
  function checkAll(documents: readonly { data: unknown; kind: DocumentKind }[]): Checked[] {
    const old = documents.map(({ data, kind }) => kind === 'case' && isVersion1(data));
    const schema = documents.map(({ data, kind }, i) => {
      if (old[i]) return { valid: false, issues: [fileIssue('old-schema-version', { version: 1 })] };
      const validate = validators[kind];
      const valid = validate(data);
      return { valid, issues: validate.errors ? schemaIssues(validate.errors, { files, root: roots[kind], document: data }) : [] };
    });
    const rules = documents.map(({ data, kind }, i) => (kind === 'case' && !old[i] ? evaluateCase(data, model, { asOf }) : undefined));
    return documents.map(({ data, kind }, i) => {
      const found = rules[i]?.issues ?? [];
      // A rule says more than the schema about the same place and provision: keep the rule's sentence only.
      const ruled = found.filter((r) => r.severity === 'error');
      const repeated = (s: Issue) => ruled.some((r) => r.path === s.path && r.articles[0] === s.articles[0]);
      // The checklist reads the case as the schema shapes it: only a case with no error gets one.
      const valid = kind === 'case' && schema[i]!.valid && ruled.length === 0;
      const facts = valid ? rules[i]!.facts : undefined;
      const duties = withDuties && facts ? evaluateDuties(data as Case, found, { model, asOf, facts }) : [];
      return { issues: [...schema[i]!.issues.filter((s) => !repeated(s)), ...found], duties, ...(facts ? { facts } : {}) };
    });
  }

  const result = (kind: DocumentKind, issues: LocatedIssue[], duties: DutyStatus[] = [], facts?: CaseFacts): ValidationResult => ({
    kind,
    valid: !issues.some((i) => i.severity === 'error'),
    issues,
    duties,
    ...(facts ? { facts } : {}),
  });

  function validateData(data: unknown, kind = kindOf(data)): ValidationResult {
    const { issues, duties, facts } = checkAll([{ data, kind }])[0]!;
    return result(kind, issues, duties, facts);
  }

  function unreadable(file: string, code: string): FileResult {
    return { file, unreadable: true, ...result('case', [fileIssue('unreadable', { reason: reasonOfCode(code, 'read') })]) };
  }

  /** A checked document's result: its issues placed at their lines, in the order of the file. */
  function located(file: string, document: { data: Record<string, unknown>; kind: DocumentKind; text: string }, checked: Checked): FileResult {
    const locate = locator(document.text);
    const issues: LocatedIssue[] = checked.issues.map((issue) => {
      if (issue.severity === 'finding' && options.positions !== 'all') return issue;
      const where = locate(issue.path, issue.at);
      return where ? { ...issue, line: where.line, column: where.column } : issue;
    });
    issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { file, data: document.data, ...result(document.kind, issues, checked.duties, checked.facts) };
  }

  function resultsOf(parsed: readonly CoreRead[], names: readonly string[], declared?: DocumentKind): FileResult[] {
    const documents = parsed.flatMap((read) => ('ok' in read && read.ok ? [{ data: read.data, kind: declared ?? kindOf(read.data), text: read.text }] : []));
    const checked = checkAll(documents);
    let next = 0;
    return parsed.map((read, at) => {
      const file = names[at]!;
      if ('errno' in read) return unreadable(file, read.errno);
      if ('refused' in read) return { file, ...result(declared ?? 'case', [read.refused]) };
      if (read.ok) return located(file, documents[next]!, checked[next++]!);
      const { issue } = read;
      const where = issue.line === undefined && read.text !== undefined ? locator(read.text)(issue.path, issue.at) : undefined;
      return { file, ...result(declared ?? 'case', [where ? { ...issue, ...where } : issue]) };
    });
  }

  function validateBytes(bytes: Uint8Array, file: string, kind?: DocumentKind): FileResult {
    return resultsOf([readJsonDocument(bytes)], [file], kind)[0]!;
  }

  return { validateData, validateBytes, resultsOf, unreadable, describe, model };
}
