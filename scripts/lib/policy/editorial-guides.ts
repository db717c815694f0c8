/**
 * policy/editorial/guides/<id>.yaml: 情形指引, one reading aid per situation officers face (violence
 * on duty, threats to the family, a malicious complaint …): what to do now, whom to go to, what the Measures give,
 * what the office must do, which document results. The guide's sentences are the editors'; each
 * must cite the provisions it rests on, and what it quotes is named by eId, for the handbook to
 * take word for word from the model. The duties and the forms are named by the provisions that
 * give them and by the forms' ids; the handbook resolves them from what the validator and the
 * forms renderer publish.
 */
import path from 'node:path';
import type { Guide, GuidePoint } from './model.ts';
import { isObject, isText, isWords, provisionIndex, type EditorialInput } from './editorial-input.ts';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const KEYS = new Set(['order', 'title', 'summary', 'words', 'now', 'applies', 'gives', 'apply', 'duties', 'documents', 'notes']);
const POINT_KEYS = new Set(['text', 'cite', 'quote']);
/** Sections that every guide has, with what the message calls them. */
const REQUIRED = { now: '现在就做（now）', applies: '这种情形（applies）', gives: '本办法怎么规定（gives）', apply: '向谁提出（apply）' } as const;

type Path = (string | number)[];

export function readGuide({ file, data, context, fail }: EditorialInput): (Guide & { order: number }) | undefined {
  const id = path.basename(file.path, '.yaml');
  if (!ID.test(id)) {
    fail(`文件名“${id}”须是小写字母、数字和连字符（它是指引页面的地址 guides/${id}/）`);
    return undefined;
  }
  if (!isObject(data)) {
    fail('须是含 title、summary、words、now、applies、gives、apply、duties、documents 的映射');
    return undefined;
  }
  for (const key of Object.keys(data)) if (!KEYS.has(key)) fail(`不认识的键“${key}”`, [key]);
  const known = provisionIndex(context.chapters);
  const eIds = (value: unknown, at: Path, what: string): string[] => {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length === 0) {
      fail(`须有${what}：至少一个条款标识（如 art_15__para_1）`, at);
      return [];
    }
    return list.filter((eId: unknown, i) => {
      const ok = typeof eId === 'string' && known.has(eId);
      if (!ok) fail(`“${String(eId)}”不是条文模型中的条款标识`, [...at, ...(typeof value === 'string' ? [] : [i])]);
      return ok;
    }) as string[];
  };
  const points = (value: unknown, at: Path, required: string | undefined): GuidePoint[] => {
    if (value === undefined && !required) return [];
    if (!Array.isArray(value) || value.length === 0) {
      fail(`须有${required ?? at.join('.')}：至少一句，每句写明依据（cite）`, at);
      return [];
    }
    return value.flatMap((point: unknown, i): GuidePoint[] => {
      const here = [...at, i];
      if (!isObject(point) || !isText(point.text)) {
        fail('每一句须有 text（编者的说明）和 cite（所依据的条款）', here);
        return [];
      }
      for (const key of Object.keys(point)) if (!POINT_KEYS.has(key)) fail(`不认识的键“${key}”（只能有 text、cite、quote）`, [...here, key]);
      const cite = eIds(point.cite, [...here, 'cite'], '依据 cite');
      const quote = point.quote === undefined ? [] : eIds(point.quote, [...here, 'quote'], '引文 quote');
      return cite.length ? [{ text: point.text.trim(), cite, quote }] : [];
    });
  };

  const order = data.order;
  if (typeof order !== 'number' || !Number.isInteger(order) || order < 1) fail('须有 order：指引在目录中的次序（正整数）', ['order']);
  for (const key of ['title', 'summary'] as const) if (!isText(data[key])) fail(`须有 ${key}`, [key]);
  if (!isWords(data.words) || data.words.some((w) => [...w].length < 2)) fail('须有 words：民警对这种情形的说法（每个至少两个字）', ['words']);
  const duties = isObject(data.duties) ? data.duties : {};
  if (!isObject(data.duties)) fail('须有 duties：provisions（规定单位职责的条款）与可选的 notes', ['duties']);
  const documents = isObject(data.documents) ? data.documents : {};
  const forms = Array.isArray(documents.forms) ? documents.forms : [];
  if (!isObject(data.documents) || forms.length === 0) fail('须有 documents：forms（所形成文书的表单标识）与可选的 notes', ['documents']);
  forms.forEach((form: unknown, i) => {
    if (typeof form !== 'string' || !ID.test(form)) fail(`“${String(form)}”不是表单标识（如 application-register）`, ['documents', 'forms', i]);
  });

  const guide = {
    id,
    order: typeof order === 'number' ? order : 0,
    title: isText(data.title) ? data.title.trim() : '',
    summary: isText(data.summary) ? data.summary.trim() : '',
    words: isWords(data.words) ? data.words : [],
    now: points(data.now, ['now'], REQUIRED.now),
    applies: points(data.applies, ['applies'], REQUIRED.applies),
    gives: points(data.gives, ['gives'], REQUIRED.gives),
    apply: points(data.apply, ['apply'], REQUIRED.apply),
    duties: { provisions: eIds(duties.provisions, ['duties', 'provisions'], '规定单位职责的条款 duties.provisions'), notes: points(duties.notes, ['duties', 'notes'], undefined) },
    documents: { forms: forms.filter((f): f is string => typeof f === 'string' && ID.test(f)), notes: points(documents.notes, ['documents', 'notes'], undefined) },
    notes: points(data.notes, ['notes'], undefined),
  };
  return guide;
}
