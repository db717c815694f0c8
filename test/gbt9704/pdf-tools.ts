/**
 * poppler-utils, as the tests use it to look at PDFs the way a reader's tools do:
 * pdffonts (embedding), pdftotext -bbox (words and where they are), pdfinfo (pages).
 */
import { execFileSync } from 'node:child_process';
import { requireTool } from '../../scripts/lib/build/system-tools.ts';
import { MM_PER_PT } from '../../scripts/lib/gbt9704/geometry.ts';

export interface Word {
  page: number;
  text: string;
  /** mm from the top-left corner of the page. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

let checked = false;
/** Without poppler, a clear failure that says what to install (not the shell's ENOENT). */
function requirePoppler(): void {
  if (!checked) requireTool('poppler');
  checked = true;
}

/** One poppler command ([program, ...args]); what it printed. */
function run([cmd, ...args]: readonly string[]): string {
  requirePoppler();
  return execFileSync(cmd!, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const SEPARATOR = '\u001e';
const quoted = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/**
 * Runs several poppler commands in one shell and returns what each printed, in order. A process
 * started from a test's process costs some 15 ms more than the command itself (the test process
 * is large), and a document's checks run three or more: a batch pays that once. A command that
 * fails fails the call, with its message.
 */
export function runAll(commands: readonly (readonly string[])[]): string[] {
  if (commands.length === 0) return [];
  requirePoppler();
  const script = commands.map((c) => `${c.map(quoted).join(' ')} || exit 1; printf '\\036'`).join('\n');
  const outputs = execFileSync('sh', ['-c', script], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }).split(SEPARATOR);
  // One separator after each command: another count means one printed the separator itself.
  if (outputs.length !== commands.length + 1) throw new Error(`poppler 批量读取：${commands.length} 条命令得到 ${outputs.length - 1} 段输出`);
  return outputs.slice(0, commands.length);
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The commands words(), pageSizes() and info() run, for a batch (runAll). */
export const wordsCommand = (file: string) => ['pdftotext', '-bbox', file, '-'];
export const pageSizesCommand = (file: string) => ['pdfinfo', '-f', '1', '-l', '9999', file];
export const infoCommand = (file: string) => ['pdfinfo', '-custom', file];

export function words(file: string): Word[] {
  return parseWords(run(wordsCommand(file)));
}

/** pdftotext -bbox's words. */
export function parseWords(xml: string): Word[] {
  const out: Word[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) {
      const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map((v) => Number(v) * MM_PER_PT) as [number, number, number, number];
      out.push({ page, text: decode(m[5]!), x0, y0, x1, y1 });
    }
  }
  return out;
}

export function text(file: string): string {
  return run(['pdftotext', '-enc', 'UTF-8', file, '-']);
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  unicode: boolean;
}

export function fonts(file: string): FontRow[] {
  const lines = run(['pdffonts', file]).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, type (may contain spaces), encoding, emb, sub, uni, object, id
    const cols = line.trim().split(/\s+/);
    const n = cols.length;
    return { name: cols[0]!, type: cols.slice(1, n - 6).join(' '), embedded: cols[n - 5] === 'yes', unicode: cols[n - 3] === 'yes' };
  });
}

export interface PageBox {
  page: number;
  width: number;
  height: number;
}

/** Page sizes in pt. */
export function pageSizes(file: string): PageBox[] {
  return parsePageSizes(run(pageSizesCommand(file)));
}

/** pdfinfo -f 1 -l N's page sizes. */
export function parsePageSizes(info: string): PageBox[] {
  return [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    page: Number(m[1]),
    width: Number(m[2]),
    height: Number(m[3]),
  }));
}

export function info(file: string): Record<string, string> {
  return parseInfo(run(infoCommand(file)));
}

/** pdfinfo -custom's Info dictionary. */
export function parseInfo(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z0-9]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

export interface Raster {
  width: number;
  height: number;
  /** RGB bytes, row by row. */
  rgb: Buffer;
}

/** One page as pixels (pdftoppm, PPM), at a low resolution: enough to see ink and colour. */
export function raster(file: string, page: number, dpi = 30): Raster {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 });
  // P6\n<w> <h>\n255\n<bytes>
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm 输出不是 PPM');
  return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
}

/** Counts pixels in a box (mm) that pass a test. */
export function countPixels(r: Raster, box: { x0: number; y0: number; x1: number; y1: number }, pageMm: { width: number; height: number }, test: (rgb: [number, number, number]) => boolean): number {
  let n = 0;
  const sx = r.width / pageMm.width;
  const sy = r.height / pageMm.height;
  for (let y = Math.floor(box.y0 * sy); y < Math.min(r.height, Math.ceil(box.y1 * sy)); y++) {
    for (let x = Math.floor(box.x0 * sx); x < Math.min(r.width, Math.ceil(box.x1 * sx)); x++) {
      const i = (y * r.width + x) * 3;
      if (test([r.rgb[i]!, r.rgb[i + 1]!, r.rgb[i + 2]!])) n++;
    }
  }
  return n;
}
