import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyModel } from '../../scripts/lib/policy/index.ts';
import { schemaDrift } from '../../scripts/lib/build/drift.ts';
import { readSchemaFiles, type SchemaFile } from '../../scripts/lib/validate/index.ts';
import { realModel } from '../rules/cases.ts';

let files: SchemaFile[];
let model: PolicyModel;
beforeAll(async () => {
  files = readSchemaFiles();
  model = await realModel();
});

/** A copy of the model with one article's items changed, as an edit to policy/ would. */
function withItems(article: string, change: (items: { eId: string; num: number; label: string; text: string }[]) => void): PolicyModel {
  const copy = structuredClone(model);
  const found = copy.chapters.flatMap((c) => c.articles).find((a) => a.eId === article)!;
  change(found.paragraphs[0]!.items);
  return copy;
}

describe('the schemas follow the provision model (dist/policy.json), with no drift', () => {
  it('the schemas agree with the model today', () => {
    expect(schemaDrift(files, model)).toEqual([]);
  });

  it('a new Art. 8 item in policy/ fails until the circumstance schema lists it', () => {
    const changed = withItems('art_8', (items) => items.push({ eId: 'art_8__item_11', num: 11, label: '（十一）', text: '新增情形的；' }));
    expect(schemaDrift(files, changed).join('\n')).toContain('art_8__item_11');
  });

  it('a reworded Art. 8 item fails until the schema’s description follows', () => {
    const changed = withItems('art_8', (items) => (items[0]!.text = '受到暴力袭击或者伤害的；'));
    expect(schemaDrift(files, changed).join('\n')).toContain('受到暴力袭击或者伤害的；');
  });

  it('a relation read differently in policy/editorial/relations.yaml fails until the person schema follows', () => {
    const changed = structuredClone(model);
    changed.editorial.relations!['祖父母或外祖父母'] = { near: null, basis: '祖父母不在第三十二条所列之内' };
    expect(schemaDrift(files, changed).join('\n')).toContain('祖父母不在第三十二条所列之内');
  });

  it('an act kind added in policy/editorial/acts.yaml fails until the act schema lists it', () => {
    const changed = structuredClone(model);
    changed.editorial.acts!['投毒'] = { summary: '投放危险物质', provisions: { art_8__item_1: '暴力袭击' } };
    expect(schemaDrift(files, changed).join('\n')).toContain('投毒');
  });

  it('a changed Art. 18 list fails until the grounds description names it', () => {
    const changed = structuredClone(model);
    changed.enumerations.forbidden_grounds!.members.push('上级督办');
    expect(schemaDrift(files, changed).join('\n')).toContain('上级督办');
  });

  it.each(['art_21', 'art_22', 'art_23', 'art_24', 'art_25'])('a condition removed from %s fails until the exemption schema follows', (article) => {
    let removed = '';
    const changed = withItems(article, (items) => (removed = items.pop()!.eId));
    const drift = schemaDrift(files, changed);
    // The generated list has one item too many, and the item's x-article names a provision gone from the model.
    const stale = drift.filter((d) => d.includes(`x-items-of: ${article}`));
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatch(new RegExp(`^schemas/parts/exemption-claim\\.schema\\.json .*多出 \\{"const":"${removed}"`));
    expect(drift.filter((d) => d.includes(`不存在的条款 ${removed}`))).toHaveLength(1);
    expect(drift).toHaveLength(2);
  });

  it('--write would make the schemas agree again: what is generated from a changed model has no drift against that model', async () => {
    const { generatedFiles } = await import('../../scripts/lib/build/drift.ts');
    const changed = withItems('art_8', (items) => items.push({ eId: 'art_8__item_11', num: 11, label: '（十一）', text: '新增情形的；' }));
    const regenerated = generatedFiles(files, changed).map(({ file, schema }) => ({ ...file, schema }));
    expect(generatedFiles(files, changed).filter((g) => g.changed).map((g) => g.file.file)).toEqual(['schemas/case.schema.json']);
    expect(schemaDrift(regenerated, changed)).toEqual([]);
  });

  it('the TypeScript case types are what the schemas generate', async () => {
    const { CASE_TYPES_FILE, caseTypesSource } = await import('../../scripts/lib/build/case-types.ts');
    const { readFileSync } = await import('node:fs');
    expect(await caseTypesSource(files)).toBe(readFileSync(CASE_TYPES_FILE, 'utf8'));
  });

  it('a person category added in policy/editorial/persons.yaml fails until the person schema lists it', () => {
    const changed = structuredClone(model);
    changed.editorial.persons!['文职人员'] = { words: '其他公安机关工作人员', provision: 'art_33__para_1', basis: '参照', title: '工作人员', summary: '文职人员' };
    expect(schemaDrift(files, changed).join('\n')).toContain('文职人员');
  });

  it('a changed minimum of lawyers (Art. 26) fails until the unit schema follows', () => {
    const changed = structuredClone(model);
    changed.parameters.min_lawyers!.value = 3;
    expect(schemaDrift(files, changed).join('\n')).toContain('min_lawyers');
  });

  it('an Art. 5 committee list changed fails until the unit schema follows', () => {
    const changed = structuredClone(model);
    changed.enumerations.committee_members!.members.pop();
    expect(schemaDrift(files, changed).join('\n')).toContain('committee_members');
  });

  it('an x-article naming a provision the model lacks is reported', () => {
    const changed = structuredClone(files);
    (changed.find((f) => f.file.endsWith('person.schema.json'))!.schema as Record<string, unknown>)['x-article'] = 'art_32__para_2';
    expect(schemaDrift(changed, model).join('\n')).toContain('art_32__para_2');
  });
});
