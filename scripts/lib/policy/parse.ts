/** The unified processor for policy files: Markdown + YAML frontmatter + MDX (JSX, comments). */
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { report } from './diagnostics.ts';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/** Parses a policy file; a syntax error (unclosed tag, bad JSX) is reported on the file. */
export function parsePolicyFile(file: VFile): Root | undefined {
  try {
    return processor.parse(file);
  } catch (error) {
    // micromark's syntax errors are VFileMessages; some carry their place only in the text.
    const e = error as { reason?: string; message: string; line?: number | null; column?: number | null };
    let reason = e.reason ?? e.message;
    let place = e.line ? { line: e.line, column: e.column ?? 1 } : undefined;
    const inText = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)$/.exec(reason);
    if (inText) {
      place ??= { line: Number(inText[1]), column: Number(inText[2]) };
      reason = reason.slice(0, inText.index);
    }
    const unclosed = /^Expected a closing tag for `<(\w+)>`/.exec(reason);
    if (unclosed) reason = `<${unclosed[1]}> 缺少结束标签 </${unclosed[1]}>`;
    report(file, `MDX 语法错误：${reason}`, place, 'unsupported-markdown');
    return undefined;
  }
}
