/**
 * The validator as a library: createValidator() checks case and unit files against the schemas
 * and the Measures' rules and returns one typed result per file (see validator.ts); the
 * commands, the forms and the build read that result, and describe an issue in words with the
 * validator's describe().
 */
export {
  createValidator,
  errorsOf,
  findingsOf,
  type FileResult,
  type ValidationResult,
  type Validator,
} from './validator.ts';
export type { Describer } from './describe.ts';
export { issuesWith, type Code, type LocatedIssue } from './issues.ts';
export { readSchemaFiles, type SchemaFile, type JsonSchema } from './schema-files.ts';
// Ajv, the schema generator and the standalone code are heavy: import ajv.ts, generate.ts and
// standalone.ts directly where they are needed (build, tests).
