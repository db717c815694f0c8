/**
 * The list of forms (templates/forms.json) and the names --form accepts, read without the
 * provision model or any builder: the command resolves --form, and lists the forms in its
 * help, before anything heavy loads.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../root.ts';

export interface FormEntry {
  id: string;
  title: string;
  /** Other Chinese names --form accepts (申请登记表, 催办通知 …). */
  aliases?: string[];
  articles: string[];
  layout: 'letter' | 'form';
  orientation: 'portrait' | 'landscape';
  description: string;
  appliesWhen: string;
  /** The title is the model's name of this document (正名通知书). */
  titleFromDocument?: string;
}

const FORMS_FILE = path.join(ROOT_DIR, 'templates/forms.json');

/** The forms as templates/forms.json lists them. */
export function readFormList(): FormEntry[] {
  return (JSON.parse(readFileSync(FORMS_FILE, 'utf8')) as { forms: FormEntry[] }).forms;
}

/** The form a --form value names: its id, its title or one of its Chinese names (《》 and spaces ignored). */
export function resolveForm<F extends Pick<FormEntry, 'id' | 'title' | 'aliases'>>(forms: readonly F[], name: string): F | undefined {
  const wanted = name.trim().replace(/^《|》$/gu, '');
  return forms.find((d) => d.id === wanted || d.title === wanted || (d.aliases ?? []).includes(wanted));
}
