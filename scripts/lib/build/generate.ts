/**
 * The parts of the schemas that copy the Measures, generated from the provision model. Where
 * a schema lists what the Measures list, an annotation names the source, and this module
 * writes the copied part:
 *
 *   "x-items-of": "art_8"            oneOf: one const per item (eId), titled with its citation,
 *                                    described with its words, "x-article" the item
 *   "x-members-of": "near_relatives" oneOf: one const per member of a closed list marked with
 *      or { "name", "glosses" }      <Enum>, described as "第三十二条所列：夫" or by the
 *                                    editors' gloss ("丈夫"), which is theirs, not the text's
 *   "x-properties-of": "art_17"      the object's properties, in order, one per item: each gets
 *                                    the item as "x-article" and its words as description
 *   "x-text-of": "art_21__para_1"    description: the provision's words
 *   "x-description": "…{{members:forbidden_grounds}}…{{text:eId}}…{{lead:art_21}}…{{cite:eId}}…"
 *                                    description: the editors' sentence with the model's words
 *                                    (a list, a provision, an article's lead-in, a citation)
 *   "x-parameter": { "minItems": "min_lawyers" }   the keyword's value: a number marked with <Param>
 *   "x-values-of": "condition-status" oneOf: the rules' own vocabulary (vocabulary.ts)
 *
 * Last, every schema gets the hints an editor shows (Chinese labels, messages, labelled values:
 * editor-hints.ts), derived the same way (`files`: the other schemas, to follow a $ref's title).
 *
 * `npm run build:validate` fails while a checked-in schema differs from what this generates
 * (the drift check, drift.ts); `npm run build:validate -- --write` rewrites the files.
 */
import { cite } from '../citations/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import { enumeration, hasProvision, itemsOf, leadIn, parameter, provisionText } from '../policy/query.ts';
import { CONDITION_STATUS } from '../rules/vocabulary.ts';
import { ACTION_KINDS } from '../case/actions.ts';
import { addEditorHints } from './editor-hints.ts';
import { escapeSegment, isPlainObject } from '../validate/pointer.ts';
import type { JsonSchema, SchemaFile } from '../validate/schema-files.ts';


/**
 * Vocabularies a schema may list (x-values-of): the rules' own words, the kinds of work a case
 * records (case/actions.ts), and the editors' vocabulary of the case record, each entry tied to
 * the provision whose words it uses (policy/editorial/persons.yaml, relations.yaml, acts.yaml).
 */
const VOCABULARIES: Record<string, (model: PolicyModel) => JsonSchema[]> = {
  'condition-status': () => Object.values(CONDITION_STATUS).map((s) => ({ const: s.recorded, title: s.word, description: s.description })),
  'action-kinds': (model) =>
    Object.entries(ACTION_KINDS).map(([kind, a]) => ({ const: kind, title: kind, description: `${a.description}（${cite(a.article, model)}）`, 'x-article': a.article })),
  'person-categories': (model) =>
    Object.entries(model.editorial.persons ?? {}).map(([name, p]) => ({ const: name, title: name, description: `${p.summary}（${cite(p.provision, model)}）`, 'x-article': p.provision })),
  relations: (model) =>
    Object.entries(model.editorial.relations ?? {}).map(([name, r]) => ({
      const: name,
      title: name,
      description: r.near === null ? `不属于第三十二条所称近亲属${r.basis ? `：${r.basis}` : ''}` : `属于第三十二条所称近亲属（${r.near}）${r.basis ? `：${r.basis}` : ''}`,
    })),
  'handler-relations': (model) => [
    { const: '本人', title: '本人', description: '办案人员本人就是本案受侵害的人' },
    ...VOCABULARIES['relations']!(model),
    { const: '其他关系', title: '其他关系', description: '同学、朋友、债务往来等其他关系，可能影响公正处理的应当回避（须在说明中写明）' },
  ],
  'act-kinds': (model) =>
    Object.entries(model.editorial.acts ?? {}).map(([name, a]) => {
      const items = Object.keys(a.provisions).filter((e) => e.startsWith('art_8__item_'));
      return { const: name, title: name, description: `${a.summary}（${items.map((e) => cite(e, model)).join('、')}）`, 'x-article': items.length === 1 ? items[0]! : items };
    }),
  links: (model) =>
    Object.entries(model.editorial.links ?? {}).map(([name, l]) => ({
      const: name,
      title: name,
      description: l.provision ? `${l.summary}（${cite(l.provision, model)}：“${l.words}”）` : l.summary,
      ...(l.provision ? { 'x-article': l.provision } : {}),
    })),
};

/** A reason a schema cannot be generated, in Chinese, with where it stands. */
export interface GenerationProblem {
  pointer: string;
  message: string;
}

const isObject = (v: unknown): v is JsonSchema => isPlainObject(v);

/** {{members:name}}, {{text:eId}}, {{lead:eId}}, {{cite:eId}} */
const PLACEHOLDER = /\{\{(members|text|lead|cite):([^}]+)\}\}/g;

/**
 * The schema with every annotated part generated from the model; problems name annotations
 * that cannot be satisfied (an unknown provision or list, a property count that differs).
 */
export function generateSchema(schema: JsonSchema, model: PolicyModel, files: readonly SchemaFile[] = []): { schema: JsonSchema; problems: GenerationProblem[] } {
  const problems: GenerationProblem[] = [];

  /** Runs `make`, turning a model look-up that fails into a problem at `pointer`. */
  function attempt<T>(pointer: string, make: () => T): T | undefined {
    try {
      return make();
    } catch (error) {
      problems.push({ pointer, message: (error as Error).message });
      return undefined;
    }
  }

  function provision(pointer: string, eId: unknown): string | undefined {
    if (typeof eId === 'string' && hasProvision(model, eId)) return eId;
    problems.push({ pointer, message: `引用了条文模型中不存在的条款 ${String(eId)}` });
    return undefined;
  }

  function derive(node: JsonSchema, pointer: string): JsonSchema {
    const out: JsonSchema = { ...node };

    const itemsOfArticle = node['x-items-of'];
    if (itemsOfArticle !== undefined) {
      const article = provision(pointer, itemsOfArticle);
      const items = article ? attempt(pointer, () => itemsOf(model, article)) : undefined;
      if (items) out.oneOf = items.map((i) => ({ const: i.eId, title: cite(i.eId, model), description: i.text, 'x-article': i.eId }));
    }

    const membersOf = node['x-members-of'];
    if (membersOf !== undefined) {
      const spec = typeof membersOf === 'string' ? { name: membersOf, glosses: {} } : (membersOf as { name: string; glosses?: Record<string, string> });
      const members = attempt(pointer, () => enumeration(model, spec.name));
      const list = model.enumerations[spec.name];
      if (members && list) {
        out.oneOf = members.map((m) => ({ const: m, title: m, description: spec.glosses?.[m] ?? `${cite(list.eId, model)}所列：${m}` }));
      }
    }

    const valuesOf = node['x-values-of'];
    if (valuesOf !== undefined) {
      const vocabulary = VOCABULARIES[String(valuesOf)];
      if (vocabulary) out.oneOf = vocabulary(model);
      else problems.push({ pointer, message: `没有名为“${String(valuesOf)}”的取值表（x-values-of）` });
    }

    const textOf = node['x-text-of'];
    if (textOf !== undefined) {
      const eId = provision(pointer, textOf);
      if (eId) out.description = provisionText(model, eId);
    }

    const template = node['x-description'];
    if (typeof template === 'string') {
      out.description = template.replace(PLACEHOLDER, (whole, kind: string, name: string) => {
        const value = attempt(pointer, () => {
          if (kind === 'members') return enumeration(model, name).join('、');
          if (kind === 'cite') return cite(provision(pointer, name) ?? name, model);
          return kind === 'lead' ? leadIn(model, name) : provisionText(model, name);
        });
        return value ?? whole;
      });
    }

    const parameters = node['x-parameter'];
    if (isObject(parameters)) {
      for (const [keyword, name] of Object.entries(parameters)) {
        const found = attempt(pointer, () => parameter(model, String(name)));
        if (found) out[keyword] = found.value;
      }
    }

    const propertiesOf = node['x-properties-of'];
    if (propertiesOf !== undefined && isObject(node.properties)) {
      const article = provision(pointer, propertiesOf);
      const items = article ? (attempt(pointer, () => itemsOf(model, article)) ?? []) : [];
      const names = Object.keys(node.properties);
      if (article && names.length !== items.length) {
        problems.push({
          pointer,
          message: `${cite(article, model)}有 ${items.length} 项，而此处有 ${names.length} 个字段（${names.join('、')}）：须逐项对应，请手工增删字段后再运行 --write`,
        });
      }
      out.properties = Object.fromEntries(
        names.map((name, i) => {
          const item = items[i];
          const property = node.properties as Record<string, JsonSchema>;
          return [name, item ? { ...property[name], description: item.text, 'x-article': item.eId } : property[name]];
        }),
      );
    }

    // Children after the node itself: a generated oneOf is already complete and has no annotations.
    for (const [key, value] of Object.entries(out)) {
      if (key === 'oneOf' && (itemsOfArticle !== undefined || membersOf !== undefined || valuesOf !== undefined)) continue;
      out[key] = walk(value, `${pointer}/${escapeSegment(key)}`);
    }
    return out;
  }

  function walk(value: unknown, pointer: string): unknown {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, `${pointer}/${i}`));
    return isObject(value) ? derive(value, pointer) : value;
  }

  // Then what an editor shows, from the schema as generated (editor-hints.ts).
  return { schema: addEditorHints(derive(schema, ''), model, files), problems };
}

/** Every "x-article" that names a provision the model lacks. */
export function unknownProvisions(schema: unknown, model: PolicyModel, pointer = ''): GenerationProblem[] {
  if (Array.isArray(schema)) return schema.flatMap((v, i) => unknownProvisions(v, model, `${pointer}/${i}`));
  if (!isObject(schema)) return [];
  const own = schema['x-article'];
  const cited = typeof own === 'string' ? [own] : Array.isArray(own) ? own : [];
  const problems = cited
    .filter((eId) => typeof eId !== 'string' || !hasProvision(model, eId))
    .map((eId) => ({ pointer, message: `引用了条文模型中不存在的条款 ${String(eId)}` }));
  for (const [key, value] of Object.entries(schema)) problems.push(...unknownProvisions(value, model, `${pointer}/${escapeSegment(key)}`));
  return problems;
}
