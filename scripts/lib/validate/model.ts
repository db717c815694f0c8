/**
 * The provision model for the validator, without paying for the compiler at start-up.
 * loadPolicyModel() (scripts/lib/policy) statically imports the MDX compiler (unified,
 * remark-mdx …), ≈ 0.5–1 s on this machine, even when dist/policy.json is fresh. Here the fresh
 * file is read directly, by the same rule as load.ts (newer than every file in policy/ and
 * policy/measures/); only a stale or missing one loads the compiler through loadPolicyModel().
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PolicyModel } from '../policy/model.ts';
import { ROOT_DIR } from './schema-files.ts';

const MODEL_FILE = path.join(ROOT_DIR, 'dist/policy.json');
const POLICY_SOURCES = [path.join(ROOT_DIR, 'policy'), path.join(ROOT_DIR, 'policy/measures')];

function builtModelIsFresh(): boolean {
  let built: number;
  try {
    built = statSync(MODEL_FILE).mtimeMs;
  } catch {
    return false;
  }
  return POLICY_SOURCES.every((dir) =>
    readdirSync(dir, { withFileTypes: true }).every((e) => !e.isFile() || statSync(path.join(dir, e.name)).mtimeMs <= built),
  );
}

let cached: Promise<PolicyModel> | undefined;

export function loadModel(): Promise<PolicyModel> {
  cached ??= builtModelIsFresh()
    ? Promise.resolve(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as PolicyModel)
    : import('../policy/index.ts').then((policy) => policy.loadPolicyModel());
  return cached;
}
