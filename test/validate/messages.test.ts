import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { handbookPath } from '../../scripts/lib/citations/index.ts';
import { cite, citeAll } from '../../scripts/lib/citations/index.ts';
import { RULES } from '../../scripts/lib/rules/index.ts';
import { createValidator, type Validator } from '../../scripts/lib/validate/index.ts';
import { handbookUrl, KNOWN_CODES } from '../../scripts/lib/validate/messages.ts';
import { handbookBase } from '../../scripts/lib/validate/handbook-base.ts';
import { AS_OF, baseCase, realModel } from '../rules/cases.ts';
import { worded } from './support.ts';

let validator: Validator;
beforeAll(async () => {
  validator = await createValidator({ asOf: AS_OF, handbook: 'https://wq.intranet.example/handbook' });
});

describe('one formatter turns typed findings into Chinese, citing the provision', () => {
  it('has a Chinese sentence for every code a rule can give', () => {
    for (const rule of RULES) expect(KNOWN_CODES, rule.code).toContain(rule.code);
  });

  it('ends a message with the citation computed from the eIds', () => {
    const data = baseCase();
    data.people.push({ id: 'p2', name: '某', category: '亲属', relation: '祖父母或外祖父母', of: 'p1' });
    data.applicant = { kind: '近亲属', person: 'p2' };
    const [error] = worded(validator, validator.validateData(data)).errors;
    expect(error?.message).toBe('申请人与民警的关系“祖父母或外祖父母”不属于近亲属，不能以近亲属身份申请；本办法所称近亲属只有夫、妻、父、母、子、女、同胞兄弟姊妹（依据：第三十二条、第十五条）');
    expect(error?.citation).toBe('第三十二条、第十五条');
  });

  it('names a person by category and id, never by name', () => {
    const data = baseCase();
    data.people.push({ id: 'p2', name: '白云飞', category: '警务辅助人员', unit: '巡警大队' });
    data.acts[0].targets.push({ person: 'p2', link: '协助民警' });
    const findings = worded(validator, validator.validateData(data)).findings.filter((f) => f.code === 'applicability').map((f) => f.message);
    expect(findings).toEqual([
      '民警（p1）在依法履行职责、行使职权过程中受到侵害，适用本办法（依据：第八条）',
      '警务辅助人员（p2）在协助民警依法履职过程中受到侵害，遵照本办法执行（依据：第三十三条）',
    ]);
  });

  it('cites the paragraph of a one-paragraph article as the article, and items in full', async () => {
    const model = await realModel();
    expect(cite('art_32__para_1', model)).toBe('第三十二条');
    expect(cite('art_26__para_2', model)).toBe('第二十六条第二款');
    expect(cite('art_26__para_1', model)).toBe('第二十六条第一款');
    expect(cite('art_17__item_3', model)).toBe('第十七条第（三）项');
    expect(citeAll(['art_17__item_1', 'art_17__item_3', 'art_25__item_7'])).toBe('第十七条第（一）项、第（三）项、第二十五条第（七）项');
    expect(citeAll(['art_7__para_1', 'art_7__item_1', 'art_7__item_3'], model)).toBe('第七条');
    expect(citeAll(['art_24', 'art_24__item_1', 'art_24__item_2'], model)).toBe('第二十四条');
    expect(citeAll(['art_26__para_1', 'art_26__para_2'], model)).toBe('第二十六条第一款、第二款');
    expect(citeAll(['art_15__para_1', 'art_8__para_1', 'art_8__item_6'], model)).toBe('第十五条、第八条');
  });

  it('cites every Art. 17 item a report-up finding names', () => {
    const data = baseCase();
    data.unit.level = '旗县';
    data.consequences = [{ kind: '受伤', person: 'p1', degree: '重伤二级' }, { kind: '跨区域', description: '涉及两个盟市' }];
    const finding = worded(validator, validator.validateData(data)).findings.find((f) => f.code === 'report-up-required');
    expect(finding?.message).toContain('（依据：第十七条第（一）项、第（三）项、第二十九条第（一）项）');
  });

  it('names Art. 7’s departments as the model writes them', () => {
    const finding = worded(validator, validator.validateData(baseCase())).findings.find((f) => f.code === 'departments-to-involve');
    expect(finding?.message).toContain('警务督察部门');
  });

  it('links each provision to its handbook page under the configured base', () => {
    const data = baseCase();
    data.handlers[0].relations = [{ person: 'p1', relation: '本人' }];
    const [error] = worded(validator, validator.validateData(data)).errors;
    expect(error?.handbook).toBe(`https://wq.intranet.example/handbook/${handbookPath('art_10__para_1')}`);
  });

  it('takes the handbook base from the option, then WQ_HANDBOOK_URL, then the local build', () => {
    expect(handbookBase('http://a/', { WQ_HANDBOOK_URL: 'http://b/' })).toBe('http://a/');
    expect(handbookBase(undefined, { WQ_HANDBOOK_URL: 'http://b' })).toBe('http://b/');
    expect(handbookBase(undefined, {})).toMatch(/^file:\/\/.*\/dist\/site\/$/);
  });

  it('names the page file in a file: link, where no server maps a directory to index.html', () => {
    expect(handbookUrl('file:///srv/site/', 'art_17__item_3')).toBe('file:///srv/site/articles/art_17/index.html#art_17__item_3');
    expect(handbookUrl('https://h/', 'art_17__item_3')).toBe('https://h/articles/art_17/#art_17__item_3');
  });

  it('names fields by their Chinese titles and suggests the field meant by a misspelling', () => {
    const data = baseCase();
    data.acts[0].kidn = '暴力袭击';
    const messages = worded(validator, validator.validateData(data)).errors.map((e) => e.message);
    expect(messages).toContain('侵害行为第1项中有未定义的字段“kidn”，是否应为“kind”？');
  });

  it('never repeats names or free text from the case in any message', () => {
    const names = ['王建国', '李志强', '刘芳', '新城区某小区', '民警处警时被当事人辱骂'];
    const files = ['test/fixtures/cases/invalid', 'test/fixtures/cases/valid', 'test/fixtures/scenarios'];
    for (const dir of files) {
      for (const f of readdirSync(dir).filter((n: string) => n.endsWith('.json'))) {
        const r = worded(validator, validator.validateFile(`${dir}/${f}`));
        for (const d of [...r.errors, ...r.findings]) for (const n of names) expect(d.message, `${f}: ${d.code}`).not.toContain(n);
      }
    }
    expect(readFileSync('test/fixtures/cases/valid/minimal.json', 'utf8')).toContain('王建国');
  });
});
