/**
 * What names the schemas and what a schema file is, apart from reading them from disk
 * (schema-files.ts): the validator's core runs in the browser too (the handbook's case
 * workbench), where the schemas come bundled.
 */
const SCHEMA_BASE = 'https://nm-police-authority-measures.example/schemas/';
export const CASE_SCHEMA_ID = `${SCHEMA_BASE}case.schema.json`;
export const UNIT_SCHEMA_ID = `${SCHEMA_BASE}unit.schema.json`;

/** A JSON Schema object (draft 2020-12) as read from disk. */
export type JsonSchema = { [keyword: string]: unknown };

export interface SchemaFile {
  /** Path relative to the repository, with forward slashes: "schemas/parts/officer.schema.json". */
  file: string;
  id: string;
  schema: JsonSchema;
  source: string;
}
