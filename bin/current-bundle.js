// Whether a bundle built from TypeScript sources is still current: its manifest (written by
// scripts/lib/validate/cli-bundle.ts) names every source with the SHA-256 of its bytes, and the
// bundle counts as current only while every one of them still matches. Plain JavaScript, so
// the command can ask before it decides whether to load tsx at all.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The entry URL of the bundle in `bundleDir` when every source (relative to `root`) is
 * unchanged; undefined when one changed or is gone, or there is no bundle.
 * @param {URL} bundleDir directory URL of the bundle, ending in "/"
 * @param {URL} root directory URL of the project, ending in "/"
 * @returns {string | undefined}
 */
export function currentBundle(bundleDir, root) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('manifest.json', bundleDir), 'utf8'));
    for (const [file, hash] of Object.entries(manifest.inputs)) {
      if (createHash('sha256').update(readFileSync(new URL(file, root))).digest('hex') !== hash) return undefined;
    }
  } catch {
    return undefined;
  }
  return new URL(manifest.entry, bundleDir).href;
}
