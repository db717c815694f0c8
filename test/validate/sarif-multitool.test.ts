/**
 * wq-validate's SARIF as GitHub code scanning reads it, checked by Microsoft's SARIF Multitool
 * (`validate --rule-kind "Sarif;Gh"`: the SARIF 2.1.0 schema, the SARIF authoring rules and
 * GitHub's ingestion rules), over the samples and every fixture, with the odd file names staff
 * really have; and what an alert needs: one rule per code in Chinese with the provisions' words,
 * a place, no alert for a duty, stable fingerprints.
 */
import { execFile } from 'node:child_process';
import { accessSync, chmodSync, constants, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicyModel } from '../../scripts/lib/policy/load.ts';
import { provisionText } from '../../scripts/lib/policy/query.ts';

const VALID = 'test/fixtures/cases/valid';
const INVALID = 'test/fixtures/cases/invalid';
const SAMPLES = 'schemas/examples';
const HANDBOOK = 'https://handbook.example/wq/';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'wq-sarif-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The Multitool's self-contained binary; npm may skip the package's chmod (install scripts). */
const MULTITOOL = path.join(path.dirname(createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
try {
  accessSync(MULTITOOL, constants.X_OK);
} catch {
  chmodSync(MULTITOOL, 0o755);
}

interface Finding {
  ruleId: string;
  level: string;
  text: string;
}

/**
 * A process run to its end, as spawnSync would (exit code and both streams), without blocking:
 * the tests run theirs at once, each waiting mostly for the Multitool's .NET start-up.
 */
async function exec(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
    return { status: 0 as number | null, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    return { status: typeof e.code === 'number' ? e.code : null, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

/** What the Multitool finds in a SARIF text (called directly: the npm wrapper splits "Sarif;Gh" through sh). */
async function multitool(sarif: string): Promise<Finding[]> {
  const dir = mkdtempSync(path.join(tmp, 'mt-'));
  writeFileSync(path.join(dir, 'in.sarif'), sarif);
  const r = await exec(MULTITOOL, ['validate', '--rule-kind', 'Sarif;Gh', '-o', path.join(dir, 'out.sarif'), path.join(dir, 'in.sarif')], {
    env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
  });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  const log = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
  return (log.runs[0].results ?? []).map((x: { ruleId: string; level?: string; message: { arguments?: string[] } }) => ({
    ruleId: x.ruleId,
    level: x.level ?? 'warning',
    text: x.message.arguments?.join(' | ') ?? '',
  }));
}

async function sarif(args: string[], cwd = process.cwd()) {
  const r = await exec(process.execPath, [path.resolve('bin/validate.js'), '--as-of', '2026-11-28', '--format', 'sarif', ...args], {
    cwd,
    env: { ...process.env, WQ_HANDBOOK_URL: '' },
  });
  expect(r.stderr).toBe('');
  return { text: r.stdout, log: JSON.parse(r.stdout) };
}

// Each test its own processes and folders: they run at once.
describe.concurrent('the SARIF Multitool (SARIF and GitHub rules) finds nothing', () => {
  it.for([[SAMPLES], [VALID], [INVALID]])('in the report on %s, with a handbook address', async ([dir], { expect }) => {
    expect(await multitool((await sarif(['--handbook', HANDBOOK, dir!])).text)).toEqual([]);
  });

  it('without a handbook address: no link to the local build, only the tool’s home page missing', async ({ expect }) => {
    const { text, log } = await sarif([SAMPLES, INVALID]);
    expect(text).not.toContain('file:///' + process.cwd().slice(1) + '/dist');
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(0);
    expect(log.runs[0].tool.driver.rules.every((r: { helpUri?: string }) => r.helpUri === undefined)).toBe(true);
    expect(await multitool(text)).toEqual([{ ruleId: 'SARIF2005', level: 'warning', text: 'runs[0].tool.driver | wq-validate' }]);
  });

  it('with file names that need encoding, and files that have no place to point at', async ({ expect }) => {
    const dir = path.join(tmp, 'odd');
    mkdirSync(path.join(dir, '案件 2026'), { recursive: true });
    copyFileSync(`${INVALID}/grandfather-applies-as-near-relative.json`, path.join(dir, '案件 2026', 'case #1?.json'));
    copyFileSync(`${VALID}/minimal.json`, path.join(dir, 'a\nb%.json'));
    writeFileSync(path.join(dir, 'big.json'), Buffer.alloc(2 * 1048576, 0x20));
    const [{ log, text }, { log: absolute }] = await Promise.all([
      sarif(['--max-size', '1', '--handbook', HANDBOOK, '.', 'missing.json'], dir),
      sarif(['--handbook', HANDBOOK, path.join(dir, '案件 2026')]),
    ]);
    const uris = new Set(log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['%E6%A1%88%E4%BB%B6%202026/case%20%231%3F.json', 'a%0Ab%25.json', 'big.json', 'missing.json']);
    for (const uri of uris) expect(uri).toMatch(/^[A-Za-z0-9%._/-]+$/);
    // Absolute paths as file: URLs, encoded the same way.
    expect(absolute.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      `${new URL(`file://${dir}/`).href}%E6%A1%88%E4%BB%B6%202026/case%20%231%3F.json`,
    );
    // A file too large to read and one that is not there have no line to point at: the
    // Multitool notes the missing region (a warning, not an error) and nothing else.
    const findings = await multitool(text);
    const unplaced = log.runs[0].results.flatMap((r: { ruleId: string; locations: { physicalLocation: { region?: unknown } }[] }, i: number) =>
      r.locations[0]!.physicalLocation.region ? [] : [{ ruleId: 'SARIF2017', level: 'warning', text: `runs[0].results[${i}].locations[0].physicalLocation`, code: r.ruleId }],
    );
    expect(unplaced.map((u: { code: string }) => u.code).sort()).toEqual(['file-too-large', 'unreadable']);
    expect(findings).toEqual(unplaced.map(({ code: _code, ...f }: { code: string }) => f));
  });
});

type Rule = { id: string; name: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri?: string; properties: { articles: string[] } };
type Result = { ruleId: string; ruleIndex: number; kind?: string; level: string; message: { text: string }; locations: { physicalLocation: { region?: { startLine: number } } }[]; properties: { articles: string[] }; partialFingerprints: Record<string, string> };

describe('what GitHub code scanning shows', () => {
  let run: { properties: { duties: unknown } };
  let rules: Rule[];
  let results: Result[];
  beforeAll(async () => {
    const { log } = await sarif(['--handbook', HANDBOOK, SAMPLES, VALID, INVALID]);
    run = log.runs[0];
    rules = log.runs[0].tool.driver.rules;
    results = log.runs[0].results;
  });

  it('one rule per code, the code as its id, a name that is not the id, and every result under the rule of its code', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) expect(r.name.toLowerCase()).not.toBe(r.id.toLowerCase());
    for (const x of results) expect(rules[x.ruleIndex]!.id).toBe(x.ruleId);
    expect(new Set(results.map((x) => x.ruleId))).toEqual(new Set(rules.map((r) => r.id)));
  });

  it('each rule described in Chinese, its help quoting the provisions from the policy model', async () => {
    const model = await loadPolicyModel();
    const cjk = /[\u4e00-\u9fff]/;
    for (const r of rules) for (const t of [r.shortDescription.text, r.fullDescription.text, r.help.text, r.help.markdown]) expect(t).toMatch(cjk);
    const relatives = rules.find((r) => r.id === 'applicant-not-near-relative')!;
    expect(relatives.properties.articles).toEqual(['art_15__para_1', 'art_32__para_1']);
    expect(relatives.help.text).toContain(provisionText(model, 'art_32__para_1'));
    expect(relatives.helpUri).toBe(`${HANDBOOK}articles/art_15/#art_15__para_1`);
    // A schema code cites whatever provision the field encodes: its help quotes those its results cite.
    const required = rules.find((r) => r.id === 'schema-required')!;
    for (const eId of new Set(results.filter((x) => x.ruleId === 'schema-required').flatMap((x) => x.properties.articles))) expect(required.properties.articles).toContain(eId);
    expect(required.helpUri).toBe(`${HANDBOOK}schema/`);
  });

  it('errors and findings only, each with its place; the duty checklist in the run’s properties, not as alerts', async () => {
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((x) => x.kind === undefined && ['error', 'note'].includes(x.level))).toBe(true);
    expect(results.every((x) => x.locations[0]!.physicalLocation.region!.startLine >= 1)).toBe(true);
    const json = JSON.parse((await exec(process.execPath, ['bin/validate.js', '--as-of', '2026-11-28', '--format', 'json', SAMPLES, VALID, INVALID])).stdout);
    const dutiesInJson = json.files.reduce((n: number, f: { duties: unknown[] }) => n + f.duties.length, 0);
    expect(dutiesInJson).toBeGreaterThan(100);
    const files = run.properties.duties as { duties: { duty: string; status: string; message: string }[] }[];
    expect(files.reduce((n, f) => n + f.duties.length, 0)).toBe(dutiesInJson);
    expect(files[0]!.duties[0]).toMatchObject({ status: expect.stringMatching(/^(done|pending|overdue|verify)$/), message: expect.stringMatching(/依据：/) });
  });

  it('fingerprints that stay when lines move, and differ between results', async () => {
    const dir = path.join(tmp, 'moved');
    mkdirSync(dir);
    const source = readFileSync(`${INVALID}/grandfather-applies-as-near-relative.json`, 'utf8');
    const prints = async (text: string) => {
      writeFileSync(path.join(dir, 'case.json'), text);
      return (await sarif([path.join(dir, 'case.json')])).log.runs[0].results.map((x: Result) => ({ print: x.partialFingerprints['wqValidateIssue/v1'], line: x.locations[0]!.physicalLocation.region!.startLine }));
    };
    const before = await prints(source);
    const after = await prints(source.replace('{', '{\n\n\n'));
    expect(after.map((a: { print: string }) => a.print)).toEqual(before.map((b: { print: string }) => b.print));
    expect(after[0].line).toBe(before[0].line + 3);
    const byFile = new Map<string, string[]>();
    for (const x of results as unknown as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; partialFingerprints: Record<string, string> }[]) {
      const uri = x.locations[0]!.physicalLocation.artifactLocation.uri;
      byFile.set(uri, [...(byFile.get(uri) ?? []), x.partialFingerprints['wqValidateIssue/v1']!]);
    }
    expect(byFile.size).toBeGreaterThan(1);
    for (const prints of byFile.values()) {
      expect(prints.every((p) => /^[0-9a-f]{32}(:\d+)?$/.test(p))).toBe(true);
      expect(new Set(prints).size).toBe(prints.length);
    }
  });
});
