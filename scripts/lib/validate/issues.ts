/**
 * Every issue the validator can report about a document: the rules' (scripts/lib/rules/
 * issues.ts), the schema's and the file reader's, in one union discriminated by code. The
 * formatter (messages.ts) is typed over these codes, so each has its Chinese sentence.
 */
import type { IssueOf, RuleArgs } from '../rules/issues.ts';

/** What Ajv found, one code per failed keyword (see schema-errors.ts). */
export interface SchemaArgs {
  'schema-required': { property: string };
  'schema-additional-properties': { property: string; known: readonly string[] };
  'schema-type': { expected: string; actual: string };
  'schema-enum': { allowed: readonly unknown[]; value?: string };
  'schema-const': { allowed: readonly unknown[]; value?: string };
  'schema-format': { format: string };
  'schema-min-items': { limit: number };
  'schema-max-items': { limit: number };
  'schema-min-length': { limit: number };
  'schema-max-length': { limit: number };
  'schema-minimum': { limit: number };
  'schema-maximum': { limit: number };
  /** `character`: the first character the text may not hold (U+FFFE), and its place in the text (1-based). */
  'schema-pattern': { pattern: string; character?: string; at?: number };
  'schema-contains': { requirement?: string };
  'schema-one-of': Record<string, never>;
  /** A keyword the schemas do not use today: said generally rather than not at all. */
  'schema-other': { keyword: string };
}

/** What is wrong with the file itself, before there is a document to check (read-json.ts). */
export interface InputArgs {
  'empty-file': Record<string, never>;
  /** `bom`: the file starts with a byte order mark (without one, its NUL bytes give it away). */
  'utf16-encoding': { bom: boolean };
  'utf32-encoding': { bom: boolean };
  'not-utf8': { line: number; column: number; likelyGbk: boolean };
  'malformed-json': { detail: string };
  'control-character': { character: string; name: string };
  'number-out-of-range': Record<string, never>;
  'number-too-precise': Record<string, never>;
  'lone-surrogate': Record<string, never>;
  /** Larger than the limit (bytes), checked before anything is read. */
  'file-too-large': { size: number; limit: number };
  /** A FIFO, device, socket … given as a file. */
  'not-a-file': { kind: string };
  'top-level-not-object': { actual: string };
  'too-deep': { limit: number };
  'forbidden-key': { key: string };
  'duplicate-key': { key: string; firstLine: number; firstColumn: number };
  unreadable: { reason: string };
  /** A version 1 case file (conclusions, not facts): wq-migrate rewrites it. */
  'old-schema-version': { version: number };
}

export type IssueArgs = RuleArgs & SchemaArgs & InputArgs;
export type Code = keyof IssueArgs;
export type SchemaCode = keyof SchemaArgs;
export type InputCode = keyof InputArgs;

export type Issue<C extends Code = Code> = { [K in C]: IssueOf<K, IssueArgs[K]> }[C];

/** An issue with its place in the file (1-based), when the file has one. */
export type LocatedIssue = Issue & { line?: number; column?: number };

/** The issues with one code, typed by it: issuesWith(result.issues, 'report-up-required')[0]?.args.items. */
export function issuesWith<C extends Code>(issues: readonly Issue[], code: C): Issue<C>[] {
  return issues.filter((i) => i.code === code) as Issue<C>[];
}

/** A problem of the file itself: no provision, no place inside a document. */
export function fileIssue<C extends InputCode>(code: C, args: InputArgs[C], at?: { line: number; column: number }): Issue<C> & { line?: number; column?: number } {
  return { code, severity: 'error', articles: [], path: '', args, ...at } as unknown as Issue<C> & { line?: number; column?: number };
}
