/**
 * The README's two commands are all a newcomer runs before npm test: what npm run setup installs
 * for the tests (scripts/lib/build/system-tools.ts, the one list) is what the README says it
 * installs, so a reader without root knows every package to ask for.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYSTEM_TOOLS } from '../scripts/lib/build/system-tools.ts';

const README = readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8');

describe('npm run setup, as the README tells it', () => {
  it('names every Debian package setup installs for the tests, and Chromium', () => {
    const packages = ['chromium', ...SYSTEM_TOOLS.flatMap((tool) => tool.packages)];
    expect(packages.length).toBeGreaterThan(5);
    expect(packages.filter((p) => !README.includes(`\`${p}\``))).toEqual([]);
  });
});
