/**
 * Stress cases (test/fixtures/documents/stress): long Mongolian names and unit names with fifteen
 * victims, a 3000-character summary, rare characters of CJK Extensions A and B, every optional
 * section a case can record, the minimum case, and an officer killed beside an injured auxiliary
 * officer whose relatives are threatened afterwards. Every document keeps the same properties as
 * the samples', and its text is kept as a reviewed snapshot.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runForms, type RunResult } from '../../scripts/lib/documents/run.ts';
import { allProblems, readingText, readPrinted, type Printed } from '../gbt9704/pdf-checks.ts';
import { fonts } from '../gbt9704/pdf-tools.ts';
import { nonEmpty } from '../support/non-empty.ts';
import { useRenderer } from '../support/renderer.ts';

const STRESS = path.resolve(import.meta.dirname, '../fixtures/documents/stress');
let dir: string;
let result: RunResult;
const printed = new Map<string, Printed>();
const logged: string[] = [];
const renderer = useRenderer();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-stress-'));
  const inputs = readdirSync(STRESS).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(STRESS, f));
  result = await runForms({ inputs, outDir: dir, asOf: '2026-12-31', log: (t) => logged.push(t), created: new Date('2026-12-31T00:00:00Z'), openRenderer: renderer() });
  for (const d of result.documents) printed.set(d.file, readPrinted(d.file));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const letter = (formId: string) => !['application-register', 'ledger', 'delivery-receipt'].includes(formId);
const textOf = (file: string) => readingText(printed.get(file)!).replace(/[\s　]+/g, '');

describe('stress cases', () => {
  it('make every document they call for', () => {
    expect(result.failed).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.documents.length).toBeGreaterThan(25);
  });

  it('keep every property of a signed document', () => {
    expect(nonEmpty(result.documents, '压力测试公文').flatMap((d) => allProblems(printed.get(d.file)!, letter(d.formId)))).toEqual([]);
  });

  it('print rare characters from the bundled fallback face, as TrueType, with no warning', () => {
    const rare = result.documents.filter((d) => d.caseId === '呼公维〔2026〕77号');
    expect(rare.length).toBeGreaterThan(0);
    for (const d of rare) {
      for (const f of fonts(d.file)) expect(f.type, f.name).toMatch(/TrueType/);
    }
    expect(textOf(rare.find((d) => d.formId === 'name-clearing-notice')!.file)).toContain('吉𠮷同志正名');
    expect(logged.join('')).not.toContain('不在随附字体中');
  });

  it('never split a long Mongolian name in a title, and name all fifteen victims', () => {
    const report = result.documents.find((d) => d.caseId.startsWith('伊金霍洛旗') && d.formId === 'escalation-report')!;
    const lines = readingText(printed.get(report.file)!).split('\n');
    const from = lines.findIndex((l) => l.includes('签发人'));
    const to = lines.findIndex((l, i) => i > from && l.endsWith('：'));
    const title = lines.slice(from + 1, to);
    expect(title.join('')).toContain('额尔德尼巴雅尔·孟和吉日嘎拉执法权威受到侵害的报告');
    expect(title.some((l) => l.includes('额尔德尼巴雅尔·孟和吉日嘎拉'))).toBe(true);
    expect(title.some((l) => l.endsWith('伊金霍洛'))).toBe(false);
    const register = result.documents.find((d) => d.caseId.startsWith('伊金霍洛旗') && d.formId === 'application-register')!;
    const t = textOf(register.file);
    for (const name of ['其木格·乌仁图雅', '阿茹娜', '图门吉日嘎拉']) expect(t).toContain(name);
  });

  it('name an officer and an auxiliary officer harmed together each by category and link to duty, a death as a death, the care as the family\'s, and what was known on each date', () => {
    const docs = result.documents.filter((d) => d.caseId === '九公维〔2026〕15号');
    const flowing = (file: string) => textOf(file).replace(/—第\d+页—/gu, '');
    const [first, followUp] = docs.filter((d) => d.formId === 'escalation-report').map((d) => flowing(d.file));
    const register = flowing(docs.find((d) => d.formId === 'application-register')!.file);
    for (const t of [first!, followUp!, register]) {
      expect(t).not.toMatch(/民警李东|牺牲/);
      expect(t).toContain('警务辅助人员李东');
    }
    // Each by the link the facts found: the officer on duty, the auxiliary officer assisting him.
    expect(first).toContain('民警巴图依法履行职责时、警务辅助人员李东协助民警依法履行职责时受到不法侵害');
    expect(first).toContain('巴图同志在此次侵害中死亡');
    expect(first).toContain('第三十三条的规定，遵照本办法执行');
    // Who reported to the command centre is who the record says (actions 报告指挥中心.byPerson).
    expect(first).toContain('李东同志在现场向指挥中心报告');
    // Care for the officer who died goes to his family, in the list of work and in the work done.
    expect(first).toContain('对已故民警巴图的近亲属乌兰进行抚助慰问');
    expect(first).toContain('为已故民警巴图的近亲属乌兰开展工伤保险等服务保障工作');
    expect(followUp).toContain('对巴图同志的近亲属乌兰进行抚助慰问');
    // The relatives were threatened on 20 October: not in the 首报 or the register of the 16th, told in the 续报 of the 21st.
    for (const t of [first!, register]) expect(t).not.toContain('巴特尔');
    expect(register).not.toContain('☑（六）');
    expect(followUp).toContain('2026年10月20日，行为人亲属多次打电话威胁民警的妻子和儿子。');
    expect(followUp).toContain('及时对民警巴图的近亲属巴特尔采取保护措施');
  });

  it('let a 3000-character summary run over pages instead of leaving them blank', () => {
    const register = result.documents.find((d) => d.caseId === '土左公维〔2026〕31号' && d.formId === 'application-register')!;
    expect(register.pages).toBeLessThanOrEqual(4);
  });

  it('read as reviewed (text of every stress document)', async () => {
    const text = result.documents.map((d) => `=== ${path.basename(d.file)}（${d.pages} 页）\n${readingText(printed.get(d.file)!)}`).join('\n\n');
    await expect(`${text}\n`).toMatchFileSnapshot('__snapshots__/stress.text.txt');
  });
});
