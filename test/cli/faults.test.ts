/**
 * Nothing lost, whatever the input (issue 22, 15–19): each fault reproduced as it was found,
 * through the commands as staff run them (the bins, for what reaches the terminal) or their runs
 * in this process (runForms with the shared renderer, runReport without a browser).
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../scripts/lib/report/json.ts';
import { runReport } from '../../scripts/lib/report/run.ts';
import { expandInputs } from '../../scripts/lib/validate/files.ts';
import { createValidator, type Validator } from '../../scripts/lib/validate/index.ts';
import { runIn } from '../documents/command.ts';
import { useRenderer } from '../support/renderer.ts';
import { hasUnsafe } from '../../scripts/lib/cli/printable.ts';
import { convertToPdf } from '../gbt9704/docx/read.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EXAMPLES = path.join(ROOT, 'schemas/examples');
const NAME_CLEARING = path.join(EXAMPLES, 'false-accusation-name-clearing.json');
const ASSAULT = path.join(EXAMPLES, 'assault-on-duty-injury.json');
const YEAR = { from: '2026-01-01', to: '2026-12-31' };
const renderer = useRenderer();
let dir: string;
let validator: Validator;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'wq-cli-faults-'));
  validator = await createValidator({ asOf: '2026-12-31' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
/** A case file written into `folder` (made if missing) under the scratch folder. */
function write(folder: string, name: string, data: unknown): string {
  mkdirSync(path.join(dir, folder), { recursive: true });
  const file = path.join(dir, folder, name);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return file;
}
/** The sample case of `file` as another unit's, with another number. */
function caseOf(file: string, unit: string, id: string) {
  const data = json(file);
  data.unit.name = unit;
  data.id = id;
  return data;
}
function bin(command: string, args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'bin', `${command}.js`), ...args], { cwd, encoding: 'utf8', env: { ...process.env, INIT_CWD: cwd, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}
/** Every XML part of a DOCX or XLSX, parsed strictly: a character XML forbids is an error. */
function xmlErrors(file: string): string[] {
  const errors: string[] = [];
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(file)))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new DOMParser({ onError: (level, message) => void (level !== 'warning' && errors.push(`${name}: ${message}`)) });
    parser.parseFromString(Buffer.from(bytes).toString('utf8'), 'text/xml');
  }
  return errors;
}
const report = (inputs: string[], out: string, formats: ('json' | 'xlsx')[], log: string[] = []) =>
  runReport({ inputs, period: YEAR, outDir: path.join(dir, out), formats, date: '2027-01-05', created: new Date('2027-01-05T00:00:00Z'), log: (t) => void log.push(t) });
const reportJson = (out: string): ReportJson => json(path.join(dir, out, `维护执法权威工作情况报告_${YEAR.from}_${YEAR.to}.json`));
const workbook = async (out: string) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path.join(dir, out, `维护执法权威工作台账_截至${YEAR.to}.xlsx`));
  return book;
};

describe('15. text no XML may hold never reaches a DOCX or an XLSX; what steers a terminal never reaches it', () => {
  // Characters the schema allows (XML does too) but a terminal or a file name must not show raw.
  const odd = { rlo: '\u202e', nel: '\u0085', csi: '\u009b', ls: '\u2028' };

  it('the documents and the ledger are well-formed XML, the file names and the terminal show escapes', async () => {
    const data = caseOf(NAME_CLEARING, `呼和浩特${odd.rlo}市公安局`, `呼公维〔2026〕7号${odd.rlo}fdp.exe`);
    data.people[0].name = `乌力${odd.nel}吉${odd.csi}2J`;
    data.incident.place = `呼和浩特市${odd.ls}新城区`;
    const cwd = path.join(dir, 'odd');
    write('odd', 'case.json', data);
    expect(validator.validateData(data).valid).toBe(true);
    // Two commands, two output folders: run at once.
    const [forms, ledger] = await Promise.all([
      bin('forms', ['case.json', '--format', 'docx', '--out', 'forms', '--as-of', '2026-12-31'], cwd),
      bin('report', ['case.json', '--format', 'xlsx', '--out', 'report', '--from', YEAR.from, '--to', YEAR.to, '--date', '2027-01-05'], cwd),
    ]);
    expect(forms.code, forms.stderr).toBe(0);
    expect(ledger.code, ledger.stderr).toBe(0);
    const outputs = [...readdirSync(path.join(cwd, 'forms')).map((f) => path.join(cwd, 'forms', f)), ...readdirSync(path.join(cwd, 'report')).map((f) => path.join(cwd, 'report', f))];
    expect(outputs.length).toBeGreaterThan(2);
    for (const file of outputs) {
      expect(hasUnsafe(path.basename(file)), path.basename(file)).toBe(false);
      expect(xmlErrors(file), file).toEqual([]);
    }
    for (const text of [forms.stdout, forms.stderr, ledger.stdout, ledger.stderr]) expect(hasUnsafe(text.replace(/[\n\t]/g, ''))).toBe(false);
    expect(forms.stderr).toContain('呼和浩特\\u202E市公安局');
  });
});

describe('17. one overlong field stops nothing but its own document', () => {
  it('a unit name at the schema’s bound (300 characters): the documents that cannot hold it fail, naming file and field; the rest are written (exit 1)', async () => {
    const data = json(NAME_CLEARING);
    data.unit.name = `${'额'.repeat(296)}公安局分`;
    const file = write('long', 'long-unit.json', data);
    expect(validator.validateData(data).valid).toBe(true);
    const r = await runIn(dir, 'long-out', { inputs: [file, ASSAULT], asOf: '2026-12-31', openRenderer: renderer() });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/long-unit\.json {2}无法生成“正名通知书”：“额+”超出版心，无法排版（字段：unit\.name）。其余公文照常生成。/);
    expect(r.failed.length).toBeGreaterThan(0);
    expect(r.failed.every((f) => f.caseId === data.id)).toBe(true);
    // The other case's documents all, and this case's that fit (its application register).
    expect(r.inOut.filter((f) => f.startsWith('土左公维〔2026〕12号_')).length).toBeGreaterThan(1);
    expect(r.inOut).toContain('呼公维〔2026〕7号_维护执法权威申请登记表.pdf');
    expect(r.written).toBe(r.inOut.length);
  });

  it('a 4 MB field (inside the 5 MB file limit): that case is refused at once, naming file, line and field; the other case’s documents are written (exit 1)', async () => {
    const data = json(NAME_CLEARING);
    data.acts[0].description = '诬'.repeat(1_400_000);
    const file = write('huge', 'huge-field.json', data);
    expect(readFileSync(file).length).toBeGreaterThan(4_000_000);
    const r = await runIn(dir, 'huge-out', { inputs: [file, ASSAULT], asOf: '2026-12-31', openRenderer: renderer() });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/huge-field\.json:\d+:\d+ {2}错误 {2}侵害行为第1项 › 经过不能超过 \d+ 个字符/);
    expect(r.inOut.length).toBeGreaterThan(1);
    expect(r.inOut.every((f) => f.startsWith('土左公维〔2026〕12号_'))).toBe(true);
    expect(r.written).toBe(r.inOut.length);
  });
});

describe('18. a case is its unit’s number, and names that differ only in case are two names', () => {
  it('the report counts two units’ cases numbered alike as two, and the ledger lists both', async () => {
    // Three a unit: fewer would be withheld as a small cell (report/disclosure.ts) and hide the count.
    const ids = ['2026-001', '2026-002', '2026-003'];
    const files = ids.flatMap((id) => [
      write('same-number', `a-${id}.json`, caseOf(ASSAULT, '土默特左旗公安局', id)),
      write('same-number', `b-${id}.json`, caseOf(NAME_CLEARING, '呼和浩特市公安局', id)),
    ]);
    const r = await report(files, 'same-number-out', ['json', 'xlsx']);
    expect(r.exitCode).toBe(0);
    expect(r.counts).toMatchObject({ valid: 6, duplicates: 0 });
    expect(reportJson('same-number-out').byUnit).toEqual({ 土默特左旗公安局: 3, 呼和浩特市公安局: 3 });
    const book = await workbook('same-number-out');
    expect(book.worksheets.map((s) => [s.name, [3, 4, 5].map((row) => s.getCell(row, 1).value)])).toEqual([
      ['呼和浩特市公安局', ids],
      ['土默特左旗公安局', ids],
    ]);
  });

  it('the same unit’s number twice is still counted once', async () => {
    const a = write('twice', 'a.json', caseOf(ASSAULT, '土默特左旗公安局', '2026-001'));
    const b = write('twice', 'b.json', caseOf(ASSAULT, '土默特左旗公安局', '2026-001'));
    const log: string[] = [];
    const r = await report([a, b], 'twice-out', ['json'], log);
    expect(r.counts).toMatchObject({ valid: 2, duplicates: 1 });
    expect(log.join('')).toContain('案件编号“2026-001”与');
  });

  it('two cases whose numbers differ only in case get documents whose names differ by more than case', async () => {
    const lower = write('case-ids', 'lower.json', caseOf(NAME_CLEARING, '呼和浩特市公安局', 'hhht-2026-007a'));
    const upper = write('case-ids', 'upper.json', caseOf(NAME_CLEARING, '呼和浩特市公安局', 'HHHT-2026-007A'));
    const r = await runIn(dir, 'case-ids-out', { inputs: [lower, upper], forms: ['name-clearing-notice'], formats: ['docx'], force: true });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.inOut).toHaveLength(2);
    expect(new Set(r.inOut.map((f) => f.toLowerCase())).size).toBe(2);
  });
});

describe('19. unit names, dates and paths that used to end a run or mislead it', () => {
  it('unit names that collide as sheet names each get a sheet, with their full name in its title row', async () => {
    const units = ['ABC公安局', 'abc公安局', "'阿拉善盟公安局'", '包头市/昆都仑区公安分局', 'History', `内蒙古自治区${'很'.repeat(30)}长的公安局`];
    const files = units.map((u, i) => write('sheets', `${i}.json`, caseOf(NAME_CLEARING, u, `2026-${i}`)));
    const r = await report(files, 'sheets-out', ['xlsx']);
    expect(r.exitCode).toBe(0);
    const book = await workbook('sheets-out');
    const names = book.worksheets.map((s) => s.name);
    expect(names).toHaveLength(units.length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(units.length);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    const titles = book.worksheets.map((s) => String(s.getCell(1, 1).value));
    for (const u of units) expect(titles.some((t) => t.startsWith(`${u}维护执法权威工作台账`)), u).toBe(true);
    const xlsx = path.join(dir, 'sheets-out', `维护执法权威工作台账_截至${YEAR.to}.xlsx`);
    expect(xmlErrors(xlsx)).toEqual([]);
    // LibreOffice Calc opens it too and prints every sheet, each under its unit's full name.
    const [pdf] = convertToPdf([xlsx]);
    const printed = execFileSync('pdftotext', ['-raw', pdf!, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const u of units) expect(printed, u).toContain(`${u}维护执法权威工作台账`);
  });

  it('units called constructor, __proto__ and toString are counted as any other', async () => {
    // Three cases each, so that no count is withheld as a small cell.
    const units = ['constructor', '__proto__', 'toString'];
    const files = units.flatMap((u, i) => [1, 2, 3].map((k) => write('proto', `${i}-${k}.json`, caseOf(NAME_CLEARING, u, `2026-${k}`))));
    const r = await report(files, 'proto-out', ['json']);
    expect(r.exitCode).toBe(0);
    const byUnit = reportJson('proto-out').byUnit;
    expect(Object.entries(byUnit).sort()).toEqual([
      ['__proto__', 3],
      ['constructor', 3],
      ['toString', 3],
    ]);
  });

  it('the longest period the command takes (1900 to 2099) is counted, the one before it too', async () => {
    const r = await runReport({ inputs: [NAME_CLEARING], period: { from: '1900-01-01', to: '2099-12-31' }, outDir: path.join(dir, 'long-period'), formats: ['json'], date: '2099-12-31', log: () => undefined });
    expect(r.exitCode).toBe(0);
    expect(r.counts.valid).toBe(1);
  });

  it('a path under a file, a socket and a name too long are said in Chinese', async () => {
    const socket = path.join(dir, 'wq.sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const file = path.join(dir, 'plain.txt');
      writeFileSync(file, '');
      const reasons = [path.join(file, 'x.json'), socket, path.join(dir, `${'长'.repeat(100)}.json`)].map((p) => {
        const r = validator.validateFile(p);
        expect(r.unreadable).toBe(true);
        return validator.describe.issue(r.issues[0]!, r.kind).message;
      });
      expect(reasons).toEqual(['无法读取：路径中有一部分不是目录', '无法读取：设备或地址不存在（如套接字文件、已拔出的设备）', '无法读取：文件名或路径过长']);
    } finally {
      server.close();
    }
  });

  it('a file whose name is in GBK is found in its folder, checked, and shown in Chinese', () => {
    const folder = path.join(dir, 'gbk');
    mkdirSync(folder);
    // 案件.json in GBK, as a zip made on a Chinese Windows PC unpacks it.
    const name = Buffer.concat([Buffer.from([0xb0, 0xb8, 0xbc, 0xfe]), Buffer.from('.json')]);
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), name]), readFileSync(NAME_CLEARING));
    const { files, unreadable } = expandInputs([folder]);
    expect(unreadable).toEqual([]);
    expect(files).toEqual([path.join(folder, '案件.json')]);
    const [result] = [...validator.validateFiles(files)];
    expect(result!.unreadable).toBeUndefined();
    expect(result!.valid).toBe(true);
  });

  it('a GBK name typed as an argument (its bytes lost before the command sees them) is said to be one, not a missing file', () => {
    const folder = path.join(dir, 'gbk-typed');
    mkdirSync(folder);
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), Buffer.from([0xb0, 0xb8, 0xbc, 0xfe]), Buffer.from('.json')]), readFileSync(NAME_CLEARING));
    // The shell passes the bytes; Node gives the command U+FFFD for each, and no file has that name.
    const typed = spawnSync('/bin/sh', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(ROOT, 'bin/validate.js'))} "$(printf '\\260\\270\\274\\376.json')"`], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: folder, NO_COLOR: '1' },
    });
    expect(typed.status).toBe(2);
    expect(typed.stdout).toContain('无法读取：文件名中有无法识别的字符（编码可能是 GBK 而不是 UTF-8');
    expect(typed.stdout).not.toContain('不存在');
  });

  it('a report written into a folder it reads is not read as a case by the next run; --out equal to that folder is refused', async () => {
    const cases = path.join(dir, 'cases');
    cpSync(NAME_CLEARING, path.join(cases, 'a.json'));
    const out = path.join(cases, 'report-out');
    const first = await runReport({ inputs: [cases], period: YEAR, outDir: out, formats: ['json'], date: '2027-01-05', log: () => undefined });
    const second = await runReport({ inputs: [cases], period: YEAR, outDir: out, formats: ['json'], date: '2027-01-05', force: true, log: () => undefined });
    expect(first.counts).toMatchObject({ total: 1, valid: 1, invalid: 0 });
    expect(second.counts).toEqual(first.counts);
    expect(second.exitCode).toBe(0);
    const same = await bin('report', ['.', '--out', '.', '--format', 'json', '--from', YEAR.from, '--to', YEAR.to, '--date', '2027-01-05'], cases);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('错误：输出目录（--out）不能是要统计的目录');
  });
});
