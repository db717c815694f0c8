/**
 * The validator for the commands: the core (validator-core.ts: schema, rules, duties, messages)
 * with the compiled validators and the provision model from dist/ (or compiled now when stale),
 * and files read from disk, refused when they are not regular files or are too large.
 */
import type { PolicyModel } from '../policy/model.ts';
import { loadPolicyModel as loadModel } from '../policy/load.ts';
import { localToday } from '../calendar.ts';
import { loadValidators, type LoadedValidators } from './compiled.ts';
import type { Describer, DocumentKind } from './describe.ts';
import { handbookBase } from './handbook-base.ts';
import { DEFAULT_MAX_BYTES, parseFile, readFile, type FileRead } from './read-file.ts';
import { createCoreValidator, type CoreRead, type FileResult, type ValidationResult } from './validator-core.ts';

export { errorsOf, findingsOf, type FileResult, type ValidationResult } from './validator-core.ts';

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

/**
 * Files checked together, stage by stage: all read, then all parsed, all checked against the
 * schema, by the rules, for their duties. Each stage is a lot of code (Ajv's validators, 25
 * rules, 46 duties, the report); run file by file, they kept evicting each other's code from
 * the processor's caches: 10,000 files took 1.37 s instead of 1.06 s (0.81 s instead of 0.66 s
 * with --quiet). Groups of 32 or 256 were slower than 128; a group holds a few hundred KB.
 */
const GROUP = 128;

export async function createValidator(options: ValidatorOptions = {}): Promise<Validator> {
  const [loaded, model] = await Promise.all([loadValidators(), options.model ?? loadModel()]);
  const core = createCoreValidator({
    validators: loaded.validators,
    files: loaded.files,
    model,
    handbook: handbookBase(options.handbook),
    asOf: options.asOf ?? localToday(),
    ...(options.positions ? { positions: options.positions } : {}),
    ...(options.duties !== undefined ? { duties: options.duties } : {}),
  });
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  /** A file read, parsed (its text, or its bytes when the fast read may have hidden a bad byte). */
  const parsed = (read: FileRead): CoreRead => ('bytes' in read ? parseFile(read) : read);

  function validateFile(file: string, kind?: DocumentKind): FileResult {
    return core.resultsOf([parsed(readFile(file, maxBytes))], [file], kind)[0]!;
  }

  function* validateFiles(files: readonly string[]): Generator<FileResult> {
    for (let start = 0; start < files.length; start += GROUP) {
      const group = files.slice(start, start + GROUP);
      // Stage by stage: all read, then all parsed.
      const reads = group.map((file) => readFile(file, maxBytes));
      yield* core.resultsOf(reads.map(parsed), group);
    }
  }

  return {
    validateData: core.validateData,
    validateBytes: core.validateBytes,
    validateFile,
    validateFiles,
    unreadable: core.unreadable,
    describe: core.describe,
    model,
    origin: loaded.origin,
  };
}
