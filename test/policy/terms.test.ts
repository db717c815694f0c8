/** Defined terms (Arts. 5, 6, 29（五）, 32), the laws the Measures cite, and the marked lists. */
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePolicy, type PolicyModel } from '../../scripts/lib/policy/index.ts';

let model: PolicyModel;
beforeAll(async () => {
  const result = await compilePolicy();
  if (!result.model) throw new Error('policy/ did not compile');
  model = result.model;
});
const term = (t: string) => model.terms.find((x) => x.term === t);
const uses = (t: string) => model.references.filter((r) => r.kind === 'term' && r.term === t);

describe('defined terms', () => {
  it.each([
    ['维权委', 'art_5__para_1', '维护公安民警执法权威工作委员会'],
    ['维权办', 'art_6__para_1', '维护公安民警执法权威工作委员会办公室'],
    ['正名通知书', 'art_29__item_5', undefined],
    ['近亲属', 'art_32__para_1', undefined],
  ])('%s is defined in %s', (t, eId, fullName) => {
    expect(term(t)?.definedIn).toBe(eId);
    expect(term(t)?.fullName).toBe(fullName);
  });

  it('links each use of 近亲属 to Art. 32, including those before the definition (Arts. 3, 8, 11, 15)', () => {
    const sources = uses('近亲属').map((r) => r.source);
    expect(new Set(sources)).toEqual(new Set(['art_3__para_1', 'art_8__item_6', 'art_8__item_7', 'art_8__item_8', 'art_11__para_1', 'art_15__para_1']));
    expect(uses('近亲属').every((r) => r.target === 'art_32__para_1')).toBe(true);
  });

  it('reads the full name of the committee in Art. 27 as a use of 维权委, and the office name as 维权办, never both', () => {
    const art27 = uses('维权委').filter((r) => r.source === 'art_27__para_1');
    expect(art27.map((r) => r.text)).toEqual(['维护公安民警执法权威工作委员会']);
    expect(uses('维权委').some((r) => r.source === 'art_6__para_1')).toBe(false);
  });

  it('records every use at offsets that point at the words in the provision text', () => {
    const texts = new Map<string, string>();
    for (const a of model.chapters.flatMap((c) => c.articles)) {
      for (const p of a.paragraphs) {
        texts.set(p.eId, p.text);
        for (const i of p.items) texts.set(i.eId, i.text);
      }
    }
    expect(model.references.length).toBeGreaterThan(10);
    for (const ref of model.references) {
      expect(texts.get(ref.source)?.slice(ref.start, ref.end), `${ref.source} ${ref.text}`).toBe(ref.text);
    }
  });

  it('does not count the definition site as a use', () => {
    expect(uses('近亲属').some((r) => r.source === 'art_32__para_1')).toBe(false);
  });
});

describe('laws and documents the Measures name', () => {
  it('lists the four laws of Art. 1 and the three of Art. 10, with the articles that cite them', () => {
    const cited = (eId: string) => model.laws.filter((l) => l.citedBy.includes(eId)).map((l) => l.title);
    expect(cited('art_1__para_1')).toEqual([
      '中华人民共和国人民警察法',
      '公安机关督察条例',
      '公安机关人民警察执法过错责任追究规定',
      '公安机关维护民警执法权威工作规定',
    ]);
    expect(cited('art_10__para_1').sort()).toEqual(['中华人民共和国人民警察法', '中华人民共和国刑事诉讼法', '中华人民共和国治安管理处罚法'].sort());
  });

  it('names the 《正名通知书》 of Art. 29（五） as a document', () => {
    expect(model.documents.map((d) => [d.title, d.citedBy])).toEqual([['正名通知书', ['art_29__item_5']]]);
  });
});

describe('closed lists and numbers the rules read from the text', () => {
  it('takes Art. 32 near relatives as exactly seven relations', () => {
    expect(model.enumerations.near_relatives).toEqual({
      name: 'near_relatives',
      eId: 'art_32__para_1',
      members: ['夫', '妻', '父', '母', '子', '女', '同胞兄弟姊妹'],
    });
  });

  it('takes the five forbidden grounds of Art. 18', () => {
    expect(model.enumerations.forbidden_grounds?.members).toEqual(['领导批示', '舆论炒作', '信访投诉', '复议诉讼', '维护稳定']);
  });

  it('takes the committee roles of Art. 5 and the two lawyers of Art. 26', () => {
    expect(model.enumerations.committee_director?.members).toEqual(['督察长']);
    expect(model.enumerations.committee_deputies?.members).toEqual(['副督察长', '政工部门负责人']);
    expect(model.enumerations.committee_members?.members).toHaveLength(9);
    expect(model.parameters.min_lawyers).toMatchObject({ eId: 'art_26__para_2', value: 2 });
  });
});
