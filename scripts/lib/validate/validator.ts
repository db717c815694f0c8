/**
 * Validation of one document: the schema (Ajv, strict, all errors), then the Measures' rules,
 * then one formatter for every message. Documents are cases unless their "$schema" names the
 * unit schema, so one command checks both kinds of file.
 */
import { readFileSync } from 'node:fs';
import type { PolicyModel } from '../policy/model.ts';
import { evaluateCase, localToday } from '../rules/index.ts';
import { citationOf, formatMessage, handbookBase, handbookUrl, type FormatContext } from './messages.ts';
import { loadPolicyModel as loadModel } from '../policy/load.ts';
import { locator } from './positions.ts';
import { readJsonDocument, readJsonText, type InputIssue, type ReadResult } from './read-json.ts';
import type { Issue } from './schema-errors.ts';
import { schemaIssues } from './schema-errors.ts';
import { CASE_SCHEMA_ID, UNIT_SCHEMA_ID, schemaById } from './schema-files.ts';
import { labelFor, schemaFields, type SchemaField } from './schema-index.ts';
import { loadValidators, type LoadedValidators } from './compiled.ts';

export interface Diagnostic {
  code: string;
  /** Chinese, ending with the citation when there is one. */
  message: string;
  /** JSON pointer into the document; "" for the whole document. */
  path: string;
  article: string | null;
  severity: 'error' | 'finding';
  args: Record<string, unknown>;
  /** 第十七条第（一）项 */
  citation: string | null;
  /** The provision's page in the handbook. */
  handbook: string | null;
  line?: number;
  column?: number;
}

export type DocumentKind = 'case' | 'unit';

export interface ValidationResult {
  kind: DocumentKind;
  valid: boolean;
  errors: Diagnostic[];
  findings: Diagnostic[];
}

export interface FileResult extends ValidationResult {
  file: string;
  /** The path could not be read at all (missing, no permission): exit code 2, not 1. */
  unreadable?: boolean;
}

export interface ValidatorOptions {
  /** The provision model; loaded from dist/policy.json (or compiled) when omitted. */
  model?: PolicyModel;
  /** Handbook base address (see handbookBase()). */
  handbook?: string;
  /** "Today" for deadlines, ISO date; defaults to the local date. */
  asOf?: string;
  /** Which diagnostics get line and column: errors only (the default, fast) or findings too. */
  positions?: 'errors' | 'all';
}

export interface Validator {
  validateData(data: unknown, kind?: DocumentKind): ValidationResult;
  validateBytes(bytes: Uint8Array, file: string): FileResult;
  validateFile(file: string): FileResult;
  /** validateFile for each file, in order (reading a few files ahead of checking them). */
  validateFiles(files: readonly string[]): Iterable<FileResult>;
  /** The result for a path the system refused (errno code such as ENOENT). */
  unreadable(file: string, code: string): FileResult;
  /** Whether the validators came pre-compiled from dist/ or were compiled now. */
  origin: LoadedValidators['origin'];
}

/** A document names the unit schema in "$schema" to be checked as a unit set-up file. */
export function kindOf(data: unknown): DocumentKind {
  const declared = (data as { $schema?: unknown } | null)?.$schema;
  return typeof declared === 'string' && /(^|\/)unit\.schema\.json$/.test(declared) ? 'unit' : 'case';
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: '文件或目录不存在',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '这是一个目录',
  ELOOP: '符号链接循环',
  EIO: '读取出错',
};

/**
 * A file's text, parsed, or the system's error code. Reading as UTF-8 is one call into Node's
 * C++ and much the cheapest way in; but it turns bytes that are not UTF-8 into U+FFFD without a
 * word. A file holding U+FFFD (rare: bad bytes, or that very character) is read again as bytes
 * and decoded strictly, which tells the two apart and says where, and whether it looks like GBK.
 */
function readFile(file: string): ReadResult | { errno: string } {
  try {
    const text = readFileSync(file, 'utf8');
    return text.includes('\uFFFD') ? readJsonDocument(readFileSync(file)) : readJsonText(text);
  } catch (error) {
    return { errno: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  }
}

/**
 * Files read ahead of checking them in a batch. Reading one, checking one, reading the next ran
 * ≈ 10% slower over 10,000 files: the system calls and the checks keep evicting each other
 * from the processor's caches.
 */
const READ_AHEAD = 16;

export async function createValidator(options: ValidatorOptions = {}): Promise<Validator> {
  const [loaded, model] = await Promise.all([loadValidators(), options.model ?? loadModel()]);
  const base = handbookBase(options.handbook);
  const asOf = options.asOf ?? localToday();
  const fieldsOf = (id: string) => new Map<string, SchemaField>(schemaFields(loaded.files, id).map((f) => [f.path, f]));
  const roots = { case: schemaById(loaded.files, CASE_SCHEMA_ID), unit: schemaById(loaded.files, UNIT_SCHEMA_ID) };
  const contexts: Record<DocumentKind, FormatContext> = {
    case: { model, label: ((fields) => (p: string) => labelFor(fields, p, '案件'))(fieldsOf(CASE_SCHEMA_ID)) },
    unit: { model, label: ((fields) => (p: string) => labelFor(fields, p, '单位设置'))(fieldsOf(UNIT_SCHEMA_ID)) },
  };

  // A batch cites the same few provisions thousands of times: compute each citation and link once.
  const links = new Map<string, string>();
  const linkOf = (eId: string) => links.get(eId) ?? links.set(eId, handbookUrl(base, eId)).get(eId)!;

  // Most cases get the same findings in the same words (applicability, departments): a finding's
  // sentence depends only on its code and args, so each distinct one is formatted once.
  const sentences = new Map<string, string>();
  function messageOf(issue: Issue, kind: DocumentKind): string {
    if (issue.severity !== 'finding') return formatMessage(issue, contexts[kind]);
    const key = `${issue.code}\0${JSON.stringify(issue.args)}`;
    let message = sentences.get(key);
    if (message === undefined) {
      if (sentences.size > 10_000) sentences.clear();
      sentences.set(key, (message = formatMessage(issue, contexts[kind])));
    }
    return message;
  }

  function diagnostic(issue: Issue, kind: DocumentKind): Diagnostic {
    return {
      code: issue.code,
      message: messageOf(issue, kind),
      path: issue.path,
      article: issue.article,
      severity: issue.severity,
      args: issue.args,
      citation: citationOf(issue, model),
      handbook: issue.article ? linkOf(issue.article) : null,
    };
  }

  function issuesOf(data: unknown, kind: DocumentKind): Issue[] {
    const validate = loaded.validators[kind];
    validate(data);
    const schema = validate.errors ? schemaIssues(validate.errors, { files: loaded.files, root: roots[kind], document: data }) : [];
    const rules: Issue[] = kind === 'case' ? evaluateCase(data, model, { asOf }) : [];
    // A rule says more than the schema about the same place and provision (a relation outside
    // Art. 32 fails both the enum and the rule): keep the rule's sentence only.
    const ruled = rules.filter((r) => r.severity === 'error');
    return [...schema.filter((s) => !ruled.some((r) => r.path === s.path && r.article === s.article)), ...rules];
  }

  function result(kind: DocumentKind, diagnostics: Diagnostic[]): ValidationResult {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    return { kind, valid: errors.length === 0, errors, findings: diagnostics.filter((d) => d.severity === 'finding') };
  }

  function validateData(data: unknown, kind = kindOf(data)): ValidationResult {
    return result(kind, issuesOf(data, kind).map((i) => diagnostic(i, kind)));
  }

  function validateBytes(bytes: Uint8Array, file: string): FileResult {
    return validateRead(readJsonDocument(bytes), file);
  }

  function validateRead(read: ReadResult, file: string): FileResult {
    if (!read.ok) {
      const issue: InputIssue = read.issue;
      const at = issue.line === undefined && read.text !== undefined ? locator(read.text)(issue.path, issue.at) : undefined;
      const d = { ...diagnostic(issue, 'case'), line: issue.line ?? at?.line, column: issue.column ?? at?.column };
      return { file, ...result('case', [d]) };
    }
    const kind = kindOf(read.data);
    const issues = issuesOf(read.data, kind);
    const locate = locator(read.text);
    const diagnostics = issues.map((issue) => {
      const d = diagnostic(issue, kind);
      if (issue.severity === 'finding' && options.positions !== 'all') return d;
      const at = locate(issue.path, issue.at);
      return at ? { ...d, line: at.line, column: at.column } : d;
    });
    diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { file, ...result(kind, diagnostics) };
  }

  function unreadable(file: string, code: string): FileResult {
    const issue: Issue = { code: 'unreadable', article: null, path: '', severity: 'error', args: { reason: READ_ERRORS[code] ?? code } };
    return { file, unreadable: true, ...result('case', [diagnostic(issue, 'case')]) };
  }

  function resultOf(read: ReturnType<typeof readFile>, file: string): FileResult {
    return 'errno' in read ? unreadable(file, read.errno) : validateRead(read, file);
  }

  function validateFile(file: string): FileResult {
    return resultOf(readFile(file), file);
  }

  function* validateFiles(files: readonly string[]): Generator<FileResult> {
    for (let start = 0; start < files.length; start += READ_AHEAD) {
      const group = files.slice(start, start + READ_AHEAD);
      const reads = group.map(readFile);
      for (let i = 0; i < group.length; i++) yield resultOf(reads[i]!, group[i]!);
    }
  }

  return { validateData, validateBytes, validateFile, validateFiles, unreadable, origin: loaded.origin };
}

let shared: Promise<Validator> | undefined;
const sharedValidator = () => (shared ??= createValidator());

/** Checks a parsed case (or unit set-up) against the schema and the Measures' rules. */
export async function validateCase(data: unknown): Promise<ValidationResult> {
  return (await sharedValidator()).validateData(data);
}

/** Reads and checks one file; errors carry line and column. Never throws for a bad file. */
export async function validateCaseFile(file: string): Promise<FileResult> {
  return (await sharedValidator()).validateFile(file);
}
