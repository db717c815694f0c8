/** The files an output was made from, and their content hash (see content-hash.js). */
export interface SourceStamp {
  files: readonly string[];
  sha256: string;
}
export function contentHash(entries: Iterable<{ name: string; bytes: string | Uint8Array }>): string;
export function hashFiles(root: URL, files: readonly string[]): string;
export function isCurrent(root: URL, stamp: SourceStamp): boolean;
