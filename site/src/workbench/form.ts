// The case form drawn from the form spec: the case's parts as sections, objects as groups of
// fields, lists as entries that are added and removed (each folded under a line that says what it
// is), entries of several shapes chosen when added. A field applies when the schema's conditions
// say so or when it holds a value; the others wait, folded, under “其他可填写的项目”.
import { fieldsOf, holds, isObject, nextId, pointerOf, setValue, valueAt, type Json, type JsonObject, type Path } from './doc.ts';
import { h } from './dom.ts';
import { controlId, leafField, type FormHost, type Leaf } from './fields.ts';
import type { FieldSpec, FormSpec } from './spec.ts';
import { basisOf } from './provisions.ts';

type ObjectSpec = Extract<FieldSpec, { kind: 'object' }>;
type ListSpec = Extract<FieldSpec, { kind: 'list' }>;

const isRequired = (f: FieldSpec, object: Json | undefined) => f.required === true || (f.requiredWhen !== undefined && holds(f.requiredWhen, object));
const applies = (f: FieldSpec, object: Json | undefined) => f.showWhen === undefined || holds(f.showWhen, object) || (isObject(object) && object[f.key] !== undefined);

/** A new entry of a list: the generated identifier an entry of people or acts has, nothing else. */
function newEntry(item: FieldSpec, list: Json[]): Json {
  if (item.kind === 'text') return '';
  const entry: JsonObject = {};
  for (const f of item.kind === 'object' ? item.fields : []) {
    if (f.kind === 'id') entry[f.key] = nextId(f.prefix, list.map((e) => (isObject(e) ? e[f.key] : undefined)));
  }
  return entry;
}

/** What an entry is, in a few words, for the line it folds under: its identifier, name, kind, date. */
function entrySummary(fields: readonly FieldSpec[] | undefined, value: Json | undefined): string {
  if (!isObject(value) || !fields) return typeof value === 'string' ? value : '';
  const parts: string[] = [];
  const pick = (pred: (f: FieldSpec) => boolean) => {
    const f = fields.find((x) => pred(x) && typeof value[x.key] === 'string' && value[x.key] !== '');
    if (f) parts.push(String(value[f.key]));
  };
  pick((f) => f.kind === 'id');
  pick((f) => f.key === 'name');
  pick((f) => f.kind === 'choice');
  pick((f) => f.kind === 'date');
  return parts.join(' ');
}

function removeButton(text: string, path: Path, host: FormHost, focusAfter: string): HTMLButtonElement {
  return h('button', { type: 'button', class: 'wb-button wb-remove', onclick: () => (setValue(host.doc, path, undefined), host.restructured(focusAfter)) }, text);
}

/** The fields of an object in order, those that apply shown and the others folded. */
function objectBody(fields: readonly FieldSpec[], path: Path, host: FormHost, depth: number): HTMLElement[] {
  const object = path.length === 0 ? host.doc : valueAt(host.doc, path);
  const shown: HTMLElement[] = [];
  const folded: HTMLElement[] = [];
  for (const f of fields) {
    if (f.kind === 'const' || f.kind === 'keep') continue;
    const el = fieldOf(f, [...path, f.key], host, isRequired(f, object), depth);
    (applies(f, object) ? shown : folded).push(el);
  }
  if (folded.length > 0) {
    shown.push(h('details', { class: 'wb-more' }, h('summary', {}, `其他可填写的项目（${folded.length}）`), h('p', { class: 'wb-hint' }, '这些项目在本案目前的情况下不是必需的；需要时可以填写。'), ...folded));
  }
  return shown;
}

/** An object: its fields in a group; an optional one absent is a button that adds it. */
function objectField(spec: ObjectSpec, path: Path, host: FormHost, required: boolean, depth: number): HTMLElement {
  const present = valueAt(host.doc, path) !== undefined;
  const id = controlId(path);
  const heading = depth === 0 ? h('h2', { id: `${id}-h` }, spec.title) : h('legend', { class: 'wb-group-title' }, spec.title);
  const intro = spec.hint || spec.articles ? h('p', { class: 'wb-hint', id: `${id}-hint` }, spec.hint ?? '', ' ', basisOf(spec.articles)) : null;
  const tag = depth === 0 ? 'section' : 'fieldset';
  if (!present && !required) {
    const add = h('button', { type: 'button', class: 'wb-button wb-add', id, onclick: () => (setValue(host.doc, path, {}), host.restructured(id)) }, `添加“${spec.title}”`);
    return h(tag, { class: `wb-group wb-absent`, 'data-field': pointerOf(path) }, heading, intro, add);
  }
  const remove = required ? null : removeButton(`删除“${spec.title}”`, path, host, id);
  return h(tag, { class: 'wb-group', 'data-field': pointerOf(path), id }, heading, intro, ...objectBody(spec.fields, path, host, depth + 1), remove);
}

/** A list: its entries, each folded under what it is, removable, and a button to add one. */
function listField(spec: ListSpec, path: Path, host: FormHost, required: boolean, depth: number): HTMLElement {
  const raw = valueAt(host.doc, path);
  const list = Array.isArray(raw) ? raw : [];
  const id = controlId(path);
  const addId = `${id}~add`;
  const item = spec.item;
  const itemTitle = item.title || spec.title;
  const entries = list.map((value, i) => {
    const at = [...path, i];
    const pointer = pointerOf(at);
    if (item.kind !== 'object' && item.kind !== 'variants') {
      // A list of words (移送材料): a field and its remove button.
      const field = leafField(item as Leaf, at, host, true, true);
      return h('div', { class: 'wb-word', 'data-entry': pointer }, field, removeButton(`删除第 ${i + 1} 项`, at, host, addId));
    }
    const fields = fieldsOf(item, value);
    const title = item.kind === 'variants' ? (item.variants.find((v) => v.fields === fields)?.title ?? itemTitle) : itemTitle;
    const summary = entrySummary(fields, value);
    const details = h(
      'details',
      { class: 'wb-entry', 'data-entry': pointer, 'data-field': pointer, open: host.open.has(pointer) },
      h('summary', { id: controlId(at) }, h('span', { class: 'wb-entry-title' }, `${title} ${i + 1}`), summary ? h('span', { class: 'wb-entry-summary' }, summary) : null),
      ...(fields ? objectBody(fields, at, host, depth + 1) : [h('p', { class: 'wb-hint' }, '这一项的形式无法识别，请删除后重新添加。')]),
      removeButton(`删除${title} ${i + 1}`, at, host, addId),
    );
    details.addEventListener('toggle', () => (details.open ? host.open.add(pointer) : host.open.delete(pointer)));
    return details;
  });
  const add = (value: Json) => {
    const current = valueAt(host.doc, path);
    const at = [...path, Array.isArray(current) ? current.length : 0];
    setValue(host.doc, at, value);
    host.open.add(pointerOf(at));
    // The new entry's first field to fill (for a person, the name: the identifier is made).
    host.restructured(item.kind === 'text' ? controlId(at) : firstFieldId(item, value, at));
  };
  const adder =
    item.kind === 'variants'
      ? variantAdder(item, addId, (v) => add({ [item.discriminator]: v as Json }))
      : h('button', { type: 'button', class: 'wb-button wb-add', id: addId, onclick: () => add(newEntry(item, list)) }, `添加${itemTitle}`);
  const heading = depth === 0 ? h('h2', { id: `${id}-h` }, spec.title, required ? h('span', { class: 'wb-req' }, '必填') : null) : h('legend', { class: 'wb-group-title' }, spec.title, required ? h('span', { class: 'wb-req' }, '必填') : null);
  const intro = spec.hint || spec.articles ? h('p', { class: 'wb-hint', id: `${id}-hint` }, spec.hint ?? '', ' ', basisOf(spec.articles)) : null;
  const empty = list.length === 0 ? h('p', { class: 'wb-empty' }, raw === undefined ? '还没有填写。' : '（空）') : null;
  return h(depth === 0 ? 'section' : 'fieldset', { class: 'wb-group wb-list', 'data-field': pointerOf(path), id }, heading, intro, empty, ...entries, adder);
}

/** For entries of several shapes (免责主张): which one, then add. */
function variantAdder(item: Extract<FieldSpec, { kind: 'variants' }>, id: string, add: (value: unknown) => void): HTMLElement {
  const selectId = `${id}-which`;
  const select = h('select', { id: selectId, class: 'wb-select' }, ...item.variants.map((v, i) => h('option', { value: String(i) }, v.title)));
  return h('div', { class: 'wb-variant-add' }, h('label', { for: selectId }, `添加${item.title}：`), select, h('button', { type: 'button', class: 'wb-button wb-add', id, onclick: () => add(item.variants[Number(select.value)]!.value) }, '添加'));
}

function firstFieldId(item: FieldSpec, value: Json | undefined, at: Path): string {
  const fields = fieldsOf(item, value) ?? [];
  const first = fields.find((f) => f.kind !== 'const' && f.kind !== 'keep' && f.kind !== 'id');
  return first ? controlId([...at, first.key]) : controlId(at);
}

function fieldOf(f: FieldSpec, path: Path, host: FormHost, required: boolean, depth: number): HTMLElement {
  if (f.kind === 'object') return objectField(f, path, host, required, depth);
  if (f.kind === 'list') return listField(f, path, host, required, depth);
  if (f.kind === 'variants' || f.kind === 'const' || f.kind === 'keep') throw new Error(`字段 ${pointerOf(path)} 不能单独显示`);
  return leafField(f, path, host, required);
}

/** The whole form: the case's parts in the schema's order; its first fields (number, unit) together. */
export function renderForm(spec: FormSpec, host: FormHost): HTMLElement {
  const parts: HTMLElement[] = [];
  const loose: HTMLElement[] = [];
  const flush = () => {
    if (loose.length) parts.push(h('section', { class: 'wb-group', 'data-field': '' }, h('h2', {}, '案件'), ...loose.splice(0)));
  };
  for (const f of spec.root.fields) {
    if (f.kind === 'const' || f.kind === 'keep') continue;
    if (!applies(f, host.doc)) continue;
    const required = isRequired(f, host.doc);
    if (f.kind === 'object' || f.kind === 'list') {
      flush();
      parts.push(fieldOf(f, [f.key], host, required, 0));
    } else loose.push(leafField(f as Leaf, [f.key], host, required));
  }
  flush();
  return h('div', { class: 'wb-form' }, ...parts);
}
