// The case being edited, as the JSON the file holds: values read and written by path, conditions
// of the form evaluated on it, new identifiers, and the file's bytes. Nothing here touches the page.
import type { Condition, FieldSpec, FormSpec } from './spec.ts';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
/** A place in the case: property names and list positions, as in a JSON pointer. */
export type Path = readonly (string | number)[];

export const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The JSON pointer of a path (/people/0/name). */
export function pointerOf(path: Path): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function valueAt(doc: Json | undefined, path: Path): Json | undefined {
  let at: Json | undefined = doc;
  for (const step of path) {
    if (Array.isArray(at) && typeof step === 'number') at = at[step];
    else if (isObject(at) && typeof step === 'string') at = Object.prototype.hasOwnProperty.call(at, step) ? at[step] : undefined;
    else return undefined;
  }
  return at;
}

/**
 * Writes a value (undefined removes the member or, in a list, the element), making the objects and
 * lists on the way. An optional object or list left empty by a removal stays: the clerk removes it
 * with its own button, as a present but empty part means something else than an absent one.
 */
export function setValue(doc: JsonObject, path: Path, value: Json | undefined): void {
  let at: Json = doc;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i]!;
    const nextIsIndex = typeof path[i + 1] === 'number';
    const container = at as JsonObject & Json[];
    let next: Json | undefined = container[step as never];
    if (next === undefined || next === null || typeof next !== 'object') {
      next = nextIsIndex ? [] : {};
      container[step as never] = next as never;
    }
    at = next;
  }
  const last = path[path.length - 1]!;
  if (Array.isArray(at) && typeof last === 'number') {
    if (value === undefined) at.splice(last, 1);
    else at[last] = value;
  } else if (isObject(at)) {
    if (value === undefined) delete at[last as string];
    else at[last as string] = value;
  }
}

/** Whether a condition of the schema's if/then holds on an object of the case. */
export function holds(condition: Condition, object: Json | undefined): boolean {
  if ('eq' in condition) {
    const v = valueAt(object, condition.eq.path);
    return v !== undefined && JSON.stringify(v) === JSON.stringify(condition.eq.value);
  }
  if ('isBoolean' in condition) return typeof valueAt(object, condition.isBoolean) === 'boolean';
  if ('all' in condition) return condition.all.every((c) => holds(c, object));
  if ('any' in condition) return condition.any.some((c) => holds(c, object));
  return !holds(condition.not, object);
}

/** The fields of an object spec, or of the variant an object holds. */
export function fieldsOf(spec: FieldSpec, value: Json | undefined): readonly FieldSpec[] | undefined {
  if (spec.kind === 'object') return spec.fields;
  if (spec.kind === 'variants') {
    const tag = isObject(value) ? value[spec.discriminator] : undefined;
    return spec.variants.find((v) => JSON.stringify(v.value) === JSON.stringify(tag))?.fields;
  }
  return undefined;
}

/** The value in the order the file is written: members in the schema's order, unknown ones after in theirs. */
function ordered(spec: FieldSpec | undefined, value: Json): Json {
  if (Array.isArray(value)) {
    const item = spec?.kind === 'list' ? spec.item : undefined;
    return value.map((v) => ordered(item, v));
  }
  if (!isObject(value)) return value;
  const fields = spec ? fieldsOf(spec, value) : undefined;
  const out: JsonObject = {};
  for (const f of fields ?? []) if (Object.prototype.hasOwnProperty.call(value, f.key)) out[f.key] = ordered(f, value[f.key]!);
  for (const [k, v] of Object.entries(value)) if (!Object.prototype.hasOwnProperty.call(out, k)) out[k] = ordered(undefined, v);
  return out;
}

/**
 * The file as the workbench writes it: members in the schema's order, two-space indentation,
 * UTF-8, a newline at the end. The same case always gives the same bytes.
 */
export function serialize(spec: FormSpec, doc: JsonObject): string {
  return `${JSON.stringify(ordered(spec.root, doc), null, 2)}\n`;
}

/** The next identifier of a list (p3 after p1 and p2): one past the highest number its prefix has. */
export function nextId(prefix: string, taken: readonly unknown[]): string {
  let max = 0;
  for (const id of taken) {
    const m = typeof id === 'string' && id.startsWith(prefix) ? /^\d+$/.exec(id.slice(prefix.length)) : null;
    if (m) max = Math.max(max, Number(m[0]));
  }
  return `${prefix}${max + 1}`;
}

/** A new case: what the schema fixes (its version) and nothing else. */
export function newCase(spec: FormSpec): JsonObject {
  const doc: JsonObject = {};
  for (const f of spec.root.fields) if (f.kind === 'const' && f.required) doc[f.key] = f.value as Json;
  return doc;
}
