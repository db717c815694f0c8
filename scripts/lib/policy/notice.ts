/** policy/notice.mdx: the covering notice's metadata (frontmatter) and its body. */
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { report } from './diagnostics.ts';
import { inlineText } from './inline-text.ts';
import type { NoticeMeta, PolicyModel } from './model.ts';
import { parsePolicyFile } from './parse.ts';

const STRING_FIELDS = [
  'title', 'measuresTitle', 'documentNumber', 'issuer', 'dateWritten', 'signatureDateAsPrinted',
  'signatureDateNote', 'addressees', 'indexNumber', 'summary', 'approvedBy', 'source',
] as const;

export function readNotice(file: VFile): { meta: NoticeMeta; notice: PolicyModel['notice'] } | undefined {
  const tree = parsePolicyFile(file);
  if (!tree) return undefined;
  const front = tree.children[0];
  if (front?.type !== 'yaml') {
    report(file, 'notice.mdx 缺少 frontmatter 元数据', front, 'frontmatter');
    return undefined;
  }
  const data = (parseYaml(front.value) ?? {}) as Record<string, unknown>;
  for (const key of STRING_FIELDS) {
    if (typeof data[key] !== 'string' || data[key] === '') report(file, `元数据缺少 ${key}`, front, 'frontmatter');
  }
  if (!Array.isArray(data.classification)) report(file, '元数据缺少 classification 列表', front, 'frontmatter');
  const paragraphs = tree.children.flatMap((node) => (node.type === 'paragraph' ? [inlineText(file, node.children).text] : []));
  const [addressees = '', ...body] = paragraphs;
  return {
    meta: { ...(data as unknown as NoticeMeta), publisherFieldEmpty: data.publisherFieldEmpty === true },
    notice: { addressees: addressees.replace(/[：:]$/u, ''), paragraphs: body },
  };
}
