/**
 * Computes the handbook's page data (types.ts) from the provision model, the other
 * faces' published data and the scanned tests. Pure: give it the inputs, it returns
 * the data; reading files and writing the result is build-site's job.
 */
import { articleOf, cite, handbookPath } from '../citations/index.ts';
import type { Article, PolicyModel, Reference } from '../policy/model.ts';
import { allArticles, hasProvision } from '../policy/query.ts';
import { coverageAnchor, fieldAnchor, ruleAnchor, termAnchor } from './anchors.ts';
import type { PublishedForm } from '../published.ts';
import { accountObligations, dutyViews } from './duties.ts';
import { guideViews } from './guides.ts';
import { captionOf, provisionLink, titled } from './provision-links.ts';
import type { Published } from './published.ts';
import { searchVocabulary } from './search-vocabulary.ts';
import { segmentContext, segmentText, workHref } from './segments.ts';
import type { ScannedTest } from './test-scan.ts';
import {
  HANDBOOK_DATA_VERSION,
  type ArticleView,
  type ChapterView,
  type CoverageRow,
  type FieldView,
  type FormView,
  type HandbookData,
  type Implementations,
  type LinkTo,
  type ReferencedBy,
  type RuleView,
  type TermView,
  type TestView,
  type WorkView,
} from './types.ts';

export interface PageDataInput {
  model: PolicyModel;
  published: Published;
  tests: ScannedTest[];
  /** Sample files (paths relative to dist/) that exist, with their sizes. */
  sampleFiles: Map<string, number>;
}

const WORK_KIND_LABELS: Record<string, string> = {
  law: '法律',
  'administrative-regulation': '行政法规',
  'departmental-rule': '部门规章',
  document: '文书',
};

/** An article of at most this many characters is printed whole (a third of an A4 page): longer ones may break between items. */
const PRINT_WHOLE_LENGTH = 320;

function articleLength(article: Article): number {
  return article.paragraphs.reduce((n, p) => n + p.text.length + p.items.reduce((m, i) => m + i.text.length, 0), 0);
}

/** Where published sample files are copied inside the handbook. */
export const SAMPLES_DIR = 'samples';

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

export function buildHandbookData(input: PageDataInput): HandbookData {
  const { model, published } = input;
  const articles = allArticles(model);
  const problems: string[] = [];
  /** Published eIds the model has, with a note for each it does not. */
  const knownEIds = (eIds: string[], where: string) =>
    eIds.filter((eId) => hasProvision(model, eId) || (problems.push(`${where} 引用了不存在的条款“${eId}”`), false));

  const rules: RuleView[] = published.rules.map((r) => ({
    code: r.code,
    severity: r.severity,
    title: r.title,
    articles: knownEIds(r.articles, `${published.state.rules.file} 的规则 ${r.code}`).map((e) => provisionLink(e, model)),
    tests: r.tests ?? [],
  }));
  const anchors = new Map<string, number>();
  const uniqueAnchor = (anchor: string) => {
    const seen = anchors.get(anchor) ?? 0;
    anchors.set(anchor, seen + 1);
    return seen ? `${anchor}-${seen + 1}` : anchor;
  };
  const fields: FieldView[] = published.fields.map((f) => ({
    path: f.path,
    pointer: f.pointer,
    title: f.title,
    description: f.description,
    anchor: uniqueAnchor(fieldAnchor(f.path)),
    articles: knownEIds(f.articles, `${published.state.fields.file} 的字段 ${f.path}`).map((e) => provisionLink(e, model)),
  }));
  const forms = published.forms.map((f) => formView(f, knownEIds, input.sampleFiles, problems, model));
  const assets = forms
    .flatMap((f) => [f.samplePdf, f.samplePng, f.blankPdf, f.blankPng])
    .flatMap((s) => (s ? [s.href.slice(SAMPLES_DIR.length + 1)] : []));
  const duties = dutyViews(published, model, knownEIds);
  const untracked = published.untracked.map((u) => ({
    articles: knownEIds(u.articles, `${published.state.duties.file} 的不跟踪条款`).map((e) => provisionLink(e, model)),
    reason: u.reason,
  }));

  const chapters: ChapterView[] = model.chapters.map((c) => {
    const first = c.articles[0]!;
    const last = c.articles[c.articles.length - 1]!;
    return {
      eId: c.eId,
      num: c.num,
      label: c.label,
      heading: c.heading,
      headingSupplied: c.headingSupplied,
      href: handbookPath(c.eId),
      range: first === last ? first.label : `${first.label}至${last.label}`,
      articles: c.articles.map((a) => a.eId),
    };
  });

  const implementedBy = (articleEId: string): Implementations => {
    const articleRules = rules.filter((r) => r.articles.some((l) => hrefArticle(l) === articleEId));
    return {
      rules: articleRules,
      fields: fields.filter((f) => f.articles.some((l) => hrefArticle(l) === articleEId)),
      forms: forms.filter((f) => f.articles.some((l) => hrefArticle(l) === articleEId)),
      tests: testsFor(articleEId, input.tests, articleRules),
    };
  };

  const ctx = segmentContext(model);
  const refsBySource = new Map<string, Reference[]>();
  for (const ref of model.references) refsBySource.set(ref.source, [...(refsBySource.get(ref.source) ?? []), ref]);
  const guides = guideViews({
    model,
    ctx,
    refsBySource,
    duties,
    forms,
    dutiesPublished: published.state.duties.state === 'published',
    formsPublished: published.state.forms.state === 'published',
    problems,
  });
  const everydayWords = new Map<string, string[]>();
  for (const entry of model.editorial.thesaurus ?? []) everydayWords.set(entry.target, [...(everydayWords.get(entry.target) ?? []), ...entry.words]);
  const neighbour = (a: Article | undefined): LinkTo | undefined => {
    if (!a) return undefined;
    const caption = captionOf(model, a.eId);
    return { label: a.label, href: handbookPath(a.eId), ...(caption ? { caption } : {}) };
  };

  const articleViews: ArticleView[] = articles.map((article, index) => {
    const chapter = model.chapters.find((c) => c.eId === article.chapter)!;
    const prev = neighbour(articles[index - 1]);
    const next = neighbour(articles[index + 1]);
    const caption = captionOf(model, article.eId);
    const provisions = [article.eId, ...article.paragraphs.flatMap((p) => [p.eId, ...p.items.map((i) => i.eId)])];
    return {
      eId: article.eId,
      num: article.num,
      label: article.label,
      ...(caption ? { caption } : {}),
      title: titled(article.label, caption),
      ...(article.heading ? { heading: article.heading } : {}),
      href: handbookPath(article.eId),
      chapter: { eId: chapter.eId, label: chapter.label, heading: chapter.heading, href: handbookPath(chapter.eId) },
      source: { file: article.source.file, line: article.source.line },
      paragraphs: article.paragraphs.map((p) => ({
        eId: p.eId,
        num: p.num,
        citation: cite(p.eId, model),
        segments: segmentText(p.text, refsBySource.get(p.eId) ?? [], ctx, p.eId),
        items: p.items.map((i) => ({
          eId: i.eId,
          label: i.label,
          citation: cite(i.eId, model),
          segments: segmentText(i.text, refsBySource.get(i.eId) ?? [], ctx, i.eId),
        })),
      })),
      defines: model.terms
        .filter((t) => articleOf(t.definedIn) === article.eId)
        .map((t) => ({ term: t.term, eId: t.definedIn, href: `glossary/#${termAnchor(t.term)}` })),
      references: outgoing(article, model),
      referencedBy: referencedBy(article.eId, model),
      implementedBy: implementedBy(article.eId),
      everyday: provisions.flatMap((eId) => {
        const words = everydayWords.get(eId);
        return words ? [{ eId, citation: eId === article.eId ? article.label : cite(eId, model), words }] : [];
      }),
      guides: guides.filter((g) => g.articles.includes(article.eId)).map((g) => ({ label: g.title, href: g.href })),
      printWhole: articleLength(article) <= PRINT_WHOLE_LENGTH,
      ...(prev ? { prev } : {}),
      ...(next ? { next } : {}),
    };
  });

  const coverage: CoverageRow[] = articleViews.map((a) => ({
    article: { label: a.label, href: a.href, ...(a.caption ? { caption: a.caption } : {}) },
    anchor: coverageAnchor(a.eId),
    source: a.source,
    chapter: a.chapter.label,
    rules: a.implementedBy.rules.map((r) => ({ label: r.title, href: `coverage/#${ruleAnchor(r.code)}` })),
    fields: a.implementedBy.fields.map((f) => ({ label: f.path, href: `schema/#${f.anchor}` })),
    forms: a.implementedBy.forms.map((f) => ({ label: f.title, href: f.href })),
    tests: a.implementedBy.tests.map((t) => t.file),
  }));

  return {
    dataVersion: HANDBOOK_DATA_VERSION,
    modelVersion: model.version,
    meta: model.meta,
    notice: model.notice,
    closing: { eId: model.closing.eId, text: model.closing.text },
    chapters,
    articles: articleViews,
    terms: termViews(model),
    laws: model.laws.map((w) => workView(w, forms, model)),
    documents: model.documents.map((w) => workView(w, forms, model)),
    rules,
    fields,
    forms,
    ...(published.schemaPath ? { schemaPath: published.schemaPath } : {}),
    coverage,
    duties: { list: duties, untracked, obligations: accountObligations(model, duties, untracked, rules) },
    guides,
    search: searchVocabulary(model, guides),
    published: published.state,
    problems,
    assets,
  };
}

/** The article a provision link points into ("articles/art_17/#art_17__item_3" → art_17). */
function hrefArticle(link: LinkTo): string | undefined {
  return /^articles\/(art_\d+)\//.exec(link.href)?.[1];
}

function formView(
  form: PublishedForm,
  knownEIds: (eIds: string[], where: string) => string[],
  sampleFiles: Map<string, number>,
  problems: string[],
  model: PolicyModel,
): FormView {
  const sample = (rel: string | undefined, what = '样张') => {
    if (!rel) return undefined;
    const normal = rel.replace(/\\/g, '/');
    if (normal.startsWith('/') || normal.split('/').includes('..')) {
      problems.push(`表单 ${form.id} 的${what}路径“${rel}”不在 dist/ 之内，未使用`);
      return undefined;
    }
    const bytes = sampleFiles.get(normal);
    if (bytes === undefined) problems.push(`表单 ${form.id} 的${what} dist/${normal} 不存在`);
    return bytes === undefined ? undefined : { href: `${SAMPLES_DIR}/${normal}`, bytes };
  };
  const pdf = sample(form.samplePdf);
  const png = sample(form.samplePng);
  const blankPdf = sample(form.blankPdf, '空白表');
  const blankPng = sample(form.blankPng, '空白表');
  return {
    id: form.id,
    title: form.title,
    description: form.description,
    usage: form.usage,
    href: `forms/${form.id}/`,
    articles: knownEIds(form.articles, `表单 ${form.id}`).map((e) => provisionLink(e, model)),
    ...(pdf ? { samplePdf: pdf } : {}),
    ...(png ? { samplePng: { href: png.href } } : {}),
    ...(blankPdf ? { blankPdf } : {}),
    ...(blankPng ? { blankPng: { href: blankPng.href } } : {}),
  };
}

/**
 * The tests of an article: those that name it (scanned: file name or test titles), then
 * the test files of the rules that implement it (from the validator's published list).
 */
function testsFor(articleEId: string, tests: ScannedTest[], rules: RuleView[]): TestView[] {
  const named = tests.flatMap((t) => {
    const titles = t.titles.filter((x) => x.eIds.some((e) => articleOf(e) === articleEId)).map((x) => x.title);
    const byName = t.fileEIds.some((e) => articleOf(e) === articleEId);
    return titles.length || byName ? [{ file: t.file, titles }] : [];
  });
  const ofRules = rules.flatMap((r) => r.tests).map((file) => ({ file, titles: [] }));
  return uniqueBy([...named, ...ofRules], (t) => t.file);
}

function outgoing(article: Article, model: PolicyModel): ArticleView['references'] {
  const inArticle = model.references.filter((r) => articleOf(r.source) === article.eId);
  const groups = new Map<string, { ref: Reference; from: string[] }>();
  for (const ref of inArticle) {
    const key = `${ref.kind}:${ref.target}`;
    const group = groups.get(key) ?? { ref, from: [] };
    const from = cite(ref.source, model);
    if (!group.from.includes(from)) group.from.push(from);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ ref, from }) => {
    const from_ = from.join('、');
    switch (ref.kind) {
      case 'term':
        return { kind: ref.kind, label: `${ref.term}（${cite(ref.target, model)}）`, href: handbookPath(ref.target), from: from_ };
      case 'law':
      case 'document': {
        const work = [...model.laws, ...model.documents].find((w) => w.id === ref.target);
        return { kind: ref.kind, label: `《${work?.title ?? ref.text}》`, href: workHref(ref.target), from: from_ };
      }
      case 'provision':
        return { kind: ref.kind, label: cite(ref.target, model), href: handbookPath(ref.target), from: from_ };
    }
  });
}

function referencedBy(articleEId: string, model: PolicyModel): ReferencedBy[] {
  const into = model.references.filter(
    (r) =>
      (r.kind === 'term' || r.kind === 'provision') &&
      articleOf(r.target) === articleEId &&
      articleOf(r.source) !== articleEId,
  );
  const views = into.map((r) => ({
    source: provisionLink(r.source, model),
    via: r.kind === 'term' ? `术语“${r.term}”` : cite(r.target, model),
  }));
  return uniqueBy(views, (v) => `${v.source.href}|${v.via}`);
}

function termViews(model: PolicyModel): TermView[] {
  return model.terms.map((t) => {
    const uses = uniqueBy(
      model.references.filter((r) => r.kind === 'term' && r.term === t.term).map((r) => provisionLink(r.source, model)),
      (l) => l.href,
    );
    const lists = Object.values(model.enumerations).filter((e) => e.eId === t.definedIn);
    return {
      term: t.term,
      ...(t.fullName ? { fullName: t.fullName } : {}),
      definedIn: provisionLink(t.definedIn, model),
      definition: t.definition,
      uses,
      ...(lists.length === 1 ? { members: lists[0]!.members } : {}),
    };
  });
}

function workView(work: PolicyModel['laws'][number], forms: FormView[], model: PolicyModel): WorkView {
  const citedBy = work.citedBy.map((e) => provisionLink(e, model));
  const cited = new Set(citedBy.map((l) => l.href));
  return {
    id: work.id,
    title: work.title,
    kind: work.kind,
    kindLabel: WORK_KIND_LABELS[work.kind] ?? work.kind,
    ...(work.issuer ? { issuer: work.issuer } : {}),
    ...(work.note ? { note: work.note } : {}),
    citedBy,
    forms:
      work.kind === 'document'
        ? forms.filter((f) => f.articles.some((a) => cited.has(a.href))).map((f) => ({ label: f.title, href: f.href }))
        : [],
  };
}

