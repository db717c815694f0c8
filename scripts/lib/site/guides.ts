/**
 * The situation guides' pages (policy/editorial/guides/): the editors' sentences with the
 * provisions each cites; the provisions they quote, cut into runs from the model like the article
 * pages (never retyped); the duties the guide's provisions give, from what the validator
 * publishes; the documents, from what the forms renderer publishes. A guide naming a form or a
 * duty provision nothing publishes is reported, not shown as if it existed.
 */
import { articleOf, cite, handbookPath } from '../citations/index.ts';
import type { Guide, GuidePoint, PolicyModel, Reference } from '../policy/model.ts';
import { locate } from '../policy/query.ts';
import { captionOf, overlaps, provisionLink } from './provision-links.ts';
import { segmentText, type SegmentContext } from './segments.ts';
import type { DutyView, FormView, GuidePointView, GuideView, QuoteView, Segment } from './types.ts';

/** The page's sections, in order, with their headings (the same on every guide): what to do and whom to go to first. */
const SECTIONS = [
  { id: 'now', heading: '现在就做' },
  { id: 'apply', heading: '向谁提出' },
  { id: 'applies', heading: '这种情形' },
  { id: 'gives', heading: '本办法怎么规定' },
] as const;

export interface GuideInput {
  model: PolicyModel;
  ctx: SegmentContext;
  refsBySource: Map<string, Reference[]>;
  duties: DutyView[];
  forms: FormView[];
  /** Whether the validator's duties and the forms were published (otherwise nothing is reported missing). */
  dutiesPublished: boolean;
  formsPublished: boolean;
  problems: string[];
}

function guideHref(id: string): string {
  return `guides/${id}/`;
}

/** A quoted provision's runs; its term pop-ups get ids unique to the quote, as the article's own text on the page has the same ones. */
function quoteView(eId: string, prefix: string, input: GuideInput): QuoteView {
  const { model, ctx, refsBySource } = input;
  const found = locate(model, eId)!;
  const runs = (text: string, source: string): Segment[] =>
    segmentText(text, refsBySource.get(source) ?? [], ctx, source).map((s) =>
      s.link?.tip ? { ...s, link: { ...s.link, tip: { ...s.link.tip, id: `${prefix}-${s.link.tip.id}` } } } : s,
    );
  const blocks: QuoteView['blocks'] = [];
  const paragraphs = found.item ? [] : found.paragraph ? [found.paragraph] : found.article.paragraphs;
  if (!found.item && !found.paragraph && found.article.heading) blocks.push({ segments: [{ text: found.article.heading }] });
  for (const paragraph of paragraphs) {
    if (paragraph.text) blocks.push({ segments: runs(paragraph.text, paragraph.eId) });
    for (const item of paragraph.items) blocks.push({ label: item.label, segments: runs(item.text, item.eId) });
  }
  if (found.item) blocks.push({ label: found.item.label, segments: runs(found.item.text, found.item.eId) });
  const caption = captionOf(model, eId);
  return { eId, citation: cite(eId, model), href: handbookPath(eId), ...(caption ? { caption } : {}), blocks };
}

function pointViews(points: GuidePoint[], where: string, input: GuideInput): GuidePointView[] {
  return points.map((p, i) => ({
    text: p.text,
    cites: p.cite.map((eId) => provisionLink(eId, input.model)),
    quotes: p.quote.map((eId, k) => quoteView(eId, `${where}-${i}-${k}`, input)),
  }));
}

export function guideViews(input: GuideInput): GuideView[] {
  return (input.model.editorial.guides ?? []).map((guide) => guideView(guide, input));
}

function guideView(guide: Guide, input: GuideInput): GuideView {
  const { problems } = input;
  const where = (section: string) => `q-${section}`;
  const duties: DutyView[] = [];
  for (const provision of guide.duties.provisions) {
    const found = input.duties.filter((d) => d.kind === 'case' && d.articles.some((l) => overlaps(l.href.split('#')[1] ?? '', provision)));
    if (input.dutiesPublished && found.length === 0) problems.push(`情形指引 ${guide.id} 所列的 ${provision} 在已发布的职责清单中没有个案职责`);
    for (const duty of found) if (!duties.includes(duty)) duties.push(duty);
  }
  const forms = guide.documents.forms.flatMap((id) => {
    const form = input.forms.find((f) => f.id === id);
    if (!form && input.formsPublished) problems.push(`情形指引 ${guide.id} 所列的文书 ${id} 不在已发布的表单中`);
    return form ? [{ id: form.id, title: form.title, href: form.href, description: form.description }] : [];
  });
  const all: GuidePoint[] = [...guide.now, ...guide.applies, ...guide.gives, ...guide.apply, ...guide.duties.notes, ...guide.documents.notes, ...guide.notes];
  const articles = [...new Set(all.flatMap((p) => [...p.cite, ...p.quote]).map((e) => articleOf(e)!))];
  return {
    id: guide.id,
    title: guide.title,
    summary: guide.summary,
    href: guideHref(guide.id),
    words: guide.words,
    sections: SECTIONS.map((s) => ({ id: s.id, heading: s.heading, points: pointViews(guide[s.id], where(s.id), input) })),
    duties: {
      provisions: guide.duties.provisions.map((e) => provisionLink(e, input.model)),
      list: duties,
      notes: pointViews(guide.duties.notes, where('duties'), input),
    },
    documents: { forms, notes: pointViews(guide.documents.notes, where('documents'), input) },
    notes: pointViews(guide.notes, where('notes'), input),
    articles,
    situation: [...new Set(guide.applies.flatMap((p) => p.cite))],
  };
}
