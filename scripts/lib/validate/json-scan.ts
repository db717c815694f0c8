/**
 * Steps over JSON text that has already parsed (JSON.parse), without building anything: the
 * locator (positions.ts) and the duplicate-key check (duplicate-keys.ts) follow the text this way.
 * Each function takes an offset and returns the offset just past what it stepped over.
 */
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Past the string whose opening quote is at `i`. */
function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return i;
}

/** Past the value starting at `i`. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return skipString(text, i);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === 0x22) {
        i = skipString(text, i);
        continue;
      }
      if (d === 0x7b || d === 0x5b) depth++;
      else if ((d === 0x7d || d === 0x5d) && --depth === 0) return i + 1;
      i++;
    }
    return i;
  }
  while (i < text.length && !',]}'.includes(text[i]!) && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The member key whose opening quote is at `start` and whose closing quote ends at `end`, decoded. */
function keyAt(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
}

/**
 * Every member of the object whose "{" is at `i`, in order: `visit` gets the key, the key's
 * offset and the value's offset, and returns false to stop. Returns the offset past the object.
 */
export function eachMember(text: string, i: number, visit: (key: string, keyAt: number, valueAt: number) => boolean | void): number {
  i = skipSpace(text, i + 1);
  while (text.charCodeAt(i) === 0x22) {
    const start = i;
    i = skipString(text, i);
    const key = keyAt(text, start, i);
    const value = skipSpace(text, skipSpace(text, i) + 1); // past the colon
    if (visit(key, start, value) === false) return value;
    i = skipSpace(text, skipValue(text, value));
    if (text.charCodeAt(i) !== 0x2c) return i + 1;
    i = skipSpace(text, i + 1);
  }
  return i + 1;
}

/** Like eachMember, for the elements of the array whose "[" is at `i`. */
export function eachElement(text: string, i: number, visit: (index: number, valueAt: number) => boolean | void): number {
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === 0x5d) return i + 1;
  for (let index = 0; ; index++) {
    if (visit(index, i) === false) return i;
    i = skipSpace(text, skipValue(text, i));
    if (text.charCodeAt(i) !== 0x2c) return i + 1;
    i = skipSpace(text, i + 1);
  }
}
