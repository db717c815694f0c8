/**
 * The editors' files (policy/editorial/): each lands in the model apart from the text, and each
 * is checked against the text it serves — a caption for every article and only for articles, a
 * thesaurus entry only with words its provision holds, a guide's every sentence with the
 * provisions it rests on — with the message located on the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSources, readPolicySources, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import type { PolicySources } from '../../scripts/lib/policy/compile.ts';

let real: PolicySources;
let model: PolicyModel;

beforeAll(async () => {
  real = await readPolicySources();
  const compiled = compileSources(real);
  if (!compiled.model) throw new Error('policy/ did not compile');
  model = compiled.model;
});

/** The real sources with one editorial file replaced (or added), compiled. */
function compileWith(name: string, text: string) {
  const editorial = (real.editorial ?? []).filter((f) => f.path !== `policy/editorial/${name}`);
  const file = new VFile({ path: `policy/editorial/${name}`, value: text });
  const { model: compiled, files } = compileSources({ ...real, editorial: [...editorial, file] });
  const messages = file.messages.map((m) => ({ line: m.line, reason: m.reason }));
  return { model: compiled, messages, others: files.filter((f) => f !== file).flatMap((f) => f.messages) };
}

const realText = (name: string) => readFileSync(path.join(import.meta.dirname, '../../policy/editorial', name), 'utf8');

describe('时间用语 (timing.yaml)', () => {
  it('reads each time word of the Measures, and gives 及时 alone a review line, outside the code', () => {
    const timing = model.editorial.timing ?? {};
    expect(Object.keys(timing)).toEqual(['立即', '第一时间', '及时', '限期', '定期']);
    expect(timing['及时']?.reviewAfterDays).toBeGreaterThan(0);
    expect(Object.entries(timing).filter(([, t]) => t.reviewAfterDays !== undefined).map(([w]) => w)).toEqual(['及时']);
  });

  it('refuses a word its provision does not hold, a review line on 立即, and a missing word, and says where', () => {
    const text = realText('timing.yaml').replace('provision: art_14__para_1', 'provision: art_8__item_1').replace(/  定期:\n    provision: art_29__item_1\n    reading: .*\n/, '').replace('    reading: 第一时间，从维权办获悉时起，本办法未规定时限\n', '    reading: 第一时间，从维权办获悉时起，本办法未规定时限\n    reviewAfterDays: 1\n');
    const { model: compiled, messages } = compileWith('timing.yaml', text);
    expect(compiled).toBeUndefined();
    expect(messages.map((m) => m.reason)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('“立即”没有出现在 art_8__item_1 的条文中'),
        expect.stringContaining('只有“及时”可以设 reviewAfterDays'),
        expect.stringContaining('缺少时间用语“定期”的说明'),
      ]),
    );
    expect(messages.every((m) => m.line !== undefined)).toBe(true);
  });
});

describe('条旨 (captions.yaml)', () => {
  it('gives every article of the Measures its caption, by eId, outside the text', () => {
    const articles = model.chapters.flatMap((c) => c.articles);
    expect(Object.keys(model.editorial.captions ?? {})).toEqual(articles.map((a) => a.eId));
    expect(model.editorial.captions?.art_8).toBe('维护范围');
    expect(model.editorial.captions?.art_32).toBe('近亲属的范围');
    // Never mixed into the text: no paragraph or item starts with its article's caption.
    for (const article of articles) {
      const caption = model.editorial.captions![article.eId]!;
      expect(article.paragraphs.some((p) => p.text.startsWith(caption))).toBe(false);
    }
  });

  it('refuses a caption for an article the Measures do not have, and says where', () => {
    const { model: compiled, messages } = compileWith('captions.yaml', `${realText('captions.yaml')}  第三十四条: 不存在\n`);
    expect(compiled).toBeUndefined();
    expect(messages).toEqual([{ line: 40, reason: expect.stringContaining('“第三十四条”不是本办法的条') }]);
  });

  it('refuses a missing caption, an empty one and two articles sharing one', () => {
    const text = realText('captions.yaml').replace('  第八条: 维护范围\n', '').replace('第九条: 帮助民警提起诉讼', '第九条: 回避').replace('第十条: 办案回避', '第十条: 回避').replace('第七条: 成员单位职责', '第七条: ""');
    const { model: compiled, messages } = compileWith('captions.yaml', text);
    expect(compiled).toBeUndefined();
    expect(messages.map((m) => m.reason)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('缺少第八条的条旨'),
        expect.stringContaining('第十条与第九条的条旨同为“回避”'),
        expect.stringContaining('第七条的条旨不能为空'),
      ]),
    );
  });
});

describe('the thesaurus (thesaurus.yaml)', () => {
  it('leads 老婆 to Art. 32 and 开枪 to Art. 24, each entry reviewed against words its provision holds', () => {
    const entries = model.editorial.thesaurus ?? [];
    expect(entries.length).toBeGreaterThan(60);
    const of = (word: string) => entries.find((e) => e.words.includes(word));
    expect(of('老婆')?.target).toBe('art_32__para_1');
    expect(of('开枪')?.target).toBe('art_24__para_1');
    expect(of('辅警')?.target).toBe('art_33__para_1');
    // Every article can be found in officers' words.
    const articles = new Set(entries.map((e) => e.target.split('__')[0]));
    expect([...articles].sort()).toEqual(model.chapters.flatMap((c) => c.articles.map((a) => a.eId)).sort());
  });

  it('refuses a reviewed phrase the provision does not hold, an unknown provision, a one-character word and a word listed twice', () => {
    const text = [
      'entries:',
      '  - target: art_32__para_1',
      '    reviewed: [祖父母]',
      '    words: [爷爷]',
      '  - target: art_99__para_1',
      '    reviewed: [任何]',
      '    words: [不存在]',
      '  - target: art_24__para_1',
      '    reviewed: [警械]',
      '    words: [枪, 开枪, 开枪]',
      '',
    ].join('\n');
    const { model: compiled, messages } = compileWith('thesaurus.yaml', text);
    expect(compiled).toBeUndefined();
    expect(messages).toEqual([
      { line: 3, reason: expect.stringContaining('“祖父母”不在 art_32__para_1 的条文中') },
      { line: 5, reason: expect.stringContaining('“art_99__para_1”不是条文模型中的条款标识') },
      { line: 10, reason: expect.stringContaining('“枪”只有一个字') },
      { line: 10, reason: expect.stringContaining('“开枪”已列于 art_24__para_1') },
    ]);
  });
});

describe('情形指引 (guides/*.yaml)', () => {
  it('has the seven situations, in order, each sentence citing provisions of the text', () => {
    const guides = model.editorial.guides ?? [];
    expect(guides.map((g) => g.id)).toEqual(['violence', 'threats', 'complaints', 'accusation', 'exemption', 'off-duty', 'auxiliary']);
    for (const guide of guides) {
      const points = [...guide.applies, ...guide.gives, ...guide.apply, ...guide.duties.notes, ...guide.documents.notes, ...guide.notes];
      expect(points.length, guide.id).toBeGreaterThan(0);
      expect(points.every((p) => p.cite.length > 0), guide.id).toBe(true);
      // Whom to go to: every guide rests that on Art. 15.
      expect(guide.apply.some((p) => p.cite.includes('art_15__para_1')), guide.id).toBe(true);
      expect(guide.duties.provisions.length, guide.id).toBeGreaterThan(0);
      expect(guide.documents.forms, guide.id).toContain(guide.id === 'exemption' ? 'exemption-opinion' : 'application-register');
    }
  });

  it('refuses a sentence without its provisions, an unknown provision and a missing section', () => {
    const text = [
      'order: 9',
      'title: 测试',
      'summary: 测试',
      'words: [测试词]',
      'applies:',
      '  - text: 没有依据的一句。',
      'gives:',
      '  - text: 依据不存在。',
      '    cite: [art_8__item_11]',
      'duties:',
      '  provisions: [art_15__para_1]',
      'documents:',
      '  forms: [application-register]',
      '',
    ].join('\n');
    const { model: compiled, messages } = compileWith('guides/broken.yaml', text);
    expect(compiled).toBeUndefined();
    expect(messages).toEqual([
      // A guide opens with what to do now: that section is required first.
      { line: 1, reason: expect.stringContaining('须有现在就做（now）') },
      { line: 6, reason: expect.stringContaining('须有依据 cite') },
      { line: 9, reason: expect.stringContaining('“art_8__item_11”不是条文模型中的条款标识') },
      { line: 1, reason: expect.stringContaining('须有向谁提出（apply）') },
    ]);
  });
});

describe('the editors’ files together', () => {
  it('still reads the Art. 18 table beside the new files, and refuses a file it does not know', () => {
    expect(model.editorial.forbiddenGrounds?.phrasings['维护稳定']?.words).toContain('维稳');
    const { model: compiled, messages } = compileWith('synonyms.yaml', 'words: []\n');
    expect(compiled).toBeUndefined();
    expect(messages[0]?.reason).toContain('不认识的编者文件');
  });

  it('changes the model version when an editors’ file changes, so a handbook built from it says so', () => {
    const { model: changed } = compileWith('captions.yaml', realText('captions.yaml').replace('第八条: 维护范围', '第八条: 维护的范围'));
    expect(changed?.editorial.captions?.art_8).toBe('维护的范围');
    expect(changed?.version).not.toBe(model.version);
  });
});
