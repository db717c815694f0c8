/**
 * Issue 22's "what the documents say" (items 5–14), checked against fresh cases written from the
 * Measures' text, not from the issue's examples (test/fixtures/documents/record-true): a 民警 killed
 * at a checkpoint beside an injured 公安院校 student, whose widow is cared for and whose 续报 goes
 * over the 盟市 office's head; a student hurt and an officer defamed online days later; 乌海's 正名
 * with the complaint taken by 督察, a 降级 and a 辞退 reviewed, three correction orders of which
 * one names no 警务督察 department; an Art. 25 (三) exemption beside an Art. 19 decision; and
 * another unit's case of the same number joining a folder already issued. Each document is also
 * kept as a reviewed text snapshot.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runForms, type RunResult } from '../../scripts/lib/documents/run.ts';
import { allProblems, readingText, readPrintedAll, type Printed } from '../gbt9704/pdf-checks.ts';
import { nonEmpty } from '../support/non-empty.ts';
import { useRenderer } from '../support/renderer.ts';

const FRESH = path.resolve(import.meta.dirname, '../fixtures/documents/record-true');
const HOHHOT = path.resolve(import.meta.dirname, '../../schemas/examples/units/hohhot.json');
const renderer = useRenderer();
let dir: string;
let result: RunResult;
let again: RunResult;
let foreign: RunResult;
const printed = new Map<string, Printed>();

const common = { asOf: '2026-12-31', log: () => undefined, created: new Date('2026-12-31T00:00:00Z') };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-record-true-'));
  const inputs = readdirSync(FRESH).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(FRESH, f));
  result = await runForms({ ...common, inputs, outDir: path.join(dir, 'out'), openRenderer: renderer() });
  readPrintedAll(result.documents.map((d) => d.file)).forEach((p) => printed.set(p.file, p));
  // Another unit's case numbered 2026-001 joins the folder where 乌海's 2026-001 was issued.
  const wuhai = path.join(FRESH, 'wuhai-clearing-review-corrections.json');
  again = await runForms({ ...common, inputs: [wuhai, path.join(FRESH, 'same-number/wuda-2026-001.json')], outDir: path.join(dir, 'out'), openRenderer: renderer() });
  // One unit's file given, for a case of another unit.
  foreign = await runForms({ ...common, inputs: [path.join(FRESH, 'student-hurt-officer-smeared.json')], unitFiles: [HOHHOT], forms: ['escalation-report'], outDir: path.join(dir, 'foreign'), openRenderer: renderer() });
  readPrintedAll(foreign.documents.map((d) => d.file)).forEach((p) => printed.set(p.file, p));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const lines = (file: string) => readingText(printed.get(file)!);
const flowing = (file: string) => lines(file).replace(/[\s　]+/g, '').replace(/—第\d+页—/gu, '');
const docs = (caseId: string, formId: string) => nonEmpty(result.documents.filter((d) => d.caseId === caseId && d.formId === formId), `${caseId} ${formId}`);
const texts = (caseId: string, formId: string) => docs(caseId, formId).map((d) => flowing(d.file));
const letter = (formId: string) => !['application-register', 'ledger', 'delivery-receipt'].includes(formId);

describe('fresh cases from the text', () => {
  it('make every document, each a signable one', () => {
    // The one correction order that names no 警务督察 department is refused, alone (item 10).
    expect(result.failed.map((f) => `${f.caseId} ${f.formId}`)).toEqual(['2026-001 correction-notice']);
    expect(nonEmpty(result.documents, '公文').flatMap((d) => allProblems(printed.get(d.file)!, letter(d.formId)))).toEqual([]);
  });

  it('5: tell a death as a death where the record does, a student under Art. 33, the reporter and the care as recorded', () => {
    const [first, second, third] = texts('科右前公维〔2026〕5号', 'escalation-report');
    for (const t of [first!, second!, third!]) expect(t).not.toMatch(/牺牲|殉职|民警王晓/u);
    // The student reported (byPerson), in the 首报's work done; the 续报 tell what came after.
    expect(first).toContain('王晓同志在现场向指挥中心报告');
    expect(first).toContain('苏日格同志在此次侵害中死亡');
    expect(first).toContain('公安院校派遣学员王晓');
    expect(first).not.toContain('造成民警伤亡”和');
    // The widow was cared for: the work done names her, not the officer.
    expect(second).toContain('督察大队对苏日格同志的近亲属其其格进行抚助慰问');
    expect(second).not.toContain('对苏日格同志进行抚助慰问');
  });

  it('5: send the 续报 over the 盟市 office\'s head with a copy to it, saying where the earlier reports went', () => {
    const [, second, third] = texts('科右前公维〔2026〕5号', 'escalation-report');
    const league = '兴安盟公安局维护公安民警执法权威工作委员会办公室';
    expect(second).toContain('向你办作了首次报告');
    expect(third).toContain('内蒙古自治区公安厅维护公安民警执法权威工作委员会办公室：');
    expect(third).not.toContain('向你办');
    // The 公安厅 had neither the 首报 nor the first 续报: it is told both, and to whom they went, and all the work done.
    expect(third).toContain(`本办已就科尔沁右翼前旗公安局索伦派出所民警苏日格、公安院校派遣学员王晓执法权威受到侵害一事于2026年4月18日向${league}作了首次报告，于2026年4月22日续报。`);
    expect(third).toContain('王晓同志在现场向指挥中心报告');
    expect(third).toContain('对侵权人依法予以刑事拘留');
    expect(third).toContain(`抄送：${league}。`);
  });

  it('5: file a student\'s injury under Art. 33, and an officer defamed online days later as harmed because of his duty, where and when it was done', () => {
    const [first] = texts('二公维〔2026〕3号', 'escalation-report');
    expect(first).not.toContain('造成民警伤亡');
    expect(first).toContain('第三十三条');
    expect(first).toContain('该事件中公安院校派遣学员张文受伤，依照该办法第三十三条的规定，遵照第十七条第（一）项的规定逐级报告');
    expect(first).toContain('2026年8月9日，二连浩特市公安局口岸派出所民警额日敦因依法履行职责，在某短视频平台受到不法侵害');
    expect(first).not.toContain('额日敦在');
    // Handled on the spot (no duty to report asked for), the report the record holds is still work done, by whom it says.
    expect(first).toContain('2026年8月3日，额日敦同志在现场向指挥中心报告');
  });

  it('6: address the 正名通知书 to the officer\'s unit, name 督察 as receiving the complaint, and state the publicity scope in the body', () => {
    const [notice] = texts('2026-001', 'name-clearing-notice');
    expect(notice).toContain('正名通知书乌海市公安局海勃湾区分局千里山派出所：');
    expect(notice).toContain('乌海市公安局警务督察支队受理了检举控告');
    expect(notice).not.toContain('乌海市公安局受理了检举控告');
    expect(notice).toContain('本通知在乌海市公安局海勃湾区分局全局和千里山镇范围内公开');
    expect(notice).not.toContain('千里山镇：');
    const receipt = texts('2026-001', 'delivery-receipt').find((t) => t.includes('《正名通知书》'));
    expect(receipt).toContain('受送达单位（人）乌海市公安局海勃湾区分局千里山派出所');
  });

  it('7: conclude an Art. 25 (三) exemption in that item\'s words, weigh the Art. 19 decision, and say nothing the record does not', () => {
    const [opinion] = texts('阿右公维〔2026〕2号', 'exemption-opinion');
    expect(opinion).toContain('“因不能预见或者无法抗拒的原因发生执法过错的”免责情形，应当免责');
    expect(opinion).toContain('阿右公督决〔2026〕1号');
    expect(opinion).toContain('第十九条');
    expect(opinion).not.toMatch(/协助执法|致纠纷发生|符合该项规定/u);
  });

  it('8: make each recorded review opinion, to the deciding department by its full name, 处分 for 降级 and 处理 for 辞退, with no bare 发文字号', () => {
    const opinions = docs('2026-001', 'review-opinion');
    expect(opinions).toHaveLength(2);
    const [demotion, dismissal] = opinions.map((d) => flowing(d.file));
    for (const t of [demotion!, dismissal!]) {
      expect(t).toContain('复核意见书乌海市公安局海勃湾区分局政工室：');
      expect(t).not.toMatch(/〔\d{4}〕号|〔\d{4}〕　号/u);
    }
    expect(demotion).toContain('作出降级处分决定（海分政〔2026〕11号）');
    expect(dismissal).toContain('作出辞退处理决定（海分政〔2026〕12号）');
    expect(dismissal).toContain('该处理决定不当');
    // No line opens with a closing mark: allProblems (above) finds one, past a blank drawn to write on.
  });

  it('9: write the limit as a date, name 处分 or 处理, and name the person in the 催办通知书', () => {
    const notices = texts('2026-001', 'correction-notice');
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('不公正处分的情况属实');
    expect(notices[0]).toContain('请你单位于2026年6月14日前纠正完毕');
    expect(notices[1]).toContain('不公正处理的情况属实');
    for (const t of notices) expect(t).not.toMatch(/处分或者处理|自本通知发出之日起/u);
    const reminders = texts('2026-001', 'correction-reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toContain('警务辅助人员高娃受到的不公正处理予以纠正');
    expect(reminders[0]).not.toContain('该工作人员');
  });

  it('10: refuse the order that names no 警务督察 department alone, with its siblings and their receipts made', () => {
    expect(result.failed).toEqual([expect.objectContaining({ caseId: '2026-001', formId: 'correction-notice', field: expect.stringContaining('corrections[1].orderedBy') })]);
    expect(texts('2026-001', 'delivery-receipt').filter((t) => t.includes('《督促限期纠正通知书》'))).toHaveLength(2);
  });

  it('11: print no other unit\'s letterhead on a case the given unit file is not for', () => {
    const [report] = nonEmpty(foreign.documents, '逐级报告');
    const t = flowing(report!.file);
    expect(t).toMatch(/^二连浩特市公安局维护公安民警执法权威工作委员会办公室/u);
    expect(t).not.toContain('呼和浩特');
    expect(t).not.toContain('呼公维字');
  });

  it('12: leave the documents already issued for 乌海\'s 2026-001 alone when 乌达\'s 2026-001 joins, and name the newcomer\'s by its unit', () => {
    const wuhai = again.documents.filter((d) => d.file.includes(`${path.sep}2026-001_`));
    expect(nonEmpty(wuhai, '乌海已发公文').every((d) => d.outcome === 'exists')).toBe(true);
    const wuda = nonEmpty(again.documents.filter((d) => d.file.includes('乌海市公安局乌达区分局_2026-001_')), '乌达公文');
    expect(wuda.every((d) => d.outcome === 'written')).toBe(true);
    expect(again.documents.filter((d) => d.file.includes('乌海市公安局_2026-001_'))).toEqual([]);
  });

  it('13: break titles and register cells only between words', () => {
    for (const d of result.documents.filter((x) => x.formId === 'application-register')) {
      const t = lines(d.file);
      expect(t, d.file).not.toMatch(/所在单\n|年\n[^\n]*月|月\n[^\n]*日$/mu);
    }
    const [first] = docs('科右前公维〔2026〕5号', 'escalation-report');
    const title = lines(first!.file).split('\n').filter((l) => /^关于|执法权威受到侵害的报告$/u.test(l) || l.includes('苏日格'));
    expect(title.some((l) => l.includes('执法权威受到侵害的报告'))).toBe(true);
    expect(lines(first!.file)).not.toMatch(/执法权威受到\n侵害/u);
  });

  it('14: print no provenance line on a document to issue', () => {
    for (const d of [...result.documents, ...foreign.documents]) expect(lines(d.file), d.file).not.toMatch(/溯源|sha256/u);
  });

  it('review 3.1: write a department named by its branch\'s short name once, in full, wherever one is addressed or named', () => {
    const caseDocs = result.documents.filter((d) => d.caseId === '青公维〔2026〕8号');
    for (const d of nonEmpty(caseDocs, '青山区分局公文')) expect(flowing(d.file), d.file).not.toMatch(/青山区分局(?:包头市公安局)?青山区分局/u);
    const [review] = texts('青公维〔2026〕8号', 'review-opinion');
    expect(review).toContain('复核意见书包头市公安局青山区分局政工室：');
    const [notice] = texts('青公维〔2026〕8号', 'name-clearing-notice');
    expect(notice).toContain('包头市公安局青山区分局督察大队受理了检举控告');
    expect(notice).toContain('抄送：包头市公安局青山区分局督察大队。');
    const [order] = texts('青公维〔2026〕8号', 'correction-notice');
    expect(order).toMatch(/^包头市公安局青山区分局督察大队/u);
    expect(order).toContain('督促限期纠正通知书包头市公安局青山区分局政工室：');
  });

  it('review 3.2: register the link the record holds and leave 受理 to the office where the Measures do not apply; the ledger does not call the officer protected', () => {
    const [register] = texts('红公维〔2026〕14号', 'application-register');
    expect(register).toContain('☑与履职无关');
    expect(register).toContain('当事人孙浩然');
    expect(register).not.toContain('受保护人员');
    expect(register).toContain('☐受理☐不予受理');
    expect(register).toContain('收到日期2026年9月8日');
    expect(register).not.toContain('受理日期');
    const ledger = nonEmpty(result.documents.filter((d) => d.formId === 'ledger' && d.file.includes('赤峰市公安局红山区分局')), '红山区分局台账');
    // The ledger's narrow column: the officer, his unit, then why the Measures do not reach him.
    expect(lines(ledger[0]!.file).replace(/\s+/g, '')).toMatch(/孙浩然（民.*赤峰市公安局.*受到的侵害与.*依法履行职责.*无关，本办法.*不适用。/u);
    // A case the Measures cover is still 受理, ticked.
    const [covered] = texts('海公维〔2026〕21号', 'application-register');
    expect(covered).toContain('☑受理☐不予受理');
    expect(covered).toContain('☑在履职中');
  });

  it('review 3.3: word each injury\'s degree as appraised or not yet, never 伤情为经鉴定为', () => {
    const [first] = texts('海公维〔2026〕21号', 'escalation-report');
    expect(first).toContain('巴特尔同志受伤，伤情经鉴定为轻伤二级');
    expect(first).toContain('李静同志受伤，伤情尚未鉴定');
    expect(first).toContain('王志刚同志受伤，伤情为右手背咬伤，经鉴定为轻微伤');
    const [register] = texts('海公维〔2026〕21号', 'application-register');
    // The cell's words wrap beside its label; up to where they wrap.
    expect(register).toContain('民警巴特尔受伤；伤情经鉴定为轻伤二级；警务辅助人员李静受伤；伤情尚未');
    for (const d of result.documents) expect(flowing(d.file), d.file).not.toMatch(/伤情为(?:经鉴定|损伤程度)|伤情为，/u);
  });

  it('review 3.4: say 处分、处理 (Art. 28\'s words) where a correction links no sanction and its matter names neither', () => {
    const [notice] = texts('开公维〔2026〕6号', 'correction-notice');
    expect(notice).toContain('因依法履行职责、行使职权受到你单位不公正处分、处理的情况属实');
    expect(notice).toContain('督促限期纠正通知书开鲁县公安局交警大队：');
    const [reminder] = texts('开公维〔2026〕6号', 'correction-reminder');
    expect(reminder).toContain('受到的不公正处分、处理予以纠正');
  });

  it('read as reviewed (text of every fresh document)', async () => {
    const text = result.documents.map((d) => `=== ${path.basename(d.file)}（${d.pages} 页）\n${lines(d.file)}`).join('\n\n');
    await expect(`${text}\n`).toMatchFileSnapshot('__snapshots__/record-true.text.txt');
  });
});
