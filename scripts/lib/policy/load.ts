/**
 * The model for the tools that read it (validator, forms, handbook): dist/policy.json
 * when it is up to date with policy/, otherwise compiled in memory, so a stale build
 * never makes a citation wrong.
 */
import { readFile, stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { compilePolicy, POLICY_DIR } from './compile.ts';
import type { PolicyModel } from './model.ts';
import { formatPolicyMessages } from './report.ts';

export const MODEL_PATH = path.resolve(POLICY_DIR, '../dist/policy.json');

let cached: Promise<PolicyModel> | undefined;

export function loadPolicyModel(): Promise<PolicyModel> {
  cached ??= load();
  return cached;
}

async function load(): Promise<PolicyModel> {
  if (await isFresh()) return JSON.parse(await readFile(MODEL_PATH, 'utf8')) as PolicyModel;
  const { model, files } = await compilePolicy();
  if (!model) throw new Error(`policy/ 中有错误，无法生成条文模型：\n${formatPolicyMessages(files)}`);
  return model;
}

async function isFresh(): Promise<boolean> {
  const built = await stat(MODEL_PATH).catch(() => undefined);
  if (!built) return false;
  const sources = [POLICY_DIR, path.join(POLICY_DIR, 'measures')];
  for (const dir of sources) {
    for (const name of await readdir(dir)) {
      const s = await stat(path.join(dir, name));
      if (s.isFile() && s.mtimeMs > built.mtimeMs) return false;
    }
  }
  return true;
}
