/**
 * poppler-utils, as the tests use it to look at PDFs the way a reader's tools do:
 * pdffonts (embedding), pdftotext -bbox (words and where they are), pdfinfo (pages).
 */
import { execFileSync } from 'node:child_process';
import { MM_PER_PT } from '../../scripts/lib/forms/geometry.ts';

export interface Word {
  page: number;
  text: string;
  /** mm from the top-left corner of the page. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function words(file: string): Word[] {
  const xml = run('pdftotext', ['-bbox', file, '-']);
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
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']);
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  unicode: boolean;
}

export function fonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
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
  const info = run('pdfinfo', ['-f', '1', '-l', '9999', file]);
  return [...info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    page: Number(m[1]),
    width: Number(m[2]),
    height: Number(m[3]),
  }));
}

export function info(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-custom', file]).split('\n')) {
    const m = /^([A-Za-z0-9]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}
