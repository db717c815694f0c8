/**
 * The model for the tools that read it (validator, forms, handbook): dist/policy.json
 * when it is up to date with policy/, otherwise compiled in memory, so a stale build
 * never makes a citation wrong. The compiler (unified, remark-mdx …) costs ≈0.5 s to
 * import, so it is loaded only when the built model is stale or missing; import this
 * file directly (not index.ts) where start-up time matters.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PolicyModel } from './model.ts';
import { MODEL_PATH, POLICY_DIR } from './paths.ts';

export { MODEL_PATH };

let cached: Promise<PolicyModel> | undefined;

export function loadPolicyModel(): Promise<PolicyModel> {
  cached ??= isFresh() ? Promise.resolve(JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as PolicyModel) : compileNow();
  return cached;
}

async function compileNow(): Promise<PolicyModel> {
  const [{ compilePolicy }, { formatPolicyMessages }] = await Promise.all([import('./compile.ts'), import('./report.ts')]);
  const { model, files } = await compilePolicy();
  if (!model) throw new Error(`policy/ 中有错误，无法生成条文模型：\n${formatPolicyMessages(files)}`);
  return model;
}

/** Fresh when dist/policy.json is newer than every file in policy/ and policy/measures/. */
function isFresh(): boolean {
  let built: number;
  try {
    built = statSync(MODEL_PATH).mtimeMs;
  } catch {
    return false;
  }
  return [POLICY_DIR, path.join(POLICY_DIR, 'measures')].every((dir) =>
    readdirSync(dir, { withFileTypes: true }).every((e) => !e.isFile() || statSync(path.join(dir, e.name)).mtimeMs <= built),
  );
}
