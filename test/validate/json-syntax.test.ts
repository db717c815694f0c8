/**
 * The syntax locator (json-syntax.ts) against two references: JSON.parse decides what is JSON,
 * and momoa, a full parser with positions, says where a broken text first goes wrong. Both on
 * hand-written mistakes staff make and on thousands of texts broken at random.
 */
import { parse as momoa } from '@humanwhocodes/momoa';
import { describe, expect, it } from 'vitest';
import { firstSyntaxFault } from '../../scripts/lib/validate/json-syntax.ts';
import { readJsonText } from '../../scripts/lib/validate/read-json.ts';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Offset momoa stops at, from its 1-based line and column. */
function momoaOffset(text: string): number | undefined {
  try {
    momoa(text);
    return undefined;
  } catch (e) {
    const { line, column } = e as { line: number; column: number };
    const lines = text.split('\n');
    return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  }
}

const SAMPLE = JSON.stringify(
  { id: '呼公维〔2026〕7号', officer: { name: '某', role: '民警' }, victims: [{ relation: '妻', injured: true }, { relation: '子', age: 9 }], amount: -12.5e3, note: 'a\\"b\u4e2d\n' },
  null,
  2,
);

/** A seeded generator, so a failure can be reproduced. */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('where JSON text first breaks the grammar', () => {
  it('accepts exactly what JSON.parse accepts, on thousands of texts broken at random', () => {
    const next = random(9704);
    const pieces = ['{', '}', '[', ']', ',', ':', '"', '\\', '1', '-', '.', 'e', 't', 'true', 'null', ' ', "'", '/', '，', '\\u00'];
    let broken = 0;
    for (let n = 0; n < 5000; n++) {
      const chars = [...SAMPLE];
      const at = Math.floor(next() * chars.length);
      const edit = Math.floor(next() * 3);
      const piece = pieces[Math.floor(next() * pieces.length)]!;
      if (edit === 0) chars.splice(at, 1);
      else if (edit === 1) chars.splice(at, 0, piece);
      else chars.splice(at, 1, piece);
      const text = chars.join('');
      const found = firstSyntaxFault(text, 64);
      expect(found === undefined, text).toBe(parses(text));
      if (found) broken++;
    }
    expect(broken).toBeGreaterThan(2500);
  });

  it('stops where a parser with positions (momoa) stops, or before it where momoa reads past a grammar error', () => {
    // momoa splits the whole text into tokens before it parses, so a bad token late in the text
    // (an unclosed string) is reported before an earlier grammar error; we stop at the first.
    const next = random(2012);
    let compared = 0;
    let same = 0;
    for (let n = 0; n < 3000; n++) {
      const chars = [...SAMPLE];
      const at = Math.floor(next() * chars.length);
      chars.splice(at, 1, [',', '}', ']', '"', ':', 'x', ''][Math.floor(next() * 7)]!);
      const text = chars.join('');
      const found = firstSyntaxFault(text, 64);
      const reference = momoaOffset(text);
      // momoa accepts some texts JSON forbids (a raw control character in a string); compare the rest.
      if (!found || reference === undefined || found.fault.kind === 'end') continue;
      // In a broken number ("-:"), momoa points at the number's start, we at the character that breaks it.
      const inNumber = found.offset > reference && /^-?[0-9]*\.?[0-9]*([eE][+-]?)?$/.test(text.slice(reference, found.offset));
      expect(found.offset <= reference || inNumber, text).toBe(true);
      compared++;
      if (found.offset === reference || inNumber) same++;
    }
    expect(compared).toBeGreaterThan(1000);
    console.log(same, compared);
    expect(same / compared).toBeGreaterThan(0.99);
  });

  it.each([
    ['{"a": 1,}', 1, 9, '此处不应出现“}”（最后一项后面多了逗号？）'],
    ['{"a": [1, 2,]}', 1, 13, '此处不应出现“]”（最后一项后面多了逗号？）'],
    ['{"a": 1\n "b": 2}', 2, 2, '此处不应出现字符串（上一项后面缺少逗号？）'],
    ['{"a" 1}', 1, 6, '此处不应出现数字（键名后面缺少冒号？）'],
    ['{"a": ,}', 1, 7, '此处不应出现“,”（此处缺少一项？）'],
    ["{'a': 1}", 1, 2, '此处出现了不允许的字符“\'”（字符串须用双引号）'],
    ['{a: 1}', 1, 2, '此处出现了不允许的字符“a”（键名须用双引号括起）'],
    ['{"a": 1 // 注释\n}', 1, 9, '此处出现了不允许的字符“/”（JSON 不允许注释）'],
    ['{"a"：1}', 1, 5, '此处出现了不允许的字符“：”（误用了中文标点）'],
    ['{"a": True}', 1, 7, '无法识别“True”（文字须用双引号括起；true、false、null 须小写）'],
    ['{"a": 01}', 1, 8, '此处不应出现数字（上一项后面缺少逗号？）'],
    ['{"a": 1.}', 1, 9, '此处出现了不允许的字符“}”'],
    ['{"a": "b', 1, 9, '文件意外结束（缺少“}”“]”，或字符串的引号没有闭合？）'],
    ['{"a": 1}}', 1, 9, '此处不应出现“}”（文件在此之前已经结束，多出的内容请删去）'],
    ['{"a": "\\x"}', 1, 8, '此处出现了不允许的字符“\\”'],
  ])('%j → %i:%i %s', (text, line, column, detail) => {
    const result = readJsonText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ code: 'malformed-json', args: { detail }, line, column });
  });

  it('locates a mistake at the end of a 3 MB file, which no full parse with positions could afford', () => {
    const text = `{"a": [${'1, '.repeat(1_000_000)}]}`;
    const result = readJsonText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue).toMatchObject({ code: 'malformed-json', line: 1, column: text.length - 1, args: { detail: '此处不应出现“]”（最后一项后面多了逗号？）' } });
  });

  it('reports nesting past 64 levels where it happens, in broken and in well-formed text alike', () => {
    for (const text of ['['.repeat(2_000_000), `{"a": ${'['.repeat(100)}${']'.repeat(100)}}`]) {
      const result = readJsonText(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issue).toMatchObject({ code: 'too-deep', line: 1 });
      expect(result.issue.column).toBe(text.startsWith('{') ? 7 + 63 : 65);
    }
  });
});
