/**
 * Reads what the other faces publish for the handbook (dist/published/*.json, shapes in
 * scripts/lib/published.ts): the validator's rules, duties and case-schema fields, the forms
 * renderer's forms. The handbook never imports those faces; it reads only these files. A
 * missing file is normal (that face has not been built yet) and the pages say so; a file of
 * the wrong shape is reported with its path and the offending field, and its data is not used.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkPublished, PUBLISHED_FILES, type PublishedData, type PublishedField, type PublishedForm, type PublishedKey, type PublishedRule } from '../published.ts';

type PublishedDuties = PublishedData['duties'];
import type { PublishedState } from './types.ts';

export interface Published {
  rules: PublishedRule[];
  fields: PublishedField[];
  schemaPath?: string;
  forms: PublishedForm[];
  duties: PublishedDuties['duties'];
  /** Provisions that give no trackable duty, with the reason. */
  untracked: PublishedDuties['untracked'];
  state: { rules: PublishedState; fields: PublishedState; forms: PublishedState; duties: PublishedState };
}

type Loaded<T> = { state: PublishedState; data?: T };

async function readPublishedFile<K extends PublishedKey>(distDir: string, key: K): Promise<Loaded<PublishedData[K]>> {
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
  const checked = checkPublished(key, json);
  if (!checked.ok) return { state: { state: 'invalid', file, errors: checked.errors.map((e) => `${file}：${e}`) } };
  const count = Object.values(checked.data as Record<string, unknown>).find(Array.isArray)?.length ?? 0;
  return { state: { state: 'published', file, count }, data: checked.data };
}

/** Reads the four published files under distDir (normally dist/). */
export async function readPublished(distDir: string): Promise<Published> {
  const [rules, fields, forms, duties] = await Promise.all([
    readPublishedFile(distDir, 'rules'),
    readPublishedFile(distDir, 'fields'),
    readPublishedFile(distDir, 'forms'),
    readPublishedFile(distDir, 'duties'),
  ]);
  return {
    rules: rules.data?.rules ?? [],
    fields: fields.data?.fields ?? [],
    schemaPath: fields.data?.schema,
    forms: forms.data?.forms ?? [],
    duties: duties.data?.duties ?? [],
    untracked: duties.data?.untracked ?? [],
    state: { rules: rules.state, fields: fields.state, forms: forms.state, duties: duties.state },
  };
}
