/**
 * JSON pointer → line and column in the file, with momoa's positions. Parsing with positions
 * costs ~10× JSON.parse, so it happens only for a file that has something to point at.
 */
import { segmentsOf } from './pointer.ts';
import { parse, type AnyNode, type DocumentNode, type ElementNode, type MemberNode } from '@humanwhocodes/momoa';

export interface Position {
  line: number;
  column: number;
}

export type Locate = (pointer: string, at?: 'key' | 'value') => Position | undefined;

/** A locator over `text`; the parse happens on first use. A pointer past what exists gets its nearest ancestor. */
export function locator(text: string): Locate {
  let document: DocumentNode | undefined;
  return (pointer, at = 'value') => {
    try {
      document ??= parse(text);
    } catch {
      return undefined;
    }
    let node: AnyNode = document.body;
    let key: AnyNode | undefined;
    let found = true;
    for (const segment of segmentsOf(pointer)) {
      let next: MemberNode | ElementNode | undefined;
      if (node.type === 'Object') next = node.members.find((m: MemberNode) => m.name.type === 'String' && m.name.value === segment);
      else if (node.type === 'Array' && /^\d+$/.test(segment)) next = node.elements[Number(segment)];
      if (!next) {
        found = false;
        break;
      }
      [node, key] = [next.value, next.type === 'Member' ? next.name : undefined];
    }
    const target = at === 'key' && found && key ? key : node;
    return target.loc ? { line: target.loc.start.line, column: target.loc.start.column } : undefined;
  };
}
