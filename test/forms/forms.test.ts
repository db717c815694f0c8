/**
 * The eight forms, rendered from the sample cases (schemas/examples) by the real command
 * code in a real Chromium, and read back with poppler: each says what the rules found and
 * quotes the Measures from the model; the ledger spans every case with its header on
 * every page; every page of every form keeps inside the 版心.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../scripts/lib/case/index.ts';
import { cite } from '../../scripts/lib/citations/index.ts';
import { LANDSCAPE, MM_PER_PT, PORTRAIT } from '../../scripts/lib/forms/geometry.ts';
import { itemPhrase, provisionText } from '../../scripts/lib/policy/query.ts';
import { loadFormDefs } from '../../scripts/lib/forms/registry.ts';
import { runForms, type RunResult } from '../../scripts/lib/forms/run.ts';
import { loadPolicyModel, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { CONDITION_STATUS } from '../../scripts/lib/rules/index.ts';
import { createValidator, issuesWith, type Code, type Validator } from '../../scripts/lib/validate/index.ts';
import { fonts, pageSizes, text, words } from './pdf-tools.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLES = path.join(ROOT, 'schemas/examples');
const AS_OF = '2026-12-31';
let dir: string;
let result: RunResult;
let model: PolicyModel;
const cases = new Map<string, Case>();
let validator: Validator;
/** What the validator found in a sample case, with one code. */
const found = <C extends Code>(data: Case, code: C) => issuesWith(validator.validateData(data).issues, code);

/** The text of a PDF with the page numbers left out and whitespace removed. */
function body(file: string): string {
  const ws = words(file);
  const typeBottom = Math.max(PORTRAIT.top + PORTRAIT.typeHeight, LANDSCAPE.top + LANDSCAPE.typeHeight);
  return ws.filter((w) => w.y0 < typeBottom).map((w) => w.text).join('');
}
const docsOf = (formId: string) => result.documents.filter((d) => d.formId === formId);

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-forms-all-'));
  model = await loadPolicyModel();
  validator = await createValidator({ model, asOf: AS_OF });
  const inputs = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).map((f) => path.join(EXAMPLES, f));
  for (const file of inputs) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Case;
    cases.set(data.id, data);
  }
  const unitFiles = readdirSync(path.join(EXAMPLES, 'units')).map((f) => path.join(EXAMPLES, 'units', f));
  result = await runForms({ inputs, unitFiles, outDir: dir, asOf: AS_OF, log: () => undefined });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('forms for the sample cases', () => {
  it('renders every valid sample case, and all eight forms have at least one document', () => {
    expect(result.exitCode).toBe(0);
    expect(result.refused).toEqual([]);
    const ids = new Set(result.documents.map((d) => d.formId));
    expect([...ids].sort()).toEqual(loadFormDefs(model).map((d) => d.id).sort());
  });

  it('gives every case its 申请登记表 (Art. 15), ticking exactly the Art. 8 items it names', () => {
    expect(docsOf('application-register')).toHaveLength(cases.size);
    for (const doc of docsOf('application-register')) {
      const data = cases.get(doc.caseId)!;
      const printed = body(doc.file);
      expect(printed).toContain(provisionText(model, 'art_15__para_1'));
      const ticked = [...printed.matchAll(/■(（[一二三四五六七八九十]+）)/gu)].map((m) => m[1]);
      expect(ticked).toEqual(data.circumstances.map((c) => cite(c.item).replace('第八条第', '').replace(/项$/, '')));
    }
  });

  it('reports up exactly the cases the rules say, quoting exactly the Art. 17 items they found', () => {
    for (const [id, data] of cases) {
      const [due] = found(data, 'report-up-required');
      const docs = docsOf('escalation-report').filter((d) => d.caseId === id);
      expect(docs, id).toHaveLength(due ? 1 : 0);
      if (!due) continue;
      const printed = body(docs[0]!.file);
      for (const item of ['art_17__item_1', 'art_17__item_2', 'art_17__item_3', 'art_17__item_4']) {
        const quoted = printed.includes(`${cite(item)}“${itemPhrase(model, item)}”`);
        expect(quoted, `${id} ${item}`).toBe(due.args.items.includes(item));
      }
      expect(printed).toContain('特此报告。');
    }
  });

  it('prints the exemption conclusion the rules determined, condition by condition (Arts. 21–25)', () => {
    const opinions = docsOf('exemption-opinion');
    expect(opinions.length).toBeGreaterThan(0);
    // Each claim's opinion is the document named after its index (…_免责审查意见书_<n>.pdf).
    const opinionOf = (caseId: string, index: number) => opinions.find((d) => d.caseId === caseId && d.file.endsWith(`_${index + 1}.pdf`));
    let determinations = 0;
    let grounds = 0;
    for (const [id, data] of cases) {
      for (const determination of found(data, 'exemption-determination')) {
        const doc = opinionOf(id, determination.args.index);
        expect(doc, `${id} claim ${determination.args.index + 1}`).toBeDefined();
        const printed = body(doc!.file);
        for (const c of determination.args.conditions) expect(printed).toContain(`“${itemPhrase(model, c.item)}”：${CONDITION_STATUS[c.status].word}。`);
        const { outcome } = determination.args;
        const article = cite(determination.args.article);
        expect(printed.includes(`上述条件同时具备，依照${article}的规定`)).toBe(outcome === '免责');
        expect(printed.includes(`不符合${article}规定的免责条件`)).toBe(outcome === '不予免责');
        expect(printed.includes('暂不能作出是否免责的结论')).toBe(outcome === '待定');
        determinations++;
      }
      for (const art25 of found(data, 'exemption-ground-art-25')) {
        const doc = opinionOf(id, art25.args.index);
        expect(doc, `${id} claim ${art25.args.index + 1}`).toBeDefined();
        for (const item of art25.args.items) expect(body(doc!.file)).toContain(cite(item));
        grounds++;
      }
    }
    // The samples have both kinds of claim, and every opinion printed is one of them.
    expect(determinations).toBeGreaterThan(0);
    expect(grounds).toBeGreaterThan(0);
    expect(determinations + grounds).toBe(opinions.length);
  });

  it('issues the 正名通知书 and the transfer of the infringer when a complaint is proved false (Art. 29（五）)', () => {
    const [notice] = docsOf('name-clearing-notice');
    const data = cases.get(notice!.caseId)!;
    const printed = body(notice!.file);
    expect(printed).toContain('正名通知书');
    expect(printed).toContain(provisionText(model, 'art_29__item_5'));
    expect(printed).toContain(`属${data.nameClearing!.finding}`);
    expect(printed).toContain(`在${data.nameClearing!.scope}范围内公开`);
    const transfer = docsOf('transfer-letter').find((d) => d.caseId === data.id);
    expect(body(transfer!.file)).toContain(`${data.nameClearing!.infringerTransferredTo}：`);
  });

  it('addresses the 复核意见书 to the department that decided the sanction (Art. 27)', () => {
    for (const doc of docsOf('review-opinion')) {
      const data = cases.get(doc.caseId)!;
      const printed = body(doc.file);
      const sanction = data.sanctions!.find((s) => s.appeal?.outcome && printed.includes(s.id))!;
      expect(printed).toContain(`${sanction.decidedBy}：`);
      expect(printed).toContain(provisionText(model, 'art_27__para_1'));
    }
  });

  it('says when a correction is overdue, as the rules found it (Art. 28)', () => {
    for (const doc of docsOf('correction-notice')) {
      const data = cases.get(doc.caseId)!;
      const overdue = found(data, 'correction-overdue').length > 0;
      expect(body(doc.file).includes('已超过上述纠正期限')).toBe(overdue);
    }
  });

  it('lists every case in one landscape 工作台账 whose header row repeats on every page (Art. 29（六）)', () => {
    const [ledger] = docsOf('ledger');
    const sizes = pageSizes(ledger!.file);
    for (const s of sizes) expect(s.width).toBeGreaterThan(s.height);
    const ws = words(ledger!.file);
    for (const page of sizes.map((s) => s.page)) {
      expect(ws.some((w) => w.page === page && w.text === '案件编号'), `page ${page}`).toBe(true);
    }
    const printed = body(ledger!.file);
    for (const id of cases.keys()) expect(printed).toContain(id.replace(/\s+/g, ''));
  });

  it('keeps every word of every form inside its 版心 (page numbers aside), with every font embedded', () => {
    for (const doc of result.documents) {
      const sizes = pageSizes(doc.file);
      const ws = words(doc.file);
      for (const w of ws) {
        const size = sizes.find((s) => s.page === w.page)!;
        const g = size.width > size.height ? LANDSCAPE : PORTRAIT;
        const isPageNumber = w.y0 > g.top + g.typeHeight && /^(—|\d+)$/.test(w.text);
        if (isPageNumber) continue;
        expect(w.x0, `${doc.file} ${w.text}`).toBeGreaterThanOrEqual(g.left - 1);
        expect(w.x1, `${doc.file} ${w.text}`).toBeLessThanOrEqual(g.left + g.typeWidth + 1);
        expect(w.y0, `${doc.file} ${w.text}`).toBeGreaterThanOrEqual(g.top - 1);
        expect(w.y1, `${doc.file} ${w.text}`).toBeLessThanOrEqual(g.top + g.typeHeight + 1);
      }
      for (const f of fonts(doc.file)) expect(f.embedded && f.unicode, `${doc.file} ${f.name}`).toBe(true);
      expect(Math.min(...sizes.map((s) => s.width * MM_PER_PT))).toBeGreaterThan(209);
      expect(text(doc.file).length).toBeGreaterThan(100);
    }
  });
});
