/**
 * Text from files (their names, their keys and values) shown safely: the characters that steer
 * a terminal or reorder what it shows — control characters (C0, DEL, C1, where ESC [2J clears a
 * screen and a carriage return lets a name print over its own line) and the bidirectional
 * overrides (U+202E turns "fdp.exe" round) — and those no text may hold (U+FFFE, U+FFFF, half a
 * surrogate pair) are written as escapes, \u001B, so a file can never print a fake "有效".
 * The one list of them: the terminal, file names (documents/naming.ts) and option values use it.
 */
const UNSAFE = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069\\ufffe\\uffff';
/** Every unsafe character, lone surrogates included (the u flag matches a pair as one character). */
export const unsafeCharacters = (flags = '') => new RegExp(`[${UNSAFE}]|\\p{Cs}`, `u${flags}`);
const ANY_UNSAFE = unsafeCharacters();
const ALL_UNSAFE = unsafeCharacters('g');
/** What JSON.stringify leaves raw inside strings (it escapes C0 and lone surrogates itself; its line breaks are structure). */
const ALL_UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

const escapeOne = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Whether the text holds a character that must not reach a terminal, a file name or a document. */
export const hasUnsafe = (text: string): boolean => ANY_UNSAFE.test(text);

/** The text with every unsafe character escaped; the same string when there is none (the usual case). */
export function printable(text: string): string {
  return ANY_UNSAFE.test(text) ? text.replace(ALL_UNSAFE, escapeOne) : text;
}

const ALL_UNSAFE_BUT_LINES = new RegExp(`(?![\\n\\t])(?:[${UNSAFE}]|\\p{Cs})`, 'gu');

/** A message of several lines, with every unsafe character escaped but its line breaks and tabs. */
export function printableLines(text: string): string {
  return ANY_UNSAFE.test(text) ? text.replace(ALL_UNSAFE_BUT_LINES, escapeOne) : text;
}

/** JSON text from JSON.stringify with the unsafe characters it leaves raw escaped too: still the same JSON. */
export function printableJson(json: string): string {
  return json.replace(ALL_UNSAFE_IN_JSON, escapeOne);
}
