/**
 * The editors' vocabulary of a case record (policy/editorial/persons.yaml, relations.yaml,
 * acts.yaml): the kinds of people, relations and acts a clerk records as facts, each tied to the
 * words of the provision it rests on. The words are checked against the text here, so the
 * vocabulary cannot drift from the Measures; what follows from the facts is the validator's to
 * derive (scripts/lib/case/facts.ts), never the clerk's to choose.
 */
import { isObject, isText, provisionIndex, type EditorialInput } from './editorial-input.ts';
import type { ActKind, DutyLink, PersonCategory, Relation } from './model.ts';

/** Whether `words` occur in the provision `eId`; fails at `path` when they do not. */
function wordsIn(input: EditorialInput, eId: unknown, words: unknown, path: (string | number)[]): eId is string {
  const index = provisionIndex(input.context.chapters);
  const provision = typeof eId === 'string' ? index.get(eId) : undefined;
  if (!provision) {
    input.fail(`“${String(eId)}”不是本办法的条款（应写条款标识，如 art_8__item_1）`, path);
    return false;
  }
  if (!isText(words) || !provision.text.includes(words)) {
    input.fail(`“${String(words)}”没有出现在 ${eId} 的条文中：原词须逐字摘自该条款`, path);
    return false;
  }
  return true;
}

export function readPersons(input: EditorialInput): Record<string, PersonCategory> | undefined {
  const { data, fail } = input;
  if (!isObject(data) || !isObject(data.categories)) {
    fail('须有 categories：每一类人员的原词、条款、遵照或参照、称谓和说明');
    return undefined;
  }
  const out: Record<string, PersonCategory> = {};
  for (const [name, entry] of Object.entries(data.categories)) {
    const at = ['categories', name];
    if (!isObject(entry) || !isText(entry.summary) || typeof entry.title !== 'string') {
      fail(`“${name}”须有 words、provision、basis、title 和 summary`, at);
      continue;
    }
    if (!['适用', '遵照', '参照', '不适用'].includes(entry.basis as string)) {
      fail(`“${name}”的 basis 只能是 适用、遵照、参照 或 不适用`, [...at, 'basis']);
      continue;
    }
    if (!wordsIn(input, entry.provision, entry.words, [...at, 'words'])) continue;
    out[name] = {
      words: entry.words as string,
      provision: entry.provision as string,
      basis: entry.basis as PersonCategory['basis'],
      title: entry.title,
      summary: entry.summary,
    };
  }
  return out;
}

export function readRelations(input: EditorialInput): Record<string, Relation> | undefined {
  const { data, context, fail } = input;
  const members = context.enumerations.near_relatives?.members ?? [];
  if (!isObject(data) || !isObject(data.relations)) {
    fail('须有 relations：每一种关系及其是否属于第三十二条所称近亲属');
    return undefined;
  }
  const out: Record<string, Relation> = {};
  for (const [name, entry] of Object.entries(data.relations)) {
    const at = ['relations', name];
    if (!isObject(entry) || !('near' in entry)) {
      fail(`“${name}”须写明 near：相当于第三十二条所列的哪一个词，不属于近亲属的写 null`, at);
      continue;
    }
    if (entry.near !== null && !members.includes(entry.near as string)) {
      fail(`“${name}”的 near “${String(entry.near)}”不是第三十二条所列的近亲属（${members.join('、')}）`, [...at, 'near']);
      continue;
    }
    if (entry.basis !== undefined && !isText(entry.basis)) fail(`“${name}”的 basis 须是一句话`, [...at, 'basis']);
    out[name] = { near: entry.near as string | null, ...(isText(entry.basis) ? { basis: entry.basis } : {}) };
  }
  for (const member of members) {
    if (!Object.values(out).some((r) => r.near === member)) fail(`第三十二条所列的“${member}”没有对应的关系`, ['relations']);
  }
  return out;
}

export function readActs(input: EditorialInput): { acts: Record<string, ActKind>; links: Record<string, DutyLink> } | undefined {
  const { data, fail } = input;
  if (!isObject(data) || !isObject(data.acts) || !isObject(data.links)) {
    fail('须有 acts（行为种类）和 links（与履职的关系）');
    return undefined;
  }
  const acts: Record<string, ActKind> = {};
  for (const [name, entry] of Object.entries(data.acts)) {
    const at = ['acts', name];
    if (!isObject(entry) || !isText(entry.summary) || !isObject(entry.provisions) || Object.keys(entry.provisions).length === 0) {
      fail(`“${name}”须有 summary 和 provisions（至少一个条款及其原词）`, at);
      continue;
    }
    const provisions: Record<string, string> = {};
    for (const [eId, words] of Object.entries(entry.provisions)) {
      if (wordsIn(input, eId, words, [...at, 'provisions', eId])) provisions[eId] = words as string;
    }
    if (!Object.keys(provisions).some((eId) => eId.startsWith('art_8__item_'))) fail(`“${name}”须对应第八条的一项`, [...at, 'provisions']);
    acts[name] = { summary: entry.summary, provisions };
  }
  const links: Record<string, DutyLink> = {};
  for (const [name, entry] of Object.entries(data.links)) {
    const at = ['links', name];
    if (!isObject(entry) || !isText(entry.summary)) {
      fail(`“${name}”须有 summary`, at);
      continue;
    }
    if (entry.provision !== undefined && !wordsIn(input, entry.provision, entry.words, [...at, 'words'])) continue;
    links[name] = { summary: entry.summary, ...(entry.provision !== undefined ? { provision: entry.provision as string, words: entry.words as string } : {}) };
  }
  return { acts, links };
}
