/**
 * The two document schemas with every $ref replaced by what it names, as one tree each. Ajv
 * compiles a referenced part that itself refers on (a part using the common definitions) as a
 * function of its own, and reports its errors with schema paths relative to that part ("#/oneOf")
 * without saying which: errors could not be traced back to their schema. Compiled from one tree,
 * every error's schema path starts at the document's root. A $ref's siblings in our schemas are
 * annotations (title, description, x-article): they override the target's own.
 */
import type { JsonSchema, SchemaFile } from './schema-ids.ts';
import { isPlainObject, segmentsOf, valueAtPath } from './pointer.ts';

export function dereference(files: readonly SchemaFile[], id: string): JsonSchema {
  const byId = new Map(files.map((f) => [f.id, f.schema]));
  function resolve(ref: string, base: string): { node: unknown; base: string } {
    const url = new URL(ref, base);
    const fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
    url.hash = '';
    const file = byId.get(url.href);
    if (!file) throw new Error(`架构引用无法解析：${ref}（在 ${base} 中）`);
    return { node: fragment ? valueAtPath(file, segmentsOf(fragment)) : file, base: url.href };
  }
  function walk(node: unknown, base: string, depth: number): unknown {
    if (depth > 64) throw new Error(`架构引用循环：${base}`);
    if (Array.isArray(node)) return node.map((n) => walk(n, base, depth));
    if (!isPlainObject(node)) return node;
    let out: JsonSchema = {};
    const { $ref, ...siblings } = node as JsonSchema;
    if (typeof $ref === 'string') {
      const target = resolve($ref, base);
      const { $id: _id, $schema: _schema, ...inlined } = walk(target.node, target.base, depth + 1) as JsonSchema;
      out = inlined;
    }
    for (const [key, value] of Object.entries(siblings)) out[key] = key === '$id' ? value : walk(value, base, depth + 1);
    return out;
  }
  const root = byId.get(id);
  if (!root) throw new Error(`找不到架构 ${id}`);
  return walk(root, id, 0) as JsonSchema;
}
