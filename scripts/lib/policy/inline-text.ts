/**
 * Flattens the phrasing content of a provision into its plain text, keeping the
 * inline marks the policy files may use and where each character came from:
 *
 *   <Term define="近亲属">近亲属</Term>            a definition site
 *   <Term define="维权委" role="full">…</Term>     the full name a term abbreviates
 *   <Enum name="near_relatives">夫、妻、…</Enum>   a closed list, split on 、
 *   <Param name="min_lawyers" value={2}>2</Param>  a number the rules use
 */
import type { PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { report } from './diagnostics.ts';
import { attribute } from './jsx.ts';

interface InlineMark {
  component: 'Term' | 'Enum' | 'Param';
  start: number;
  end: number;
  attributes: Record<string, string | true>;
  node: MdxJsxTextElement;
}

export interface InlineText {
  text: string;
  marks: InlineMark[];
  /** Start offset in `text` of each source text node, with its position in the file. */
  segments: { offset: number; point: Point }[];
}

const INLINE_COMPONENTS = new Set(['Term', 'Enum', 'Param']);

/** Plain text and marks of phrasing nodes; reports anything that is not plain text or a mark. */
export function inlineText(file: VFile, nodes: PhrasingContent[]): InlineText {
  const out: InlineText = { text: '', marks: [], segments: [] };
  walk(file, nodes, out, false);
  return out;
}

function walk(file: VFile, nodes: PhrasingContent[], out: InlineText, insideMark: boolean): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value.includes('\n')) {
        // A soft line break would become a space, which Chinese text must not have.
        report(file, '一段条文应写在同一行内：段内换行会在中文中产生多余空格', node, 'unsupported-markdown');
      }
      if (node.position) out.segments.push({ offset: out.text.length, point: node.position.start });
      out.text += node.value;
    } else if (node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (!INLINE_COMPONENTS.has(name)) {
        if (name === 'Item') report(file, '<Item> 必须位于 <Items> 列表之内，且单独成行', node, 'item-outside-list');
        else report(file, `未知或不允许在此处使用的组件 <${name || '片段'}>`, node, 'unknown-component');
        continue;
      }
      if (insideMark) {
        report(file, `<${name}> 不能嵌套在其他标记之内`, node, 'unknown-component');
        continue;
      }
      const start = out.text.length;
      walk(file, node.children as PhrasingContent[], out, true);
      out.marks.push({
        component: name as InlineMark['component'],
        start,
        end: out.text.length,
        attributes: attributesOf(node),
        node,
      });
    } else if (node.type === 'mdxTextExpression') {
      if (!isComment(node.value)) report(file, '条文中不允许使用表达式，只允许 {/* 注释 */}', node, 'unsupported-markdown');
    } else {
      report(file, `条文中不支持 Markdown 结构“${node.type}”：条文应为纯文本`, node, 'unsupported-markdown');
    }
  }
}

function attributesOf(node: MdxJsxTextElement): Record<string, string | true> {
  const result: Record<string, string | true> = {};
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute') continue;
    const value = attribute(node, attr.name);
    if (value !== undefined) result[attr.name] = value;
  }
  return result;
}

export function isComment(expression: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}

/** The file position of a character of the flattened text (best effort across nodes). */
export function pointAt(value: InlineText, offset: number): Point | undefined {
  let found: InlineText['segments'][number] | undefined;
  for (const segment of value.segments) {
    if (segment.offset <= offset) found = segment;
  }
  if (!found) return undefined;
  return { line: found.point.line, column: found.point.column + (offset - found.offset) };
}
