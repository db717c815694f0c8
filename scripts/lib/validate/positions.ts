/**
 * JSON pointer → line and column in the file. The text has already parsed (JSON.parse), so a
 * scan can follow the pointer and skip every value off its path without building a tree: a
 * full parse with positions (momoa) cost ≈ 0.15 ms a file, and in a batch it ran cold, on the
 * few files that are invalid, at several times that. Columns count UTF-16 code units from 1,
 * as editors do for the BMP text these files hold; a CRLF file counts lines as an LF one.
 */
import { positionOf } from './read-json.ts';
import { eachElement, eachMember, skipSpace } from './json-scan.ts';
import { segmentsOf } from './pointer.ts';

interface Position {
  line: number;
  column: number;
}

export type Locate = (pointer: string, at?: 'key' | 'value') => Position | undefined;

/** Where a member or element leads: its key's offset (members only) and its value's. */
interface Step {
  key?: number;
  value: number;
}

function member(text: string, at: number, name: string): Step | undefined {
  let step: Step | undefined;
  eachMember(text, at, (key, keyOffset, value) => {
    if (key !== name) return true;
    step = { key: keyOffset, value };
    return false;
  });
  return step;
}

function element(text: string, at: number, wanted: number): Step | undefined {
  let step: Step | undefined;
  eachElement(text, at, (index, value) => {
    if (index < wanted) return true;
    step = { value };
    return false;
  });
  return step;
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
