/**
 * The forms' metadata as templates/forms.json gives it (form-list.ts), with the titles the
 * Measures name (正名通知书) taken from the model. Apart from registry.ts, which reads no file, so
 * that the handbook's case workbench can run the builders in the browser with these definitions
 * built in.
 */
import type { PolicyModel } from '../policy/model.ts';
import { documentOf } from '../policy/query.ts';
import { readFormList } from './form-list.ts';
import type { FormDef } from './registry.ts';

/** The forms, with titles that the Measures name (正名通知书) taken from the model. */
export function loadFormDefs(model: PolicyModel): FormDef[] {
  return readFormList().map(({ titleFromDocument, aliases, ...def }) => ({
    ...def,
    ...(titleFromDocument ? { title: documentOf(model, titleFromDocument).title } : {}),
    aliases: aliases ?? [],
  }));
}
