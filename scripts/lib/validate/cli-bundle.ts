/**
 * The wq-validate command as plain JavaScript. Run through tsx, the TypeScript sources cost
 * ≈ 0.35 s of loader start-up on every run, a third of a 10,000-file batch; bundled by esbuild
 * (the same transform tsx applies, done once) it starts ≈ 30 ms after Node itself, and checking
 * the manifest below costs ≈ 5 ms of that.
 *
 * The bundle sits in dist/validate/cli/ with a manifest naming every source it was built from
 * and that source's SHA-256. bin/validate.js runs the bundle only while every hash still
 * matches, otherwise the sources through tsx, so an edited checkout never runs stale code.
 * Packages stay external: they resolve from node_modules as they do for the sources.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import writeFileAtomic from 'write-file-atomic';
import { ROOT_DIR } from '../root.ts';

export const CLI_BUNDLE_DIR = path.join(ROOT_DIR, 'dist/validate/cli');
const CLI_ENTRY = 'scripts/validate.ts';

/** What bin/validate.js reads to decide whether the bundle is current. */
export interface CliManifest {
  /** The bundle's entry file, relative to the manifest. */
  entry: string;
  /** Every source file in the bundle, relative to the project root → SHA-256 (hex) of its bytes. */
  inputs: Record<string, string>;
}

const MANIFEST_NAME = 'manifest.json';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Bundles the command into `outDir`; returns the manifest written there. */
export async function buildCliBundle(outDir = CLI_BUNDLE_DIR): Promise<CliManifest> {
  const result = await build({
    absWorkingDir: ROOT_DIR,
    entryPoints: { validate: CLI_ENTRY },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // The heavy, rarely taken paths (compiling the schemas or the policy when dist/ is stale,
    // SARIF output) stay in chunks of their own, loaded only when taken.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const inputs: Record<string, string> = {};
  for (const file of Object.keys(result.metafile.inputs).sort()) {
    inputs[file] = sha256(await readFile(path.join(ROOT_DIR, file)));
  }
  const manifest: CliManifest = { entry: 'validate.mjs', inputs };
  // The manifest goes first and comes back last: a half-written bundle is never taken as current.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const output of result.outputFiles) await writeFile(output.path, output.contents);
  await writeFileAtomic(path.join(outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
