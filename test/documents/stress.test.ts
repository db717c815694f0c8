/**
 * Stress cases (test/fixtures/documents/stress): long Mongolian names and unit names with fifteen
 * victims, a 3000-character summary, rare characters of CJK Extensions A and B, every optional
 * section a case can record, the minimum case, an officer killed beside an injured auxiliary
 * officer whose relatives are threatened afterwards, a 旗县 office's 续报 sent over its 盟市 office's
 * head (and an officer with a one-character name), a 正名通知书 to be published in a town, an
 * exemption of 大林's staff with a recorded Art. 19 decision, a review below Art. 27 from 2019, and
 * 呼铁's three correction orders. Every document keeps the same properties as the samples', and its
 * text is kept as a reviewed snapshot.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runForms, type RunResult } from '../../scripts/lib/documents/run.ts';
import { allProblems, readingText, readPrintedAll, type Printed } from '../gbt9704/pdf-checks.ts';
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
  readPrintedAll(result.documents.map((d) => d.file)).forEach((p) => printed.set(p.file, p));
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
    for (const t of [first!, followUp!, register]) expect(t).not.toMatch(/民警李东|牺牲/);
    for (const t of [first!, followUp!]) expect(t).toContain('警务辅助人员李东');
    // The register's cells are read row by row (a label sits between a cell's lines): its 受害人 row.
    expect(register).toContain('李东（警务辅助人员）');
    // 损害情况 names each person harmed, and a name is never split across lines.
    const registerFile = docs.find((d) => d.formId === 'application-register')!.file;
    expect(readingText(printed.get(registerFile)!)).toMatch(/警务辅助人员\n(?:损害情况\n)?李东受伤/u);
    // Each by the link the facts found: the officer on duty, the auxiliary officer assisting him.
    expect(first).toContain('民警巴图依法履行职责时、警务辅助人员李东协助民警依法履行职责时受到不法侵害');
    // A death in the order it came, in the document's own words: the clerk's 牺牲 (a finding the record does not hold) is never printed.
    expect(first).toContain('巴图同志受伤，伤情为胸腹部多处刀伤，经鉴定为重伤一级，于2026年10月16日死亡');
    expect(first).not.toContain('伤情：');
    expect(first).toContain('第三十三条的规定，遵照本办法执行');
    // Who reported to the command centre is who the record says (actions 报告指挥中心.byPerson).
    expect(first).toContain('李东同志在现场向指挥中心报告');
    // Care for the officer who died goes to his family, in the list of work and in the work done.
    expect(first).toContain('对已故民警巴图的近亲属乌兰进行抚助慰问');
    expect(first).toContain('为已故民警巴图的近亲属乌兰开展工伤保险等服务保障工作');
    expect(followUp).toContain('对巴图同志的近亲属乌兰进行抚助慰问');
    expect(first).not.toContain('（对象：巴图');
    // The relatives were threatened on 20 October: not in the 首报 or the register of the 16th, told in the 续报 of the 21st.
    for (const t of [first!, register]) expect(t).not.toContain('巴特尔');
    expect(register).not.toContain('☑（六）');
    expect(followUp).toContain('2026年10月20日，行为人亲属多次打电话威胁民警的妻子和儿子。');
    expect(followUp).toContain('及时对民警巴图的近亲属巴特尔采取保护措施');
  });

  const docsOf = (caseId: string, formId: string) => nonEmpty(result.documents.filter((d) => d.caseId === caseId && d.formId === formId), `${caseId} ${formId}`);
  const flowing = (file: string) => textOf(file).replace(/—第\d+页—/gu, '');

  it('tell each person harmed where and when the record says, and who reported to the command centre as recorded', () => {
    const [first] = docsOf('达公维〔2026〕21号', 'escalation-report').map((d) => flowing(d.file));
    expect(first).toContain('民警雷在达拉特旗树林召镇某夜市依法履行职责时受到不法侵害');
    // A colleague reported (by: 同行民警): never the officer harmed, never no one.
    expect(first).toContain('同行民警在现场向指挥中心报告');
    expect(first).not.toContain('雷同志在现场向指挥中心报告');
  });

  it('send a 续报 over the 盟市 office\'s head with a copy to it, and name where the 首报 went', () => {
    const [first, followUp] = docsOf('达公维〔2026〕21号', 'escalation-report').map((d) => flowing(d.file));
    const league = '鄂尔多斯市公安局维护公安民警执法权威工作委员会办公室';
    expect(first).toContain(`${league}：`);
    expect(followUp).toContain('内蒙古自治区公安厅维护公安民警执法权威工作委员会办公室：');
    // The 公安厅 never had the 首报: not “向你办”, but the office it went to.
    expect(followUp).toContain(`2026年6月1日，本办已就达拉特旗公安局树林召派出所民警雷执法权威受到侵害一事向${league}作了首次报告`);
    expect(followUp).not.toContain('向你办');
    expect(followUp).toContain(`抄送：${league}。`);
    expect(first).not.toContain('抄送');
  });

  it('address a 正名通知书 to the officer\'s unit, state the publicity scope in its body, and name no organ as receiving the complaint that the record does not', () => {
    const [notice] = docsOf('赤公维〔2026〕33号', 'name-clearing-notice').map((d) => flowing(d.file));
    expect(notice).toContain('正名通知书赤峰市公安局松山区分局穆家营派出所：');
    expect(notice).toContain('本通知在赤峰市公安局全局和松山区穆家营镇范围内公开。');
    expect(notice).not.toContain('赤峰市公安局全局和松山区穆家营镇：');
    expect(notice).not.toContain('受理了检举控告');
    expect(notice).toContain('的案件于2026年7月5日受理');
    const receipts = docsOf('赤公维〔2026〕33号', 'delivery-receipt').map((d) => flowing(d.file));
    expect(receipts.find((t) => t.includes('《正名通知书》'))).toContain('受送达单位（人）赤峰市公安局松山区分局穆家营派出所');
  });

  it('conclude an Art. 25 exemption in the item\'s own words, weigh the recorded Art. 19 decision, and say nothing of harm 在协助执法时', () => {
    const [opinion] = docsOf('大林公维〔2026〕40号', 'exemption-opinion').map((d) => flowing(d.file));
    expect(opinion).toContain('大兴安岭林业公安局根河分局：');
    expect(opinion).not.toContain('协助执法');
    expect(opinion).toContain('孟和同志系其他公安机关工作人员');
    expect(opinion).toContain('作出执法过错责任追究决定（根公督决〔2026〕2号），认定其过错属于执法瑕疵，从轻追究。');
    expect(opinion).toContain('第十九条规定：“存在执法瑕疵，与危害后果没有直接因果关系的，可以从轻、减轻或免除责任。”');
    expect(opinion).toContain('属于第二十五条第（五）项规定的“在执法办案过程中，因出现新证据而改变原结论的”免责情形，应当免责。');
    expect(opinion).toContain('对根公督决〔2026〕2号决定，建议依照本意见重新研究');
    expect(opinion).not.toContain('符合该项规定');
  });

  it('make the 复核意见书 a review opinion the record holds below Art. 27, to the deciding department by its full name, with no 发文字号 that lacks its 机关代字', () => {
    const [opinion] = docsOf('四公维〔2019〕2号', 'review-opinion').map((d) => flowing(d.file));
    expect(opinion).toContain('复核意见书四子王旗公安局政工室：');
    expect(opinion).toContain('依照《内蒙古自治区公安机关维护公安民警执法权威工作实施办法》第五条第二款关于维权委“对民警因依法履行职责、行使职权受到责任追究且有异议的情形进行审核”的规定');
    expect(opinion).not.toContain('第二十七条规定');
    expect(opinion).not.toMatch(/〔\d{4}〕号|〔2019〕　/u);
    expect(opinion).toMatch(/^四子王旗公安局维护公安民警执法权威工作委员会复核意见书/u);
  });

  it('issue every correction notice on its own, with its deadline as a date, 处分 or 处理 named, and a reminder that names the person', () => {
    const notices = docsOf('呼铁公维〔2026〕8号', 'correction-notice').map((d) => flowing(d.file));
    expect(notices).toHaveLength(3);
    expect(notices[0]).toContain('受到你单位不公正处理的情况属实');
    expect(notices[2]).toContain('受到你单位不公正处分的情况属实');
    expect(notices[2]).toContain('请你单位于2026年8月8日前纠正完毕');
    for (const t of notices) {
      expect(t).not.toContain('处分或者处理');
      expect(t).not.toContain('自本通知发出之日起');
    }
    const reminders = docsOf('呼铁公维〔2026〕8号', 'correction-reminder').map((d) => flowing(d.file));
    expect(reminders).toHaveLength(2);
    expect(reminders[0]).toContain('前对呼和浩特铁路公安局包头公安处乘警支队警务辅助人员高娃受到的不公正处理予以纠正');
    expect(reminders[1]).toContain('民警苏和受到的不公正处分予以纠正：撤销记过决定。');
    // The ledger tells the two overdue corrections apart by their orders' numbers.
    const ledger = nonEmpty(result.documents.filter((d) => d.formId === 'ledger' && path.basename(d.file).startsWith('呼和浩特铁路公安局_')), '呼铁台账');
    const row = flowing(ledger[0]!.file);
    expect(row).toContain('（呼铁督纠〔2026〕2号，逾期）');
    expect(row).toContain('（呼铁督纠〔2026〕3号，逾期）');
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
