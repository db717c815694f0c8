/** JSON Pointer (RFC 6901) segments, and the one test for "a JSON object" the schema code needs. */

export const escapeSegment = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

const unescapeSegment = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** The unescaped segments of a pointer ("" → []). */
export const segmentsOf = (pointer: string): string[] => pointer.split('/').slice(1).map(unescapeSegment);

export const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The value at a path of keys, or undefined where the path leaves the data. */
export function valueAtPath(root: unknown, keys: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of keys) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}
