import { readdirSync, readFileSync } from 'node:fs';
import { parse, type AnyNode } from '@humanwhocodes/momoa';
import { describe, expect, it } from 'vitest';
import { escapeSegment } from '../../scripts/lib/validate/pointer.ts';
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

/** Every value and member key of a document with its pointer and position, from a full parse (momoa). */
function everyPlace(node: AnyNode, pointer = ''): { pointer: string; at: 'key' | 'value'; line: number; column: number }[] {
  const here = { pointer, at: 'value' as const, ...node.loc!.start };
  if (node.type === 'Document') return everyPlace(node.body, pointer);
  if (node.type === 'Object') {
    return [here, ...node.members.flatMap((m) => {
      const p = `${pointer}/${escapeSegment((m.name as { value: string }).value)}`;
      return [{ pointer: p, at: 'key' as const, ...m.name.loc!.start }, ...everyPlace(m.value, p)];
    })];
  }
  if (node.type === 'Array') return [here, ...node.elements.flatMap((e, i) => everyPlace(e.value, `${pointer}/${i}`))];
  return [here];
}

describe('the scan agrees with a full parse with positions at every place', () => {
  const tricky = JSON.stringify({ 'a"}]': ['x\\"{[', { 'k\u00e9': [[], {}, [1, [2]]] }], é: { '': 'v', 'x/y~z': -1.5e3, t: true, n: null } }, null, 3);
  const samples = readdirSync('schemas/examples').filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(`schemas/examples/${f}`, 'utf8')]);
  const variants = (source: string) => [
    ['as written', source],
    ['minified', JSON.stringify(JSON.parse(source))],
    ['with CRLF and tabs', JSON.stringify(JSON.parse(source), null, '\t').replace(/\n/g, '\r\n')],
  ];
  it.each([...samples, ['keys and strings holding quotes, brackets and escapes', tricky]])('%s', (_name, source) => {
    for (const [, text] of variants(source!)) {
      const locate = locator(text!);
      const places = everyPlace(parse(text!));
      expect(places.length).toBeGreaterThan(5);
      for (const place of places) expect({ ...place, ...locate(place.pointer, place.at) }).toEqual(place);
    }
  });
});
