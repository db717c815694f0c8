// The form's controls, one kind of field each: text, date, time, number, yes/no, a choice (radio
// buttons for a few, a list for many), several choices, a reference to a person or act already
// entered, a position in another list, and an entry's own identifier. Each has the schema's title,
// description and provisions, its errors beside it (report.ts fills them) and writes its value
// into the case as it changes.
import type { Choice, FieldSpec, RefTarget } from './spec.ts';
import { isObject, pointerOf, setValue, valueAt, type Json, type JsonObject, type Path } from './doc.ts';
import { h } from './dom.ts';
import { basisOf, quotedBasis } from './provisions.ts';

export interface FormHost {
  doc: JsonObject;
  /** Pointers of the list entries shown open. */
  open: Set<string>;
  /** A value typed into a field: the page checks the case again; the form stays as it is. */
  typed(path: Path): void;
  /** A choice made, a part added or removed: the page checks the case and draws the form again. */
  restructured(focus?: string): void;
  /** An entry's identifier changed from one to another: references to it follow. */
  renamed(target: RefTarget | 'act', from: string, to: string): void;
}

type Leaf = Exclude<FieldSpec, { kind: 'object' | 'list' | 'variants' | 'const' | 'keep' }>;

/** The id of a field's control: its JSON pointer, so an issue's path finds it. */
export const controlId = (path: Path) => `wb-f${pointerOf(path)}`;

/** Radio buttons up to this many choices, a drop-down list beyond. */
const RADIO_LIMIT = 6;

function label(spec: FieldSpec, required: boolean, forId?: string): HTMLElement {
  const words = [spec.title, required ? h('span', { class: 'wb-req' }, '必填') : null];
  return forId ? h('label', { class: 'wb-label', for: forId }, ...words) : h('legend', { class: 'wb-label' }, ...words);
}

function hint(spec: FieldSpec, id: string): HTMLElement | null {
  const basis = basisOf(spec.articles);
  if (!spec.hint && !basis) return null;
  return h('div', { class: 'wb-hint', id: `${id}-hint` }, spec.hint ?? '', basis ? ' ' : '', basis);
}

/** The wrapper every field has: report.ts finds it by the field's pointer and puts errors in it. */
function wrapper(tag: 'div' | 'fieldset', path: Path, ...children: (Node | null)[]): HTMLElement {
  return h(tag, { class: 'wb-field', 'data-field': pointerOf(path) }, ...children);
}

const describedBy = (spec: FieldSpec, id: string) => (spec.hint || spec.articles ? `${id}-hint` : null);

function textControl(spec: Extract<Leaf, { kind: 'text' | 'number' | 'date' | 'time' | 'id' }>, path: Path, value: Json | undefined, host: FormHost, required: boolean, inList: boolean): HTMLElement {
  const id = controlId(path);
  const shown = value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // A date or time the file holds that the browser's date input cannot show (2026-02-30) is shown as text, to be corrected.
  const typeOf = (): string => {
    if (spec.kind === 'date') return shown === '' || /^\d{4}-\d{2}-\d{2}$/.test(shown) && !Number.isNaN(Date.parse(`${shown}T00:00:00Z`)) && new Date(`${shown}T00:00:00Z`).toISOString().startsWith(shown) ? 'date' : 'text';
    if (spec.kind === 'time') return shown === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(shown) ? 'time' : 'text';
    return 'text';
  };
  const write = (raw: string) => {
    let v: Json | undefined = raw;
    if (raw === '') v = inList ? '' : undefined;
    else if (spec.kind === 'number') v = /^-?\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw.trim()) : raw;
    setValue(host.doc, path, v);
  };
  const attrs = {
    id,
    type: typeOf(),
    value: shown,
    class: `wb-input wb-${spec.kind}`,
    'aria-describedby': describedBy(spec, id),
    ...(spec.kind === 'text' ? { maxlength: spec.maxLength } : {}),
    ...(spec.kind === 'number' ? { inputmode: 'decimal' } : {}),
    ...(spec.kind === 'time' ? { step: 60 } : {}),
    ...(spec.kind === 'id' ? { autocomplete: 'off', spellcheck: 'false', 'data-id-of': spec.prefix } : {}),
  };
  let control: HTMLInputElement | HTMLTextAreaElement;
  if (spec.kind === 'text' && spec.multiline) {
    control = h('textarea', { ...attrs, type: null, rows: 3 });
    control.value = shown;
  } else control = h('input', attrs);
  control.addEventListener('input', () => {
    if (spec.kind === 'id') return; // written when the change is complete, with the references to it
    write(control.value);
    host.typed(path);
  });
  // A person's name or an act's kind and date label the choices that refer to them: drawn again once typed.
  if (spec.kind !== 'id' && (path[0] === 'people' || path[0] === 'acts')) control.addEventListener('change', () => host.restructured());
  if (spec.kind === 'id') {
    control.addEventListener('change', () => {
      const from = typeof value === 'string' ? value : '';
      const to = control.value.trim();
      write(to);
      if (from && to && from !== to) host.renamed(spec.prefix === 'a' ? 'act' : 'person', from, to);
      host.restructured(id);
    });
  }
  return wrapper('div', path, label(spec, required, id), hint(spec, id), control);
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A choice: radio buttons for a few, a drop-down list for many; a value the file has that is not a choice stays, marked. */
function choiceControl(spec: FieldSpec, choices: readonly Choice[], path: Path, value: Json | undefined, host: FormHost, required: boolean, optional: boolean): HTMLElement {
  const id = controlId(path);
  const known = value === undefined || choices.some((c) => sameValue(c.value, value));
  const all: Choice[] = known ? [...choices] : [...choices, { value: value as Json, label: `${JSON.stringify(value)}（文件中的值，不在可选范围内）` }];
  const choose = (choice: Choice | undefined) => {
    setValue(host.doc, path, choice === undefined ? undefined : (choice.value as Json));
    host.restructured(id);
  };
  if (all.length <= RADIO_LIMIT) {
    const options = all.map((c, i) => {
      const optionId = i === 0 ? id : `${id}~${i}`;
      const input = h('input', { type: 'radio', class: 'wb-radio', id: optionId, name: id, value: String(i), checked: value !== undefined && sameValue(c.value, value), 'aria-describedby': c.hint ? `${optionId}-hint` : null });
      input.addEventListener('change', () => input.checked && choose(c));
      return h('div', { class: 'wb-option' }, input, h('label', { for: optionId }, c.label), c.hint || c.articles ? h('div', { class: 'wb-option-hint', id: `${optionId}-hint` }, c.hint ?? '', ' ', quotedBasis(c.articles)) : null);
    });
    if (optional && value !== undefined) {
      const clearId = `${id}~none`;
      const none = h('input', { type: 'radio', class: 'wb-radio', id: clearId, name: id, value: '' });
      none.addEventListener('change', () => none.checked && choose(undefined));
      options.push(h('div', { class: 'wb-option' }, none, h('label', { for: clearId }, '不填')));
    }
    return wrapper('fieldset', path, label(spec, required), hint(spec, id), h('div', { class: all.length <= 2 ? 'wb-options wb-inline' : 'wb-options' }, ...options));
  }
  const select = h(
    'select',
    { id, class: 'wb-select', 'aria-describedby': describedBy(spec, id) },
    h('option', { value: '' }, value === undefined ? '请选择' : optional ? '（不填）' : '请选择'),
    ...all.map((c, i) => h('option', { value: String(i), selected: value !== undefined && sameValue(c.value, value) }, c.label)),
  );
  select.addEventListener('change', () => choose(select.value === '' ? undefined : all[Number(select.value)]));
  const chosen = all.find((c) => value !== undefined && sameValue(c.value, value));
  const note = chosen && (chosen.hint || chosen.articles) ? h('div', { class: 'wb-choice-note' }, chosen.hint ?? '', ' ', quotedBasis(chosen.articles)) : null;
  return wrapper('div', path, label(spec, required, id), hint(spec, id), select, note);
}

function booleanChoices(): Choice[] {
  return [
    { value: true, label: '是' },
    { value: false, label: '否' },
  ];
}

function multiControl(spec: Extract<Leaf, { kind: 'multi' }>, path: Path, value: Json | undefined, host: FormHost, required: boolean): HTMLElement {
  const id = controlId(path);
  const current = Array.isArray(value) ? value : [];
  const boxes = spec.choices.map((c, i) => h('input', { type: 'checkbox', class: 'wb-check', id: i === 0 ? id : `${id}~${i}`, value: String(i), checked: current.some((v) => sameValue(v, c.value)) }));
  const unknown = current.filter((v) => !spec.choices.some((ch) => sameValue(ch.value, v)));
  for (const box of boxes) {
    box.addEventListener('change', () => {
      // Kept in the schema's order, whatever order they are ticked in; values the list does not know stay.
      const ticked = spec.choices.filter((_, k) => boxes[k]!.checked).map((ch) => ch.value as Json);
      setValue(host.doc, path, [...ticked, ...unknown]);
      host.restructured(box.id);
    });
  }
  const options = spec.choices.map((c, i) => h('div', { class: 'wb-option' }, boxes[i]!, h('label', { for: boxes[i]!.id }, c.label), c.hint || c.articles ? h('div', { class: 'wb-option-hint' }, c.hint ?? '', ' ', quotedBasis(c.articles)) : null));
  return wrapper('fieldset', path, label(spec, required), hint(spec, id), h('div', { class: 'wb-options' }, ...options));
}

/** Who (or what) can be named here: the people or acts already entered. */
function referable(doc: JsonObject, to: RefTarget): Choice[] {
  if (to === 'act') {
    const acts = Array.isArray(doc.acts) ? doc.acts : [];
    return acts.filter(isObject).filter((a) => typeof a.id === 'string').map((a) => ({ value: a.id as string, label: [a.id, a.kind, a.date].filter((v) => typeof v === 'string' && v).join(' ') }));
  }
  const people = Array.isArray(doc.people) ? doc.people : [];
  return people
    .filter(isObject)
    .filter((p) => typeof p.id === 'string' && (to === 'person' || p.category !== '亲属'))
    .map((p) => ({ value: p.id as string, label: `${String(p.id)} ${typeof p.name === 'string' ? p.name : '（未填姓名）'}${typeof p.category === 'string' ? `（${p.category}）` : ''}` }));
}

/** A position in another list (a correction's sanction), chosen from that list's entries. */
function indexChoices(doc: JsonObject, list: string): Choice[] {
  const entries = Array.isArray(doc[list]) ? (doc[list] as Json[]) : [];
  return entries.map((e, i) => {
    const o = isObject(e) ? e : {};
    const words = [o.measure, o.person, o.date, o.id].filter((v) => typeof v === 'string' && v).join(' ');
    return { value: i, label: `第 ${i + 1} 项${words ? `：${words}` : ''}` };
  });
}

/** One leaf field of an object, drawn with the value it has. */
export function leafField(spec: Leaf, path: Path, host: FormHost, required: boolean, inList = false): HTMLElement {
  const value = valueAt(host.doc, path);
  switch (spec.kind) {
    case 'text':
    case 'number':
    case 'date':
    case 'time':
    case 'id':
      return textControl(spec, path, value, host, required, inList);
    case 'boolean':
      return choiceControl(spec, booleanChoices(), path, value, host, required, !required);
    case 'choice':
      return choiceControl(spec, spec.choices, path, value, host, required, !required);
    case 'multi':
      return multiControl(spec, path, value, host, required);
    case 'ref':
      return choiceControl({ ...spec, hint: spec.hint ?? '' }, [...(spec.fixed ?? []), ...referable(host.doc, spec.to)], path, value, host, required, !required);
    case 'index':
      return choiceControl(spec, indexChoices(host.doc, spec.list), path, value, host, required, !required);
  }
}

export type { Leaf };
