/** The .json files of a folder of the project (schemas/examples, test/fixtures/…), as absolute paths in name order. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../scripts/lib/root.ts';

export const jsonIn = (dir: string): string[] =>
  readdirSync(path.join(ROOT_DIR, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(ROOT_DIR, dir, f));
