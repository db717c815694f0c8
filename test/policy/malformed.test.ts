/**
 * Fixtures as input/output pairs, remark style: test/fixtures/policy/<case>/input.mdx
 * is compiled as the only chapter of the Measures (with the real notice and laws),
 * and its messages — or, for a valid file, its chapter and marks — must equal
 * output.json. Set UPDATE_FIXTURES=1 to rewrite outputs after a deliberate change,
 * then read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { compileSources, readPolicySources } from '../../scripts/lib/policy/index.ts';

const root = path.resolve(import.meta.dirname, '../fixtures/policy');
const cases = readdirSync(root).filter((name) => existsSync(path.join(root, name, 'input.mdx')));
const real = await readPolicySources();

function compileFixture(name: string) {
  const input = path.join(root, name, 'input.mdx');
  const file = new VFile({ path: `${name}/input.mdx`, value: readFileSync(input, 'utf8') });
  const { model, files } = compileSources({ notice: real.notice, laws: new VFile({ path: real.laws.path, value: real.laws.value }), chapters: [file] });
  const messages = files.flatMap((f) =>
    f.messages.map((m) => ({ file: f.path, line: m.line, column: m.column, rule: m.ruleId, reason: m.reason })),
  );
  if (!model) return { messages };
  const { chapters, references, enumerations, parameters, terms } = model;
  return { messages, chapter: chapters[0], terms, references, enumerations, parameters };
}

describe('policy files: each malformed kind reports its error at the right place', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(15));

  it.each(cases)('%s', (name) => {
    const actual = JSON.parse(JSON.stringify(compileFixture(name)));
    const expectedPath = path.join(root, name, 'output.json');
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    expect(actual).toEqual(expected);
    // A fixture named valid-* compiles cleanly; every other one must fail.
    expect(actual.messages.length === 0).toBe(name.startsWith('valid'));
  });
});
