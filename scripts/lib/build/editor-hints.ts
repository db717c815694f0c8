/**
 * What an editor shows from a schema, generated into it: VS Code (vscode-json-languageservice)
 * validates a case file against its "$schema" and, left to itself, says so in generic English
 * ("Missing property \"applicant\".", "Value must be \"art_8__item_1\".") and offers opaque
 * values (art_8__item_1 …) and bare English keys. Nothing here is written by hand: every hint
 * derives from what the schema already says (titles, descriptions, required, oneOf-const
 * lists, x-article) and from the provision model, so a new schema gets the same hints.
 *
 *   completionDetail       on every property: its title, shown beside the key in completion
 *   markdownDescription    on every property and listed value: title, description, and the
 *                          words of the provision it encodes (hover and completion)
 *   defaultSnippets        on a list whose values are codes (an eId): one labelled entry per
 *                          value, “第八条第（一）项　受到暴力袭击的”, inserting the code
 *   errorMessage           where the editor honours it (type, format, pattern, const/enum,
 *                          additionalProperties, not): a Chinese sentence naming the field
 *   allOf [{ "x-editor": "required", "not": { "not": { "required": [name] } }, "errorMessage" }]
 *                          per required property, and the same for minItems, minLength,
 *                          minimum and their maxima: the editor's own messages for these
 *                          ("Missing property", "Array has too few items") ignore errorMessage;
 *                          this says it in Chinese beside them. The validator never sees these
 *                          (ajv.ts strips every "x-editor" branch before compiling).
 *
 * Ajv stays strict: these keywords are registered as annotations (EDITOR_KEYWORDS).
 */
import { citeAll } from '../citations/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import { hasProvision, locate } from '../policy/query.ts';
import { isPlainObject } from '../validate/pointer.ts';
import { resolveRef } from '../validate/schema-index.ts';
import type { JsonSchema, SchemaFile } from '../validate/schema-files.ts';
import { PATTERN_WORDS } from '../validate/patterns.ts';

/** Keywords only editors read; Ajv registers them as annotations. */
export const EDITOR_KEYWORDS = ['errorMessage', 'markdownDescription', 'completionDetail', 'defaultSnippets', 'x-editor'] as const;
const GENERATED = new Set<string>(EDITOR_KEYWORDS);

const isObject = (v: unknown): v is JsonSchema => isPlainObject(v);

/** An allOf branch that only an editor needs. */
const editorOnly = (branch: unknown) => isObject(branch) && branch['x-editor'] !== undefined;

/** The schema without anything this module generates: what the validator and the types read. */
export function withoutEditorHints(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutEditorHints);
  if (!isObject(node)) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (GENERATED.has(key)) continue;
    if (key === 'allOf' && Array.isArray(value)) {
      const kept = value.filter((b) => !editorOnly(b));
      if (kept.length > 0) out.allOf = kept.map(withoutEditorHints);
      continue;
    }
    out[key] = withoutEditorHints(value);
  }
  return out;
}

/** Keywords whose failure the editor reports in English only (it ignores errorMessage for them), and how to say it. */
const LIMITS: [string, (n: number) => string][] = [
  ['minItems', (n) => `至少应有 ${n} 项`],
  ['maxItems', (n) => `至多只能有 ${n} 项`],
  ['minLength', (n) => (n <= 1 ? '不能为空' : `至少应有 ${n} 个字符`)],
  ['maxLength', (n) => `不能超过 ${n} 个字符`],
  ['minimum', (n) => `不能小于 ${n}`],
  ['maximum', (n) => `不能大于 ${n}`],
];

const TYPE_WORDS: Record<string, string> = {
  string: '文字（加英文双引号）',
  integer: '整数',
  number: '数字',
  boolean: ' true 或 false',
  array: '列表（[ … ]）',
  object: '对象（{ … }）',
  null: 'null',
};

/** eIds of a node's x-article (one or several). */
function articlesOf(node: JsonSchema): string[] {
  const a = node['x-article'];
  return typeof a === 'string' ? [a] : Array.isArray(a) ? a.filter((x): x is string => typeof x === 'string') : [];
}

/** Markdown that shows text as it is (no emphasis, list or heading read into it). */
const md = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);

/**
 * A field's schema as an editor shows it: its $ref followed (through the other schema files,
 * when given) and its own title, description and x-article over the target's.
 */
function shown(node: JsonSchema, files: readonly SchemaFile[], baseId: string): JsonSchema {
  let view = node;
  let base = baseId;
  for (let hops = 0; typeof view.$ref === 'string' && hops < 8; hops++) {
    try {
      const target = resolveRef(files, view.$ref, base);
      const { $ref: _ref, ...own } = view;
      view = { ...target.schema, ...own, ...(target.schema.$ref ? { $ref: target.schema.$ref } : {}) };
      base = target.id;
    } catch {
      break;
    }
  }
  return view;
}

export function addEditorHints(schema: JsonSchema, model: PolicyModel, files: readonly SchemaFile[] = []): JsonSchema {
  const baseId = typeof schema.$id === 'string' ? schema.$id : '';
  const known = (eIds: string[]) => eIds.filter((e) => hasProvision(model, e));
  const basis = (eIds: string[]) => (known(eIds).length > 0 ? `（依据：${citeAll(known(eIds), model)}）` : '');
  /** The words of an item, or of a paragraph without its items (a field's own list shows those). */
  const words = (eIds: string[]) =>
    known(eIds).flatMap((e) => {
      const at = locate(model, e);
      const text = at?.item?.text ?? (at?.paragraph ? at.paragraph.text : '');
      return text ? [`> ${md(text)}`] : [];
    });

  /** Hover text of a field or value: its title, what it is, the provision's words. */
  const markdown = (node: JsonSchema) => {
    const eIds = articlesOf(node);
    const head = typeof node.title === 'string' ? `**${md(node.title)}**${basis(eIds)}` : basis(eIds);
    const description = typeof node.description === 'string' && node.description !== node.title ? md(node.description) : '';
    // A listed value's description is already the provision's words.
    const quoted = 'const' in node ? [] : words(eIds);
    return [head, description, ...quoted].filter((p) => p !== '').join('\n\n');
  };

  /** The Chinese sentence for what a field must be, from its own keywords. */
  const errorFor = (node: JsonSchema, name: string): string | undefined => {
    const parts: string[] = [];
    if (Array.isArray(node.enum)) parts.push(`的值不在可选范围内；可选值：${node.enum.map((v) => `“${String(v)}”`).join('、')}`);
    else if ('const' in node) parts.push(`的值应为“${String(node.const)}”`);
    else if (node.format === 'date') parts.push('应为真实存在的日期，格式 YYYY-MM-DD');
    else if (typeof node.pattern === 'string') parts.push(PATTERN_WORDS[node.pattern] ?? '的写法不符合要求');
    else if (typeof node.type === 'string' && TYPE_WORDS[node.type]) parts.push(`应为${TYPE_WORDS[node.type]}`);
    // One message serves a wrong type and an unknown key alike: it says both.
    if (node.additionalProperties === false && isObject(node.properties)) return `“${name}”中没有此字段，或“${name}”不是对象（{ … }）；输入双引号可看可用的字段${basis(articlesOf(node))}`;
    if (parts.length === 0) return undefined;
    return `“${name}”${parts.join('')}${basis(articlesOf(node))}`;
  };

  /** `outer`: the properties of the object a branch (if/then/else, allOf …) belongs to, for its `required`. */
  function visit(node: JsonSchema, name: string, outer: JsonSchema = {}): JsonSchema {
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) if (!GENERATED.has(key) && !(key === 'allOf' && Array.isArray(value) && value.every(editorOnly))) out[key] = value;
    if (Array.isArray(out.allOf)) out.allOf = out.allOf.filter((b) => !editorOnly(b));
    const title = typeof node.title === 'string' ? node.title : name;
    let listCheck: JsonSchema | undefined;

    // Properties: Chinese beside the key, hover text, and the children themselves.
    if (isObject(node.properties)) {
      out.properties = Object.fromEntries(
        Object.entries(node.properties).map(([key, property]) => {
          if (!isObject(property)) return [key, property];
          const seen = shown(property, files, baseId);
          const child = visit(property, typeof seen.title === 'string' ? seen.title : key);
          if (typeof seen.title === 'string') child.completionDetail = seen.title;
          const hover = markdown(seen);
          if (hover) child.markdownDescription = hover;
          return [key, child];
        }),
      );
    }

    // A closed list written as oneOf of documented consts.
    const branches = Array.isArray(node.oneOf) ? node.oneOf : undefined;
    if (branches && branches.length > 0 && branches.every((b) => isObject(b) && 'const' in b)) {
      const list = branches as JsonSchema[];
      const names = list.map((b) => (typeof b.title === 'string' ? b.title : JSON.stringify(b.const)));
      const message = `“${title}”的值不在可选范围内；可选值：${names.join('、')}${basis(articlesOf(node))}`;
      out.oneOf = list.map((b) => ({ ...(withoutEditorHints(b) as JsonSchema), markdownDescription: markdown(b) }));
      // The editor reports a value that is none of them in English whatever the branches say
      // (it rewrites their messages into "Value is not accepted. Valid values: …"): restated.
      listCheck = { 'x-editor': 'enum', not: { not: { enum: list.map((b) => b.const) } }, errorMessage: message };
      // Values that are codes get labelled entries; a value that is its own word needs none.
      const coded = list.filter((b) => typeof b.title === 'string' && b.title !== b.const);
      if (coded.length > 0) {
        out.defaultSnippets = coded.map((b) => {
          const label = `${b.title as string}　${typeof b.description === 'string' ? b.description : ''}`.trim();
          return { label: label.length > 56 ? `${label.slice(0, 55)}…` : label, markdownDescription: markdown(b), body: b.const };
        });
      }
    } else if (branches) {
      out.oneOf = branches.map((b) => (isObject(b) ? visit(b, title, { ...outer, ...(isObject(node.properties) ? node.properties : {}) }) : b));
    }

    // A branch's `properties` may only say `true` for a field the object defines: keep the definition.
    const own = isObject(node.properties) ? node.properties : {};
    const around: JsonSchema = { ...outer };
    for (const [k, v] of Object.entries(own)) if (isObject(v) || !(k in around)) around[k] = v;
    for (const key of ['items', 'additionalProperties']) {
      if (isObject(out[key])) out[key] = visit(out[key] as JsonSchema, title);
    }
    for (const key of ['then', 'else']) {
      if (isObject(out[key])) out[key] = visit(out[key] as JsonSchema, title, around);
    }
    // A condition or a negation reports nothing of its own to the user: no hints inside.
    for (const key of ['if', 'not', 'contains']) if (isObject(out[key])) out[key] = withoutEditorHints(out[key]);
    for (const key of ['anyOf', 'allOf']) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map((b) => (isObject(b) ? visit(b, title, around) : b));
    for (const key of ['$defs', 'patternProperties']) {
      if (isObject(out[key])) out[key] = Object.fromEntries(Object.entries(out[key] as JsonSchema).map(([k, v]) => [k, isObject(v) ? visit(v, typeof v.title === 'string' ? v.title : k) : v]));
    }

    const error = errorFor(node, title);
    if (error && !branches) out.errorMessage = error;

    // Limits the editor reports only in English, restated for a Chinese sentence beside it.
    const limits = LIMITS.filter(([keyword]) => typeof node[keyword] === 'number').map(([keyword, say]) => ({
      'x-editor': keyword,
      not: { not: { [keyword]: node[keyword] } },
      errorMessage: `“${title}”${say(node[keyword] as number)}${basis(articlesOf(node))}`,
    }));
    const restated = [...(listCheck ? [listCheck] : []), ...limits];
    if (restated.length > 0) out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), ...restated];

    // Each required property, said in Chinese where the editor looks for a missing one.
    if (Array.isArray(node.required)) {
      const properties = around;
      const required = (node.required as unknown[]).filter((r): r is string => typeof r === 'string');
      const checks = required.map((property) => {
        const p = isObject(properties[property]) ? shown(properties[property] as JsonSchema, files, baseId) : {};
        const label = typeof p.title === 'string' ? p.title : property;
        return {
          'x-editor': 'required',
          not: { not: { required: [property] } },
          errorMessage: `“${title}”缺少必填字段“${label}”（${property}）${basis([...articlesOf(p), ...articlesOf(node)].slice(0, 1))}`,
        };
      });
      if (checks.length > 0) out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), ...checks];
    }
    return out;
  }

  return visit(schema, typeof schema.title === 'string' ? schema.title : '');
}
