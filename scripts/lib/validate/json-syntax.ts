/**
 * Where JSON text first breaks the grammar of RFC 8259, and how: run only once JSON.parse has
 * refused the text, whose own message (Node 20) gives no position and is English. One pass,
 * nothing built: memory stays bounded whatever the size of the file (a full parse with
 * positions costs many times the text), and nesting past `maxDepth` is reported where it
 * happens instead of overflowing a stack.
 */

/** What was found where the grammar broke, and what the grammar wanted there. */
export type SyntaxFault =
  | { kind: 'token'; token: Token; expected: Expected; afterComma: boolean }
  | { kind: 'character'; character: string; expected: Expected }
  | { kind: 'word'; word: string; expected: Expected }
  | { kind: 'end' }
  | { kind: 'too-deep' };

/** value: any value; key: a quoted key; colon: ":" after a key; next: "," or the container's close; nothing: text after the document. */
type Expected = 'value' | 'key' | 'colon' | 'next' | 'nothing';

export type Token = 'RBrace' | 'RBracket' | 'LBrace' | 'LBracket' | 'Comma' | 'Colon' | 'String' | 'Number' | 'Literal';

/** What the grammar accepts next. */
const enum Expect {
  /** Any value (the top, after a colon, or after a comma in an array). */
  Value,
  /** A value or "]" (just after "["). */
  ValueOrClose,
  /** A key (after a comma in an object). */
  Key,
  /** A key or "}" (just after "{"). */
  KeyOrClose,
  Colon,
  /** A comma or the close of the container; the end of text at the top. */
  CommaOrClose,
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isWordChar = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || isDigit(c) || c === 0x5f || c === 0x24;
const HEX = /^[0-9A-Fa-f]{4}$/;

/** Past the string whose opening quote is at `i`; or where it breaks: a bad escape, or the end of the text (`end`). */
function scanString(text: string, i: number): { end: number } | { at: number; end?: true } {
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return { end: i + 1 };
    if (c === 0x5c) {
      const e = text[i + 1];
      if (e === undefined) return { at: i + 1, end: true };
      if (e === 'u') {
        if (!HEX.test(text.slice(i + 2, i + 6))) return { at: i };
        i += 5;
      } else if ('"\\/bfnrt'.includes(e)) i++;
      else return { at: i };
    }
  }
  return { at: i, end: true };
}

/** Past the number at `i` (-?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?), or the offset where it goes wrong. */
function scanNumber(text: string, i: number): { end: number } | { at: number } {
  const digits = (from: number) => {
    let k = from;
    while (k < text.length && isDigit(text.charCodeAt(k))) k++;
    return k;
  };
  if (text.charCodeAt(i) === 0x2d) i++;
  if (!isDigit(text.charCodeAt(i))) return { at: i };
  i = text.charCodeAt(i) === 0x30 ? i + 1 : digits(i);
  if (text.charCodeAt(i) === 0x2e) {
    const k = digits(i + 1);
    if (k === i + 1) return { at: k };
    i = k;
  }
  if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45) {
    let k = i + 1;
    if (text.charCodeAt(k) === 0x2b || text.charCodeAt(k) === 0x2d) k++;
    const end = digits(k);
    if (end === k) return { at: k };
    i = end;
  }
  return { end: i };
}

/** The first place `text` is not JSON, or undefined if it is. */
export function firstSyntaxFault(text: string, maxDepth: number): { offset: number; fault: SyntaxFault } | undefined {
  /** Open containers, innermost last: 1 for an object, 0 for an array. */
  const open: number[] = [];
  let expect = Expect.Value;
  let afterComma = false;
  let done = false;
  const at = (offset: number, fault: SyntaxFault) => ({ offset, fault });
  const closed = () => {
    open.pop();
    expect = Expect.CommaOrClose;
    if (open.length === 0) done = true;
  };

  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) return done ? undefined : at(i, { kind: 'end' });
    const c = text.charCodeAt(i);
    const wantsValue = !done && (expect === Expect.Value || expect === Expect.ValueOrClose);
    const wantsKey = !done && (expect === Expect.Key || expect === Expect.KeyOrClose);
    const expected: Expected = done ? 'nothing' : wantsValue ? 'value' : wantsKey ? 'key' : expect === Expect.Colon ? 'colon' : 'next';
    const token = (t: Token) => at(i, { kind: 'token', token: t, expected, afterComma });
    const character = (offset: number) => at(offset, { kind: 'character', character: charAt(text, offset), expected });
    if (done) return TOKENS[text[i]!] ? token(TOKENS[text[i]!]!) : isWordChar(c) ? at(i, { kind: 'word', word: wordAt(text, i), expected }) : character(i);

    if (c === 0x7d || c === 0x5d) {
      const object = c === 0x7d;
      const fits = object ? expect === Expect.KeyOrClose || (expect === Expect.CommaOrClose && open.at(-1) === 1) : expect === Expect.ValueOrClose || (expect === Expect.CommaOrClose && open.at(-1) === 0);
      if (!fits) return token(object ? 'RBrace' : 'RBracket');
      closed();
      i++;
    } else if (c === 0x7b || c === 0x5b) {
      if (!wantsValue) return token(c === 0x7b ? 'LBrace' : 'LBracket');
      if (open.length >= maxDepth) return at(i, { kind: 'too-deep' });
      open.push(c === 0x7b ? 1 : 0);
      expect = c === 0x7b ? Expect.KeyOrClose : Expect.ValueOrClose;
      i++;
    } else if (c === 0x2c) {
      if (expect !== Expect.CommaOrClose) return token('Comma');
      expect = open.at(-1) === 1 ? Expect.Key : Expect.Value;
      afterComma = true;
      i++;
      continue;
    } else if (c === 0x3a) {
      if (expect !== Expect.Colon) return token('Colon');
      expect = Expect.Value;
      i++;
    } else if (c === 0x22) {
      if (!wantsValue && !wantsKey) return token('String');
      const s = scanString(text, i);
      if ('at' in s) return s.end ? at(s.at, { kind: 'end' }) : character(s.at);
      i = s.end;
      if (wantsKey) expect = Expect.Colon;
      else if (open.length === 0) ((done = true), (expect = Expect.CommaOrClose));
      else expect = Expect.CommaOrClose;
    } else if (c === 0x2d || isDigit(c)) {
      if (!wantsValue) return wantsKey ? character(i) : token('Number');
      const n = scanNumber(text, i);
      if ('at' in n) return n.at >= text.length ? at(n.at, { kind: 'end' }) : character(n.at);
      i = n.end;
      expect = Expect.CommaOrClose;
      if (open.length === 0) done = true;
    } else if (isWordChar(c)) {
      const word = wordAt(text, i);
      if (wantsKey) return character(i);
      if (word !== 'true' && word !== 'false' && word !== 'null') return at(i, { kind: 'word', word, expected });
      if (!wantsValue) return token('Literal');
      i += word.length;
      expect = Expect.CommaOrClose;
      if (open.length === 0) done = true;
    } else {
      return character(i);
    }
    afterComma = false;
  }
}

const TOKENS: Partial<Record<string, Token>> = { '}': 'RBrace', ']': 'RBracket', '{': 'LBrace', '[': 'LBracket', ',': 'Comma', ':': 'Colon', '"': 'String' };

function wordAt(text: string, i: number): string {
  let end = i;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return text.slice(i, end);
}

/** The whole character at `i` (a surrogate pair counts as one). */
function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 0xfffd);
}
