// The one way a build output is known to be current: it records the content hash of the
// files it was made from, and is used only while those files still hash the same. The model
// (dist/policy.json), the compiled validators and the bundled command all work this way. Plain
// JavaScript with types beside it (content-hash.d.ts), because bin/validate.js asks before it
// decides whether to load tsx at all.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * SHA-256 (hex) of named contents: each name and its bytes, in the order given.
 * @param {Iterable<{ name: string, bytes: string | Uint8Array }>} entries
 * @returns {string}
 */
export function contentHash(entries) {
  const hash = createHash('sha256');
  for (const { name, bytes } of entries) hash.update(name).update('\0').update(bytes).update('\0');
  return hash.digest('hex');
}

/**
 * The hash of files, read from disk, named by their paths relative to `root`.
 * @param {URL} root directory URL, ending in "/"
 * @param {readonly string[]} files paths relative to root, with forward slashes
 * @returns {string}
 */
export function hashFiles(root, files) {
  return contentHash(files.map((name) => ({ name, bytes: readFileSync(new URL(name, root)) })));
}

/**
 * Whether the files a stamp names still hash as the stamp says; false when one is gone.
 * @param {URL} root
 * @param {{ files: readonly string[], sha256: string }} stamp
 * @returns {boolean}
 */
export function isCurrent(root, stamp) {
  try {
    return hashFiles(root, stamp.files) === stamp.sha256;
  } catch {
    return false;
  }
}
