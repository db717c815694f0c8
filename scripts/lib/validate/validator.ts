/**
 * Validation of one document: the schema (Ajv, strict, all errors), then the Measures' rules,
 * then one formatter for every message. Documents are cases unless their "$schema" names the
 * unit schema, so one command checks both kinds of file.
 */
import type { PolicyModel } from '../policy/model.ts';
import { loadPolicyModel as loadModel } from '../policy/load.ts';
import type { Case } from '../case/index.ts';
import type { CaseFacts } from '../case/facts/index.ts';
import { isVersion1 } from '../case/migrate.ts';
import { evaluateDuties, type DutyStatus } from '../duties/index.ts';
import { evaluateCase } from '../rules/index.ts';
import { localToday } from '../calendar.ts';
import { loadValidators, type LoadedValidators } from './compiled.ts';
import { createDescriber, type Describer, type DocumentKind } from './describe.ts';
import { fileIssue, type Issue, type LocatedIssue } from './issues.ts';
import { locator } from './positions.ts';
import { readJsonDocument, type ReadResult } from './read-json.ts';
import { DEFAULT_MAX_BYTES, parseFile, readFile, type FileRead } from './read-file.ts';
import { reasonOfCode } from '../cli/errors.ts';
import { schemaIssues } from './schema-errors.ts';
import { dereference } from './dereference.ts';
import { CASE_SCHEMA_ID, UNIT_SCHEMA_ID } from './schema-files.ts';


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

interface ValidatorOptions {
  /** The provision model; loaded from dist/policy.json (or compiled) when omitted. */
  model?: PolicyModel;
  /** Handbook base address (see handbookBase()). */
  handbook?: string | undefined;
  /** "Today" for deadlines, ISO date; defaults to the local date. */
  asOf?: string | undefined;
  /** Which issues get line and column: errors only (the default, fast) or findings too. */
  positions?: 'errors' | 'all';
  /** Files larger than this many bytes are refused unread (default 5 MB). */
  maxBytes?: number;
  /** Whether a valid case gets its duty checklist (default true); a report that shows none skips the work. */
  duties?: boolean;
}

export interface Validator {
  /** Checks a document already parsed; its kind from "$schema" unless given. */
  validateData(data: unknown, kind?: DocumentKind): ValidationResult;
  validateBytes(bytes: Uint8Array, file: string, kind?: DocumentKind): FileResult;
  validateFile(file: string, kind?: DocumentKind): FileResult;
  /** validateFile for each file, in order (checking them a group at a time, stage by stage). */
  validateFiles(files: readonly string[]): Iterable<FileResult>;
  /** The result for a path the system refused (errno code such as ENOENT). */
  unreadable(file: string, code: string): FileResult;
  /** An issue's sentence, citation and handbook link. */
  describe: Describer;
  /** The model the rules and messages use. */
  model: PolicyModel;
  /** Whether the validators came pre-compiled from dist/ or were compiled now. */
  origin: LoadedValidators['origin'];
}

/** A document names the unit schema in "$schema" to be checked as a unit set-up file. */
function kindOf(data: unknown): DocumentKind {
  const declared = (data as { $schema?: unknown } | null)?.$schema;
  return typeof declared === 'string' && /(^|\/)unit\.schema\.json$/.test(declared) ? 'unit' : 'case';
}

/**
 * Files checked together, stage by stage: all read, then all parsed, all checked against the
 * schema, by the rules, for their duties. Each stage is a lot of code (Ajv's validators, 25
 * rules, 46 duties, the report); run file by file, they kept evicting each other's code from
 * the processor's caches: 10,000 files took 1.37 s instead of 1.06 s (0.81 s instead of 0.66 s
 * with --quiet). Groups of 32 or 256 were slower than 128; a group holds a few hundred KB.
 */
const GROUP = 128;

/** What the checks found in one document. */
interface Checked {
  issues: Issue[];
  duties: DutyStatus[];
  facts?: CaseFacts;
}

export async function createValidator(options: ValidatorOptions = {}): Promise<Validator> {
  const [loaded, model] = await Promise.all([loadValidators(), options.model ?? loadModel()]);
  const asOf = options.asOf ?? localToday();
  const roots = { case: dereference(loaded.files, CASE_SCHEMA_ID), unit: dereference(loaded.files, UNIT_SCHEMA_ID) };
  const describe = createDescriber({ model, files: loaded.files, handbook: options.handbook });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const withDuties = options.duties ?? true;

  /** The schema's and the rules' issues of each document, and for a valid case the duty checklist. */
  function checkAll(documents: readonly { data: unknown; kind: DocumentKind }[]): Checked[] {
    const old = documents.map(({ data, kind }) => kind === 'case' && isVersion1(data));
    const schema = documents.map(({ data, kind }, i) => {
      if (old[i]) return { valid: false, issues: [fileIssue('old-schema-version', { version: 1 })] };
      const validate = loaded.validators[kind];
      const valid = validate(data);
      return { valid, issues: validate.errors ? schemaIssues(validate.errors, { files: loaded.files, root: roots[kind], document: data }) : [] };
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

  /** The results of files read (or refused), in their order; the documents among them checked together. */
  function resultsOf(reads: readonly (FileRead | ReadResult)[], files: readonly string[], declared?: DocumentKind): FileResult[] {
    const parsed = reads.map((read) => ('bytes' in read ? parseFile(read) : read));
    const documents = parsed.flatMap((read) => ('ok' in read && read.ok ? [{ data: read.data, kind: declared ?? kindOf(read.data), text: read.text }] : []));
    const checked = checkAll(documents);
    let next = 0;
    return parsed.map((read, at) => {
      const file = files[at]!;
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

  function validateFile(file: string, kind?: DocumentKind): FileResult {
    return resultsOf([readFile(file, maxBytes)], [file], kind)[0]!;
  }

  function* validateFiles(files: readonly string[]): Generator<FileResult> {
    for (let start = 0; start < files.length; start += GROUP) {
      const group = files.slice(start, start + GROUP);
      yield* resultsOf(group.map((file) => readFile(file, maxBytes)), group);
    }
  }

  return { validateData, validateBytes, validateFile, validateFiles, unreadable, describe, model, origin: loaded.origin };
}
