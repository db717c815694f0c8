/**
 * A case file in VS Code: vscode-json-languageservice (the library behind VS Code's JSON
 * editor) opens the samples and fixtures with their "$schema" and reads the schemas from disk.
 * What it says must be Chinese where the schema can make it so, its completions labelled in
 * Chinese, and a valid case must show no problem at all.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CJK, completionsAfter, diagnostics, hoverAt, open } from './editor.ts';

const SAMPLES = 'schemas/examples';
const VALID = 'test/fixtures/cases/valid';
const INVALID = 'test/fixtures/cases/invalid';
const jsonFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`);

/** Messages the editor makes from the schema (not the JSON parser's: a comma, a comment). */
const SCHEMA_MESSAGE = /Missing property|not allowed|Value is not accepted|Value must be|Incorrect type|too few items|too many items|does not contain|String is|Matches a schema|[\u4e00-\u9fff]/;

describe('VS Code’s JSON editor on a case file', () => {
  it('finds no problem in any sample or valid fixture', async () => {
    for (const file of [...jsonFiles(SAMPLES), ...jsonFiles(VALID)]) expect(await diagnostics(open(file)), file).toEqual([]);
  });

  it('says in Chinese what is wrong, naming the field and the provision, beside each generic message of its own', async () => {
    const said = async (name: string) => (await diagnostics(open(`${INVALID}/${name}.json`))).map((d) => d.message);
    expect(await said('application-without-applicant')).toContain('“维护执法权威案件”缺少必填字段“申请人”（applicant）（依据：第十五条）');
    expect(await said('unknown-act-kind')).toContainEqual(expect.stringMatching(/^“行为种类”的值不在可选范围内；可选值：暴力袭击、.*（依据：第八条）$/));
    expect(await said('no-act')).toContain('“侵害行为”至少应有 1 项（依据：第八条）');
    expect(await said('off-duty-fact-as-text')).toContain('“已表明身份”应为 true 或 false（依据：第三十一条）');
    expect(await said('misspelt-field')).toContain('“人员”缺少必填字段“关系”（relation）（依据：第三十二条）');
    expect(await said('misspelt-field')).toContainEqual(expect.stringMatching(/^“人员”中没有此字段/));
    expect(await said('time-not-a-time')).toContain('“时间”应为 24 小时制的时刻，写作 HH:MM，如 22:10');
  });

  it('puts a Chinese sentence at every place it finds a schema problem in the invalid fixtures', async () => {
    let checked = 0;
    for (const file of jsonFiles(INVALID)) {
      let doc;
      try {
        doc = open(file);
      } catch {
        continue; // not UTF-8: the editor would ask for its encoding first
      }
      const found = (await diagnostics(doc)).filter((d) => SCHEMA_MESSAGE.test(d.message));
      const places = new Set(found.map((d) => `${d.range.start.line}:${d.range.start.character}`));
      for (const place of places) {
        const here = found.filter((d) => `${d.range.start.line}:${d.range.start.character}` === place);
        // A missing property is reported at the object's key by the editor, at the object itself by the schema.
        const near = found.filter((d) => Math.abs(d.range.start.line - here[0]!.range.start.line) <= 1);
        expect(near.some((d) => CJK.test(d.message)), `${file} ${place}: ${here.map((d) => d.message).join(' | ')}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('labels the Art. 8 items in Chinese where the value is a code, with the clause', async () => {
    const items = await completionsAfter(open(`${SAMPLES}/assault-on-duty-injury.json`), '"art8": [\n      ');
    const first = items.find((i) => i.label.startsWith('第八条第（一）项'));
    expect(first).toBeDefined();
    expect(first!.label).toBe('第八条第（一）项　受到暴力袭击的；');
    expect(first!.insertText).toContain('art_8__item_1');
    expect(JSON.stringify(first!.documentation)).toContain('受到暴力袭击的');
    expect(items.filter((i) => /^第八条第（.+）项/.test(i.label))).toHaveLength(10);
  });

  it('shows each field’s Chinese name beside its key, and its description and provision on hover', async () => {
    const doc = open(`${SAMPLES}/assault-on-duty-injury.json`);
    const keys = await completionsAfter(doc, '{\n');
    expect(keys.length).toBeGreaterThan(5);
    for (const k of keys) expect(k.detail, k.label).toMatch(CJK);
    const hover = await hoverAt(doc, '"acts"');
    expect(JSON.stringify(hover?.contents)).toContain('侵害行为');
    expect(JSON.stringify(hover?.contents)).toContain('依据：第八条');
  });
});
