/**
 * The reference extractor on synthetic text: the Measures themselves contain few
 * explicit references, so every form Chinese regulations use is exercised here.
 */
import { describe, expect, it } from 'vitest';
import { findProvisionReferences } from '../../scripts/lib/policy/provision-references.ts';

const at = { article: 17, paragraph: 2 };
const targets = (text: string, context = at) =>
  findProvisionReferences(text, context).map((r) => [r.text, r.target, r.targetEnd].filter(Boolean));

describe('explicit references between provisions', () => {
  it.each([
    ['依照第十条处理', [['第十条', 'art_10']]],
    ['依照本办法第三十二条的规定', [['本办法第三十二条', 'art_32']]],
    ['见第二十六条第二款', [['第二十六条第二款', 'art_26__para_2']]],
    ['属于第十七条第（三）项情形', [['第十七条第（三）项', 'art_17__item_3']]],
    ['属于第十七条第(三)项情形', [['第十七条第(三)项', 'art_17__item_3']]],
    ['第八条第一款第（六）项所列', [['第八条第一款第（六）项', 'art_8__item_6']]],
    ['第二十一条至第二十四条规定的情形', [['第二十一条至第二十四条', 'art_21', 'art_24']]],
    ['本条规定', [['本条', 'art_17']]],
    ['本条第一款', [['本条第一款', 'art_17__para_1']]],
    ['本条第（二）项', [['本条第（二）项', 'art_17__item_2']]],
    ['前款规定的案件', [['前款', 'art_17__para_1']]],
    ['前款第（一）项', [['前款第（一）项', 'art_17__item_1']]],
    ['依照第一款', [['第一款', 'art_17__para_1']]],
    ['有第（四）项情形的', [['第（四）项', 'art_17__item_4']]],
    ['依照第8条', [['第8条', 'art_8']]],
  ])('finds %j', (text, expected) => {
    expect(targets(text)).toEqual(expected);
  });

  it('finds several references in one sentence, in order, with their offsets', () => {
    const found = findProvisionReferences('依照第五条和前款，并适用第三十三条。', at);
    expect(found.map((r) => [r.text, r.start, r.end, r.target])).toEqual([
      ['第五条', 2, 5, 'art_5'],
      ['前款', 6, 8, 'art_17__para_1'],
      ['第三十三条', 12, 17, 'art_33'],
    ]);
  });

  it('leaves 前款 unresolved in a first paragraph, where there is none before it', () => {
    expect(findProvisionReferences('前款规定', { article: 3, paragraph: 1 })[0]?.target).toBeUndefined();
  });

  it.each(['第一时间报告', '公安厅第12次党委会', '第一项', '第四章', '本办法自印发之日起施行'])('finds nothing in %j', (text) => {
    expect(findProvisionReferences(text, at)).toEqual([]);
  });
});
