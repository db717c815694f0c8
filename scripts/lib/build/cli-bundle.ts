/**
 * The wq-validate command as plain JavaScript. Run through tsx, the TypeScript sources cost
 * ≈ 0.35 s of loader start-up on every run, a third of a 10,000-file batch; bundled by esbuild
 * (the same transform tsx applies, done once) it starts ≈ 30 ms after Node itself, and checking
 * the manifest below costs ≈ 5 ms of that.
 *
 * The bundle sits in dist/validate/cli/ with a manifest stamping every source it was built from
 * (scripts/lib/content-hash.js). bin/validate.js runs the bundle only while they hash the same,
 * otherwise the sources through tsx, so an edited checkout never runs stale code.
 * Packages stay external: they resolve from node_modules as they do for the sources.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import writeFileAtomic from 'write-file-atomic';
import { hashFiles, type SourceStamp } from '../content-hash.js';
import { ROOT_DIR } from '../root.ts';

export const CLI_BUNDLE_DIR = path.join(ROOT_DIR, 'dist/validate/cli');
const CLI_ENTRY = 'scripts/validate.ts';

/** What bin/validate.js reads to decide whether the bundle is current. */
export interface CliManifest {
  /** The bundle's entry file, relative to the manifest. */
  entry: string;
  /** Every source file in the bundle, relative to the project root, and their content hash. */
  sources: SourceStamp;
}

const MANIFEST_NAME = 'manifest.json';

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
  const files = Object.keys(result.metafile.inputs).sort();
  const manifest: CliManifest = { entry: 'validate.mjs', sources: { files, sha256: hashFiles(pathToFileURL(`${ROOT_DIR}/`), files) } };
  // The manifest goes first and comes back last: a half-written bundle is never taken as current.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const output of result.outputFiles) await writeFile(output.path, output.contents);
  await writeFileAtomic(path.join(outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
