/**
 * The JSON Schemas in schemas/: read once, identified by their absolute $id, hashed so a
 * compiled validator in dist/ is used only while it matches the schemas on disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentHash } from '../content-hash.js';
import { ROOT_DIR } from '../root.ts';
import type { JsonSchema, SchemaFile } from './schema-ids.ts';

export { CASE_SCHEMA_ID, UNIT_SCHEMA_ID, type JsonSchema, type SchemaFile } from './schema-ids.ts';

export const SCHEMA_DIR = path.join(ROOT_DIR, 'schemas');

/** case.schema.json, unit.schema.json and every part in schemas/parts/, sorted by path. */
export function readSchemaFiles(dir = SCHEMA_DIR): SchemaFile[] {
  const names = [
    ...readdirSync(dir).filter((n) => n.endsWith('.schema.json')),
    ...readdirSync(path.join(dir, 'parts'))
      .filter((n) => n.endsWith('.schema.json'))
      .map((n) => `parts/${n}`),
  ].sort();
  return names.map((name) => {
    const source = readFileSync(path.join(dir, name), 'utf8');
    const schema = JSON.parse(source) as JsonSchema;
    if (typeof schema.$id !== 'string') throw new Error(`架构文件 schemas/${name} 缺少 $id`);
    return { file: `schemas/${name}`, id: schema.$id, schema, source };
  });
}

/** Content hash of the schema set (names and bytes). */
export function schemaHash(files: readonly SchemaFile[]): string {
  return contentHash(files.map((f) => ({ name: f.file, bytes: f.source }))).slice(0, 16);
}

