/** Reading MDX JSX elements: names and attribute values as the compiler needs them. */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * The value of an attribute: a string for `a="x"` or `a={x}` (the expression's
 * source), true for a bare `a`, undefined when absent.
 */
export function attribute(node: Element, name: string): string | true | undefined {
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== name) continue;
    if (attr.value === null || attr.value === undefined) return true;
    if (typeof attr.value === 'string') return attr.value;
    return attr.value.value.trim();
  }
  return undefined;
}

/** Names of the attributes present on an element (spread attributes are reported as "{...}"). */
export function attributeNames(node: Element): string[] {
  return node.attributes.map((attr) => (attr.type === 'mdxJsxAttribute' ? attr.name : '{...}'));
}

/** A whole positive number from an attribute, or undefined. */
export function numberAttribute(node: Element, name: string): number | undefined {
  const value = attribute(node, name);
  if (typeof value !== 'string' || !/^\d{1,3}$/.test(value)) return undefined;
  const n = Number.parseInt(value, 10);
  return n >= 1 ? n : undefined;
}
