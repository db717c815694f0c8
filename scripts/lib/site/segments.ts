/**
 * Cuts a provision's text into runs at the model's references, so the pages can link
 * each defined term to its definition (with the definition in a pop-up), each cited
 * law to the laws page and each named provision to its anchor. The offsets come from
 * the model (UTF-16, within the provision's own text); the words are never retyped.
 */
import { cite, handbookPath } from '../citations/index.ts';
import type { PolicyModel, Reference, Term } from '../policy/model.ts';
import type { Segment, SegmentLink } from './types.ts';

export interface SegmentContext {
  terms: Map<string, Term>;
  works: Map<string, { title: string }>;
  /** The terms each provision defines, by the provision's eId. */
  definitions: Map<string, Term[]>;
  /** For citations: the only paragraph of an article is cited as the article. */
  model: PolicyModel;
}

export function segmentContext(model: PolicyModel): SegmentContext {
  const definitions = new Map<string, Term[]>();
  for (const term of model.terms) definitions.set(term.definedIn, [...(definitions.get(term.definedIn) ?? []), term]);
  return {
    terms: new Map(model.terms.map((t) => [t.term, t])),
    works: new Map([...model.laws, ...model.documents].map((w) => [w.id, w])),
    definitions,
    model,
  };
}

/** The page (relative to the base) where a law or document is described. */
export function workHref(id: string): string {
  return `laws/#${id}`;
}

function linkFor(ref: Reference, ctx: SegmentContext): SegmentLink | undefined {
  switch (ref.kind) {
    case 'term': {
      const term = ctx.terms.get(ref.term ?? ref.text);
      if (!term) return undefined;
      const citation = cite(term.definedIn, ctx.model);
      return {
        kind: 'term',
        href: handbookPath(term.definedIn),
        title: `“${term.term}”的定义：${citation}`,
        tip: {
          id: `tip-${ref.source}-${ref.start}`,
          term: term.term,
          // The full name only when the definition does not already spell it out.
          ...(term.fullName && !term.definition.includes(term.fullName) ? { fullName: term.fullName } : {}),
          definition: term.definition,
          citation,
        },
      };
    }
    case 'law':
    case 'document': {
      const work = ctx.works.get(ref.target);
      return work ? { kind: ref.kind, href: workHref(ref.target), title: `《${work.title}》` } : undefined;
    }
    case 'provision': {
      const title = ref.targetEnd
        ? `${cite(ref.target, ctx.model)}至${cite(ref.targetEnd, ctx.model)}`
        : cite(ref.target, ctx.model);
      return { kind: 'provision', href: handbookPath(ref.target), title };
    }
  }
}

/**
 * The runs of one provision's text. References that overlap an earlier one are left
 * as plain text rather than nested: a link inside a link is not valid HTML. The first
 * occurrence of a term the provision defines becomes its own run, marked `defines`
 * (or marks the link that contains it: 《正名通知书》).
 */
export function segmentText(text: string, refs: Reference[], ctx: SegmentContext, eId?: string): Segment[] {
  let segments = linkRuns(text, refs, ctx);
  for (const term of (eId && ctx.definitions.get(eId)) || []) segments = markDefinition(segments, term.term);
  return segments;
}

function markDefinition(segments: Segment[], term: string): Segment[] {
  for (const [index, segment] of segments.entries()) {
    const at = segment.text.indexOf(term);
    if (at >= 0 && !segment.defines) {
      if (segment.link) return segments.with(index, { ...segment, defines: term });
      const pieces: Segment[] = [
        { text: segment.text.slice(0, at) },
        { text: term, defines: term },
        { text: segment.text.slice(at + term.length) },
      ].filter((p) => p.text);
      return [...segments.slice(0, index), ...pieces, ...segments.slice(index + 1)];
    }
  }
  return segments;
}

function linkRuns(text: string, refs: Reference[], ctx: SegmentContext): Segment[] {
  const sorted = [...refs].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const ref of sorted) {
    if (ref.start < at || ref.end > text.length || ref.start >= ref.end) continue;
    const link = linkFor(ref, ctx);
    if (!link) continue;
    if (ref.start > at) segments.push({ text: text.slice(at, ref.start) });
    segments.push({ text: text.slice(ref.start, ref.end), link });
    at = ref.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
  return segments;
}
