/**
 * policy/editorial/timing.yaml: how this tool reads the Measures' words for when a duty is due
 * (立即, 第一时间, 及时, 限期, 定期). Each word is checked to occur verbatim in the provision the
 * file names; every word the duties use must have its reading; and only 及时 carries a review
 * line in days (reviewAfterDays) and 立即 one in minutes (reviewAfterMinutes), the editors' prompts
 * for a person to judge, never a deadline of the text.
 */
import { isObject, isText, provisionIndex, type EditorialInput } from './editorial-input.ts';
import type { TimingReading } from './model.ts';

/** The words the duties use (duties/timing.ts TimingWord); each needs its reading. */
const WORDS = ['立即', '第一时间', '及时', '限期', '定期'] as const;

export function readTiming(input: EditorialInput): Record<string, TimingReading> | undefined {
  const { data, context, fail } = input;
  if (!isObject(data) || !isObject(data.words)) {
    fail('须有 words：每个时间用语的条款和说明');
    return undefined;
  }
  const index = provisionIndex(context.chapters);
  const out: Record<string, TimingReading> = {};
  for (const [word, entry] of Object.entries(data.words)) {
    const at = ['words', word];
    if (!(WORDS as readonly string[]).includes(word)) {
      fail(`“${word}”不是本工具读取的时间用语（只有 ${WORDS.join('、')}）`, at);
      continue;
    }
    if (!isObject(entry) || !isText(entry.reading)) {
      fail(`“${word}”须有 provision 和 reading`, at);
      continue;
    }
    const provision = typeof entry.provision === 'string' ? index.get(entry.provision) : undefined;
    if (!provision || !provision.text.includes(word)) {
      fail(`“${word}”没有出现在 ${String(entry.provision)} 的条文中：须写出现这一用语的条款`, [...at, 'provision']);
      continue;
    }
    const days = entry.reviewAfterDays;
    if (days !== undefined && (word !== '及时' || !Number.isInteger(days) || (days as number) < 1)) {
      fail(word === '及时' ? 'reviewAfterDays 须是正整数（天）' : `只有“及时”可以设 reviewAfterDays：“${word}”不在同一天履行即需核实，“限期”按期限`, [...at, 'reviewAfterDays']);
      continue;
    }
    const minutes = entry.reviewAfterMinutes;
    if (minutes !== undefined && (word !== '立即' || !Number.isInteger(minutes) || (minutes as number) < 1)) {
      fail(word === '立即' ? 'reviewAfterMinutes 须是正整数（分钟）' : `只有“立即”可以设 reviewAfterMinutes`, [...at, 'reviewAfterMinutes']);
      continue;
    }
    out[word] = { reading: entry.reading.trim(), ...(days !== undefined ? { reviewAfterDays: days as number } : {}), ...(minutes !== undefined ? { reviewAfterMinutes: minutes as number } : {}) };
  }
  for (const word of WORDS) if (!out[word] && !(word in data.words)) fail(`缺少时间用语“${word}”的说明`, ['words']);
  return out;
}
