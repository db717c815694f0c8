/**
 * Every form of every sample case (schemas/examples), made by the real command code in a real
 * Chromium and read back with poppler: each document keeps to its 版心, prints no word over
 * another, states no date after its own, leaves no near-empty page, signs as §7.3.5 says, and
 * says what the validator found in words a 文书 officer would sign (the reviewed text snapshot).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../scripts/lib/case/index.ts';
import { cite } from '../../scripts/lib/citations/index.ts';
import { loadFormDefs } from '../../scripts/lib/documents/forms-file.ts';
import { runForms, type RunResult } from '../../scripts/lib/documents/run.ts';
import { loadPolicyModel, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { itemPhrase } from '../../scripts/lib/policy/query.ts';
import { CONDITION_STATUS } from '../../scripts/lib/rules/index.ts';
import { createValidator, issuesWith, type Code, type Validator } from '../../scripts/lib/validate/index.ts';
import { allProblems, readingText, readPrintedAll, type Printed } from '../gbt9704/pdf-checks.ts';
import { fonts, info } from '../gbt9704/pdf-tools.ts';
import { isTagged, letters, qpdfCheck, structureText, xmp } from '../gbt9704/pdf-archive.ts';
import { nonEmpty } from '../support/non-empty.ts';
import { useRenderer } from '../support/renderer.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLES = path.join(ROOT, 'schemas/examples');
const AS_OF = '2026-12-31';
const renderer = useRenderer();
let dir: string;
let result: RunResult;
let model: PolicyModel;
let validator: Validator;
const cases = new Map<string, Case>();
const printed = new Map<string, Printed>();
const found = <C extends Code>(data: Case, code: C) => issuesWith(validator.validateData(data).issues, code);
/** The sample documents, or a failure when there are none (every loop below would check nothing). */
const documents = () => nonEmpty(result.documents, '样张公文');
/** The documents of a form: every form has some among the samples. */
const docsOf = (formId: string) => nonEmpty(documents().filter((d) => d.formId === formId), formId);
/** The sample cases, by id. */
const sampleCases = () => nonEmpty([...cases], '样张案件');
const textOf = (file: string) => readingText(printed.get(file)!).replace(/[\s　]+/g, '');

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-samples-'));
  model = await loadPolicyModel();
  validator = await createValidator({ model, asOf: AS_OF });
  const inputs = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(EXAMPLES, f));
  for (const file of inputs) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Case;
    cases.set(data.id, data);
  }
  const unitFiles = readdirSync(path.join(EXAMPLES, 'units')).sort().map((f) => path.join(EXAMPLES, 'units', f));
  result = await runForms({ inputs, unitFiles, outDir: dir, asOf: AS_OF, log: () => undefined, created: new Date('2026-12-31T00:00:00Z'), openRenderer: renderer() });
  readPrintedAll(result.documents.map((d) => d.file)).forEach((p) => printed.set(p.file, p));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the sample documents', () => {
  it('are all made, every form at least once', () => {
    expect(result.failed).toEqual([]);
    expect(result.exitCode).toBe(0);
    const ids = new Set(result.documents.map((d) => d.formId));
    expect([...ids].sort()).toEqual(loadFormDefs(model).map((d) => d.id).sort());
  });

  it('keep to the 版心, print no word over another, state no later date, leave no near-empty page, sign as §7.3.5 says', () => {
    const problems = documents().flatMap((d) => allProblems(printed.get(d.file)!, !['application-register', 'ledger', 'delivery-receipt'].includes(d.formId)));
    expect(problems).toEqual([]);
  });

  it('embed every font, TrueType only, with a Unicode map', () => {
    for (const d of documents()) {
      for (const f of fonts(d.file)) {
        expect(f, `${d.file} ${f.name}`).toMatchObject({ embedded: true, unicode: true });
        expect(f.type, `${d.file} ${f.name}`).toMatch(/TrueType/);
      }
    }
  });

  it('name each font as what it is: no regular type named ExtraLight or Thin', () => {
    const names = new Set(documents().flatMap((d) => fonts(d.file).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))));
    expect([...names].sort()).toEqual(expect.arrayContaining(['NotoSerifSC-Bold', 'NotoSerifSC-Regular']));
    for (const name of names) expect(name).not.toMatch(/ExtraLight|Thin|Light/);
  });

  it('read as reviewed (text of every sample document)', async () => {
    const text = documents()
      .map((d) => `=== ${path.basename(d.file)}（${d.pages} 页）\n${readingText(printed.get(d.file)!)}`)
      .join('\n\n');
    await expect(`${text}\n`).toMatchFileSnapshot('__snapshots__/samples.text.txt');
  });
});

describe('what the sample documents say', () => {
  it('ticks in each 申请登记表 exactly the Art. 8 items what happened falls under by its date, ☑ and ☐', () => {
    // A reviewer's reading of each sample's acts; 通公维's unfair discipline （九） was verified after the register's date.
    const expected: Record<string, string[]> = {
      '鄂公维〔2026〕5号': ['（九）'],
      '土左公维〔2026〕12号': ['（一）'],
      '乌公维〔2026〕4号': ['（二）'],
      '呼公维〔2026〕7号': ['（六）', '（七）'],
      '赤公维〔2026〕9号': ['（四）'],
      '通公维〔2026〕6号': ['（五）', '（八）'],
      '包公维〔2026〕3号': ['（五）'],
    };
    expect(docsOf('application-register').map((d) => d.caseId).sort()).toEqual(Object.keys(expected).sort());
    for (const doc of docsOf('application-register')) {
      const data = cases.get(doc.caseId)!;
      const t = textOf(doc.file);
      const ticked = [...t.matchAll(/☑(（[一二三四五六七八九十]+）)/gu)].map((m) => m[1]);
      expect(ticked, doc.caseId).toEqual(expected[doc.caseId]);
      // Every item ticked is one the validator found (case/facts), never one of the document's own.
      const { facts } = validator.validateData(data);
      for (const item of ticked) expect(facts!.art8.map((e) => cite(e).replace('第八条第', '').replace(/项$/, ''))).toContain(item);
      expect(t).not.toContain('■');
      // The applicant signs only when someone applied.
      expect(t.includes('申请人签名')).toBe(data.opened.by === '申请');
      // A case on file was taken up: 受理 is ticked beside the 受理日期 (never neither box with the date filled).
      expect(t).toContain('☑受理☐不予受理');
    }
  });

  it('reports up exactly the cases the rules say, each recorded report of the office its own document, to the next level up by full name', () => {
    for (const [id, data] of sampleCases()) {
      const [due] = found(data, 'report-up-required');
      const docs = docsOf('escalation-report').filter((d) => d.caseId === id);
      const own = (data.actions ?? []).filter((a) => a.kind === '逐级报告' && (a.from === undefined || a.from.startsWith(data.unit.name)));
      expect(docs.length, id).toBe(due ? Math.max(1, own.length) : 0);
      for (const doc of docs) {
        const t = textOf(doc.file);
        // Art. 17's items in their words; an auxiliary officer's injury is no “造成民警伤亡”: Art. 33 extends item （一） instead.
        const quoted = due!.args.basis ? due!.args.items.filter((item) => item !== 'art_17__item_1') : due!.args.items;
        if (doc.file.includes('首报')) for (const item of quoted) expect(t).toContain(`“${itemPhrase(model, item)}”`);
        if (due!.args.basis) {
          expect(t).not.toContain('民警伤亡');
          expect(t).toContain(`依照该办法第三十三条的规定，${due!.args.basis}第十七条第（一）项的规定逐级报告`);
        }
        expect(t).toContain('特此报告。');
        expect(t).toMatch(/签发人：/);
        expect(t).toMatch(/（联系人：.*联系电话：/);
        expect(t).not.toContain('公安厅维权办：');
        expect(t).toMatch(/维护公安民警执法权威工作委员会办公室：/);
      }
    }
    const tumed = docsOf('escalation-report').filter((d) => d.caseId === '土左公维〔2026〕12号');
    expect(tumed.map((d) => path.basename(d.file))).toEqual(['土左公维〔2026〕12号_逐级报告_首报.pdf', '土左公维〔2026〕12号_逐级报告_续报1.pdf']);
    expect(textOf(tumed[0]!.file)).toContain('呼和浩特市公安局维护公安民警执法权威工作委员会办公室：');
    expect(textOf(tumed[1]!.file)).toContain('续报（第一次）');
  });

  it('names every person by category and cites Art. 33 where it is the basis', () => {
    const auxiliary = nonEmpty(docsOf('escalation-report').filter((d) => d.caseId === '乌公维〔2026〕4号'), '乌公维〔2026〕4号的逐级报告');
    for (const d of auxiliary) {
      const t = textOf(d.file);
      expect(t).toContain('警务辅助人员白云飞');
      expect(t).not.toMatch(/民警白云飞|民警受伤|民警本人/);
      expect(t).toContain('第三十三条的规定，遵照本办法执行');
    }
    const staff = documents().filter((d) => d.caseId === '通公维〔2026〕6号' && d.formId !== 'ledger' && d.formId !== 'delivery-receipt');
    for (const d of staff) expect(textOf(d.file)).not.toContain('其他公安机关工作人员宋佳');
    expect(staff.some((d) => textOf(d.file).includes('参照本办法执行'))).toBe(true);
  });

  it('gives the exemption conclusion the rules determined, in one opinion per case, closing as an opinion, not a 函', () => {
    let conclusions = 0;
    for (const [id, data] of sampleCases()) {
      const determinations = found(data, 'exemption-determination');
      const grounds = found(data, 'exemption-ground-art-25');
      const docs = docsOf('exemption-opinion').filter((d) => d.caseId === id);
      expect(docs.length, id).toBe(determinations.length + grounds.length > 0 ? 1 : 0);
      if (docs.length === 0) continue;
      const t = textOf(docs[0]!.file);
      for (const f of determinations) {
        for (const c of f.args.conditions) expect(t).toContain(`“${itemPhrase(model, c.item)}”：${CONDITION_STATUS[c.status].word}。`);
        conclusions += f.args.conditions.length;
      }
      for (const f of grounds) for (const item of f.args.items) expect(t).toContain(cite(item));
      expect(t).not.toContain('函告');
      expect(t).toMatch(/^[^：]*：/); // a 主送机关
    }
    // Some sample case has its conditions determined: the words above were checked on one.
    expect(conclusions).toBeGreaterThan(0);
  });

  it('issues the correction notice from 警务督察 under the number the case records, the reminder on its own', () => {
    for (const doc of docsOf('correction-notice')) {
      const data = cases.get(doc.caseId)!;
      const c = data.corrections![0]!;
      const t = textOf(doc.file);
      expect(t).toContain(c.id!);
      expect(t).toContain(`${c.orderedBy}${new Date(c.orderedOn!).getFullYear()}年`); // 署名, then its date
      expect(t).toMatch(new RegExp(`${c.orderedBy}\\d{4}年\\d+月\\d+日印发`));
      expect(t).not.toContain('已超过');
      expect(t).not.toContain('警务督察部门\n');
    }
    const reminders = docsOf('correction-reminder');
    expect(reminders.map((d) => d.caseId)).toEqual(['通公维〔2026〕6号']);
    expect(textOf(reminders[0]!.file)).toContain('上述纠正期限已过');
  });

  it('sends every 移送函 in the 信函格式 with its 附件说明, and a 送达回执 with each served document', () => {
    for (const doc of docsOf('transfer-letter')) {
      const t = textOf(doc.file);
      expect(t).toMatch(/附件：1\./);
      expect(t).not.toContain('印发');
      expect(t).toContain('特此函告。');
    }
    const served = documents().filter((d) => ['name-clearing-notice', 'correction-notice', 'correction-reminder', 'transfer-letter'].includes(d.formId));
    expect(docsOf('delivery-receipt')).toHaveLength(served.length);
  });

  it('keeps one 工作台账 per unit, with 承办人 and 办结', () => {
    const ledgers = docsOf('ledger');
    expect(ledgers).toHaveLength(new Set(sampleCases().map(([, c]) => c.unit.name)).size);
    for (const d of ledgers) {
      const t = textOf(d.file);
      expect(t).toContain('承办人');
      expect(t).toContain('办结');
    }
  });
});

describe('the sample PDFs as archives and assistive technology read them (qpdf, poppler)', () => {
  it('pass qpdf’s check', () => {
    for (const d of documents()) {
      const { status, output } = qpdfCheck(d.file);
      expect(status, `${d.file}\n${output}`).toBe(0);
      expect(output).toContain('No syntax or stream encoding errors found');
    }
  });

  it('are tagged, each with the structure of its own text and of nothing else: what the pages show, page numbers aside, is all in the tree', () => {
    for (const d of documents()) {
      expect(isTagged(d.file), d.file).toBe(true);
      const { text, elements, complaints } = structureText(d.file);
      expect(complaints, d.file).toBe('');
      expect(elements[0], d.file).toBe('Document');
      expect(elements.filter((e) => e === 'Art'), d.file).toHaveLength(1);
      expect(elements.filter((e) => e === 'H1'), d.file).toHaveLength(1);
      // What the pages show, as pdftotext read them for the checks above, page numbers and provenance line aside.
      expect(letters(text), d.file).toBe(letters(readingText(printed.get(d.file)!).replace(/^— 第 \d+ 页 —$/gm, '')));
    }
  });

  it('carry XMP metadata that says what the Info dictionary says, with the 发文字号, case and provenance', () => {
    for (const d of documents()) {
      const x = xmp(d.file);
      const i = printed.get(d.file)!.meta;
      expect(x['dc:title'], d.file).toBe(i['Title']);
      expect(x['dc:creator'], d.file).toBe(i['Author']);
      expect(x['dc:description'], d.file).toBe(i['Subject']);
      expect(x['pdf:Keywords'], d.file).toBe(i['Keywords']);
      expect(x['pdf:Producer'], d.file).toBe(i['Producer']);
      expect(x['xmp:CreatorTool'], d.file).toBe(i['Creator']);
      expect(x['xmp:CreateDate'], d.file).toBe('2026-12-31T00:00:00Z');
      expect(x['wq:caseSha256'], d.file).toBe(i['WqCaseSha256']);
      expect(x['wq:regulationVersion'], d.file).toBe(i['WqRegulationVersion']);
      expect(x['wq:articles'], d.file).toBe(i['WqArticles']);
      expect(x['wq:caseId'], d.file).toBeTruthy();
      // The unit reads back as written (the issued-document guard keys on it): the ledger's is its unit's, a case's its case's.
      const unit = d.formId === 'ledger' ? undefined : cases.get(d.caseId)?.unit.name;
      if (unit) expect(i['WqUnit'], d.file).toBe(unit);
      expect(x['dc:language']).toBe('zh-CN');
    }
    const notice = docsOf('name-clearing-notice')[0]!;
    const x = xmp(notice.file);
    expect(x['wq:documentNumber']).toMatch(/^呼公维字〔2026〕[\d　]+号$/);
    expect(textOf(notice.file)).toContain(x['wq:documentNumber']!.replace(/　/g, ''));
    expect(x['dc:date']).toBe(info(notice.file)['WqDocumentDate']);
  });
});
