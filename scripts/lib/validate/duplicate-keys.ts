/**
 * A key written twice in one object. JSON.parse keeps the last value without a word, so a file
 * edited by hand ("onDuty": true … "onDuty": false) would be checked as something its author
 * may not have meant. Scanning every file's text took ≈ 0.25 s per 10,000 files here, a quarter
 * of a batch, so a count decides first. A colon follows every key in the text, so the text has
 * at least as many colons after a quote as keys, and a duplicate leaves the parsed document with
 * fewer keys than the text: as many such colons as parsed keys rules a duplicate out. Only a
 * file where the counts differ (a duplicate, or a rare string such as "a\":b") is scanned.
 * Counting every colon instead sent the 43% of files holding a time ("10:30") to the scan.
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

/**
 * How many colons in the text follow a closing quote (spaces aside): the colon after every key
 * does, a colon inside a string such as a time ("10:30") does not, and one inside a string that
 * does (an escaped quote, then a colon) only makes the count larger, never smaller.
 */
function colonsAfterQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let before = i - 1;
    for (let c = text.charCodeAt(before); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(--before));
    if (text.charCodeAt(before) === 0x22) n++;
  }
  return n;
}

/** Whether the text may hold a duplicate key, given how many keys its parsed document has. */
export function mayHaveDuplicateKeys(text: string, parsedKeys: number): boolean {
  return colonsAfterQuotes(text) !== parsedKeys;
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
