import { describe, expect, it } from 'vitest';
import { phraseOf, rerankByPhrase } from '../../site/src/search/phrase-rank.js';

function results(...contents: string[]) {
  let loads = 0;
  const list = contents.map((content, i) => ({ id: i, data: async () => (loads++, { content }) }));
  return { response: { results: list }, loads: () => loads };
}

describe('the phrase ranking in front of Pagefind', () => {
  it('moves the page holding the whole phrase ahead of pages that only share its words', async () => {
    // Pagefind scores 第四条 (全区各级公安机关) like 第二条 (全区公安机关及…): both have the words.
    const { response } = results('第四条 全区各级公安机关应当', '第二条 全区公安机关及公安民警', '第一条 公安机关');
    const ranked = await rerankByPhrase('全区公安机关', response);
    expect(ranked!.results.map((r) => r.id)).toEqual([1, 0, 2]);
  });

  it('keeps Pagefind’s order among pages that all hold the phrase, and matches across element spaces', async () => {
    const { response } = results('本人及其 近亲属 受到', '近亲属', '无关');
    const ranked = await rerankByPhrase('近亲属', response);
    expect(ranked!.results.map((r) => r.id)).toEqual([0, 1, 2]);
  });

  it('leaves a query of several words, or of one character, in Pagefind’s order and loads nothing', async () => {
    expect(phraseOf('民警 依法')).toBeNull();
    expect(phraseOf('的')).toBeNull();
    expect(phraseOf(' 警械 ')).toBe('警械');
    const { response, loads } = results('乙', '甲 乙');
    await rerankByPhrase('甲 乙', response);
    expect(response.results.map((r) => r.id)).toEqual([0, 1]);
    expect(loads()).toBe(0);
  });

  it('checks only the first results and loads each one once, for the dialog to reuse', async () => {
    const { response, loads } = results('a', 'b', 'c 目标短语', 'd 目标短语');
    const ranked = await rerankByPhrase('目标短语', response, 3);
    expect(ranked!.results.map((r) => r.id)).toEqual([2, 0, 1, 3]);
    expect(loads()).toBe(3);
    await ranked!.results[0]!.data();
    expect(loads()).toBe(3);
  });
});
