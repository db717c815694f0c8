import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { handbookPath } from '../../scripts/lib/citations/index.ts';
import { cite, citeAll } from '../../scripts/lib/citations/index.ts';
import { RULES } from '../../scripts/lib/rules/index.ts';
import { createValidator, type Validator } from '../../scripts/lib/validate/index.ts';
import { handbookBase, handbookUrl, KNOWN_CODES } from '../../scripts/lib/validate/messages.ts';
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

  it('ends a message with the citation computed from the eId', () => {
    const data = baseCase();
    data.victims.push({ name: '某', kind: '近亲属', relation: '祖父' });
    const [error] = worded(validator, validator.validateData(data)).errors;
    expect(error?.message).toBe('受害人第2人的关系“祖父”不属于近亲属；本办法所称近亲属只有夫、妻、父、母、子、女、同胞兄弟姊妹（依据：第三十二条）');
    expect(error?.citation).toBe('第三十二条');
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
    data.escalation = { facts: { casualties: true, organAttackedOrMassIncident: false, crossRegion: true, officeDecided: false } };
    const finding = worded(validator, validator.validateData(data)).findings.find((f) => f.code === 'report-up-required');
    expect(finding?.message).toContain('（依据：第十七条第（一）项、第（三）项、第二十九条第（一）项）');
  });

  it('names Art. 7’s departments as the model writes them', () => {
    const finding = worded(validator, validator.validateData(baseCase())).findings.find((f) => f.code === 'departments-to-involve');
    expect(finding?.message).toContain('警务督察部门');
  });

  it('links each provision to its handbook page under the configured base', () => {
    const data = baseCase();
    data.handlers[0].isVictim = true;
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
    data.victims[0].kidn = '民警本人';
    const messages = worded(validator, validator.validateData(data)).errors.map((e) => e.message);
    expect(messages).toContain('受害人第1项中有未定义的字段“kidn”，是否应为“kind”？');
  });

  it('never repeats names or free text from the case in any message', () => {
    const names = ['王建国', '李志强', '刘芳', '新城区某小区', '民警处警时被当事人辱骂'];
    const files = ['test/fixtures/cases/invalid', 'test/fixtures/cases/valid'];
    for (const dir of files) {
      for (const f of readdirSync(dir).filter((n: string) => n.endsWith('.json'))) {
        const r = worded(validator, validator.validateFile(`${dir}/${f}`));
        for (const d of [...r.errors, ...r.findings]) for (const n of names) expect(d.message, `${f}: ${d.code}`).not.toContain(n);
      }
    }
    expect(readFileSync('test/fixtures/cases/valid/minimal.json', 'utf8')).toContain('王建国');
  });
});
