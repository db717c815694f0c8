/**
 * No drift between the schemas and the provision model: every part a schema copies from the
 * Measures is generated from the model (generate.ts), and a checked-in schema must equal what
 * is generated; every "x-article" must name a provision that exists. A change in policy/
 * therefore fails `npm run build:validate` and the schema tests until
 * `npm run build:validate -- --write` has refreshed schemas/. One Chinese sentence per difference.
 */
import type { PolicyModel } from '../policy/model.ts';
import { DERIVING_KEYWORDS } from '../validate/ajv.ts';
import { generateSchema, unknownProvisions } from './generate.ts';
import { escapeSegment, isPlainObject } from '../validate/pointer.ts';
import type { JsonSchema, SchemaFile } from '../validate/schema-files.ts';

/** Differences reported for one annotated part, at most: the first few say what to do. */
const PER_PART = 3;
const WRITE_HINT = '请运行 npm run build:validate -- --write';

const show = (value: unknown) => {
  const text = JSON.stringify(value) ?? '（无）';
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
};

/** The annotation that generates a node, as written ("x-items-of: art_8"), if any. */
function annotationOf(node: unknown): string | undefined {
  if (!isPlainObject(node)) return undefined;
  const found = DERIVING_KEYWORDS.find((k) => node[k] !== undefined);
  return found ? `${found}: ${typeof node[found] === 'string' ? node[found] : JSON.stringify(node[found])}` : undefined;
}

/** Leaf differences between what is generated and what the file holds, under their annotation. */
function differences(expected: unknown, actual: unknown, pointer: string, annotation: string | undefined, out: Map<string, string[]>): void {
  const here = annotationOf(actual) ?? annotation;
  if (isPlainObject(expected) && isPlainObject(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) differences(expected[key], actual[key], `${pointer}/${escapeSegment(key)}`, here, out);
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) differences(expected[i], actual[i], `${pointer}/${i}`, here, out);
    return;
  }
  if (JSON.stringify(expected) === JSON.stringify(actual)) return;
  const what =
    actual === undefined ? `缺少由条文模型生成的 ${show(expected)}` : expected === undefined ? `多出 ${show(actual)}，条文模型中没有` : `应为 ${show(expected)}，实为 ${show(actual)}`;
  const key = here ?? '';
  const list = out.get(key) ?? out.set(key, []).get(key)!;
  list.push(`#${pointer} ${what}`);
}

export function schemaDrift(files: readonly SchemaFile[], model: PolicyModel): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const { schema, problems: unmet } = generateSchema(file.schema, model, files);
    for (const p of [...unmet, ...unknownProvisions(file.schema, model)]) problems.push(`${file.file}#${p.pointer}：${p.message}`);
    const found = new Map<string, string[]>();
    differences(schema, file.schema, '', undefined, found);
    for (const [annotation, list] of found) {
      const more = list.length > PER_PART ? `（另有 ${list.length - PER_PART} 处）` : '';
      const source = annotation ? `（${annotation}）` : '';
      problems.push(`${file.file} 与条文模型不一致${source}：${list.slice(0, PER_PART).join('；')}${more}；${WRITE_HINT}`);
    }
  }
  return problems;
}

/** The schema files as generated from the model, for --write. */
export function generatedFiles(files: readonly SchemaFile[], model: PolicyModel): { file: SchemaFile; schema: JsonSchema; changed: boolean }[] {
  return files.map((file) => {
    const { schema } = generateSchema(file.schema, model, files);
    return { file, schema, changed: JSON.stringify(schema) !== JSON.stringify(file.schema) };
  });
}
