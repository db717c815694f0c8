/**
 * The case workbench's form, read from the case schema at build time (the schema as the validator
 * compiles it: dereferenced, without the editors' hints): every property becomes one of a small
 * set of field kinds (site/src/workbench/spec.ts) with the schema's Chinese title and description
 * and its provisions; the schema's if/then/else say when a field is required and when it applies.
 * A construct the form cannot show fails the build, naming the place: a field a clerk could not
 * fill is a bug, not a gap to find later.
 */
import { withoutEditorHints } from '../build/editor-hints.ts';
import { dereference } from '../validate/dereference.ts';
import { CASE_SCHEMA_ID, type JsonSchema, type SchemaFile } from '../validate/schema-ids.ts';
import type { Choice, Condition, FieldSpec, FormSpec, RefTarget } from '../../../site/src/workbench/spec.ts';

/** How the schemas write an identifier (common.schema.json#/$defs/id). */
const ID_PATTERN = '^[A-Za-z][A-Za-z0-9_-]{0,19}$';
/** How they write a time of day. */
const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
/** Longer than a sentence: a paragraph, written in a text area. */
const SENTENCE = 300;

/**
 * Where a reference must name a protected person (the officer, not a relative) rather than anyone:
 * the parts about the officer's own treatment. The rule unknown-reference (rules/references.ts)
 * checks the same, and test/site/workbench-spec.test.ts holds the two together.
 */
const ABOUT_THE_OFFICER = new Set(['sanctions', 'corrections', 'exemptionClaims', 'liabilityDecisions', 'nameClearing', 'misconductTransfer']);

class WorkbenchSpecError extends Error {}

interface Context {
  /** JSON pointer of the property (for messages). */
  pointer: string;
  /** The case's top-level property this lies under. */
  top: string;
  /** The titles of the case's top-level lists, for integer positions into them. */
  lists: Map<string, string>;
}

const isObject = (v: unknown): v is JsonSchema => v !== null && typeof v === 'object' && !Array.isArray(v);
const articlesOf = (node: JsonSchema): string[] | undefined => {
  const a = node['x-article'];
  return typeof a === 'string' ? [a] : Array.isArray(a) ? (a as string[]) : undefined;
};

/** Title, description and provisions, written only when present. */
function base(node: JsonSchema, key: string, context: Context): { key: string; title: string; hint?: string; articles?: string[] } {
  const title = node.title;
  if (typeof title !== 'string') throw new WorkbenchSpecError(`案件架构 ${context.pointer || '/'} 没有标题（title），工作台无法为它生成字段`);
  const hint = typeof node.description === 'string' ? node.description : undefined;
  const articles = articlesOf(node);
  return { key, title, ...(hint ? { hint } : {}), ...(articles ? { articles } : {}) };
}

/** A closed list written as oneOf of documented constants. */
function constChoices(branches: unknown): Choice[] | undefined {
  if (!Array.isArray(branches) || branches.length === 0 || !branches.every((b) => isObject(b) && 'const' in b)) return undefined;
  return (branches as JsonSchema[]).map((b) => {
    const articles = articlesOf(b);
    const label = typeof b.title === 'string' ? b.title : String(b.const);
    return { value: b.const, label, ...(typeof b.description === 'string' ? { hint: b.description } : {}), ...(articles ? { articles } : {}) };
  });
}

/** An if-schema as a condition on the object: required members equal to a constant, or booleans, possibly nested. */
function conditionOf(node: unknown, context: Context, path: readonly string[] = []): Condition {
  const unsupported = () => new WorkbenchSpecError(`案件架构 ${context.pointer || '/'} 的条件（if）形式工作台不认识：${JSON.stringify(node)}`);
  if (!isObject(node) || !isObject(node.properties) || !Array.isArray(node.required)) throw unsupported();
  const properties = node.properties;
  const all: Condition[] = (node.required as string[]).map((key) => {
    const sub = properties[key];
    const at = [...path, key];
    if (!isObject(sub)) throw unsupported();
    if ('const' in sub) return { eq: { path: at, value: sub.const } };
    if (sub.type === 'boolean' && Object.keys(sub).length === 1) return { isBoolean: at };
    if (isObject(sub.properties)) return conditionOf(sub, context, at);
    throw unsupported();
  });
  return all.length === 1 ? all[0]! : { all };
}

const either = (a: Condition | undefined, b: Condition): Condition => (a ? { any: [...('any' in a ? a.any : [a]), b] } : b);

/** The if/then/else of an object (its own and those in its allOf): when each member is required and when it applies. */
function conditionsOf(node: JsonSchema, context: Context): { requiredWhen: Map<string, Condition>; showWhen: Map<string, Condition> } {
  const requiredWhen = new Map<string, Condition>();
  const showWhen = new Map<string, Condition>();
  const branches = [node, ...(Array.isArray(node.allOf) ? (node.allOf as JsonSchema[]) : [])].filter((b) => 'if' in b);
  for (const branch of branches) {
    const when = conditionOf(branch.if, context);
    for (const [part, condition] of [
      [branch.then, when],
      [branch.else, { not: when }],
    ] as const) {
      if (!isObject(part)) continue;
      const required = Array.isArray(part.required) ? (part.required as string[]) : [];
      for (const key of required) requiredWhen.set(key, either(requiredWhen.get(key), condition));
      for (const key of new Set([...Object.keys(isObject(part.properties) ? part.properties : {}), ...required])) showWhen.set(key, either(showWhen.get(key), condition));
    }
  }
  return { requiredWhen, showWhen };
}

function refTarget(key: string, context: Context): RefTarget {
  if (key === 'act') return 'act';
  if (key === 'of' || ABOUT_THE_OFFICER.has(context.top)) return 'protected';
  return 'person';
}

/** The prefix of generated identifiers, from the description's example (“如 p1”). */
function idPrefix(node: JsonSchema, context: Context): string {
  const m = typeof node.description === 'string' ? /如\s*([A-Za-z]+)1/.exec(node.description) : null;
  if (!m) throw new WorkbenchSpecError(`案件架构 ${context.pointer} 的标识没有示例（如 p1），工作台不知道怎样生成新的标识`);
  return m[1]!;
}

function field(node: unknown, key: string, context: Context): FieldSpec {
  if (!isObject(node)) throw new WorkbenchSpecError(`案件架构 ${context.pointer} 不是架构对象`);
  if ('const' in node) return { ...base(node, key, context), kind: 'const', value: node.const };
  const choices = constChoices(node.oneOf);
  if (choices) return { ...base(node, key, context), kind: 'choice', choices };
  if (Array.isArray(node.anyOf)) {
    // A fixed word or a person (events[].subject: 侵权人, 其他, or p1).
    const fixed = constChoices((node.anyOf as JsonSchema[]).filter((b) => 'const' in b));
    const open = (node.anyOf as JsonSchema[]).filter((b) => !('const' in b));
    if (fixed && open.length === 1 && open[0]!.pattern === ID_PATTERN) return { ...base(node, key, context), kind: 'ref', to: refTarget(key, context), fixed };
    throw new WorkbenchSpecError(`案件架构 ${context.pointer} 的 anyOf 形式工作台不认识`);
  }
  switch (node.type) {
    case 'object':
      return { ...base(node, key, context), kind: 'object', fields: objectFields(node, context) };
    case 'array':
      return arrayField(node, key, context);
    case 'boolean':
      return { ...base(node, key, context), kind: 'boolean' };
    case 'number':
      return { ...base(node, key, context), kind: 'number', ...(typeof node.minimum === 'number' ? { minimum: node.minimum } : {}), ...(typeof node.maximum === 'number' ? { maximum: node.maximum } : {}) };
    case 'integer': {
      // A position in another list of the case, named by that list's title (corrections[].sanction → 处分、处理).
      const list = [...context.lists].find(([, title]) => title === node.title)?.[0];
      if (!list) throw new WorkbenchSpecError(`案件架构 ${context.pointer} 是整数，但其标题不是案件中任何一个列表的标题，工作台不知道它指向什么`);
      return { ...base(node, key, context), kind: 'index', list };
    }
    case 'string': {
      if (node.format === 'date') return { ...base(node, key, context), kind: 'date' };
      if (node.pattern === TIME_PATTERN) return { ...base(node, key, context), kind: 'time' };
      if (node.pattern === ID_PATTERN) {
        return key === 'id'
          ? { ...base(node, key, context), kind: 'id', prefix: idPrefix(node, context) }
          : { ...base(node, key, context), kind: 'ref', to: refTarget(key, context) };
      }
      const maxLength = typeof node.maxLength === 'number' ? node.maxLength : SENTENCE;
      return { ...base(node, key, context), kind: 'text', maxLength, multiline: maxLength > SENTENCE };
    }
    default:
      throw new WorkbenchSpecError(`案件架构 ${context.pointer} 的类型（${String(node.type)}）工作台不认识`);
  }
}

function arrayField(node: JsonSchema, key: string, context: Context): FieldSpec {
  const items = node.items;
  const minItems = typeof node.minItems === 'number' ? { minItems: node.minItems } : {};
  if (!isObject(items)) throw new WorkbenchSpecError(`案件架构 ${context.pointer} 是列表，但没有写明每一项（items）`);
  const choices = constChoices(items.oneOf);
  if (choices) return { ...base(node, key, context), kind: 'multi', choices, ...minItems };
  const at = { ...context, pointer: `${context.pointer}/[]` };
  if (Array.isArray(items.oneOf)) {
    // Object shapes told apart by a member every shape fixes (article: art_21 …).
    const shapes = items.oneOf as JsonSchema[];
    const discriminator = Object.keys((shapes[0]?.properties as JsonSchema | undefined) ?? {}).find((k) => shapes.every((s) => isObject(s.properties) && isObject(s.properties[k]) && 'const' in (s.properties[k] as JsonSchema)));
    if (!discriminator) throw new WorkbenchSpecError(`案件架构 ${context.pointer} 的各种形式（oneOf）没有共同的区分字段`);
    const variants = shapes.map((s) => ({ value: (s.properties as Record<string, JsonSchema>)[discriminator]!.const, title: String(s.title), fields: objectFields(s, at) }));
    return { ...base(node, key, context), kind: 'list', ...minItems, item: { ...base(items, '', at), kind: 'variants', discriminator, variants } };
  }
  return { ...base(node, key, context), kind: 'list', ...minItems, item: field(items, '', at) };
}

/** A choice among the object's fields whose values a description names (“逐级报告：接收报告的维权办全称”). */
function namedByDescription(fields: readonly FieldSpec[], hint: string | undefined): Condition | undefined {
  const m = hint ? /^([^：:，。]{1,12})：/.exec(hint) : null;
  if (!m) return undefined;
  for (const f of fields) {
    if (f.kind === 'choice' && f.choices.some((c) => c.value === m[1])) return { eq: { path: [f.key], value: m[1] } };
  }
  return undefined;
}

function objectFields(node: JsonSchema, context: Context): FieldSpec[] {
  const properties = isObject(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  const { requiredWhen, showWhen } = conditionsOf(node, context);
  const fields = Object.entries(properties).map(([key, sub]) => {
    const inner: Context = { ...context, pointer: `${context.pointer}/${key}`, top: context.top || key };
    if (context.pointer === '' && key === '$schema') return { ...base(sub as JsonSchema, key, inner), kind: 'keep' as const };
    return field(sub, key, inner);
  });
  return fields.map((f) => {
    const shown = showWhen.get(f.key) ?? (required.has(f.key) ? undefined : namedByDescription(fields, f.hint));
    return {
      ...f,
      ...(required.has(f.key) ? { required: true } : {}),
      ...(requiredWhen.has(f.key) ? { requiredWhen: requiredWhen.get(f.key)! } : {}),
      ...(shown ? { showWhen: shown } : {}),
    };
  });
}

/** The case form, from the schema files as the validator reads them. */
export function formSpec(files: readonly SchemaFile[]): FormSpec {
  const plain = files.map((f) => ({ ...f, schema: withoutEditorHints(f.schema) as JsonSchema }));
  const tree = dereference(plain, CASE_SCHEMA_ID) as JsonSchema;
  const properties = (isObject(tree.properties) ? tree.properties : {}) as Record<string, JsonSchema>;
  const lists = new Map(Object.entries(properties).filter(([, p]) => p.type === 'array' && typeof p.title === 'string').map(([k, p]) => [k, p.title as string]));
  const root = field(tree, '', { pointer: '', top: '', lists });
  if (root.kind !== 'object') throw new WorkbenchSpecError('案件架构的顶层不是对象');
  return { root };
}
