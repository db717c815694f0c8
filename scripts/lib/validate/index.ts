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
  kindOf,
  type DocumentKind,
  type FileResult,
  type ValidationResult,
  type Validator,
  type ValidatorOptions,
} from './validator.ts';
export type { Described, Describe } from './describe.ts';
export { issuesWith, type Code, type Issue, type IssueArgs, type LocatedIssue, type RuleIssue } from './issues.ts';
export { readSchemaFiles, CASE_SCHEMA_ID, UNIT_SCHEMA_ID, type SchemaFile, type JsonSchema } from './schema-files.ts';
// Ajv, the schema generator and the standalone code are heavy: import ajv.ts, generate.ts and
// standalone.ts directly where they are needed (build, tests).
