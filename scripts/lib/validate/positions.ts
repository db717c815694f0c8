/**
 * JSON pointer → line and column in the file. The text has already parsed (JSON.parse), so a
 * scan can follow the pointer and skip every value off its path without building a tree: a
 * full parse with positions (momoa) cost ≈ 0.15 ms a file, and in a batch it ran cold, on the
 * few files that are invalid, at several times that. Columns count UTF-16 code units from 1,
 * as editors do for the BMP text these files hold; a CRLF file counts lines as an LF one.
 */
import { positionOf } from './read-json.ts';
import { segmentsOf } from './pointer.ts';

export interface Position {
  line: number;
  column: number;
}

export type Locate = (pointer: string, at?: 'key' | 'value') => Position | undefined;

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just past the string starting at `i` (its opening quote). */
function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return i;
}

/** Offset just past the value starting at `i`. */
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

/** Where a member or element leads: its key's offset (members only) and its value's. */
interface Step {
  key?: number;
  value: number;
}

/** The member named `name` of the object at `i`. */
function member(text: string, i: number, name: string): Step | undefined {
  i = skipSpace(text, i + 1);
  while (text.charCodeAt(i) === 0x22) {
    const key = i;
    i = skipString(text, i);
    const raw = text.slice(key + 1, i - 1);
    const found = (raw.includes('\\') ? (JSON.parse(text.slice(key, i)) as string) : raw) === name;
    i = skipSpace(text, skipSpace(text, i) + 1); // past the colon
    if (found) return { key, value: i };
    i = skipSpace(text, skipValue(text, i));
    if (text.charCodeAt(i) !== 0x2c) return undefined;
    i = skipSpace(text, i + 1);
  }
  return undefined;
}

/** Element `index` of the array at `i`. */
function element(text: string, i: number, index: number): Step | undefined {
  i = skipSpace(text, i + 1);
  if (text.charCodeAt(i) === 0x5d) return undefined;
  for (let n = 0; n < index; n++) {
    i = skipSpace(text, skipValue(text, i));
    if (text.charCodeAt(i) !== 0x2c) return undefined;
    i = skipSpace(text, i + 1);
  }
  return { value: i };
}

/** A locator over `text`, which must be valid JSON. A pointer past what exists gets its nearest ancestor. */
export function locator(text: string): Locate {
  const start = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return (pointer, at = 'value') => {
    let step: Step = { value: start };
    let found = true;
    for (const segment of segmentsOf(pointer)) {
      const c = text.charCodeAt(step.value);
      const next = c === 0x7b ? member(text, step.value, segment) : c === 0x5b && /^\d+$/.test(segment) ? element(text, step.value, Number(segment)) : undefined;
      if (!next) {
        found = false;
        break;
      }
      step = next;
    }
    const offset = at === 'key' && found && step.key !== undefined ? step.key : step.value;
    return positionOf(text, offset);
  };
}
