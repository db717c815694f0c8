import { beforeAll, describe, expect, it } from 'vitest';
import { formatCitation, handbookPath, parseCitation, parseEId } from '../../scripts/lib/citations/index.ts';
import { compilePolicy, type PolicyModel } from '../../scripts/lib/policy/index.ts';

let model: PolicyModel;
beforeAll(async () => {
  const result = await compilePolicy();
  if (!result.model) throw new Error('policy/ did not compile');
  model = result.model;
});

describe('citations of provisions', () => {
  it.each([
    ['art_17__item_3', '第十七条第（三）项'],
    ['art_26__para_2', '第二十六条第二款'],
    ['art_8', '第八条'],
    ['art_29__item_5', '第二十九条第（五）项'],
    ['chp_4', '第四章'],
  ])('%s is cited as %s and back', (eId, citation) => {
    expect(formatCitation(eId)).toBe(citation);
    expect(parseCitation(citation)).toBe(eId);
  });

  it('reads the ASCII brackets of the source and a leading 本办法', () => {
    expect(parseCitation('第十七条第(三)项')).toBe('art_17__item_3');
    expect(parseCitation('本办法第三十二条')).toBe('art_32');
  });

  it('round-trips every chapter, article, paragraph and item of the model', () => {
    let count = 0;
    for (const chapter of model.chapters) {
      expect(parseCitation(formatCitation(chapter.eId))).toBe(chapter.eId);
      for (const article of chapter.articles) {
        const ids = [article.eId, ...article.paragraphs.flatMap((p) => [p.eId, ...p.items.map((i) => i.eId)])];
        for (const eId of ids) {
          expect(parseCitation(formatCitation(eId))).toBe(eId);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(33 + 36);
  });

  it('cites the only paragraph of an article as the article, and a paragraph of several as 第X款', () => {
    expect(formatCitation('art_27__para_1', model)).toBe('第二十七条');
    expect(formatCitation('art_26__para_1', model)).toBe('第二十六条第一款');
    expect(formatCitation('art_26__para_2', model)).toBe('第二十六条第二款');
    expect(formatCitation('art_17__item_3', model)).toBe('第十七条第（三）项');
    expect(formatCitation('art_27__para_1')).toBe('第二十七条第一款');
  });

  it('gives the article label the model stores', () => {
    for (const article of model.chapters.flatMap((c) => c.articles)) {
      expect(formatCitation(article.eId)).toBe(article.label);
    }
  });

  it.each(['art_0', 'art_100', 'art_8__para_0', 'para_1', 'art_8_item_1', 'chp_x', ''])('rejects the malformed eId %j', (eId) => {
    expect(parseEId(eId)).toBeUndefined();
    expect(() => formatCitation(eId)).toThrow();
  });

  it.each(['第八', '第八条第', '第条', '第一百条', '第八条第（三）款'])('rejects the malformed citation %j', (c) => {
    expect(parseCitation(c)).toBeUndefined();
  });

  it('links a provision to its article page and anchor in the handbook', () => {
    expect(handbookPath('art_17__item_3')).toBe('articles/art_17/#art_17__item_3');
    expect(handbookPath('art_8')).toBe('articles/art_8/#art_8');
    expect(handbookPath('chp_3')).toBe('chapters/chp_3/');
  });
});
