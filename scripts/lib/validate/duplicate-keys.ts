/**
 * A key written twice in one object. JSON.parse keeps the last value without a word, so a file
 * edited by hand ("onDuty": true … "onDuty": false) would be checked as something its author
 * may not have meant. Scanning every file's text for this would cost a tenth of a batch, so a
 * cheap count decides first: a parsed document with as many keys as the text has `":` cannot
 * hold a duplicate (every key in the text ends with `":` unless spaced out before its colon, and
 * a duplicate leaves the parsed document a key short). Only a file where the counts differ, a
 * duplicate or a harmless `":` inside a string, is scanned.
 */
import { eachElement, eachMember, skipSpace } from './json-scan.ts';
import { escapeSegment } from './pointer.ts';

export interface DuplicateKey {
  key: string;
  /** JSON pointer of the member written twice. */
  path: string;
  /** Offsets of the first and the second occurrence of the key. */
  first: number;
  second: number;
}

/** How many times `":` occurs in the text. */
function keyMarks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('":'); i !== -1; i = text.indexOf('":', i + 2)) n++;
  return n;
}

/** Whether the text may hold a duplicate key, given how many keys its parsed document has. */
export function mayHaveDuplicateKeys(text: string, parsedKeys: number): boolean {
  return keyMarks(text) !== parsedKeys;
}

/** The first key written twice in one object, in document order; the text must be valid JSON. */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  let found: DuplicateKey | undefined;
  const visit = (at: number, path: string): void => {
    const c = text.charCodeAt(at);
    if (c === 0x7b) {
      const seen = new Map<string, number>();
      eachMember(text, at, (key, keyAt, valueAt) => {
        const pointer = `${path}/${escapeSegment(key)}`;
        const first = seen.get(key);
        if (first !== undefined) found = { key, path: pointer, first, second: keyAt };
        else {
          seen.set(key, keyAt);
          visit(valueAt, pointer);
        }
        return found === undefined;
      });
    } else if (c === 0x5b) {
      eachElement(text, at, (index, valueAt) => {
        visit(valueAt, `${path}/${index}`);
        return found === undefined;
      });
    }
  };
  visit(skipSpace(text, 0), '');
  return found;
}
