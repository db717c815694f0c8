// The modules the build makes for the workbench's bundle (scripts/lib/site/workbench.ts).
declare module 'wq:data' {
  import type { PolicyModel } from '../../../scripts/lib/policy/model.ts';
  import type { SchemaFile } from '../../../scripts/lib/validate/schema-ids.ts';
  import type { FormDef } from '../../../scripts/lib/documents/registry.ts';
  import type { FormSpec } from './spec.ts';
  export const model: PolicyModel;
  export const schemaFiles: SchemaFile[];
  export const spec: FormSpec;
  export const formDefs: FormDef[];
}

declare module 'wq:validators' {
  import type { ValidateFunction } from 'ajv';
  export const SCHEMA_HASH: string;
  export const caseValidator: ValidateFunction;
  export const unitValidator: ValidateFunction;
}

declare module 'wq:templates' {
  /** Precompiled Handlebars template specs (Handlebars.template turns each into a function). */
  export const document: object;
  export const partials: Record<string, object>;
}
