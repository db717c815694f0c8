/**
 * The TypeScript types of a case file and a unit set-up file, generated from the schemas by
 * json-schema-to-typescript, so the code that reads a validated case (the forms) cannot drift
 * from what the schema accepts. Written to scripts/lib/case/schema-types.ts by
 * `npm run build:validate -- --write`; the build fails while that file is out of date.
 *
 * The schemas' Chinese titles would become type names json-schema-to-typescript cannot spell
 * (NoName1, NoName2 …): titles are left out, a schema file's own type is named after its file
 * (officer.schema.json → Officer), and descriptions stay as the types' comments.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type Options } from 'json-schema-to-typescript';
import { ROOT_DIR } from '../root.ts';
import { withoutEditorHints } from './editor-hints.ts';
import { isPlainObject } from '../validate/pointer.ts';
import { CASE_SCHEMA_ID, SCHEMA_DIR, UNIT_SCHEMA_ID, type JsonSchema, type SchemaFile } from '../validate/schema-files.ts';

export const CASE_TYPES_FILE = path.join(ROOT_DIR, 'scripts/lib/case/schema-types.ts');

/** What a type needs of a schema: no titles (see above), no annotations, no words for each const. */
function forTypes(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forTypes);
  if (!isPlainObject(node)) return node;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title' || key === '$comment' || key.startsWith('x-')) continue;
    // A documented const ("夫", "丈夫") needs no comment of its own inside its union; a $ref
    // with words of its own would become a second copy of the type it names (NearRelative1).
    if (key === 'description' && ('const' in node || '$ref' in node)) continue;
    out[key] = forTypes(value);
  }
  return out;
}

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());

export async function caseTypesSource(files: readonly SchemaFile[]): Promise<string> {
  const byUrl = new Map(files.map((f) => [f.id, forTypes(withoutEditorHints(f.schema)) as JsonSchema]));
  const options: Partial<Options> = {
    bannerComment: '',
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unknownAny: true,
    format: true,
    cwd: SCHEMA_DIR,
    customName: (schema) => (typeof schema.$id === 'string' ? pascal(path.basename(schema.$id, '.schema.json')) : undefined),
    $refOptions: {
      resolve: {
        http: false,
        // Every $ref names a file of schemas/ by its $id or relative path: serve the prepared copy.
        file: {
          order: 1,
          canRead: true,
          read: (file: { url: string }) => {
            const id = Array.from(byUrl.keys()).find((u) => u.endsWith(`/${path.relative(SCHEMA_DIR, toPath(file.url)).split(path.sep).join('/')}`));
            if (!id) throw new Error(`架构引用无法解析：${file.url}`);
            return JSON.stringify(byUrl.get(id));
          },
        },
      },
    },
  };
  const schemaOf = (id: string) => byUrl.get(id) ?? {};
  const caseTypes = await compile(schemaOf(CASE_SCHEMA_ID) as never, 'Case', options);
  const unitTypes = await compile(schemaOf(UNIT_SCHEMA_ID) as never, 'Unit', options);
  return [
    '// Generated from schemas/ by scripts/lib/validate/case-types.ts (npm run build:validate -- --write) — do not edit.',
    '/* eslint-disable */',
    caseTypes.trim(),
    '',
    unitTypes.trim(),
    '',
  ].join('\n');
}

const toPath = (url: string) => (url.startsWith('file:') ? fileURLToPath(url) : url);
