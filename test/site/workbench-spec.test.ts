/**
 * The case workbench's form as the build reads it from the case schema (scripts/lib/site/
 * workbench-spec.ts), its file format (site/src/workbench/doc.ts) and its precompiled templates
 * (scripts/lib/site/workbench-templates.ts), held to the schema, the rules, wq-validate and
 * wq-forms. The page itself is tested in a real Chromium (workbench.test.ts).
 */
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import RuntimeModule from 'handlebars/runtime.js';
import type HandlebarsType from 'handlebars';
import { beforeAll, describe, expect, it } from 'vitest';
import { formSpec } from '../../scripts/lib/site/workbench-spec.ts';
import { precompiledTemplates } from '../../scripts/lib/site/workbench-templates.ts';
import { readSchemaFiles } from '../../scripts/lib/validate/schema-files.ts';
import { createValidator, type Validator } from '../../scripts/lib/validate/index.ts';
import { evaluateCase } from '../../scripts/lib/rules/index.ts';
import { registerHelpers } from '../../scripts/lib/gbt9704/template-helpers.ts';
import { createTemplates } from '../../scripts/lib/gbt9704/templates.ts';
import { documentsForCase } from '../../scripts/lib/documents/registry.ts';
import { loadFormDefs } from '../../scripts/lib/documents/forms-file.ts';
import { unitSettings, type FormContext } from '../../scripts/lib/documents/context.ts';
import type { Case } from '../../scripts/lib/case/index.ts';
import { fieldsOf, holds, newCase, nextId, serialize, type Json, type JsonObject } from '../../site/src/workbench/doc.ts';
import type { FieldSpec, FormSpec } from '../../site/src/workbench/spec.ts';
import { ROOT_DIR } from '../../scripts/lib/root.ts';
import { jsonIn } from '../support/json-files.ts';

const AS_OF = '2026-11-28';
/** Every sample and fixture case the workbench must open. */
const CASE_FILES = [...jsonIn('schemas/examples'), ...jsonIn('test/fixtures/cases/valid'), ...jsonIn('test/fixtures/cases/invalid'), ...jsonIn('test/fixtures/scenarios')];

let spec: FormSpec;
let validator: Validator;
beforeAll(async () => {
  spec = formSpec(readSchemaFiles());
  validator = await createValidator({ asOf: AS_OF });
});

/** The field spec at a path of the case, following lists and the variant a value holds. */
function fieldAt(root: FieldSpec, doc: Json, segments: readonly (string | number)[]): FieldSpec | undefined {
  let spec: FieldSpec | undefined = root;
  let value: Json | undefined = doc;
  for (const s of segments) {
    if (!spec) return undefined;
    if (typeof s === 'number') {
      // A ticked box of several choices is a choice among them.
      spec = spec.kind === 'list' ? spec.item : spec.kind === 'multi' ? { key: '', title: spec.title, kind: 'choice', choices: spec.choices } : undefined;
      value = Array.isArray(value) ? value[s] : undefined;
    } else {
      spec = fieldsOf(spec, value)?.find((f) => f.key === s);
      value = value && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject)[s] : undefined;
    }
  }
  return spec;
}

/** Every value's place in a document: [segments, value]. */
function* places(value: Json, at: (string | number)[] = []): Generator<[(string | number)[], Json]> {
  yield [at, value];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* places(v, [...at, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* places(v, [...at, k]);
}

const LEAF_FOR: Record<string, (v: Json) => boolean> = {
  text: (v) => typeof v === 'string',
  date: (v) => typeof v === 'string',
  time: (v) => typeof v === 'string',
  id: (v) => typeof v === 'string',
  ref: (v) => typeof v === 'string',
  number: (v) => typeof v === 'number',
  index: (v) => typeof v === 'number',
  boolean: (v) => typeof v === 'boolean',
  choice: () => true,
};

/** A choice's value must be one of its choices (the others show as values not in the list). */
const known = (field: FieldSpec, value: Json) => field.kind !== 'choice' || field.choices.some((c) => JSON.stringify(c.value) === JSON.stringify(value));

describe('the form read from the case schema', () => {
  it('has a field for every value of every valid sample and fixture, of a kind that shows it', () => {
    const valid = CASE_FILES.map((file) => ({ file, result: validator.validateFile(file) })).filter((r) => r.result.valid);
    expect(valid.length).toBeGreaterThan(60);
    const missing: string[] = [];
    for (const { file, result } of valid) {
      for (const [at, value] of places(result.data as Json)) {
        if (at.length === 0) continue;
        const field = fieldAt(spec.root, result.data as Json, at);
        const where = `${path.basename(file)} /${at.join('/')}`;
        if (!field) missing.push(`${where}：没有字段`);
        else if (field.kind === 'const' || field.kind === 'keep') {
          if (!['schemaVersion', '$schema', 'article'].includes(String(at[at.length - 1]))) missing.push(`${where}：只保留，不显示`);
        } else if ((value === null || typeof value !== 'object') && (!(LEAF_FOR[field.kind]?.(value) ?? false) || !known(field, value))) missing.push(`${where}：${field.kind} 不能显示 ${JSON.stringify(value)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows a relative’s relation and whose relative they are only for a relative, and their unit for anyone else', () => {
    const person = (spec.root.fields.find((f) => f.key === 'people') as Extract<FieldSpec, { kind: 'list' }>).item as Extract<FieldSpec, { kind: 'object' }>;
    const field = (key: string) => person.fields.find((f) => f.key === key)!;
    expect(holds(field('relation').showWhen!, { category: '亲属' })).toBe(true);
    expect(holds(field('relation').showWhen!, { category: '民警' })).toBe(false);
    expect(holds(field('of').requiredWhen!, { category: '亲属' })).toBe(true);
    expect(holds(field('unit').requiredWhen!, { category: '民警' })).toBe(true);
    expect(holds(field('unit').requiredWhen!, { category: '亲属' })).toBe(false);
    expect(field('id')).toMatchObject({ kind: 'id', prefix: 'p' });
    expect(field('of')).toMatchObject({ kind: 'ref', to: 'protected' });
  });

  it('asks for the Art. 31 facts only when the link to duty is a first response off duty', () => {
    const acts = spec.root.fields.find((f) => f.key === 'acts') as Extract<FieldSpec, { kind: 'list' }>;
    const act = acts.item as Extract<FieldSpec, { kind: 'object' }>;
    expect(act.fields.find((f) => f.key === 'id')).toMatchObject({ kind: 'id', prefix: 'a' });
    const targets = act.fields.find((f) => f.key === 'targets') as Extract<FieldSpec, { kind: 'list' }>;
    const target = targets.item as Extract<FieldSpec, { kind: 'object' }>;
    for (const key of ['emergencyWithinDuty', 'identifiedSelf']) {
      const f = target.fields.find((x) => x.key === key)!;
      expect(f.articles).toEqual(['art_31__para_1']);
      expect(holds(f.showWhen!, { link: '非工作时间先期处置' })).toBe(true);
      expect(holds(f.showWhen!, { link: '在履职中' })).toBe(false);
    }
  });

  it('asks for the applicant only for a case opened on application', () => {
    const applicant = spec.root.fields.find((f) => f.key === 'applicant')!;
    expect(holds(applicant.requiredWhen!, { opened: { by: '申请' } })).toBe(true);
    expect(holds(applicant.showWhen!, { opened: { by: '主动启动' } })).toBe(false);
  });

  it('shows a report’s addressee, level and kind for a report up, and the route for help to sue', () => {
    const actions = spec.root.fields.find((f) => f.key === 'actions') as Extract<FieldSpec, { kind: 'list' }>;
    const action = actions.item as Extract<FieldSpec, { kind: 'object' }>;
    for (const key of ['from', 'to', 'toLevel', 'reportKind']) expect(holds(action.fields.find((f) => f.key === key)!.showWhen!, { kind: '逐级报告' })).toBe(true);
    expect(holds(action.fields.find((f) => f.key === 'route')!.showWhen!, { kind: '帮助诉讼' })).toBe(true);
    expect(holds(action.fields.find((f) => f.key === 'to')!.showWhen!, { kind: '抚助慰问' })).toBe(false);
  });

  it('offers, for a reference, exactly the people the rule unknown-reference accepts there', async () => {
    // A base case with a protected officer p1 and a relative p2 of his.
    const base = JSON.parse(readFileSync(path.join(ROOT_DIR, 'test/fixtures/cases/valid/minimal.json'), 'utf8')) as JsonObject;
    (base.people as Json[]).push({ id: 'p2', name: '王芳', category: '亲属', relation: '妻', of: 'p1' });
    const refs: { path: (string | number)[]; to: string }[] = [];
    const walk = (fields: readonly FieldSpec[], at: (string | number)[]) => {
      for (const f of fields) {
        if (f.kind === 'ref' && f.to !== 'act') refs.push({ path: [...at, f.key], to: f.to });
        if (f.kind === 'object') walk(f.fields, [...at, f.key]);
        if (f.kind === 'list' && f.item.kind === 'object') walk(f.item.fields, [...at, f.key, 0]);
        if (f.kind === 'list' && f.item.kind === 'variants') walk(f.item.variants[0]!.fields, [...at, f.key, 0]);
      }
    };
    walk(spec.root.fields, []);
    expect(refs.length).toBeGreaterThan(10);
    const { model } = validator;
    const wrong: string[] = [];
    for (const ref of refs) {
      const doc = structuredClone(base) as Record<string, any>;
      // Put the relative's id there, making the objects on the way.
      let at: any = doc;
      for (const [i, s] of ref.path.slice(0, -1).entries()) {
        const nextIsIndex = typeof ref.path[i + 1] === 'number';
        at[s] ??= nextIsIndex ? [] : {};
        at = at[s];
      }
      at[ref.path[ref.path.length - 1]!] = 'p2';
      const refused = evaluateCase(doc, model, { asOf: AS_OF }).issues.some((i) => i.code === 'unknown-reference' && i.path === `/${ref.path.join('/')}`);
      if (refused !== (ref.to === 'protected')) wrong.push(`/${ref.path.join('/')}：表单为 ${ref.to}，规则${refused ? '不' : ''}接受亲属`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the file the workbench writes', () => {
  it('is what wq-validate reads: every valid sample and fixture, written again, has the same issues and duties', () => {
    let compared = 0;
    for (const file of CASE_FILES) {
      const result = validator.validateFile(file);
      if (!result.data || result.kind !== 'case') continue;
      const text = serialize(spec, result.data as JsonObject);
      const again = validator.validateBytes(new TextEncoder().encode(text), file);
      const words = (r: typeof result) => ({ issues: r.issues.map((i) => [i.code, i.path, i.severity]), duties: r.duties.map((d) => [d.duty, d.status, d.person ?? '']) });
      expect(words(again), path.basename(file)).toEqual(words(result));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('puts members in the schema’s order, indents by two spaces, ends with a newline, and gives the same bytes written twice', () => {
    const data = JSON.parse(readFileSync(path.join(ROOT_DIR, 'schemas/examples/assault-on-duty-injury.json'), 'utf8')) as JsonObject;
    const once = serialize(spec, data);
    expect(once.endsWith('}\n')).toBe(true);
    expect(once.split('\n')[1]).toBe('  "$schema": "../case.schema.json",');
    // The sample writes incident.time after its summary; the schema's order puts it after the date.
    const incident = once.slice(once.indexOf('"incident"'));
    expect(incident.indexOf('"time"')).toBeLessThan(incident.indexOf('"place"'));
    expect(serialize(spec, JSON.parse(once) as JsonObject)).toBe(once);
  });

  it('starts a new case with the schema version and nothing else, and numbers new entries after the highest', () => {
    expect(newCase(spec)).toEqual({ schemaVersion: 2 });
    expect(nextId('p', ['p1', 'p3', 'x9', 7])).toBe('p4');
    expect(nextId('a', [])).toBe('a1');
  });
});

describe('the templates precompiled for the browser', () => {
  it('render every document of every valid sample and fixture exactly as wq-forms’ templates do', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wq-templates-'));
    try {
      const file = path.join(dir, 'templates.mjs');
      writeFileSync(file, precompiledTemplates());
      const specs = (await import(pathToFileURL(file).href)) as { document: object; partials: Record<string, object> };
      // handlebars/runtime's own typings declare nothing: it is the full Handlebars, less the compiler.
      const hb = (RuntimeModule as unknown as typeof HandlebarsType).create();
      registerHelpers(hb);
      for (const [name, s] of Object.entries(specs.partials)) hb.registerPartial(name, hb.template(s as never));
      const browser = hb.template(specs.document as never) as (doc: object) => string;
      const forms = createTemplates();
      const defs = loadFormDefs(validator.model);
      let rendered = 0;
      for (const f of CASE_FILES) {
        const result = validator.validateFile(f);
        if (!result.valid || !result.facts) continue;
        const data = result.data as unknown as Case;
        const ctx: FormContext = { data, issues: result.issues, facts: result.facts, duties: result.duties, model: validator.model, unit: unitSettings(validator.model, data.unit), asOf: AS_OF };
        for (const built of documentsForCase(ctx, defs)) {
          if (!built.doc) continue;
          expect(browser(built.doc), `${path.basename(f)} ${built.def.id}`).toBe(forms.render(built.doc));
          rendered++;
        }
      }
      expect(rendered).toBeGreaterThan(50);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
