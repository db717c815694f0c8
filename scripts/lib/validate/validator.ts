/**
 * Validation of one document: the schema (Ajv, strict, all errors), then the Measures' rules,
 * then one formatter for every message. Documents are cases unless their "$schema" names the
 * unit schema, so one command checks both kinds of file.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import type { PolicyModel } from '../policy/model.ts';
import { loadPolicyModel as loadModel } from '../policy/load.ts';
import type { Case } from '../case/index.ts';
import { evaluateDuties, type DutyStatus } from '../duties/index.ts';
import { evaluateCase, localToday } from '../rules/index.ts';
import { loadValidators, type LoadedValidators } from './compiled.ts';
import { createDescriber, type Describer, type DocumentKind } from './describe.ts';
import { fileIssue, type Issue, type LocatedIssue } from './issues.ts';
import { locator } from './positions.ts';
import { readJsonDocument, readJsonText, type ReadResult } from './read-json.ts';
import { schemaIssues } from './schema-errors.ts';
import { CASE_SCHEMA_ID, UNIT_SCHEMA_ID, schemaById } from './schema-files.ts';


/** What the validator says about one document: the one result every face reads. */
export interface ValidationResult {
  kind: DocumentKind;
  /** No errors: the schema and every rule hold. */
  valid: boolean;
  /** Errors and findings, in the order of their places in the file. */
  issues: LocatedIssue[];
  /** What the Measures require of the office in this case, duty by duty (a valid case only). */
  duties: DutyStatus[];
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
}

export interface Validator {
  /** Checks a document already parsed; its kind from "$schema" unless given. */
  validateData(data: unknown, kind?: DocumentKind): ValidationResult;
  validateBytes(bytes: Uint8Array, file: string, kind?: DocumentKind): FileResult;
  validateFile(file: string, kind?: DocumentKind): FileResult;
  /** validateFile for each file, in order (reading a few files ahead of checking them). */
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

const READ_ERRORS: Record<string, string> = {
  ENOENT: '文件或目录不存在',
  EACCES: '没有读取权限',
  EPERM: '没有读取权限',
  EISDIR: '这是一个目录',
  ELOOP: '符号链接循环',
  EIO: '读取出错',
};

/** Case files are a few KB; a file past this is refused before it is read (--max-size). */
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

function kindOfNode(stats: Stats): string {
  if (stats.isFIFO()) return '命名管道（FIFO）';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return '设备文件';
  if (stats.isSocket()) return '套接字';
  return stats.isDirectory() ? '目录' : '特殊文件';
}

type Read = ReadResult | { errno: string } | { refused: LocatedIssue };

/**
 * A file's text, parsed, or why it was not read. It is opened without blocking and looked at
 * first: a FIFO would wait forever for a writer, /dev/zero never ends, and a file of many MB
 * costs memory a batch cannot spare; those are refused, each with its own issue.
 *
 * Reading as UTF-8 is one call into Node's C++ and much the cheapest way in; but it turns bytes
 * that are not UTF-8 into U+FFFD without a word. A file holding U+FFFD (rare: bad bytes, or that
 * very character) is read again as bytes and decoded strictly, which tells the two apart and
 * says where, and whether it looks like GBK; so is one holding NUL, which UTF-16 and UTF-32 do.
 */
function readFile(file: string, maxBytes: number): Read {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { refused: fileIssue('not-a-file', { kind: kindOfNode(stats) }) };
    if (stats.size > maxBytes) return { refused: fileIssue('file-too-large', { size: stats.size, limit: maxBytes }) };
    const bytes = readFileSync(fd);
    const text = bytes.toString('utf8');
    // NUL is valid UTF-8 but no JSON text holds one raw: likely UTF-16 or UTF-32 without a mark.
    return text.includes('\uFFFD') || text.includes('\u0000') ? readJsonDocument(bytes) : readJsonText(text);
  } catch (error) {
    return { errno: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    if (fd !== undefined) closeSync(fd);
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
  const asOf = options.asOf ?? localToday();
  const roots = { case: schemaById(loaded.files, CASE_SCHEMA_ID), unit: schemaById(loaded.files, UNIT_SCHEMA_ID) };
  const describe = createDescriber({ model, files: loaded.files, handbook: options.handbook });

  /** The schema's and the rules' issues, and for a valid case the duty checklist. */
  function check(data: unknown, kind: DocumentKind): { issues: Issue[]; duties: DutyStatus[] } {
    const validate = loaded.validators[kind];
    const schemaValid = validate(data);
    const schema = validate.errors ? schemaIssues(validate.errors, { files: loaded.files, root: roots[kind], document: data }) : [];
    const rules = kind === 'case' ? evaluateCase(data, model, { asOf }) : [];
    // A rule says more than the schema about the same place and provision (a relation outside
    // Art. 32 fails both the enum and the rule): keep the rule's sentence only.
    const ruled = rules.filter((r) => r.severity === 'error');
    const repeated = (s: Issue) => ruled.some((r) => r.path === s.path && r.articles[0] === s.articles[0]);
    // The checklist reads the case as the schema shapes it: only a case with no error gets one.
    const duties = kind === 'case' && schemaValid && ruled.length === 0 ? evaluateDuties(data as Case, rules, { model, asOf }) : [];
    return { issues: [...schema.filter((s) => !repeated(s)), ...rules], duties };
  }

  const result = (kind: DocumentKind, issues: LocatedIssue[], duties: DutyStatus[] = []): ValidationResult => ({
    kind,
    valid: !issues.some((i) => i.severity === 'error'),
    issues,
    duties,
  });

  function validateData(data: unknown, kind = kindOf(data)): ValidationResult {
    const { issues, duties } = check(data, kind);
    return result(kind, issues, duties);
  }

  function validateRead(read: ReadResult, file: string, declared?: DocumentKind): FileResult {
    if (!read.ok) {
      const { issue } = read;
      const at = issue.line === undefined && read.text !== undefined ? locator(read.text)(issue.path, issue.at) : undefined;
      return { file, ...result(declared ?? 'case', [at ? { ...issue, ...at } : issue]) };
    }
    const kind = declared ?? kindOf(read.data);
    const locate = locator(read.text);
    const checked = check(read.data, kind);
    const issues: LocatedIssue[] = checked.issues.map((issue) => {
      if (issue.severity === 'finding' && options.positions !== 'all') return issue;
      const at = locate(issue.path, issue.at);
      return at ? { ...issue, line: at.line, column: at.column } : issue;
    });
    issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { file, data: read.data, ...result(kind, issues, checked.duties) };
  }

  function validateBytes(bytes: Uint8Array, file: string, kind?: DocumentKind): FileResult {
    return validateRead(readJsonDocument(bytes), file, kind);
  }

  function unreadable(file: string, code: string): FileResult {
    return { file, unreadable: true, ...result('case', [fileIssue('unreadable', { reason: READ_ERRORS[code] ?? code })]) };
  }

  function resultOf(read: Read, file: string, kind?: DocumentKind): FileResult {
    if ('errno' in read) return unreadable(file, read.errno);
    if ('refused' in read) return { file, ...result(kind ?? 'case', [read.refused]) };
    return validateRead(read, file, kind);
  }

  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const read = (file: string) => readFile(file, maxBytes);

  function validateFile(file: string, kind?: DocumentKind): FileResult {
    return resultOf(read(file), file, kind);
  }

  function* validateFiles(files: readonly string[]): Generator<FileResult> {
    for (let start = 0; start < files.length; start += READ_AHEAD) {
      const group = files.slice(start, start + READ_AHEAD);
      const reads = group.map(read);
      for (let i = 0; i < group.length; i++) yield resultOf(reads[i]!, group[i]!);
    }
  }

  return { validateData, validateBytes, validateFile, validateFiles, unreadable, describe, model, origin: loaded.origin };
}
