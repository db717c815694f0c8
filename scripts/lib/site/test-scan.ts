/**
 * Which tests name which provisions, for the tests the handbook lists under each
 * article (on its page and on the coverage page): a test file whose name
 * holds an eId (art_17, art-17) covers that article; a test title (it/test/describe)
 * holding an eId, or naming a provision as the tests do in English ("Art. 32",
 * "Arts. 21–24", "Arts. 3, 31, 33", "Art. 29（五）"), covers that provision. Read from the
 * sources, without running them.
 * The handbook's own tests (test/site/) and fixtures are left out: they check the
 * pages, not the provisions.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromChineseNumeral } from '../citations/index.ts';

export interface ScannedTest {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** eIds named by the file name (whole-article coverage). */
  fileEIds: string[];
  /** Test titles and the eIds each names. */
  titles: { title: string; eIds: string[] }[];
}

const EXCLUDED = ['test/site/', 'test/fixtures/'];
const EID_IN_TEXT = /\bart[_-](\d{1,2})(?:__(para|item)_(\d{1,2}))?(?![\d])/g;
const TITLE_CALL = /\b(?:it|test|describe)(?:\.(?:each\([^)]*\)|only|skip|todo|concurrent))*\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;

const ITEM = '\\s*[（(]([一二三四五六七八九十]+)[）)]';
const ONE = `(\\d{1,2})(?:\\s*[–-]\\s*(\\d{1,2}))?(?:${ITEM})?`;
/** "Art. 17", "Art. 29（五）", "Arts. 21–24", "Arts. 3, 31, 33", "Arts. 5 and 6". */
const ARTICLES_IN_TEXT = new RegExp(`\\bArts?\\.\\s*${ONE}(?:\\s*(?:,|and)\\s*${ONE})*`, 'g');
const ONE_IN_LIST = new RegExp(ONE, 'g');

/** The eIds a test names: written as eIds ("art-17" → "art_17"), or as the English titles cite provisions. */
export function eIdsIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(EID_IN_TEXT)) {
    found.add(m[2] ? `art_${m[1]}__${m[2]}_${m[3]}` : `art_${m[1]}`);
  }
  for (const list of text.matchAll(ARTICLES_IN_TEXT)) {
    for (const [, from, to, item] of list[0].matchAll(ONE_IN_LIST)) {
      const first = Number(from);
      const last = to === undefined ? first : Number(to);
      const itemNumber = item === undefined ? undefined : fromChineseNumeral(item);
      for (let n = first; n <= last && n <= 99; n++) found.add(itemNumber && first === last ? `art_${n}__item_${itemNumber}` : `art_${n}`);
    }
  }
  return [...found];
}

/** The titles of the tests in a test file's source. */
export function testTitles(source: string): string[] {
  return [...source.matchAll(TITLE_CALL)].map((m) => m[2]!);
}

async function listTestFiles(dir: string, root: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (EXCLUDED.some((prefix) => `${rel}/`.startsWith(prefix))) continue;
    if (entry.isDirectory()) files.push(...(await listTestFiles(full, root)));
    else if (/\.test\.[cm]?[jt]s$/.test(entry.name)) files.push(rel);
  }
  return files.sort();
}

/** Scans root/test for tests that name provisions. */
export async function scanTests(root: string): Promise<ScannedTest[]> {
  const files = await listTestFiles(path.join(root, 'test'), root);
  const scanned: ScannedTest[] = [];
  for (const file of files) {
    const source = await readFile(path.join(root, file), 'utf8');
    const titles = testTitles(source)
      .map((title) => ({ title, eIds: eIdsIn(title) }))
      .filter((t) => t.eIds.length > 0);
    const fileEIds = eIdsIn(path.basename(file));
    if (titles.length || fileEIds.length) scanned.push({ file, fileEIds, titles });
  }
  return scanned;
}
