/**
 * Characters by their sound, for the search's "did you mean": officers type with a pinyin input
 * method, and a slip picks a character of the same sound (收伤 for 受伤). The browser gets, for
 * every syllable (toneless pinyin), the characters that have it — the 3,755 common characters of
 * GB 2312's first level and every character of the handbook's words — and replaces a character
 * the handbook does not know in a word by one that sounds the same and makes a word it does know
 * (site/src/search/query.ts). About 15 KB in the search's data.
 */
import { pinyin } from 'pinyin-pro';

/** GB 2312's first level (the 3,755 most common characters): rows 16–55 of its code table. */
function commonCharacters(): string[] {
  const decoder = new TextDecoder('gbk');
  const out: string[] = [];
  for (let row = 0xb0; row <= 0xd7; row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      if (row === 0xd7 && cell > 0xf9) break;
      out.push(decoder.decode(new Uint8Array([row, cell])));
    }
  }
  return out;
}

/** Syllable → the characters with that sound (every reading of a character with several). */
export function homophones(text: string): Record<string, string> {
  const characters = new Set([...commonCharacters(), ...[...text].filter((c) => /\p{Script=Han}/u.test(c))]);
  const bySound = new Map<string, string[]>();
  for (const character of characters) {
    for (const sound of pinyin(character, { toneType: 'none', type: 'array', multiple: true, v: true })) {
      if (!/^[a-z]+$/.test(sound)) continue;
      bySound.set(sound, [...(bySound.get(sound) ?? []), character]);
    }
  }
  return Object.fromEntries([...bySound].sort(([a], [b]) => a.localeCompare(b)).map(([sound, chars]) => [sound, chars.join('')]));
}
