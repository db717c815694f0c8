/**
 * One chapter file of policy/measures/ → one Chapter of the model.
 *
 * The convention the compiler enforces (see README, "Editing the policy"):
 *
 *   ---                                  frontmatter: chapter, heading, headingSupplied
 *   <Article num={8}>                    an article (条), numbered as in the source
 *   一段条文写在一行内。                   each Markdown paragraph is a paragraph (款)
 *   <Items>                              the items (项) of the paragraph before it
 *     <Item num={1}>受到暴力袭击的；</Item>
 *     <Item num={5} sourceGap>…</Item>   the source skips a number here (Art. 29)
 *   </Items>
 *   </Article>
 *   <EffectiveDate>…</EffectiveDate>      the unnumbered effective-date clause
 *
 * Comments are written {/* … *\/}. Anything else is an error with its position.
 */
import type { Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { articleLabel, chapterLabel, itemLabel } from '../citations/index.ts';
import { report } from './diagnostics.ts';
import { inlineText, isComment, type InlineText } from './inline-text.ts';
import { attribute, attributeNames, numberAttribute } from './jsx.ts';
import type { Article, Chapter, Item, Paragraph } from './model.ts';

/** The text of one provision with its inline marks, kept for term and reference passes. */
export interface ProvisionText {
  eId: string;
  inline: InlineText;
  file: VFile;
}

export interface CompiledChapter {
  chapter?: Chapter;
  provisions: ProvisionText[];
  closing?: { text: string; node: MdxJsxFlowElement };
  /** Where each article starts, for order and duplicate checks across files. */
  articleNodes: { article: Article; node: MdxJsxFlowElement }[];
}

export function compileChapter(file: VFile, tree: Root): CompiledChapter {
  const result: CompiledChapter = { provisions: [], articleNodes: [] };
  const front = readFrontmatter(file, tree);
  const articles: Article[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml' || isCommentNode(node)) continue;
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Article') {
      const article = compileArticle(file, node, front ? `chp_${front.num}` : 'chp_0', result);
      if (article) {
        articles.push(article);
        result.articleNodes.push({ article, node });
      }
      continue;
    }
    if (node.type === 'mdxJsxFlowElement' && node.name === 'EffectiveDate') {
      const text = onlyParagraphText(file, node);
      if (text) result.closing = { text: text.text, node };
      continue;
    }
    rejectBlock(file, node, 'text-outside-article');
  }
  if (front) {
    result.chapter = {
      eId: `chp_${front.num}`,
      num: front.num,
      label: chapterLabel(front.num),
      heading: front.heading,
      headingSupplied: front.headingSupplied,
      source: { file: file.path, line: 1, column: 1 },
      articles,
    };
  }
  return result;
}

interface Frontmatter {
  num: number;
  heading: string;
  headingSupplied: boolean;
}

function readFrontmatter(file: VFile, tree: Root): Frontmatter | undefined {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') {
    report(file, '章文件缺少 frontmatter（chapter、heading、headingSupplied）', node, 'frontmatter');
    return undefined;
  }
  let data: Record<string, unknown>;
  try {
    data = (parseYaml(node.value) ?? {}) as Record<string, unknown>;
  } catch (error) {
    report(file, `frontmatter 不是有效的 YAML：${(error as Error).message}`, node, 'frontmatter');
    return undefined;
  }
  const { chapter, heading, headingSupplied } = data;
  let ok = true;
  if (!Number.isInteger(chapter) || (chapter as number) < 1) {
    report(file, 'frontmatter 缺少章号 chapter（正整数）', node, 'missing-number');
    ok = false;
  }
  if (typeof heading !== 'string' || heading.trim() === '') {
    report(file, 'frontmatter 缺少章名 heading', node, 'frontmatter');
    ok = false;
  }
  if (typeof headingSupplied !== 'boolean') {
    report(file, 'frontmatter 须以 headingSupplied: true/false 说明章名是否为编者补充', node, 'frontmatter');
    ok = false;
  }
  return ok ? { num: chapter as number, heading: heading as string, headingSupplied: headingSupplied as boolean } : undefined;
}

function compileArticle(file: VFile, node: MdxJsxFlowElement, chapter: string, out: CompiledChapter): Article | undefined {
  checkAttributes(file, node, ['num', 'heading']);
  const num = numberAttribute(node, 'num');
  if (num === undefined) {
    const given = attribute(node, 'num');
    const reason = given === undefined ? '<Article> 缺少条号 num' : `<Article> 的条号 num 不是正整数：${String(given)}`;
    report(file, reason, node, given === undefined ? 'missing-number' : 'invalid-number');
    return undefined;
  }
  const eId = `art_${num}`;
  const heading = attribute(node, 'heading');
  const article: Article = {
    eId,
    num,
    label: articleLabel(num),
    ...(typeof heading === 'string' ? { heading } : {}),
    chapter,
    source: { file: file.path, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 },
    paragraphs: [],
  };
  const seenItems = new Set<number>();
  for (const child of node.children) {
    if (isCommentNode(child)) continue;
    if (child.type === 'paragraph') {
      const para = addParagraph(article);
      para.text = provision(file, `${para.eId}`, child.children, out).text;
      continue;
    }
    if (child.type === 'mdxJsxFlowElement' && child.name === 'Items') {
      const last = article.paragraphs.at(-1);
      const para = last && last.items.length === 0 ? last : addParagraph(article);
      para.items = compileItems(file, child, article, seenItems, out);
      continue;
    }
    if (child.type === 'mdxJsxFlowElement' && child.name === 'Item') {
      report(file, '<Item> 必须位于 <Items> 列表之内', child, 'item-outside-list');
      continue;
    }
    rejectBlock(file, child, 'unsupported-markdown');
  }
  if (article.paragraphs.length === 0) report(file, `${article.label}没有条文`, node, 'empty-provision');
  return article;
}

function addParagraph(article: Article): Paragraph {
  const num = article.paragraphs.length + 1;
  const para: Paragraph = { eId: `${article.eId}__para_${num}`, num, text: '', items: [] };
  article.paragraphs.push(para);
  return para;
}

function compileItems(
  file: VFile,
  list: MdxJsxFlowElement,
  article: Article,
  seen: Set<number>,
  out: CompiledChapter,
): Item[] {
  checkAttributes(file, list, []);
  const items: Item[] = [];
  for (const element of itemElements(file, list)) {
    checkAttributes(file, element, ['num', 'sourceGap']);
    const num = numberAttribute(element, 'num');
    if (num === undefined) {
      report(file, `${article.label}的 <Item> 缺少有效的项号 num`, element, 'missing-number');
      continue;
    }
    const expected = (items.at(-1)?.num ?? 0) + 1;
    const gap = attribute(element, 'sourceGap') !== undefined;
    if (num !== expected && !(gap && num > expected)) {
      report(
        file,
        `${article.label}的项号顺序有误：此处应为${itemLabel(expected)}，实为${itemLabel(num)}。如原文确实缺号，请在该项加 sourceGap 并注明`,
        element,
        'item-order',
      );
    } else if (gap && num === expected) {
      report(file, `${article.label}${itemLabel(num)}标有 sourceGap，但此处并无缺号`, element, 'stale-source-gap');
    }
    if (seen.has(num)) continue;
    seen.add(num);
    const eId = `${article.eId}__item_${num}`;
    const text = provision(file, eId, element.children as PhrasingContent[], out).text;
    if (text === '') report(file, `${article.label}${itemLabel(num)}没有文字`, element, 'empty-provision');
    items.push({ eId, num, label: itemLabel(num), text });
  }
  if (items.length === 0) report(file, `${article.label}的 <Items> 中没有任何 <Item>`, list, 'empty-provision');
  return items;
}

/** The <Item> elements of a list, one per line; text between them is an error. */
function itemElements(file: VFile, list: MdxJsxFlowElement): (MdxJsxFlowElement | MdxJsxTextElement)[] {
  const found: (MdxJsxFlowElement | MdxJsxTextElement)[] = [];
  const take = (node: RootContent | PhrasingContent) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Item') {
      found.push(node);
    } else if (node.type === 'text' && node.value.trim() === '') {
      // line breaks between items
    } else if (isCommentNode(node)) {
      // comments are allowed anywhere
    } else if (node.type === 'text') {
      report(file, '<Items> 中只能有 <Item>，不能有项外文字', firstCharacter(node), 'text-outside-item');
    } else {
      rejectBlock(file, node, 'unsupported-markdown');
    }
  };
  for (const child of list.children) {
    // Items written one per line come as one paragraph of inline elements.
    if (child.type === 'paragraph') child.children.forEach(take);
    else take(child);
  }
  return found;
}

/** Where the first visible character of a text node is (its node starts at a line break). */
function firstCharacter(node: { value: string; position?: { start: { line: number; column: number } } }) {
  const start = node.position?.start;
  if (!start) return undefined;
  const lead = /^\s*/.exec(node.value)![0];
  const lines = lead.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + lead.length }
    : { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 };
}

function provision(file: VFile, eId: string, nodes: PhrasingContent[], out: CompiledChapter): InlineText {
  const inline = inlineText(file, nodes);
  out.provisions.push({ eId, inline, file });
  return inline;
}

function onlyParagraphText(file: VFile, node: MdxJsxFlowElement): InlineText | undefined {
  const paragraphs = node.children.filter((c): c is MdParagraph => c.type === 'paragraph');
  if (paragraphs.length !== 1 || node.children.length !== 1) {
    report(file, `<${node.name}> 应只包含一段文字`, node, 'unsupported-markdown');
    return undefined;
  }
  return inlineText(file, paragraphs[0]!.children);
}

const KNOWN_FLOW = new Set(['Article', 'Items', 'Item', 'EffectiveDate']);

function rejectBlock(file: VFile, node: RootContent | PhrasingContent, rule: 'text-outside-article' | 'unsupported-markdown'): void {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const name = node.name ?? '';
    const where = KNOWN_FLOW.has(name) ? `<${name}> 不能出现在此处` : `未知组件 <${name || '片段'}>`;
    report(file, `${where}（可用：<Article>、<Items>、<Item>、<EffectiveDate>、<Term>、<Enum>、<Param>）`, node, 'unknown-component');
    return;
  }
  if (rule === 'text-outside-article') {
    report(file, `条文之外不能有正文（${node.type}）：每段条文都应写在 <Article> 之内`, node, rule);
    return;
  }
  report(file, `不支持的 Markdown 结构“${node.type}”：条写作 <Article>，项写作 <Items>/<Item>`, node, rule);
}

function checkAttributes(file: VFile, node: MdxJsxFlowElement | MdxJsxTextElement, allowed: string[]): void {
  for (const name of attributeNames(node)) {
    if (!allowed.includes(name)) {
      report(file, `<${node.name}> 不支持属性 ${name}${allowed.length ? `（可用：${allowed.join('、')}）` : ''}`, node, 'attribute');
    }
  }
}

function isCommentNode(node: RootContent | PhrasingContent): boolean {
  return (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && isComment(node.value);
}
