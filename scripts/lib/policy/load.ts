/**
 * The model for the tools that read it (validator, forms, handbook): dist/policy.json when its
 * version (the content hash of the policy/ sources it was compiled from) is that of the sources
 * on disk, otherwise compiled in memory, so a stale build never makes a citation wrong. The
 * compiler (unified, remark-mdx …) costs ≈0.5 s to import, so it is loaded only when the built
 * model is stale or missing; import this file directly (not index.ts) where start-up time matters.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../root.ts';
import type { PolicyModel } from './model.ts';
import { MODEL_PATH, policySourcePaths, policyVersion } from './paths.ts';

export { MODEL_PATH };

let cached: Promise<PolicyModel> | undefined;

export function loadPolicyModel(): Promise<PolicyModel> {
  cached ??= Promise.resolve(builtModel() ?? compileNow());
  return cached;
}

async function compileNow(): Promise<PolicyModel> {
  const [{ compilePolicy }, { formatPolicyMessages }] = await Promise.all([import('./compile.ts'), import('./format-messages.ts')]);
  const { model, files } = await compilePolicy();
  if (!model) throw new Error(`policy/ 中有错误，无法生成条文模型：\n${formatPolicyMessages(files)}`);
  return model;
}

/** dist/policy.json, when it was compiled from the policy/ sources as they are now. */
function builtModel(): PolicyModel | undefined {
  let model: PolicyModel;
  try {
    model = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as PolicyModel;
  } catch {
    return undefined;
  }
  const { notice, laws, chapters, editorial } = policySourcePaths();
  const sources = [notice, laws, ...chapters, ...editorial].map((file) => ({ path: path.relative(ROOT_DIR, file), text: readFileSync(file, 'utf8') }));
  return model.version === policyVersion(sources) ? model : undefined;
}
