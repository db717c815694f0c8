/**
 * What the validator and the forms publish for the handbook, in dist/published/: the one
 * definition of those files' shapes. The publishing faces write them through writePublished();
 * the handbook, which never imports those faces, reads and checks them with checkPublished().
 * Extra properties are allowed: a face may publish more than the handbook reads.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorObject, JSONSchemaType } from 'ajv';
import localize from 'ajv-i18n/localize/zh/index.js';
import writeFileAtomic from 'write-file-atomic';
import { createAjv } from './ajv.ts';

export interface PublishedRule {
  code: string;
  severity: 'error' | 'finding';
  articles: string[];
  title: string;
  /** The test files that check the rule. */
  tests?: string[];
}

export interface PublishedField {
  path: string;
  pointer: string;
  title: string;
  description: string;
  articles: string[];
}

export interface PublishedForm {
  id: string;
  title: string;
  articles: string[];
  description: string;
  usage: string;
  samplePdf?: string;
  samplePng?: string;
  /** The blank form to fill by hand (wq-forms --blank), and its first-page preview. */
  blankPdf?: string;
  blankPng?: string;
}

/** A duty the Measures give: a case's (tracked per case by the validator) or an organ's. */
interface PublishedDuty {
  code: string;
  kind: 'case' | 'unit';
  articles: string[];
  holder: string;
  title: string;
  /** 及时, 限期 …, and how the tool reads it. */
  timing?: string;
  /** The case field that records its discharge (case duties). */
  field?: string;
  tests?: string[];
}

export interface PublishedData {
  rules: { rules: PublishedRule[] };
  /** Every duty, and each provision that gives no trackable duty with the reason. */
  duties: { duties: PublishedDuty[]; untracked: { articles: string[]; reason: string }[] };
  fields: { schema?: string; fields: PublishedField[]; unit?: { schema: string; fields: PublishedField[] } };
  forms: { forms: PublishedForm[] };
}

export type PublishedKey = keyof PublishedData;

/** Each file's place under dist/. */
export const PUBLISHED_FILES: Record<PublishedKey, string> = {
  rules: 'published/rules.json',
  duties: 'published/duties.json',
  fields: 'published/schema-fields.json',
  forms: 'published/forms.json',
};

const eIds = { type: 'array', items: { type: 'string' } } as const;

const fieldSchema: JSONSchemaType<PublishedField> = {
  type: 'object',
  required: ['path', 'pointer', 'title', 'description', 'articles'],
  properties: {
    path: { type: 'string', minLength: 1 },
    pointer: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    articles: eIds,
  },
};

const SCHEMAS: { [K in PublishedKey]: JSONSchemaType<PublishedData[K]> } = {
  rules: {
    type: 'object',
    required: ['rules'],
    properties: {
      rules: {
        type: 'array',
        items: {
          type: 'object',
          required: ['code', 'severity', 'articles', 'title'],
          properties: {
            code: { type: 'string', minLength: 1 },
            severity: { type: 'string', enum: ['error', 'finding'] },
            articles: eIds,
            title: { type: 'string' },
            tests: { type: 'array', items: { type: 'string' }, nullable: true },
          },
        },
      },
    },
  },
  duties: {
    type: 'object',
    required: ['duties', 'untracked'],
    properties: {
      duties: {
        type: 'array',
        items: {
          type: 'object',
          required: ['code', 'kind', 'articles', 'holder', 'title'],
          properties: {
            code: { type: 'string', minLength: 1 },
            kind: { type: 'string', enum: ['case', 'unit'] },
            articles: eIds,
            holder: { type: 'string' },
            title: { type: 'string' },
            timing: { type: 'string', nullable: true },
            field: { type: 'string', nullable: true },
            tests: { type: 'array', items: { type: 'string' }, nullable: true },
          },
        },
      },
      untracked: {
        type: 'array',
        items: { type: 'object', required: ['articles', 'reason'], properties: { articles: eIds, reason: { type: 'string' } } },
      },
    },
  },
  fields: {
    type: 'object',
    required: ['fields'],
    properties: {
      schema: { type: 'string', nullable: true },
      fields: { type: 'array', items: fieldSchema },
      unit: {
        type: 'object',
        nullable: true,
        required: ['schema', 'fields'],
        properties: { schema: { type: 'string' }, fields: { type: 'array', items: fieldSchema } },
      },
    },
  },
  forms: {
    type: 'object',
    required: ['forms'],
    properties: {
      forms: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title', 'articles', 'description', 'usage'],
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' },
            title: { type: 'string' },
            articles: eIds,
            description: { type: 'string' },
            usage: { type: 'string' },
            samplePdf: { type: 'string', nullable: true },
            samplePng: { type: 'string', nullable: true },
            blankPdf: { type: 'string', nullable: true },
            blankPng: { type: 'string', nullable: true },
          },
        },
      },
    },
  },
};

const ajv = createAjv();
const validators = {
  rules: ajv.compile(SCHEMAS.rules),
  duties: ajv.compile(SCHEMAS.duties),
  fields: ajv.compile(SCHEMAS.fields),
  forms: ajv.compile(SCHEMAS.forms),
};

// ajv-i18n is CommonJS: its module is the function, though its typing says `export default`.
const localizeZh = localize as unknown as (errors: ErrorObject[]) => void;

/** The data if it has the file's shape, otherwise one Chinese sentence per problem ("/rules/0/code 应当是 string 类型"). */
export function checkPublished<K extends PublishedKey>(key: K, json: unknown): { ok: true; data: PublishedData[K] } | { ok: false; errors: string[] } {
  const validate = validators[key] as unknown as (data: unknown) => data is PublishedData[K];
  if (validate(json)) return { ok: true, data: json };
  const errors = [...((validators[key].errors ?? []) as ErrorObject[])];
  localizeZh(errors);
  return { ok: false, errors: errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`) };
}

/** Writes one published file under distDir, atomically; returns its path. */
export async function writePublished<K extends PublishedKey>(distDir: string, key: K, data: PublishedData[K]): Promise<string> {
  const file = path.join(distDir, PUBLISHED_FILES[key]);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
