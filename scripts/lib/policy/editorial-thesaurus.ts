/**
 * policy/editorial/thesaurus.yaml: the words officers use for what a provision covers (老婆 / 丈夫 →
 * Art. 32's 夫、妻; 开枪 → Art. 24's 武器), for the handbook's search. Each entry names the provision
 * it leads to and the words of that provision's text the editors reviewed it against, and the
 * compiler checks both: the provision exists and holds those words. A word leads to one place
 * only, and is at least two characters (one character would match nearly every article).
 */
import type { ThesaurusEntry } from './model.ts';
import { isObject, isText, provisionIndex, type EditorialInput } from './editorial-input.ts';

const KEYS = new Set(['target', 'reviewed', 'words']);

export function readThesaurus({ data, context, fail }: EditorialInput): ThesaurusEntry[] | undefined {
  if (!isObject(data) || !Array.isArray(data.entries)) {
    fail('须有 entries：每一项写明 target（条款标识）、reviewed（据以核对的条文用词）与 words（日常说法）');
    return undefined;
  }
  const provisions = provisionIndex(context.chapters);
  const firstSeen = new Map<string, string>();
  const entries: ThesaurusEntry[] = [];
  data.entries.forEach((entry: unknown, index: number) => {
    const at = (...rest: (string | number)[]) => ['entries', index, ...rest];
    if (!isObject(entry)) return fail(`第 ${index + 1} 项须是含 target、reviewed、words 的映射`, at());
    for (const key of Object.keys(entry)) if (!KEYS.has(key)) fail(`不认识的键“${key}”（只能有 target、reviewed、words）`, at(key));
    const target = typeof entry.target === 'string' ? entry.target : '';
    const provision = provisions.get(target);
    if (!provision) return fail(`“${String(entry.target)}”不是条文模型中的条款标识（如 art_32__para_1、art_8__item_6）`, at('target'));
    const reviewed = typeof entry.reviewed === 'string' ? [entry.reviewed] : entry.reviewed;
    if (!Array.isArray(reviewed) || reviewed.length === 0 || !reviewed.every(isText)) {
      return fail(`${target} 须有 reviewed：编者据以核对的条文用词`, at('reviewed'));
    }
    for (const [i, words] of reviewed.entries()) {
      if (!provision.text.includes(words)) fail(`“${words}”不在 ${target} 的条文中：reviewed 只能写该条款原有的用词`, at('reviewed', ...(typeof entry.reviewed === 'string' ? [] : [i])));
    }
    if (!Array.isArray(entry.words) || entry.words.length === 0) return fail(`${target} 须有 words：至少一个日常说法`, at('words'));
    const words: string[] = [];
    entry.words.forEach((word: unknown, i: number) => {
      if (typeof word === 'number') return fail(`“${word}”在 YAML 中是数字：请加引号写成文字（'${word}'）`, at('words', i));
      if (!isText(word) || /[\s\p{P}]/u.test(word)) return fail(`日常说法须是不含空白和标点的词语`, at('words', i));
      if ([...word].length < 2) return fail(`日常说法“${word}”只有一个字：单字几乎匹配每一条，请写成词语`, at('words', i));
      const before = firstSeen.get(word);
      if (before) return fail(`“${word}”已列于 ${before}：一个说法只指向一处，请保留最贴切的一处`, at('words', i));
      firstSeen.set(word, target);
      words.push(word);
    });
    entries.push({ target, reviewed, words });
  });
  return entries;
}
