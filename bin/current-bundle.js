// Whether the bundled wq-validate (written by scripts/lib/validate/cli-bundle.ts) is still
// current: its manifest stamps the sources it was built from (scripts/lib/content-hash.js), and
// it is used only while they hash the same.
import { readFileSync } from 'node:fs';
import { isCurrent } from '../scripts/lib/content-hash.js';

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
  } catch {
    return undefined;
  }
  return manifest?.sources && isCurrent(root, manifest.sources) ? new URL(manifest.entry, bundleDir).href : undefined;
}
