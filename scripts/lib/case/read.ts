/**
 * Rules run on every parsed case, also one the schema rejected (so staff see all problems at
 * once). These accessors read a field only when it has the expected type, and never throw.
 */
export type Obj = Record<string, unknown>;

export function record(value: unknown): Obj {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : {};
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The array's object entries with their indices (non-objects are skipped). */
export function entries(value: unknown): [number, Obj][] {
  if (!Array.isArray(value) || value.length === 0) return [];
  const out: [number, Obj][] = [];
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) out.push([i, v as Obj]);
  }
  return out;
}

/** A comparable ISO date, or undefined for anything else (the schema reports bad dates). */
export function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}


/** The object without its undefined members (optional args stay absent rather than undefined). */
export function defined<T extends Obj>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}
