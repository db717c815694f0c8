/**
 * What a value matching each of the schemas' patterns (schemas/parts/common.schema.json) looks
 * like, said to a clerk: one table for the validator's messages and the editor's hints.
 */
const PRINTABLE = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uFFFE\\uFFFF]*$';

export const PATTERN_WORDS: Record<string, string> = {
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': '应为 24 小时制的时刻，写作 HH:MM，如 22:10',
  '^[A-Za-z][A-Za-z0-9_-]{0,19}$': '应为字母开头的标识（字母、数字、下划线或连字符，最多 20 个字符），如 p1、a2',
  [PRINTABLE]: '中有不允许的控制字符或非字符（如 U+FFFE），请删去',
  '^[^\\u0000-\\u001F\\u007F\\uFFFE\\uFFFF]*$': '中有不允许的控制字符或非字符（如 U+FFFE），请删去',
};
