/**
 * Ajv's errors, made into the same typed issues the rules produce. Ajv reports a failed
 * oneOf with an error per branch; staff need one sentence, so:
 * - a oneOf of const values (our documented enums) becomes one "not an allowed value" error;
 * - a oneOf whose branches are told apart by a const property (the article of an exemption
 *   claim) keeps only the errors of the branch the data chose;
 * - if/then keeps the "then" errors and drops Ajv's summary "must match then schema".
 * Ajv runs without `verbose` (it makes validation 2.5× slower, on every file): the schema
 * around a failed keyword and the offending value are looked up here, from the error's paths.
 */
import type { ErrorObject } from 'ajv';
import type { Issue, SchemaArgs, SchemaCode } from './issues.ts';
import type { JsonSchema, SchemaFile } from './schema-ids.ts';
import { escapeSegment, isPlainObject, segmentsOf, valueAtPath } from './pointer.ts';
import { xArticles } from './schema-index.ts';


interface Problem {
  keyword: string;
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  parentSchema: JsonSchema;
  data: unknown;
}

const isObject = (v: unknown): v is JsonSchema => isPlainObject(v);

function branchIndex(problem: Problem, prefix: string): number {
  return Number.parseInt(problem.schemaPath.slice(prefix.length + 1), 10);
}

/** The property every branch fixes with a const (the discriminator), if there is one. */
function discriminatorOf(branches: JsonSchema[]): string | undefined {
  const first = branches[0]?.properties;
  if (!isObject(first)) return undefined;
  return Object.keys(first).find((key) =>
    branches.every((b) => isObject(b.properties) && isObject(b.properties[key]) && 'const' in (b.properties[key] as JsonSchema)),
  );
}

function collapseOneOf(problems: Problem[]): Problem[] {
  let list = problems;
  const oneOfs = problems.filter((p) => p.keyword === 'oneOf').sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const E of oneOfs) {
    if (!list.includes(E)) continue;
    // The same schema is applied to every item of an array: a child shares E's schema path
    // and sits at or below E's place in the data.
    const prefix = `${E.schemaPath}/`;
    const under = (p: Problem) =>
      p.schemaPath.startsWith(prefix) && (p.instancePath === E.instancePath || p.instancePath.startsWith(`${E.instancePath}/`));
    const children = list.filter(under);
    const others = list.filter((p) => p !== E && !under(p));
    const branches = (Array.isArray(E.parentSchema.oneOf) ? E.parentSchema.oneOf : []).filter(isObject);
    const enumProblem = (instancePath: string, parentSchema: JsonSchema, data: unknown, allowedValues: unknown[]): Problem => ({
      keyword: 'enum', instancePath, schemaPath: E.schemaPath, params: { allowedValues }, parentSchema, data,
    });
    if (branches.length && branches.every((b) => 'const' in b)) {
      list = [...others, enumProblem(E.instancePath, E.parentSchema, E.data, branches.map((b) => b.const))];
      continue;
    }
    const key = discriminatorOf(branches);
    if (!key) {
      list = [...others, E];
      continue;
    }
    const at = `${E.instancePath}/${key}`;
    const mismatched = (i: number) => children.some((p) => branchIndex(p, E.schemaPath) === i && p.keyword === 'const' && p.instancePath === at);
    const lacking = (i: number) =>
      children.some((p) => branchIndex(p, E.schemaPath) === i && p.keyword === 'required' && p.params.missingProperty === key);
    const matching = branches.map((_, i) => i).filter((i) => !mismatched(i) && !lacking(i));
    if (matching.length === 1) {
      list = [...others, ...children.filter((p) => branchIndex(p, E.schemaPath) === matching[0])];
    } else if (branches.every((_, i) => lacking(i))) {
      list = [...others, { ...E, keyword: 'required', params: { missingProperty: key } }];
    } else if (matching.length === 0) {
      const allowed = branches.map((b) => ((b.properties as JsonSchema)[key] as JsonSchema).const);
      const data = isObject(E.data) ? E.data[key] : undefined;
      list = [...others, enumProblem(at, E.parentSchema, data, allowed)];
    } else {
      list = [...others, E];
    }
  }
  return list;
}

const TYPE_NAMES: Record<string, string> = {
  string: '字符串', number: '数字', integer: '整数', boolean: '布尔值（true 或 false）', object: '对象', array: '数组', null: 'null',
};

export function typeNameOf(value: unknown): string {
  if (value === null) return TYPE_NAMES.null!;
  if (Array.isArray(value)) return TYPE_NAMES.array!;
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/** A short value worth repeating in a message (an enum word), never free text or names. */
function shortValue(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 20 ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

type SchemaIssue = Issue<SchemaCode>;

/** Keywords whose "limit" param is the number a message states (minItems → schema-min-items). */
const LIMITS = { minItems: 'schema-min-items', maxItems: 'schema-max-items', minLength: 'schema-min-length', maxLength: 'schema-max-length', minimum: 'schema-minimum', maximum: 'schema-maximum' } as const;

function toIssue(p: Problem): SchemaIssue {
  const articles = xArticles(p.parentSchema);
  const make = <C extends SchemaCode>(code: C, args: SchemaArgs[C], extra: { path?: string; at?: 'key' } = {}): SchemaIssue =>
    ({ code, severity: 'error', articles, path: p.instancePath, args, ...extra }) as unknown as SchemaIssue;
  switch (p.keyword) {
    case 'required':
      return make('schema-required', { property: String(p.params.missingProperty) });
    case 'additionalProperties': {
      const property = String(p.params.additionalProperty);
      const known = isObject(p.parentSchema.properties) ? Object.keys(p.parentSchema.properties) : [];
      return make('schema-additional-properties', { property, known }, { path: `${p.instancePath}/${escapeSegment(property)}`, at: 'key' });
    }
    case 'type':
      return make('schema-type', { expected: TYPE_NAMES[String(p.params.type)] ?? String(p.params.type), actual: typeNameOf(p.data) });
    case 'enum':
      return make('schema-enum', { allowed: p.params.allowedValues as unknown[], ...optional('value', shortValue(p.data)) });
    case 'const':
      return make('schema-const', { allowed: [p.params.allowedValue], ...optional('value', shortValue(p.data)) });
    case 'contains':
      return make('schema-contains', optional('requirement', isObject(p.parentSchema.contains) ? String(p.parentSchema.contains.description) : undefined));
    case 'format':
      return make('schema-format', { format: String(p.params.format) });
    case 'pattern':
      return make('schema-pattern', { pattern: String(p.params.pattern), ...forbiddenCharacter(p.data) });
    case 'oneOf':
      return make('schema-one-of', {});
    default:
      if (p.keyword in LIMITS) return make(LIMITS[p.keyword as keyof typeof LIMITS], { limit: Number(p.params.limit) });
      return make('schema-other', { keyword: p.keyword });
  }
}

/** Characters no text may hold (control characters, U+FFFE, U+FFFF: what XML 1.0 forbids): the first, and where. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/u;

function forbiddenCharacter(value: unknown): { character?: string; at?: number } {
  if (typeof value !== 'string') return {};
  const found = FORBIDDEN.exec(value);
  if (!found) return {};
  const code = found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return { character: `U+${code}`, at: [...value.slice(0, found.index)].length + 1 };
}

const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));

/**
 * The schema object that holds the keyword an Ajv schemaPath ends with. Ajv writes the path from
 * the root ("#/properties/id/minLength") or from a $ref as written ("parts/officer.schema.json/
 * properties/role/oneOf", "common.schema.json#/$defs/date/format"); schema file names are unique.
 */
function parentSchemaAt(files: readonly SchemaFile[], root: JsonSchema, schemaPath: string): JsonSchema {
  const m = /^(?:(?:.*\/)?([^/#]+\.schema\.json))?#?(.*)$/.exec(schemaPath)!;
  let node: unknown = m[1] ? files.find((f) => f.file.endsWith(`/${m[1]}`))?.schema : root;
  // Ajv percent-encodes the fragment of a $ref as a URI would; the keyword itself is the last segment.
  node = valueAtPath(node, segmentsOf(decodeURIComponent(m[2]!.replace(/^\/?/, '/'))).slice(0, -1));
  return isObject(node) ? node : {};
}

/** A failed `contains` reports why each item failed; only the `contains` error itself says something. */
function dropContainsDetail(problems: Problem[]): Problem[] {
  const contains = problems.filter((p) => p.keyword === 'contains');
  return problems.filter((p) => !contains.some((c) => p.schemaPath.startsWith(`${c.schemaPath}/`) && p.instancePath.startsWith(c.instancePath)));
}

export function schemaIssues(
  errors: readonly ErrorObject[] | null | undefined,
  context: { files: readonly SchemaFile[]; root: JsonSchema; document: unknown },
): SchemaIssue[] {
  const problems: Problem[] = (errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => ({
      keyword: e.keyword,
      instancePath: e.instancePath,
      schemaPath: e.schemaPath,
      params: e.params as Record<string, unknown>,
      parentSchema: parentSchemaAt(context.files, context.root, e.schemaPath),
      data: valueAtPath(context.document, segmentsOf(e.instancePath)),
    }));
  return collapseOneOf(dropContainsDetail(problems)).map(toIssue);
}
