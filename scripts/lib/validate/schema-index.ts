/**
 * Every field of a document schema, with its Chinese title, description and the provisions
 * it encodes, found by walking the schema through its $refs. Feeds the messages (a field's
 * title names it in Chinese) and dist/published/schema-fields.json (the handbook's
 * "which fields follow this article").
 */
import { isPlainObject, segmentsOf, valueAtPath } from './pointer.ts';
import type { JsonSchema, SchemaFile } from './schema-ids.ts';

export interface SchemaField {
  /** victims[].relation */
  path: string;
  /** The field's place as if the schema were one document: /properties/victims/items/properties/relation */
  pointer: string;
  title: string;
  description: string;
  /** eIds from x-article on the field, its $ref target and its enumerated values. */
  articles: string[];
  /** The file that defines the field's own schema (after $ref). */
  definedIn: string;
}

const isObject = (v: unknown): v is JsonSchema => isPlainObject(v);

export function xArticles(schema: unknown): string[] {
  if (!isObject(schema)) return [];
  const value = schema['x-article'];
  return typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Resolves a $ref (relative to the $id of the schema it appears in) to the schema and its $id. */
export function resolveRef(files: readonly SchemaFile[], ref: string, baseId: string): { schema: JsonSchema; id: string; file: string } {
  const url = new URL(ref, baseId);
  const fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
  url.hash = '';
  const target = files.find((f) => f.id === url.href);
  if (!target) throw new Error(`架构引用无法解析：${ref}（在 ${baseId} 中）`);
  const node = valueAtPath(target.schema, fragment ? segmentsOf(fragment) : []);
  if (!isObject(node)) throw new Error(`架构引用无法解析：${ref}（在 ${baseId} 中）`);
  return { schema: node, id: target.id, file: target.file };
}

export function schemaFields(files: SchemaFile[], rootId: string): SchemaField[] {
  const root = files.find((f) => f.id === rootId);
  if (!root) throw new Error(`找不到架构 ${rootId}`);
  const fields = new Map<string, SchemaField>();

  interface View {
    schema: JsonSchema;
    baseId: string;
    file: string;
    articles: string[];
  }

  /** The schema with its $ref followed (the referencing node's title and description win). */
  function view(node: JsonSchema, baseId: string, file: string): View {
    if (typeof node.$ref !== 'string') return { schema: node, baseId, file, articles: xArticles(node) };
    const target = resolveRef(files, node.$ref, baseId);
    const inner = view(target.schema, target.id, target.file);
    return { schema: { ...inner.schema, ...node }, baseId: inner.baseId, file: inner.file, articles: [...xArticles(node), ...inner.articles] };
  }

  function walk(node: JsonSchema, baseId: string, file: string, pointer: string, path: string): void {
    const v = view(node, baseId, file);
    const { schema } = v;
    if (isObject(schema.properties)) {
      for (const [key, child] of Object.entries(schema.properties)) {
        if (!isObject(child)) continue;
        const childPath = path ? `${path}.${key}` : key;
        const childPointer = `${pointer}/properties/${key}`;
        const cv = view(child, v.baseId, v.file);
        const branches = Array.isArray(cv.schema.oneOf) ? cv.schema.oneOf.flatMap(xArticles) : [];
        const articles = [...cv.articles, ...branches];
        const known = fields.get(childPath);
        if (known) known.articles = [...new Set([...known.articles, ...articles])];
        else {
          fields.set(childPath, {
            path: childPath,
            pointer: childPointer,
            title: String(cv.schema.title ?? ''),
            description: String(cv.schema.description ?? ''),
            articles: [...new Set(articles)],
            definedIn: cv.file,
          });
        }
        walk(child, v.baseId, v.file, childPointer, childPath);
      }
    }
    if (isObject(schema.items)) walk(schema.items, v.baseId, v.file, `${pointer}/items`, `${path}[]`);
    if (Array.isArray(schema.oneOf)) {
      schema.oneOf.forEach((branch: unknown, i: number) => {
        if (isObject(branch) && isObject(branch.properties)) walk(branch, v.baseId, v.file, `${pointer}/oneOf/${i}`, path);
      });
    }
  }

  walk(root.schema, root.id, root.file, '', '');
  return [...fields.values()];
}

/**
 * A Chinese label for a place in a document: /victims/1/relation → 受害人第2项 › 与民警的关系.
 * Segments without a title keep their JSON name, so a label is never empty.
 */
export function labelFor(fields: Map<string, SchemaField>, pointer: string, rootLabel: string): string {
  const parts: string[] = [];
  let path = '';
  for (const key of segmentsOf(pointer)) {
    if (/^\d+$/.test(key)) {
      path += '[]';
      if (parts.length) parts[parts.length - 1] += `第${Number(key) + 1}项`;
      continue;
    }
    path += (path ? '.' : '') + key;
    parts.push(fields.get(path)?.title || key);
  }
  return parts.length ? parts.join(' › ') : rootLabel;
}
