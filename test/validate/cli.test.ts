/**
 * The command staff run, as a real process: node bin/validate.js (the package bin), which
 * runs the bundle build:validate made while it is current, else scripts/validate.ts through tsx
 * (cli-bundle.test.ts holds the two to the same output).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const VALID = 'test/fixtures/cases/valid';
const INVALID = 'test/fixtures/cases/invalid';
const tmp = mkdtempSync(path.join(os.tmpdir(), 'wq-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['bin/validate.js', '--as-of', '2026-11-28', ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: process.cwd(), NO_COLOR: '1', WQ_HANDBOOK_URL: '', ...env },
    maxBuffer: 64 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const json = (args: string[], env?: Record<string, string>) => {
  const r = run(['--format', 'json', ...args], env);
  return { ...r, report: JSON.parse(r.stdout) };
};

describe('exit codes: 0 all valid, 1 some invalid, 2 usage or unreadable', () => {
  it('exits 0 when every file is valid', () => {
    const r = run([VALID]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`共 ${readdirSync(VALID).filter((f) => f.endsWith('.json')).length} 个文件`);
  });

  it('exits 1 when a file is invalid, and still checks every other file', () => {
    const r = json([`${INVALID}/gbk-encoded.json`, `${INVALID}/malformed-trailing-comma.json`, `${VALID}/minimal.json`, `${INVALID}/empty.json`]);
    expect(r.code).toBe(1);
    expect(r.report.files.map((f: { valid: boolean }) => f.valid)).toEqual([false, false, true, false]);
  });

  it('exits 2 for a path that does not exist, after checking the rest', () => {
    const r = json([`${VALID}/minimal.json`, 'no/such/case.json']);
    expect(r.code).toBe(2);
    expect(r.report.summary).toEqual({ files: 2, valid: 1, invalid: 1, duties: { pending: 5, overdue: 0, verify: 0 } });
    expect(r.report.files.find((f: { file: string }) => f.file === 'no/such/case.json').errors[0]).toMatchObject({ code: 'unreadable', line: null });
  });

  it.each([
    [[], '请指定要检查的文件或目录'],
    [['--frmat', 'json', VALID], '未知的选项 --frmat'],
    [['--format', 'xml', VALID], '--format 只能是'],
    [['--as-of', '28/11/2026', VALID], '--as-of 应为 YYYY-MM-DD'],
    [['--as-of', '2026-02-30', VALID], '--as-of 应为 YYYY-MM-DD'],
  ])('a usage error (%j) exits 2 with a Chinese message and the usage', (args, message) => {
    const r = spawnSync(process.execPath, ['bin/validate.js', ...args], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('用法：');
    expect(r.stdout).toBe('');
  });

  it('prints its help in Chinese and exits 0', () => {
    const r = spawnSync(process.execPath, ['bin/validate.js', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('WQ_HANDBOOK_URL');
  });
});

describe('human output', () => {
  const r = run([`${INVALID}/grandfather-applies-as-near-relative.json`, `${VALID}/minimal.json`]);

  it('gives path:line:column, the message with its citation, and the handbook link', () => {
    expect(r.stdout).toContain(`${INVALID}/grandfather-applies-as-near-relative.json:15:15  错误  申请人与民警的关系“祖父母或外祖父母”不属于近亲属`);
    expect(r.stdout).toContain('（依据：第三十二条、第十五条）');
    expect(r.stdout).toMatch(/手册：file:\/\/.*\/dist\/site\/articles\/art_32\/index\.html#art_32__para_1/);
  });

  it('lists the findings under each file and ends with a summary line', () => {
    const block = r.stdout.slice(r.stdout.indexOf(`${VALID}/minimal.json`));
    expect(block).toContain('提示  民警（p1）在依法履行职责、行使职权过程中受到侵害，适用本办法（依据：第八条）');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('共 2 个文件：1 个有效，1 个无效；错误 1 处；提示 6 条；职责待履行 5 项、逾期 0 项、需核实 0 项。');
  });

  it('--quiet leaves out findings and valid files', () => {
    const q = run(['--quiet', `${INVALID}/grandfather-applies-as-near-relative.json`, `${VALID}/minimal.json`]);
    expect(q.stdout).not.toContain('提示');
    expect(q.stdout).not.toContain('minimal.json');
    expect(q.stdout).toContain('错误');
  });

  it('uses the handbook address from --handbook, or from WQ_HANDBOOK_URL', () => {
    expect(run(['--handbook', 'http://10.1.1.1/wq/', `${INVALID}/grandfather-applies-as-near-relative.json`]).stdout).toContain('手册：http://10.1.1.1/wq/articles/art_32/#art_32__para_1');
    expect(run([`${INVALID}/grandfather-applies-as-near-relative.json`], { WQ_HANDBOOK_URL: 'http://h.example' }).stdout).toContain('手册：http://h.example/articles/art_32/');
  });

  it('never prints names or free text from the cases it checks', () => {
    const all = run([INVALID, VALID]).stdout + JSON.stringify(json([INVALID, VALID]).report);
    for (const text of ['王建国', '李志强', '刘芳', '新城区某小区', '辱骂']) expect(all).not.toContain(text);
  });
});

describe('--format json, in the shape scripts rely on', () => {
  const { report } = json([`${INVALID}/grandfather-applies-as-near-relative.json`, `${VALID}/minimal.json`]);

  it('has exactly files and summary, each file exactly file, valid, errors, findings, duties', () => {
    expect(Object.keys(report)).toEqual(['files', 'summary']);
    expect(report.summary).toEqual({ files: 2, valid: 1, invalid: 1, duties: { pending: 5, overdue: 0, verify: 0 } });
    for (const f of report.files) expect(Object.keys(f)).toEqual(['file', 'valid', 'errors', 'findings', 'duties']);
  });

  it('gives each error code, message, path, 1-based line and column, the provision cited first and all it rests on; each finding likewise', () => {
    expect(report.files[0].errors).toEqual([
      {
        code: 'applicant-not-near-relative',
        message: '申请人与民警的关系“祖父母或外祖父母”不属于近亲属，不能以近亲属身份申请；本办法所称近亲属只有夫、妻、父、母、子、女、同胞兄弟姊妹（依据：第三十二条、第十五条）',
        path: '/applicant/person',
        line: 15,
        column: 15,
        article: 'art_32__para_1',
        articles: ['art_32__para_1', 'art_15__para_1'],
      },
    ]);
    for (const f of report.files.flatMap((x: { findings: unknown[] }) => x.findings)) expect(Object.keys(f)).toEqual(['code', 'message', 'article', 'articles']);
    const departments = report.files[1].findings.find((f: { code: string }) => f.code === 'departments-to-involve');
    expect(departments.articles[0]).toBe('art_7__para_1');
    expect(departments.articles.length).toBeGreaterThan(1);
    expect(departments.articles.slice(1).every((a: string) => a.startsWith('art_7__item_'))).toBe(true);
  });
});

describe('--format sarif, for CI and editors', () => {
  const r = run(['--format', 'sarif', `${INVALID}/grandfather-applies-as-near-relative.json`, `${INVALID}/malformed-trailing-comma.json`]);
  const log = JSON.parse(r.stdout);
  const results = log.runs[0].results as { ruleId: string; level: string; locations: any[]; message: { text: string } }[];

  it('is SARIF 2.1.0 from the wq-validate tool', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(log.runs[0].tool.driver.name).toBe('wq-validate');
  });

  it('uses the code as ruleId, with the provisions in its properties and no link to an unnamed handbook', () => {
    const result = results.find((x) => x.ruleId === 'applicant-not-near-relative');
    expect(result).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: `${INVALID}/grandfather-applies-as-near-relative.json` }, region: { startLine: 15, startColumn: 15 } } }] });
    expect(result).toMatchObject({ properties: { articles: ['art_32__para_1', 'art_15__para_1'] } });
    const rule = log.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'applicant-not-near-relative');
    expect(rule).toMatchObject({ name: 'ApplicantNotNearRelative', fullDescription: { text: expect.stringContaining('第三十二条') } });
    expect(rule.helpUri).toBeUndefined();
  });

  it('reports findings as notes with their place, and a syntax error by its code', () => {
    expect(results.some((x) => x.level === 'note' && x.locations[0].physicalLocation.region)).toBe(true);
    expect(results.find((x) => x.ruleId === 'malformed-json')?.locations[0].physicalLocation.region).toEqual({ startLine: 36, startColumn: 5 });
  });
});

describe('batches and inputs', () => {
  it('searches a directory recursively for *.json and nothing else', () => {
    const dir = path.join(tmp, 'tree');
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    copyFileSync(`${VALID}/minimal.json`, path.join(dir, 'a/b/one.json'));
    copyFileSync(`${VALID}/minimal.json`, path.join(dir, 'two.JSON'));
    writeFileSync(path.join(dir, 'notes.txt'), '不是案件');
    const { report } = json([dir]);
    expect(report.files.map((f: { file: string }) => path.relative(dir, f.file)).sort()).toEqual(['a/b/one.json', 'two.JSON']);
  });

  it('checks a unit set-up file against the unit schema', () => {
    const { report } = json(['schemas/examples/units/hohhot.json', `${INVALID}/unit-with-one-lawyer.json`]);
    expect(report.files[0].valid).toBe(true);
    expect(report.files[1].errors[0]).toMatchObject({ code: 'schema-min-items', article: 'art_26__para_2' });
  });

  it('never modifies the files it checks', () => {
    const files = [...readdirSync(INVALID), ...readdirSync(VALID)].filter((f) => f.endsWith('.json'));
    const dirOf = (f: string) => (readdirSync(INVALID).includes(f) ? INVALID : VALID);
    const snapshot = () => files.map((f) => { const p = `${dirOf(f)}/${f}`; return `${p} ${statSync(p).mtimeMs} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`; });
    const before = snapshot();
    run([INVALID, VALID]);
    run(['--format', 'sarif', INVALID]);
    expect(snapshot()).toEqual(before);
  });

  it('draws no progress bar when stderr is not a terminal', () => {
    const dir = path.join(tmp, 'many');
    mkdirSync(dir);
    for (let i = 0; i < 60; i++) copyFileSync(`${VALID}/minimal.json`, path.join(dir, `c${i}.json`));
    const r = run([dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('draws a progress bar on a terminal for a batch of many files, and none for a few', () => {
    const dir = path.join(tmp, 'many');
    const tty = (target: string) =>
      spawnSync('script', ['-qec', `${process.execPath} bin/validate.js --quiet ${target}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } }).stdout;
    expect(tty(dir)).toContain('检查中');
    expect(tty(`${VALID}/minimal.json`)).not.toContain('检查中');
  });
});

describe('inputs that are not case files, and text that could steer the terminal', () => {
  it('refuses a FIFO at once instead of waiting for a writer, and still checks the rest', () => {
    const fifo = path.join(tmp, 'pipe.json');
    spawnSync('mkfifo', [fifo]);
    const started = Date.now();
    const r = json([fifo, `${VALID}/minimal.json`]);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.report.files[0].errors).toMatchObject([{ code: 'not-a-file', message: '不是普通文件（是命名管道（FIFO）），未读取' }]);
    expect(r.report.files[1].valid).toBe(true);
    expect(r.code).toBe(1);
  });

  it('refuses /dev/zero, which never ends, as a device', () => {
    const r = json(['/dev/zero']);
    expect(r.report.files[0].errors).toMatchObject([{ code: 'not-a-file', message: '不是普通文件（是设备文件），未读取' }]);
  });

  it('refuses a file larger than the limit before reading it, and --max-size moves the limit', () => {
    const big = path.join(tmp, 'big.json');
    writeFileSync(big, `{"id": "${'x'.repeat(2 * 1048576)}"}`);
    expect(json(['--max-size', '1', big]).report.files[0].errors[0]).toMatchObject({ code: 'file-too-large', message: expect.stringContaining('超过 1 MB 的上限，未读取') });
    expect(json(['--max-size', '3', big]).report.files[0].errors[0].code).not.toBe('file-too-large');
    expect(run(['--max-size', '0', big]).code).toBe(2);
  });

  it('escapes the control characters of a file name and of a key, so none reaches the terminal raw', () => {
    const name = path.join(tmp, 'a\r有效\u001b[2J.json');
    writeFileSync(name, '{"id\\u001b[2J": 1}');
    const r = run([name]);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    expect(r.stdout).toContain('a\\u000D有效\\u001B[2J.json');
    expect(r.stdout).toContain('未定义的字段“id\\u001B[2J”');
    // JSON stays JSON, with the same escapes.
    expect(JSON.parse(run(['--format', 'json', name]).stdout).files[0].file).toBe(name);
  });

  it('refuses a handbook address a link could run', () => {
    for (const address of ['javascript:alert(1)', 'data:text/html,x', '10.1.2.3/weiquan']) {
      const r = run(['--handbook', address, `${VALID}/minimal.json`]);
      expect(r.code, address).toBe(2);
      expect(r.stderr).toContain('--handbook 应为以 http://、https:// 或 file:// 开头的地址');
    }
    expect(run([`${VALID}/minimal.json`], { WQ_HANDBOOK_URL: 'javascript:x' }).stderr).toContain('环境变量 WQ_HANDBOOK_URL');
  });
});
