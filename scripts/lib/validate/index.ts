export {
  createValidator,
  validateCase,
  validateCaseFile,
  kindOf,
  type Diagnostic,
  type DocumentKind,
  type FileResult,
  type ValidationResult,
  type Validator,
  type ValidatorOptions,
} from './validator.ts';
export { formatMessage, citationOf, cite, citeAll, handbookBase, handbookUrl, KNOWN_CODES } from './messages.ts';
export { readSchemaFiles, schemaHash, CASE_SCHEMA_ID, UNIT_SCHEMA_ID, SCHEMA_DIR, type SchemaFile, type JsonSchema } from './schema-files.ts';
export { schemaFields, type SchemaField } from './schema-index.ts';
export { loadValidators, STANDALONE_PATH, type Validators } from './compiled.ts';
export { readJsonDocument, readJsonText, MAX_DEPTH, FORBIDDEN_KEYS } from './read-json.ts';
// Ajv and the standalone generator are heavy: import scripts/lib/validate/ajv.ts and
// standalone.ts directly where they are needed (build, tests).
export { loadPolicyModel as loadModel } from '../policy/load.ts';
