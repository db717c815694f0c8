/**
 * No text a case or unit file holds can make an XML output ill-formed (the ledger's
 * sharedStrings.xml, a DOCX's document.xml: LibreOffice then blanks every sheet) or steer a
 * terminal: whatever string field of a sample case or unit file is given a character XML 1.0
 * forbids (U+FFFE, U+FFFF, half a surrogate pair, a C0 control such as ESC), the validator refuses the file with an error at that very field, with its line and column.
 * "$schema" is left out: it only names the schema file, and nothing prints it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createValidator, type Validator } from '../../scripts/lib/validate/index.ts';

const EXAMPLES = path.resolve(import.meta.dirname, '../../schemas/examples');
const FILES = [...readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')), ...readdirSync(path.join(EXAMPLES, 'units')).map((f) => `units/${f}`)];
const BAD = ['\uFFFE', '\uFFFF', '\u0008', '\u001B'];
/** Half a surrogate pair stops the reader at the first it meets: one field at a time, in the unit files. */
const LONE = '\uD800';

type Path = (string | number)[];

/** Every string value of a document, by its path. */
function strings(value: unknown, at: Path = []): Path[] {
  if (typeof value === 'string') return [at];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...at, Array.isArray(value) ? Number(k) : k]));
  return [];
}

let validator: Validator;
beforeAll(async () => {
  validator = await createValidator({ asOf: '2026-12-31' });
});

describe('a character no XML or terminal may receive, in any string field', () => {
  it.each(FILES)('%s: refused at that field, with line and column', (file) => {
    const data = JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8'));
    expect(validator.validateData(data).valid).toBe(true);
    const fields = strings(data).filter((p) => p[0] !== '$schema');
    expect(fields.length).toBeGreaterThan(5);
    /** The places the validator refuses once `bad` is put into each of `broken`. */
    const refused = (broken: Path[], bad: string, keep = 10): Set<string> => {
      const copy = structuredClone(data);
      for (const f of broken) {
        const parent = f.slice(0, -1).reduce<Record<string | number, unknown>>((o, k) => o[k] as Record<string | number, unknown>, copy);
        parent[f.at(-1)!] = `${String(parent[f.at(-1)!]).slice(0, keep)}${bad}`;
      }
      const result = validator.validateBytes(Buffer.from(JSON.stringify(copy, null, 2)), file);
      return new Set(result.issues.filter((i) => i.severity === 'error' && i.line && i.column).map((i) => i.path));
    };
    const pointer = (f: Path) => `/${f.join('/')}`;
    const missed: string[] = [];
    for (const bad of BAD) {
      // Every field given the character at once (fast: each error at its place); a field whose error
      // the others hid (a claim that no longer matches any of its forms) is tried on its own.
      const all = refused(fields, bad);
      for (const f of fields) if (!all.has(pointer(f)) && !refused([f], bad).has(pointer(f))) missed.push(`${pointer(f)} ${JSON.stringify(bad)}`);
    }
    if (file.startsWith('units/')) {
      for (const f of fields) if (!refused([f], LONE, Infinity).has(pointer(f))) missed.push(`${pointer(f)} ${JSON.stringify(LONE)}`);
    }
    expect(missed).toEqual([]);
  });
});
