/** Where the policy sources and the built model live, and the model's version (no heavy imports: read at start-up). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { contentHash } from '../content-hash.js';
import { ROOT_DIR } from '../root.ts';

/** The policy directory of this project. */
export const POLICY_DIR = path.join(ROOT_DIR, 'policy');

/** The compiled model, written by npm run build:policy. */
export const MODEL_PATH = path.join(ROOT_DIR, 'dist/policy.json');

/** The files the model is compiled from, in reading order: notice, laws, the chapters by number, the editors' files (and their guides/). */
export function policySourcePaths(dir = POLICY_DIR): { notice: string; laws: string; chapters: string[]; editorial: string[] } {
  const list = (sub: string, extension: string) => {
    const folder = path.join(dir, sub);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return [];
    }
    return names
      .filter((n) => n.endsWith(extension))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((n) => path.join(folder, n));
  };
  return { notice: path.join(dir, 'notice.mdx'), laws: path.join(dir, 'laws.yaml'), chapters: list('measures', '.mdx'), editorial: [...list('editorial', '.yaml'), ...list('editorial/guides', '.yaml')] };
}

/** model.version: the content hash of the sources (paths relative to the project root, and text). */
export function policyVersion(sources: readonly { path: string; text: string }[]): string {
  const sorted = [...sources].sort((a, b) => a.path.localeCompare(b.path));
  return `sha256:${contentHash(sorted.map((s) => ({ name: s.path, bytes: s.text }))).slice(0, 16)}`;
}
