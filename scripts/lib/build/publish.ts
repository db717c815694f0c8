/**
 * What the validator publishes for the handbook (which never imports it): the rules with the
 * provisions they check, the duties with the provisions that impose them, and the schema's
 * fields with the provisions they encode.
 */
import { DUTIES, inGeneral, UNIT_DUTIES, UNTRACKED, type TimingWord } from '../duties/index.ts';
import type { PublishedData } from '../published.ts';
import type { PolicyModel } from '../policy/model.ts';
import { RULES } from '../rules/index.ts';
import { CASE_SCHEMA_ID, UNIT_SCHEMA_ID, type SchemaFile } from '../validate/schema-files.ts';
import { schemaFields } from '../validate/schema-index.ts';

export function publishedRules(): PublishedData['rules'] {
  return {
    rules: RULES.map((r) => ({ code: r.code, severity: r.severity, articles: [...r.articles], title: r.title, tests: [`test/rules/${r.module}.test.ts`] })),
  };
}

export function publishedDuties(model: PolicyModel): PublishedData['duties'] {
  const reading = (word: TimingWord | undefined) => (word ? { timing: model.editorial.timing?.[word]?.reading ?? word } : {});
  return {
    duties: [
      ...DUTIES.map((d) => ({
        code: d.code,
        kind: 'case' as const,
        articles: [...d.articles],
        holder: inGeneral(d.holder),
        title: inGeneral(d.title),
        ...reading(d.timing),
        field: d.field,
        tests: [`test/duties/${d.module}.test.ts`],
      })),
      ...UNIT_DUTIES.map((d) => ({ code: d.code, kind: 'unit' as const, articles: [...d.articles], holder: d.holder, title: d.title, ...reading(d.timing) })),
    ],
    untracked: UNTRACKED.map((u) => ({ articles: [...u.articles], reason: u.reason })),
  };
}

function fieldsOf(files: SchemaFile[], id: string) {
  const file = files.find((f) => f.id === id)!.file;
  return {
    schema: file,
    fields: schemaFields(files, id).map(({ path, pointer, title, description, articles }) => ({ path, pointer, title, description, articles })),
  };
}

/** The case schema's fields (the shape the guide fixes), and the unit schema's alongside. */
export function publishedSchemaFields(files: SchemaFile[]): PublishedData['fields'] {
  return { ...fieldsOf(files, CASE_SCHEMA_ID), unit: fieldsOf(files, UNIT_SCHEMA_ID) };
}
