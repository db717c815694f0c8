/**
 * No drift between the schemas and the provision model: the closed lists and item lists the
 * schemas spell out (Art. 8 circumstances, Art. 17 facts, Arts. 21–25 conditions, Art. 32
 * relations, Art. 5 posts, Art. 26's minimum of lawyers) must equal what dist/policy.json
 * says, item texts in descriptions included; every x-article must name a provision that
 * exists. A change in policy/ therefore fails `npm run build:validate` and the schema tests
 * until the schema follows. Returns one Chinese sentence per difference.
 */
import { formatCitation } from '../citations/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import { enumeration, itemText, itemsOf } from '../rules/model-lists.ts';
import { CASE_SCHEMA_ID, UNIT_SCHEMA_ID, schemaById, type JsonSchema, type SchemaFile } from './schema-files.ts';
import { isPlainObject, valueAtPath } from './pointer.ts';
import { xArticles } from './schema-index.ts';

const isObject = (v: unknown): v is JsonSchema => isPlainObject(v);

function at(schema: unknown, ...keys: (string | number)[]): JsonSchema {
  const node = valueAtPath(schema, keys);
  return isObject(node) ? node : {};
}

const branchesOf = (schema: JsonSchema) => (Array.isArray(schema.oneOf) ? schema.oneOf.filter(isObject) : []);
const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const list = (values: readonly unknown[]) => values.map(String).join('、') || '（空）';

function provisionIds(model: PolicyModel): Set<string> {
  const ids = new Set<string>();
  for (const chapter of model.chapters) {
    ids.add(chapter.eId);
    for (const article of chapter.articles) {
      ids.add(article.eId);
      for (const p of article.paragraphs) [p.eId, ...p.items.map((i) => i.eId)].forEach((id) => ids.add(id));
    }
  }
  return ids;
}

export function schemaDrift(files: readonly SchemaFile[], model: PolicyModel): string[] {
  const problems: string[] = [];
  const part = (name: string) => files.find((f) => f.file === `schemas/parts/${name}.schema.json`)?.schema ?? {};
  const caseSchema = schemaById([...files], CASE_SCHEMA_ID);
  const unitSchema = schemaById([...files], UNIT_SCHEMA_ID);

  /** An enumeration of item eIds: consts, titles, descriptions and x-articles from the model. */
  function itemList(where: string, schema: JsonSchema, article: string): void {
    const branches = branchesOf(schema);
    const expected = itemsOf(model, article);
    const consts = branches.map((b) => b.const);
    if (!same(consts, expected)) problems.push(`${where}的可选项（${list(consts)}）与条文模型中${formatCitation(article)}的项（${list(expected)}）不一致`);
    for (const b of branches) {
      const eId = String(b.const);
      const text = itemText(model, eId);
      if (text !== undefined && b.description !== text) problems.push(`${where}中 ${eId} 的说明与条文模型不一致：应为“${text}”`);
      if (text !== undefined && b.title !== formatCitation(eId)) problems.push(`${where}中 ${eId} 的标题应为“${formatCitation(eId)}”`);
      if (!xArticles(b).includes(eId)) problems.push(`${where}中 ${eId} 缺少 "x-article": "${eId}"`);
    }
  }

  function wordList(where: string, schema: JsonSchema, enumName: string): void {
    const consts = branchesOf(schema).map((b) => b.const);
    const expected = enumeration(model, enumName);
    if (!same(consts, expected)) problems.push(`${where}的可选项（${list(consts)}）与条文模型的 ${enumName}（${list(expected)}）不一致`);
  }

  // Art. 8
  itemList('circumstance.schema.json 的“情形”', at(part('circumstance'), 'properties', 'item'), 'art_8');
  // Art. 32
  wordList('near-relative.schema.json', part('near-relative'), 'near_relatives');
  // Arts. 21–25
  const claims = branchesOf(part('exemption-claim'));
  const claimArticles = claims.map((b) => at(b, 'properties', 'article').const);
  if (!same(claimArticles, ['art_21', 'art_22', 'art_23', 'art_24', 'art_25'])) problems.push(`exemption-claim.schema.json 应依次覆盖第二十一条至第二十五条，实为 ${list(claimArticles)}`);
  for (const branch of claims) {
    const article = String(at(branch, 'properties', 'article').const);
    if (!itemsOf(model, article).length) continue;
    const listField = article === 'art_25' ? 'grounds' : 'conditions';
    itemList(`exemption-claim.schema.json 中${formatCitation(article)}的“${listField}”`, at(branch, 'properties', listField, 'items', 'properties', 'item'), article);
    const lead = model.chapters.flatMap((c) => c.articles).find((a) => a.eId === article)?.paragraphs[0]?.text;
    if (lead && branch.description !== lead) problems.push(`exemption-claim.schema.json 中${formatCitation(article)}的说明应为该条的原文：“${lead}”`);
  }
  // Art. 17: one boolean fact per item, in order, described by the item's text
  const facts = at(caseSchema, 'properties', 'escalation', 'properties', 'facts', 'properties');
  const factArticles = Object.values(facts).map((f) => xArticles(f)[0]);
  if (!same(factArticles, itemsOf(model, 'art_17'))) problems.push(`case.schema.json 的逐级报告事实（${list(factArticles)}）与第十七条的项（${list(itemsOf(model, 'art_17'))}）不一致`);
  for (const [name, fact] of Object.entries(facts) as [string, JsonSchema][]) {
    const text = itemText(model, xArticles(fact)[0] ?? '');
    if (text !== undefined && fact.description !== text) problems.push(`case.schema.json 的逐级报告事实 ${name} 的说明应为“${text}”`);
  }
  // Art. 18: the hover text names the forbidden grounds; all of them, as the model lists them
  const grounds = at(part('liability-decision'), 'properties', 'grounds');
  for (const word of enumeration(model, 'forbidden_grounds')) {
    if (!String(grounds.description).includes(word)) problems.push(`liability-decision.schema.json 的“追责理由”说明缺少第十八条禁止的理由“${word}”`);
  }
  // Art. 5 and Art. 26 (unit set-up)
  const committee = at(unitSchema, 'properties', 'committee', 'properties');
  wordList('unit.schema.json 的维权委主任职务', at(committee, 'director', 'properties', 'post'), 'committee_director');
  wordList('unit.schema.json 的维权委副主任职务', at(committee, 'deputies', 'items', 'properties', 'post'), 'committee_deputies');
  wordList('unit.schema.json 的维权委成员部门', at(committee, 'members', 'items', 'properties', 'department'), 'committee_members');
  const lawyers = at(unitSchema, 'properties', 'lawyers');
  const minimum = model.parameters.min_lawyers;
  if (!minimum || lawyers.minItems !== minimum.value || !xArticles(lawyers).includes(minimum.eId)) {
    problems.push(`unit.schema.json 的聘请律师应有 "minItems": ${minimum?.value} 和 "x-article": "${minimum?.eId}"（条文模型 min_lawyers）`);
  }
  // Every citation in every schema exists
  const ids = provisionIds(model);
  const visit = (node: unknown, file: string): void => {
    if (Array.isArray(node)) node.forEach((n) => visit(n, file));
    else if (isObject(node)) {
      for (const eId of xArticles(node)) if (!ids.has(eId)) problems.push(`${file} 引用了条文模型中不存在的条款 ${eId}`);
      Object.values(node).forEach((n) => visit(n, file));
    }
  };
  for (const f of files) visit(f.schema, f.file);
  return problems;
}
