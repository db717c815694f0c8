/**
 * Reading a DOCX as Word does: the zip's parts (fflate) parsed as XML (xmldom), and a
 * conversion to PDF by LibreOffice, read back with poppler. Test helpers only.
 */
import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { requireTool, soffice } from '../../../scripts/lib/build/system-tools.ts';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface Docx {
  parts: string[];
  xml(part: string): XmlDocument;
}

export function openDocx(bytes: Uint8Array): Docx {
  const files = unzipSync(bytes);
  return {
    parts: Object.keys(files),
    xml(part) {
      const file = files[part];
      if (!file) throw new Error(`no part ${part}`);
      return new DOMParser().parseFromString(strFromU8(file), 'text/xml');
    },
  };
}

export const all = (node: XmlDocument | Element, name: string): Element[] => Array.from(node.getElementsByTagNameNS(W, name)) as Element[];
export const first = (node: XmlDocument | Element, name: string): Element | undefined => all(node, name)[0];
export const attr = (node: Element | undefined, name: string): string | null => node?.getAttributeNS(W, name) ?? null;

/** The text of a paragraph as Word shows it: its w:t, tabs as \t, breaks as \n. */
export function paragraphText(p: Element): string {
  let out = '';
  const walk = (n: Element) => {
    for (const child of Array.from(n.childNodes) as Element[]) {
      if (child.namespaceURI === W && child.localName === 't') out += child.textContent ?? '';
      else if (child.namespaceURI === W && child.localName === 'tab' && n.localName === 'r') out += '\t';
      else if (child.namespaceURI === W && child.localName === 'br') out += '\n';
      else if (child.nodeType === 1 && child.localName !== 'pPr' && child.localName !== 'rPr') walk(child);
    }
  };
  walk(p);
  return out;
}

/**
 * LibreOffice with what these files need (Writer for DOCX, Calc and Carlito for XLSX), a Chinese
 * font and poppler, or a clear failure: these tests convert with it and must not pass without it.
 */
function office(files: string[]): string {
  if (files.some((f) => f.endsWith('.docx'))) requireTool('libreoffice-writer');
  if (files.some((f) => f.endsWith('.xlsx'))) {
    requireTool('libreoffice-calc');
    requireTool('carlito');
  }
  requireTool('cjk-font');
  requireTool('poppler');
  return soffice()!;
}

/** Converts DOCX (or XLSX) files to PDF with LibreOffice in a profile of its own (parallel runs would share one). */
export function convertToPdf(files: string[]): string[] {
  const out = mkdtempSync(path.join(os.tmpdir(), 'wq-docx-pdf-'));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'wq-lo-profile-'));
  try {
    execFileSync(office(files), [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...files], {
      stdio: 'pipe',
      timeout: 180_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const made = readdirSync(out).map((f) => path.join(out, f));
  if (made.length !== files.length) throw new Error(`LibreOffice made ${made.length} PDF of ${files.length}`);
  return files.map((f) => path.join(out, `${path.basename(f, path.extname(f))}.pdf`));
}

/** Words of a PDF page with their boxes in mm from the sheet's top-left (pdftotext -bbox). */
export function wordsOf(pdf: string): { page: number; text: string; x0: number; y0: number; x1: number; y1: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const mm = (pt: string) => (Number(pt) * 25.4) / 72;
  const words: ReturnType<typeof wordsOf> = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(line);
    if (m) words.push({ page, text: m[5]!, x0: mm(m[1]!), y0: mm(m[2]!), x1: mm(m[3]!), y1: mm(m[4]!) });
  }
  return words;
}

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}
