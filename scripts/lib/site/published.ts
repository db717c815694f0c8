/**
 * Reads what the other faces publish for the handbook (dist/published/*.json): the
 * validator's rules and case-schema fields, the forms renderer's forms. The handbook
 * never imports those faces; it reads only these files. A missing file is normal
 * (that face has not been built yet) and the pages say so; a file of the wrong shape
 * is reported with its path and the offending field, and its data is not used.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type JSONSchemaType } from 'ajv';
import type { PublishedState } from './types.ts';

export interface PublishedRule {
  code: string;
  severity: 'error' | 'finding';
  articles: string[];
  title: string;
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
}

export interface Published {
  rules: PublishedRule[];
  fields: PublishedField[];
  schemaPath?: string;
  forms: PublishedForm[];
  state: { rules: PublishedState; fields: PublishedState; forms: PublishedState };
}

const eIds = { type: 'array', items: { type: 'string' } } as const;

const rulesSchema: JSONSchemaType<{ rules: PublishedRule[] }> = {
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
};

const fieldsSchema: JSONSchemaType<{ schema?: string; fields: PublishedField[] }> = {
  type: 'object',
  required: ['fields'],
  properties: {
    schema: { type: 'string', nullable: true },
    fields: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'pointer', 'title', 'description', 'articles'],
        properties: {
          path: { type: 'string', minLength: 1 },
          pointer: { type: 'string' },
          title: { type: 'string' },
          description: { type: 'string' },
          articles: eIds,
        },
      },
    },
  },
};

const formsSchema: JSONSchemaType<{ forms: PublishedForm[] }> = {
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
        },
      },
    },
  },
};

// ajv-i18n is CommonJS with a default-export typing that NodeNext misreads: require it.
const localizeZh = createRequire(import.meta.url)('ajv-i18n/localize/zh') as (errors: ErrorObject[]) => void;

// Extra properties are allowed: the publishing faces may add fields the handbook ignores.
const ajv = new Ajv({ allErrors: true, strict: true });
const validators = {
  rules: ajv.compile(rulesSchema),
  fields: ajv.compile(fieldsSchema),
  forms: ajv.compile(formsSchema),
};

export const PUBLISHED_FILES = {
  rules: 'published/rules.json',
  fields: 'published/schema-fields.json',
  forms: 'published/forms.json',
} as const;

type Loaded<T> = { state: PublishedState; data?: T };

async function readPublishedFile<T>(distDir: string, key: keyof typeof PUBLISHED_FILES): Promise<Loaded<T>> {
  const rel = PUBLISHED_FILES[key];
  const file = path.join('dist', rel);
  let text: string;
  try {
    text = await readFile(path.join(distDir, rel), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: { state: 'missing', file } };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { state: { state: 'invalid', file, errors: [`${file}：不是有效的 JSON（${(error as Error).message}）`] } };
  }
  const validate = validators[key];
  if (!validate(json)) {
    const errors = (validate.errors ?? []) as ErrorObject[];
    localizeZh(errors);
    return {
      state: { state: 'invalid', file, errors: errors.map((e) => `${file}：${e.instancePath || '/'} ${e.message ?? ''}`) },
    };
  }
  const count = Object.values(json as Record<string, unknown>).find(Array.isArray)?.length ?? 0;
  return { state: { state: 'published', file, count }, data: json as T };
}

/** Reads the three published files under distDir (normally dist/). */
export async function readPublished(distDir: string): Promise<Published> {
  const [rules, fields, forms] = await Promise.all([
    readPublishedFile<{ rules: PublishedRule[] }>(distDir, 'rules'),
    readPublishedFile<{ schema?: string; fields: PublishedField[] }>(distDir, 'fields'),
    readPublishedFile<{ forms: PublishedForm[] }>(distDir, 'forms'),
  ]);
  return {
    rules: rules.data?.rules ?? [],
    fields: fields.data?.fields ?? [],
    schemaPath: fields.data?.schema,
    forms: forms.data?.forms ?? [],
    state: { rules: rules.state, fields: fields.state, forms: forms.state },
  };
}
