import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileValidators, createSchemaAjv } from '../../scripts/lib/validate/ajv.ts';
import { readSchemaFiles, type JsonSchema, type SchemaFile } from '../../scripts/lib/validate/index.ts';

let files: SchemaFile[];
beforeAll(() => {
  files = readSchemaFiles();
});

const CJK = /[\u4e00-\u9fff]/u;
const isObject = (v: unknown): v is JsonSchema => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Every subschema that describes data, with a JSON pointer for failure messages. `if`,
 * `contains` and `not` only test data (their properties are conditions, not fields: the
 * editors' restatements of `required` and of a list are `not` of `not`), so they are skipped.
 */
function* walk(node: unknown, pointer = ''): Generator<[JsonSchema, string]> {
  if (Array.isArray(node)) for (const [i, n] of node.entries()) yield* walk(n, `${pointer}/${i}`);
  else if (isObject(node)) {
    yield [node, pointer];
    for (const [k, v] of Object.entries(node)) if (!['const', 'examples', 'if', 'contains', 'not'].includes(k)) yield* walk(v, `${pointer}/${k}`);
  }
}

describe('the case and unit schemas', () => {
  it('compile with Ajv’s JSON Schema 2020-12 in strict mode', () => {
    expect(() => compileValidators(files)).not.toThrow();
    expect(createSchemaAjv().opts.strict).toBe(true);
  });

  it('each declare draft 2020-12 and an absolute, unique $id that matches their place in schemas/', () => {
    const ids = files.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of files) {
      expect(f.schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(f.id).toMatch(/^https:\/\//);
      expect(f.id.endsWith(f.file.replace(/^schemas\//, ''))).toBe(true);
    }
  });

  it('give every property a Chinese title and description, for hover in editors', () => {
    let count = 0;
    for (const f of files) {
      for (const [node, pointer] of walk(f.schema)) {
        if (!isObject(node.properties)) continue;
        for (const [name, property] of Object.entries(node.properties)) {
          if (property === true) continue; // then-branches only mark a property as known
          const p = property as JsonSchema;
          expect(p.title, `${f.file}#${pointer}/properties/${name}`).toMatch(CJK);
          expect(p.description, `${f.file}#${pointer}/properties/${name}`).toMatch(CJK);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('document every enumerated value as oneOf / const / description in Chinese, never a bare enum', () => {
    let values = 0;
    for (const f of files) {
      for (const [node, pointer] of walk(f.schema)) {
        expect(node.enum, `${f.file}#${pointer}`).toBeUndefined();
        if (!Array.isArray(node.oneOf) || !node.oneOf.every((b) => isObject(b) && 'const' in b)) continue;
        for (const branch of node.oneOf as JsonSchema[]) {
          expect(branch.description, `${f.file}#${pointer} ${String(branch.const)}`).toMatch(CJK);
          expect(branch.title, `${f.file}#${pointer} ${String(branch.const)}`).toBeTruthy();
          values++;
        }
      }
    }
    expect(values).toBeGreaterThan(20);
  });

  it('resolve every $ref to a schema file', () => {
    let refs = 0;
    for (const f of files) {
      for (const [node] of walk(f.schema)) {
        if (typeof node.$ref !== 'string') continue;
        const target = new URL(node.$ref, f.id);
        target.hash = '';
        expect(files.some((g) => g.id === target.href), `${f.file}: ${node.$ref}`).toBe(true);
        refs++;
      }
    }
    expect(refs).toBeGreaterThan(5);
  });

  it('reject an x-article that is not an eId when the schema is compiled', () => {
    const ajv = createSchemaAjv();
    expect(() => ajv.compile({ type: 'string', 'x-article': '第八条' })).toThrow();
    expect(() => ajv.compile({ type: 'string', 'x-article': ['art_8__item_1', 'art_32__para_1'] })).not.toThrow();
  });

  it('keep the relative path the samples use in "$schema" pointing at the schema, for editors', () => {
    for (const dir of ['schemas/examples', 'schemas/examples/units']) {
      const target = dir.endsWith('units') ? '../../unit.schema.json' : '../case.schema.json';
      expect(existsSync(path.join(dir, target))).toBe(true);
    }
  });
});
