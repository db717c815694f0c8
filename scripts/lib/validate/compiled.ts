/**
 * The validators for the schemas on disk. `npm run build` writes them as standalone code to
 * dist/validate/validators.mjs with the hash of the schemas it came from (see standalone.ts);
 * that code is used only while the hash still matches, otherwise the schemas are compiled in
 * memory, so an edited schema never validates with stale code. Ajv itself is imported only
 * in that second case: importing it and compiling costs ≈ 1 s here, the standalone code ≈ 40 ms.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT_DIR } from '../root.ts';
import type { Validators } from './ajv.ts';
import { readSchemaFiles, schemaHash, type SchemaFile } from './schema-files.ts';

export const STANDALONE_PATH = path.join(ROOT_DIR, 'dist/validate/validators.mjs');

export interface LoadedValidators {
  validators: Validators;
  files: SchemaFile[];
  /** "standalone" when the pre-generated code was fresh, "compiled" otherwise. */
  origin: 'standalone' | 'compiled';
}

/** The validators for the schemas on disk, from dist/ when fresh. */
export async function loadValidators(file = STANDALONE_PATH): Promise<LoadedValidators> {
  const files = readSchemaFiles();
  const compiled = await import(pathToFileURL(file).href).catch(() => undefined);
  if (compiled && compiled.SCHEMA_HASH === schemaHash(files)) {
    return { files, origin: 'standalone', validators: { case: compiled.caseValidator, unit: compiled.unitValidator } };
  }
  const { compileValidators } = await import('./ajv.ts');
  return { files, origin: 'compiled', validators: compileValidators(files).validators };
}
