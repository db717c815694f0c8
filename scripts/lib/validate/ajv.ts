/**
 * The validator's Ajv: the project's one kind of instance (scripts/lib/ajv.ts) with the
 * schemas' annotation keywords. Not verbose, and without Ajv's English messages:
 * schema-errors.ts finds the failed keyword's schema from its path and messages.ts says it in
 * Chinese.
 */
import type { ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv } from '../ajv.ts';
import { EDITOR_KEYWORDS, withoutEditorHints } from '../build/editor-hints.ts';
import { dereference } from './dereference.ts';
import { CASE_SCHEMA_ID, UNIT_SCHEMA_ID, type SchemaFile } from './schema-files.ts';

/** The annotation keywords build/generate.ts derives parts of the schemas from: they never change a result. */
export const DERIVING_KEYWORDS = ['x-items-of', 'x-members-of', 'x-properties-of', 'x-text-of', 'x-description', 'x-parameter', 'x-values-of'] as const;

/** The two document schemas, compiled. */
export interface Validators {
  case: ValidateFunction;
  unit: ValidateFunction;
}

const EID_PATTERN = '^(?:chp_\\d{1,2}|art_\\d{1,2}(?:__para_\\d{1,2}|__item_\\d{1,2})?)$';

/**
 * "x-article": the eId (or eIds) of the provision a keyword encodes. An annotation: it never
 * changes the result, but it must be a well-formed eId (the schema tests check it exists).
 */
const X_ARTICLE_KEYWORD = {
  keyword: 'x-article',
  metaSchema: {
    anyOf: [
      { type: 'string', pattern: EID_PATTERN },
      { type: 'array', items: { type: 'string', pattern: EID_PATTERN }, minItems: 1 },
    ],
  },
};

/** An Ajv that knows the schemas' annotations: x-article, what generate.ts derives parts from, and the editors' hints. */
export function createSchemaAjv(options: { forStandalone?: boolean } = {}): Ajv2020 {
  return createAjv({ ...options, keywords: [X_ARTICLE_KEYWORD, ...DERIVING_KEYWORDS, ...EDITOR_KEYWORDS] });
}

const ANNOTATIONS = new Set(['const', 'title', 'description', 'x-article', '$comment']);

/**
 * The schema as it is compiled: a oneOf whose branches are only documented consts (how the
 * schemas write every closed list, for editors) becomes the equivalent enum. Ajv checks a
 * oneOf by running every branch and building an error for each that fails, on every file;
 * an enum is one lookup. Same positions, so error paths still lead back to the documented
 * schema (and its x-article) in schemas/.
 */
function forValidation(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forValidation);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = forValidation(value);
  const branches = out.oneOf;
  if (
    Array.isArray(branches) &&
    branches.every((b) => b !== null && typeof b === 'object' && 'const' in b && Object.keys(b).every((k) => ANNOTATIONS.has(k))) &&
    new Set(branches.map((b) => JSON.stringify((b as { const: unknown }).const))).size === branches.length
  ) {
    delete out.oneOf;
    out.enum = branches.map((b) => (b as { const: unknown }).const);
  }
  return out;
}

/**
 * Compiles the two document schemas, each as one tree (dereference.ts), in a fresh Ajv, without
 * the editors' hints (editor-hints.ts: their branches only restate `required` for an editor, and
 * removing them, last in their allOf, moves no error path); `documented` compiles them as written
 * otherwise (the tests compare the two).
 */
export function compileValidators(files: SchemaFile[], ajv = createSchemaAjv(), options: { documented?: boolean } = {}): { ajv: Ajv2020; validators: Validators } {
  const plain = files.map((f) => ({ ...f, schema: withoutEditorHints(f.schema) as typeof f.schema }));
  for (const id of [CASE_SCHEMA_ID, UNIT_SCHEMA_ID]) {
    const tree = dereference(plain, id);
    ajv.addSchema(options.documented ? tree : (forValidation(tree) as object), id);
  }
  const get = (id: string) => {
    const v = ajv.getSchema(id);
    if (!v) throw new Error(`无法编译架构 ${id}`);
    return v;
  };
  return { ajv, validators: { case: get(CASE_SCHEMA_ID), unit: get(UNIT_SCHEMA_ID) } };
}
