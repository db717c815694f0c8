/**
 * Text from files (their names, their keys and values) shown safely: the characters that steer
 * a terminal or reorder what it shows — control characters (C0, DEL, C1, where ESC [2J clears a
 * screen and a carriage return lets a name print over its own line) and the bidirectional
 * overrides — are written as escapes, \u001B, so a file can never print a fake "有效".
 */
const UNSAFE = '\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
const ANY_UNSAFE = new RegExp(`[${UNSAFE}]`);
const ALL_UNSAFE = new RegExp(`[${UNSAFE}]`, 'g');
/** What JSON.stringify leaves raw inside strings (it escapes C0 itself; its line breaks are structure). */
const ALL_UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with every unsafe character escaped; the same string when there is none (the usual case). */
export function printable(text: string): string {
  return ANY_UNSAFE.test(text) ? text.replace(ALL_UNSAFE, escapeOne) : text;
}

/** JSON text from JSON.stringify with the unsafe characters it leaves raw escaped too: still the same JSON. */
export function printableJson(json: string): string {
  return json.replace(ALL_UNSAFE_IN_JSON, escapeOne);
}
