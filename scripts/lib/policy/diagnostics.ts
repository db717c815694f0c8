/**
 * Located diagnostics for policy/ files, remark-lint style: every problem is a
 * VFileMessage on the file it was found in, with line and column, a rule id and a
 * Chinese reason. The compiler collects them all before failing, so an editor
 * sees every mistake in one run.
 */
import type { VFile } from 'vfile';
import type { Node, Point, Position } from 'unist';

/** The checks the compiler makes, as rule ids (shown beside each message). */
export type PolicyRule =
  | 'frontmatter'
  | 'unknown-component'
  | 'unsupported-markdown'
  | 'text-outside-article'
  | 'missing-number'
  | 'invalid-number'
  | 'duplicate-article'
  | 'article-order'
  | 'chapter-order'
  | 'item-outside-list'
  | 'item-order'
  | 'stale-source-gap'
  | 'text-outside-item'
  | 'empty-provision'
  | 'attribute'
  | 'unknown-work'
  | 'unresolved-reference'
  | 'duplicate-name'
  | 'effective-date';

type Place = Node | Position | Point | undefined;

/** Records an error on the file; compilation fails once any file has one. */
export function report(file: VFile, reason: string, place: Place, ruleId: PolicyRule): void {
  const message = file.message(reason, { place: toPlace(place), ruleId, source: 'policy' });
  message.fatal = true;
}

function toPlace(place: Place): Position | Point | undefined {
  if (!place) return undefined;
  if ('type' in place) return place.position;
  return place;
}
