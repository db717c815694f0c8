/**
 * What the editors add to the Measures, kept apart from the text: policy/editorial/*.yaml. Each
 * file is checked against the text it serves (a table for Art. 18 must name Art. 18's grounds),
 * and lands in the model under `editorial`, marked as the editors' and never mixed into the
 * provisions. Problems are located messages on the file, as for the chapters.
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { VFile } from 'vfile';
import { report } from './diagnostics.ts';
import type { Editorial, Enumeration } from './model.ts';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isWords = (v: unknown): v is string[] => Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && w.trim() !== '');

/** Art. 18's grounds as cases write them (forbidden-grounds.yaml). */
type GroundTable = NonNullable<Editorial['forbiddenGrounds']>;

function forbiddenGrounds(file: VFile, data: unknown, enumerations: Record<string, Enumeration>): GroundTable | undefined {
  const members = enumerations.forbidden_grounds?.members ?? [];
  if (!isObject(data) || !isObject(data.phrasings) || !isWords(data.established)) {
    report(file, '须有 phrasings（每种理由的写法）与 established（表明已查明事实的用语）', undefined, 'frontmatter');
    return undefined;
  }
  const phrasings: GroundTable['phrasings'] = {};
  for (const [ground, entry] of Object.entries(data.phrasings)) {
    if (ground !== '等' && !members.includes(ground)) {
      report(file, `“${ground}”不是第十八条所列的理由（${members.join('、')}，或“等”）`, undefined, 'frontmatter');
      continue;
    }
    if (!isObject(entry) || !isWords(entry.words)) {
      report(file, `“${ground}”须有 words：至少一种写法`, undefined, 'frontmatter');
      continue;
    }
    phrasings[ground] = { words: entry.words, unlessEstablished: entry.unlessEstablished === true };
  }
  for (const ground of members) if (!phrasings[ground]) report(file, `缺少第十八条所列理由“${ground}”的写法`, undefined, 'frontmatter');
  return { phrasings, established: data.established };
}

const READERS: Record<string, (file: VFile, data: unknown, enumerations: Record<string, Enumeration>) => Partial<Editorial>> = {
  'forbidden-grounds.yaml': (file, data, enumerations) => {
    const table = forbiddenGrounds(file, data, enumerations);
    return table ? { forbiddenGrounds: table } : {};
  },
};

export function readEditorial(files: readonly VFile[], enumerations: Record<string, Enumeration>): Editorial {
  const editorial: Editorial = {};
  for (const file of files) {
    const reader = READERS[path.basename(file.path)];
    if (!reader) {
      report(file, `不认识的编者文件：policy/editorial/ 中只能有 ${Object.keys(READERS).join('、')}`, undefined, 'frontmatter');
      continue;
    }
    let data: unknown;
    try {
      data = parseYaml(String(file.value));
    } catch (error) {
      report(file, `不是有效的 YAML：${(error as Error).message}`, undefined, 'frontmatter');
      continue;
    }
    Object.assign(editorial, reader(file, data, enumerations));
  }
  return editorial;
}
