import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realModel } from '../rules/cases.ts';
import { readSchemaFiles } from '../../scripts/lib/validate/index.ts';
import { publishedDuties, publishedRules, publishedSchemaFields } from '../../scripts/lib/build/publish.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'wq-publish-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('what the validator publishes for the handbook', () => {
  it('rules.json lists every rule with code, severity, articles, Chinese title and its test file', () => {
    const { rules } = publishedRules();
    expect(rules.length).toBeGreaterThanOrEqual(19);
    for (const r of rules) {
      expect(Object.keys(r)).toEqual(['code', 'severity', 'articles', 'title', 'tests']);
      expect(['error', 'finding']).toContain(r.severity);
      for (const t of r.tests ?? []) expect(existsSync(t), t).toBe(true);
      expect(r.tests?.length, r.code).toBeGreaterThan(0);
    }
    expect(rules.find((r) => r.code === 'applicant-not-near-relative')).toMatchObject({ severity: 'error', articles: ['art_15__para_1', 'art_32__para_1'], tests: ['test/rules/application.test.ts'] });
  });

  it('duties.json lists every case and unit duty with its provisions, holder and title, and each provision no case can track with the reason', async () => {
    const { duties, untracked } = publishedDuties(await realModel());
    const report = duties.find((d) => d.code === 'report-up');
    expect(report).toMatchObject({ kind: 'case', holder: '维权办', field: 'actions[].kind=逐级报告', tests: ['test/duties/chapter-3.test.ts'] });
    expect(duties.find((d) => d.code === 'litigation-support')).toMatchObject({ holder: '公安机关', title: '帮助民警通过刑事附带民事诉讼或者民事诉讼等法律途径维护合法权益' });
    expect(duties.find((d) => d.code === 'correction-made')?.timing).toBe('限期，按督促纠正时确定的期限');
    expect(duties.find((d) => d.code === 'protection-measures')?.timing).toBe('及时，本办法未规定时限，不计算期限');
    expect(duties.filter((d) => d.kind === 'unit').map((d) => d.code)).toContain('regular-report');
    for (const d of duties) expect(`${d.holder}${d.title}`, d.code).not.toMatch(/\{|\}/);
    expect(untracked.find((u) => u.articles.includes('art_18__para_1'))?.reason).toContain('补偿');
  });

  it('schema-fields.json gives each case field its path, pointer, Chinese title and description, and articles', () => {
    const published = publishedSchemaFields(readSchemaFiles());
    expect(published.schema).toBe('schemas/case.schema.json');
    const relation = published.fields.find((f) => f.path === 'people[].relation');
    expect(relation).toMatchObject({ pointer: '/properties/people/items/properties/relation', title: '关系', articles: ['art_32__para_1'] });
    const kind = published.fields.find((f) => f.path === 'acts[].kind');
    expect(kind?.articles).toEqual(expect.arrayContaining(['art_8__para_1', 'art_8__item_1', 'art_8__item_10']));
    for (const f of published.fields) {
      expect(Object.keys(f)).toEqual(['path', 'pointer', 'title', 'description', 'articles']);
      expect(f.title).toMatch(/[\u4e00-\u9fff]/u);
    }
    expect(published.unit?.fields.find((f) => f.path === 'lawyers')?.articles).toEqual(['art_26__para_2']);
  });
});

describe('npm run build:validate', () => {
  const build = (examples: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-validate.ts', '--examples', examples, '--dist', path.join(tmp, 'dist')], { encoding: 'utf8' });

  it('compiles the schemas, checks the samples and publishes both files', () => {
    const r = build('schemas/examples');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('示例全部有效');
    const rules = JSON.parse(readFileSync(path.join(tmp, 'dist/published/rules.json'), 'utf8'));
    expect(rules.rules.length).toBeGreaterThan(0);
    expect(existsSync(path.join(tmp, 'dist/published/schema-fields.json'))).toBe(true);
    expect(readFileSync(path.join(tmp, 'dist/validate/validators.mjs'), 'utf8')).toContain('SCHEMA_HASH');
  });

  it('fails when a sample is invalid, saying which and why', () => {
    const examples = path.join(tmp, 'examples');
    cpSync('schemas/examples', examples, { recursive: true });
    const broken = JSON.parse(readFileSync(path.join(examples, 'off-duty-emergency.json'), 'utf8'));
    broken.acts[0].targets[0].person = 'p9';
    writeFileSync(path.join(examples, 'off-duty-emergency.json'), JSON.stringify(broken, null, 2));
    const r = build(examples);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('off-duty-emergency.json');
    expect(r.stderr).toContain('“p9”不对：“人员”中没有这个标识');
    expect(r.stderr).toContain('示例校验失败');
  });
});
