import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileValidators } from '../../scripts/lib/validate/ajv.ts';
import { loadValidators } from '../../scripts/lib/validate/compiled.ts';
import { readSchemaFiles, schemaHash } from '../../scripts/lib/validate/schema-files.ts';
import { writeStandalone } from '../../scripts/lib/build/standalone.ts';

// Inside the project, so the generated code's require('ajv/dist/runtime/…') resolves as in dist/.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync('node_modules/.cache/wq-standalone-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fixtures = ['test/fixtures/cases/valid', 'test/fixtures/cases/invalid', 'schemas/examples']
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => path.join(d, f)))
  .flatMap((f) => {
    try {
      return [{ file: f, data: JSON.parse(readFileSync(f, 'utf8').replace(/^\uFEFF/, '')) as unknown }];
    } catch {
      return []; // files that are broken on purpose (encoding, syntax) never reach the schema
    }
  });

describe('the standalone validator code written by the build', () => {
  it('gives exactly the results of the schemas compiled in memory', async () => {
    const files = readSchemaFiles();
    const file = path.join(dir, 'validators.mjs');
    await writeStandalone(files, file);
    const standalone = await import(pathToFileURL(path.resolve(file)).href);
    const { validators } = compileValidators(files);
    expect(standalone.SCHEMA_HASH).toBe(schemaHash(files));
    expect(fixtures.length).toBeGreaterThan(20);
    for (const { file: f, data } of fixtures) {
      const kind = /unit/.test(JSON.stringify((data as { $schema?: string })?.$schema ?? '')) ? 'unit' : 'case';
      const expected = validators[kind](data);
      const compiled = kind === 'unit' ? standalone.unitValidator : standalone.caseValidator;
      expect(compiled(data), f).toBe(expected);
      expect(compiled.errors ?? null, f).toEqual(validators[kind].errors ?? null);
    }
  });
});

describe('choosing between the built validators and compiling the schemas', () => {
  it('uses the standalone code while its hash matches the schemas on disk', async () => {
    const file = path.join(dir, 'fresh.mjs');
    await writeStandalone(readSchemaFiles(), file);
    expect((await loadValidators(file)).origin).toBe('standalone');
  });

  it('compiles the schemas when the standalone code is missing', async () => {
    const loaded = await loadValidators(path.join(dir, 'missing.mjs'));
    expect(loaded.origin).toBe('compiled');
    expect(loaded.validators.case({})).toBe(false);
  });

  it('compiles the schemas when the standalone code came from other schemas', async () => {
    const file = path.join(dir, 'stale.mjs');
    const source = readFileSync(path.join(dir, 'fresh.mjs'), 'utf8').replace(/SCHEMA_HASH = "[0-9a-f]+"/, 'SCHEMA_HASH = "0000000000000000"');
    writeFileSync(file, source);
    expect((await loadValidators(file)).origin).toBe('compiled');
  });
});

describe('the compiled form of the schemas (documented oneOf/const lists become enums)', () => {
  it('accepts and rejects exactly what the documented schemas do, with the same issues', async () => {
    const { schemaIssues } = await import('../../scripts/lib/validate/schema-errors.ts');
    const { CASE_SCHEMA_ID, UNIT_SCHEMA_ID } = await import('../../scripts/lib/validate/schema-files.ts');
    const { dereference } = await import('../../scripts/lib/validate/dereference.ts');
    const files = readSchemaFiles();
    const roots = { case: dereference(files, CASE_SCHEMA_ID), unit: dereference(files, UNIT_SCHEMA_ID) };
    const compiled = compileValidators(files).validators;
    const documented = compileValidators(files, undefined, { documented: true }).validators;
    // Each fixture, and each with one closed-list field set to a value outside its list.
    const variants = fixtures.flatMap(({ file, data }) => {
      const out = [{ file, data }];
      const d = data as Record<string, any>;
      if (d?.people?.[0]) out.push({ file: `${file} (relation)`, data: { ...d, people: [...d.people, { id: 'px', name: '某', category: '亲属', relation: '祖父', of: 'p1' }] } });
      if (d?.people?.[0]) out.push({ file: `${file} (category)`, data: { ...d, people: [{ ...d.people[0], category: '保安' }] } });
      if (d?.acts?.[0]) out.push({ file: `${file} (act)`, data: { ...d, acts: [{ ...d.acts[0], kind: '殴打' }, { ...d.acts[0], targets: [{ person: 'p1', link: '下班后' }] }] } });
      if (d?.acts) out.push({ file: `${file} (item)`, data: { ...d, classification: { art8: ['art_8__item_11', 7] } } });
      return out;
    });
    for (const { file, data } of variants) {
      const kind = (data as { $schema?: string })?.$schema?.endsWith('unit.schema.json') ? 'unit' : 'case';
      const root = roots[kind];
      const a = compiled[kind](data);
      const b = documented[kind](data);
      expect(a, file).toBe(b);
      // Compared as sets: the validator orders issues by their place in the file afterwards.
      const issues = (errors: typeof compiled.case.errors) => schemaIssues(errors, { files, root, document: data }).map((i) => JSON.stringify(i)).sort();
      expect(issues(compiled[kind].errors), file).toEqual(issues(documented[kind].errors));
    }
    expect(variants.length).toBeGreaterThan(60);
  });
});
