/**
 * What the editors add to the Measures, kept apart from the text: policy/editorial/*.yaml and
 * policy/editorial/guides/*.yaml. Each file is checked against the text it serves (a table for
 * Art. 18 must name Art. 18's grounds, a caption a real article, a thesaurus entry words its
 * provision holds, a guide's every sentence a provision it rests on), and lands in the model
 * under `editorial`, marked as the editors' and never mixed into the provisions. Problems are
 * located messages on the file, as for the chapters.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { report } from './diagnostics.ts';
import { readActs, readPersons, readRelations } from './editorial-case.ts';
import { readCaptions } from './editorial-captions.ts';
import { readTiming } from './editorial-timing.ts';
import { readGuide } from './editorial-guides.ts';
import { editorialInput, isObject, isWords, type EditorialContext, type EditorialInput } from './editorial-input.ts';
import { readThesaurus } from './editorial-thesaurus.ts';
import type { Editorial, Guide } from './model.ts';

export type { EditorialContext };

/** Art. 18's grounds as cases write them (forbidden-grounds.yaml). */
type GroundTable = NonNullable<Editorial['forbiddenGrounds']>;

function forbiddenGrounds({ file, data, context }: EditorialInput): GroundTable | undefined {
  const members = context.enumerations.forbidden_grounds?.members ?? [];
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

/** The files at the top of policy/editorial/, by name, and what each adds to the model. */
const READERS: Record<string, (input: EditorialInput) => Partial<Editorial>> = {
  'forbidden-grounds.yaml': (input) => {
    const table = forbiddenGrounds(input);
    return table ? { forbiddenGrounds: table } : {};
  },
  'captions.yaml': (input) => {
    const captions = readCaptions(input);
    return captions ? { captions } : {};
  },
  'persons.yaml': (input) => {
    const persons = readPersons(input);
    return persons ? { persons } : {};
  },
  'relations.yaml': (input) => {
    const relations = readRelations(input);
    return relations ? { relations } : {};
  },
  'acts.yaml': (input) => readActs(input) ?? {},
  'timing.yaml': (input) => {
    const timing = readTiming(input);
    return timing ? { timing } : {};
  },
  'thesaurus.yaml': (input) => {
    const thesaurus = readThesaurus(input);
    return thesaurus ? { thesaurus } : {};
  },
};

/** policy/editorial/guides/: one file per situation guide. */
const GUIDES_DIR = 'guides';

export function readEditorial(files: readonly VFile[], context: EditorialContext): Editorial {
  const editorial: Editorial = {};
  const guides: { guide: Guide; order: number; file: VFile }[] = [];
  for (const file of files) {
    const inGuides = path.basename(path.dirname(file.path)) === GUIDES_DIR;
    const reader = inGuides ? undefined : READERS[path.basename(file.path)];
    if (!inGuides && !reader) {
      report(file, `不认识的编者文件：policy/editorial/ 中只能有 ${Object.keys(READERS).join('、')} 和 ${GUIDES_DIR}/*.yaml`, undefined, 'frontmatter');
      continue;
    }
    const input = editorialInput(file, context);
    if (!input) continue;
    if (reader) {
      Object.assign(editorial, reader(input));
      continue;
    }
    const read = readGuide(input);
    if (!read) continue;
    const { order, ...guide } = read;
    const twin = guides.find((g) => g.order === order);
    if (twin) input.fail(`order ${order} 与 ${twin.file.path} 相同：每个指引的次序不同`, ['order']);
    guides.push({ guide, order, file });
  }
  if (guides.length) editorial.guides = guides.sort((a, b) => a.order - b.order).map((g) => g.guide);
  return editorial;
}
