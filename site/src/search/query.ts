// What a query asks, before anything is searched: officers type words (开枪), phrases of the text
// (全区公安机关) and whole questions (被人打了怎么办). A question is reduced to its content words:
// question phrases go (怎么办, 能不能), then the rest is cut into the longest pieces the handbook
// holds — an editor's word (被打, 老婆) or words of the text — and function characters left
// between them (了, 的, 我) are dropped. A single character is never a content word: it would match
// nearly every article.

import { squash, type VocabularyIndex } from './vocabulary.ts';

export interface QueryTerm {
  text: string;
  /** 2 for the whole phrase typed, 1 for a content word, 0.5 for a word standing for one (被诬告 → 诬告; 老婆 → 近亲属). */
  weight: number;
  /** The content word the term stands for: a result covers the query by the groups it matches (the whole phrase covers all). */
  group: number;
}

export interface QueryAnalysis {
  /** The query as typed, normalised. */
  query: string;
  /** A single character: Pagefind's own order is kept (it matches nearly everything either way). */
  single: boolean;
  terms: QueryTerm[];
  /** How many content words the query has (the groups of its terms). */
  groups: number;
  /** The content words, when they are not simply the query (shown: 按“被打”搜索). */
  reduced: string[];
  /** Words typed with a slip of the input method, and the word searched instead (收伤 → 受伤): shown. */
  corrections: { typed: string; meant: string }[];
}

/** Phrases that ask rather than say: not content, unless inside an editor's word (找谁, 可以维权). */
const QUESTION_PHRASES = [
  '怎么办才好', '该怎么办', '怎么处理', '怎么办', '怎么样', '怎么', '怎样', '如何', '为什么', '为何', '什么样', '什么',
  '哪些', '哪个', '哪里', '哪儿', '哪种', '能不能', '可不可以', '是不是', '有没有', '会不会', '要不要', '该不该', '算不算',
  '能否', '是否', '可否', '行不行', '请问', '一下', '我们', '你们', '他们', '她们', '的话', '应该', '需要', '可以吗', '吗',
];

/**
 * Asking when (多久要上报): the Measures answer with their time words, which a question never
 * contains — so the question brings them in, at half weight, as one more thing it asks about.
 */
const ASKING_WHEN = ['多长时间', '多少时间', '什么时候', '多少天', '几小时', '多久', '几天', '多快', '时限', '期限'];
const TIME_WORDS = ['第一时间', '立即', '限期', '定期'];

/** Characters that only join words: a piece of the text may not begin or end with one (an editor's word may: 被打). */
const FUNCTION_CHARS = new Set([...'的了吗呢吧啊呀么嘛哦哈我你他她它被把让给向对在从和与及或就都也还又才很会能该想说问找算是有没当时后前里要']);

/** Markers of the passive that officers put before what happened to them (被打, 遭威胁, 挨打). */
const PASSIVE = /^[被遭挨让叫给受]/u;

const SEPARATORS = /[\s\p{P}\p{S}]+/u;
const LONGEST = 12;
/** An editor's word counts half as much again in the segmentation: 纠正|错误处分, not 纠正错误|处分. */
const EDITOR_WORD = 1.5;
/**
 * A phrase of the text this long counts as much as an editor's word: typed whole, it is what the
 * officer means (被打击报复 is 打击报复, not 被打 and 报复).
 */
const LONG_PHRASE = 4;

/** "被人打" is "被打": the person after a passive marker only says that someone did it. */
const PASSIVE_PERSON = /([被遭挨叫让])(?:人家|别人|人)/gu;

export function analyse(input: string, index: VocabularyIndex): QueryAnalysis {
  const query = input.normalize('NFKC').trim().toLowerCase();
  const typedChunks = query.replace(PASSIVE_PERSON, '$1').split(SEPARATORS).filter(Boolean);
  if ([...typedChunks.join('')].length <= 1) return { query, single: true, terms: [], groups: 0, reduced: [], corrections: [] };
  const corrections: QueryAnalysis['corrections'] = [];
  const chunks = typedChunks.map((chunk) => corrected(chunk, index, corrections));
  const whole = chunks.length === 1 && corrections.length === 0 ? chunks[0]! : '';

  const words = [...new Set(chunks.flatMap((chunk) => [...contentWords(chunk, index), ...passiveVerbs(chunk, index)]))];
  const terms = new Map<string, QueryTerm>();
  const add = (text: string, weight: number, group: number) => {
    const known = terms.get(text);
    if ([...text].length >= 2 && (!known || known.weight < weight)) terms.set(text, { text, weight, group });
  };
  words.forEach((word, group) => {
    add(word, 1, group);
    if (PASSIVE.test(word)) add(word.slice(1), 0.5, group);
    const concept = index.concepts.get(word);
    if (concept) add(concept, 0.5, group);
  });
  // The whole phrase: it covers every content word (group -1).
  if (whole) add(whole, 2, -1);
  let groups = Math.max(1, words.length);
  if (ASKING_WHEN.some((phrase) => query.includes(phrase))) {
    const when = groups++;
    for (const word of TIME_WORDS) add(word, 0.5, when);
  }
  const reduced = words.length === 1 && words[0] === whole ? [] : words;
  return { query, single: false, terms: [...terms.values()], groups, reduced, corrections };
}

/**
 * The chunk with each slip of a pinyin input method put right: where two characters side by side
 * are left uncovered by any piece of the handbook (收伤), one of them is replaced by a character of
 * the same sound that makes an officers' word the editors listed (受伤) — or, when nothing else of
 * the chunk is understood, two characters of the text. (A word the handbook merely lacks, such as
 * 查出, is not turned into one of its own, 查处.) Each change is recorded, to be shown.
 */
function corrected(chunk: string, index: VocabularyIndex, corrections: QueryAnalysis['corrections']): string {
  const chars = [...chunk];
  const { pieces, covered } = segment(chunk, index);
  const ofText = (word: string) => pieces.length === 0 && index.corpus.includes(word) && !FUNCTION_CHARS.has(word[0]!) && !FUNCTION_CHARS.has(word[word.length - 1]!);
  const known = (word: string) => index.words.has(word) || ofText(word);
  let changed = false;
  for (let i = 0; i + 1 < chars.length; i++) {
    if (covered[i] || covered[i + 1] || FUNCTION_CHARS.has(chars[i]!) || FUNCTION_CHARS.has(chars[i + 1]!)) continue;
    const pair = chars[i]! + chars[i + 1]!;
    if (index.corpus.includes(pair)) continue;
    const meant =
      index.soundsLike(chars[i]!).map((c) => c + chars[i + 1]!).find(known) ?? index.soundsLike(chars[i + 1]!).map((c) => chars[i]! + c).find(known);
    if (!meant || meant === pair) continue;
    corrections.push({ typed: pair, meant });
    [chars[i], chars[i + 1]] = [...meant] as [string, string];
    covered[i] = covered[i + 1] = true;
    changed = true;
  }
  return changed ? chars.join('') : chunk;
}

/** How far after 被 the verb may stand (被嫌疑人用砖头砸: 砸 seven characters on). */
const PASSIVE_REACH = 8;

/**
 * What happened, when the doer stands between the passive marker and the verb: 被嫌疑人用砖头砸 →
 * 被砸, 被当事人咬了手 → 被咬 — each an editor's word the chunk does not already hold whole.
 */
function passiveVerbs(chunk: string, index: VocabularyIndex): string[] {
  const chars = [...chunk];
  const found: string[] = [];
  chars.forEach((marker, i) => {
    if (!PASSIVE.test(marker)) return;
    for (let j = i + 2; j < Math.min(chars.length, i + 1 + PASSIVE_REACH); j++) {
      for (const verb of [chars[j]!, chars.slice(j, j + 2).join('')]) {
        const word = `${marker}${verb}`;
        if (verb.length && index.words.has(word) && !chunk.includes(word) && !found.includes(word)) found.push(word);
      }
    }
  });
  return found;
}

/**
 * The content words of one chunk (no spaces in it), by the segmentation that covers the most of
 * it with pieces the handbook holds: an editor's word anywhere (counting half again), or two or more
 * characters of the text that do not begin or end with a function character and are not a
 * question phrase. Characters no piece covers are dropped.
 */
export function contentWords(chunk: string, index: VocabularyIndex): string[] {
  return segment(chunk, index).pieces;
}

/** The segmentation contentWords describes: its pieces, and which characters they cover. */
function segment(chunk: string, index: VocabularyIndex): { pieces: string[]; covered: boolean[] } {
  const chars = [...chunk];
  const n = chars.length;
  // Where the question phrases stand (code point spans), and the A-not-A questions (管不管, 算不算, 有没有).
  const asking: [number, number][] = [];
  const joined = chars.join('');
  for (const phrase of QUESTION_PHRASES) {
    for (let at = joined.indexOf(phrase); at >= 0; at = joined.indexOf(phrase, at + 1)) {
      const from = [...joined.slice(0, at)].length;
      asking.push([from, from + [...phrase].length]);
    }
  }
  for (let i = 0; i + 2 < n; i++) if (chars[i] === chars[i + 2] && (chars[i + 1] === '不' || chars[i + 1] === '没')) asking.push([i, i + 3]);
  // best[i]: the best covering of chars[i..]: its score, the characters it covers, its pieces, its first piece.
  // Equal scores: the fewer pieces (打击报复, not 被打 and 击报复), then the covering of more characters (近亲属, not 亲属).
  const best: { score: number; covered: number; pieces: number; piece?: string; next: number }[] = new Array(n + 1);
  best[n] = { score: 0, covered: 0, pieces: 0, next: n };
  for (let i = n - 1; i >= 0; i--) {
    best[i] = { ...best[i + 1]!, piece: undefined, next: i + 1 };
    for (let length = 2; length <= Math.min(LONGEST, n - i); length++) {
      const piece = chars.slice(i, i + length).join('');
      const value = pieceValue(piece, chars, i, length, asking, index);
      if (!value) continue;
      const after = best[i + length]!;
      const next = { score: value + after.score, covered: length + after.covered, pieces: after.pieces + 1, piece, next: i + length };
      const current = best[i]!;
      const better =
        next.score > current.score + 1e-9 ||
        (Math.abs(next.score - current.score) <= 1e-9 && (next.pieces < current.pieces || (next.pieces === current.pieces && next.covered > current.covered)));
      if (better) best[i] = next;
    }
  }
  const found: string[] = [];
  const covered: boolean[] = new Array(n).fill(false);
  for (let i = 0; i < n; ) {
    const step = best[i]!;
    if (step.piece) {
      found.push(step.piece);
      for (let k = i; k < step.next; k++) covered[k] = true;
    }
    i = step.next;
  }
  return { pieces: found, covered };
}

/**
 * What a piece is worth in the segmentation: its length, half again for an editor's word; 0 when it is
 * no piece. An editor's word may hold a question phrase whole (找谁) but not a part of one: 能不能维权
 * is 维权, not 能维权.
 */
function pieceValue(piece: string, chars: string[], at: number, length: number, asking: [number, number][], index: VocabularyIndex): number {
  const end = at + length;
  const overlapping = asking.filter(([from, to]) => from < end && to > at);
  if (index.words.has(piece)) return overlapping.every(([from, to]) => from >= at && to <= end) ? length * EDITOR_WORD : 0;
  if (overlapping.length) return 0;
  if (FUNCTION_CHARS.has(chars[at]!) || FUNCTION_CHARS.has(chars[at + length - 1]!)) return 0;
  // An ASCII word (110, 12345) is a word as it is.
  if (/^[a-z0-9]+$/u.test(piece)) return length;
  if (!index.corpus.includes(piece)) return 0;
  return length >= LONG_PHRASE ? length * EDITOR_WORD : length;
}
