import { describe, expect, it } from 'vitest';
import { locator } from '../../scripts/lib/validate/positions.ts';

const text = '{\n  "victims": [\n    { "name": "甲", "relation": "祖父" }\n  ],\n  "a/b": { "~x": 1 }\n}';

describe('JSON pointer to line and column, 1-based, as editors count', () => {
  const locate = locator(text);

  it('finds a value inside an array of objects', () => {
    expect(locate('/victims/0/relation')).toEqual({ line: 3, column: 32 });
  });

  it('finds the key itself when asked (an unknown or forbidden key)', () => {
    expect(locate('/victims/0/relation', 'key')).toEqual({ line: 3, column: 20 });
  });

  it('decodes ~1 and ~0 in pointer segments', () => {
    expect(locate('/a~1b/~0x')).toEqual({ line: 5, column: 18 });
  });

  it('points a missing property at the object that lacks it', () => {
    expect(locate('/victims/0/kind')).toEqual({ line: 3, column: 5 });
    expect(locate('/victims/0/kind', 'key')).toEqual({ line: 3, column: 5 });
  });

  it('points the whole document at its first character', () => {
    expect(locate('')).toEqual({ line: 1, column: 1 });
  });

  it('counts lines of a CRLF file like editors do', () => {
    expect(locator(text.replace(/\n/g, '\r\n'))('/victims/0/relation')).toEqual({ line: 3, column: 32 });
  });
});
