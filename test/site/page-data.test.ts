import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePolicy, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { buildHandbookData } from '../../scripts/lib/site/page-data.ts';
import { readPublished, type Published } from '../../scripts/lib/site/published.ts';
import { segmentContext, segmentText } from '../../scripts/lib/site/segments.ts';
import { buildSidebar } from '../../scripts/lib/site/sidebar.ts';
import { eIdsIn, testTitles, type ScannedTest } from '../../scripts/lib/site/test-scan.ts';
import type { ArticleView, HandbookData } from '../../scripts/lib/site/types.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/site');
let model: PolicyModel;

beforeAll(async () => {
  const result = await compilePolicy();
  if (!result.model) throw new Error('policy/ did not compile');
  model = result.model;
});

function build(published: Published, sampleFiles = new Map<string, number>(), tests: ScannedTest[] = []): HandbookData {
  return buildHandbookData({ model, published, tests, sampleFiles });
}

function article(data: HandbookData, eId: string): ArticleView {
  const found = data.articles.find((a) => a.eId === eId);
  if (!found) throw new Error(`no ${eId}`);
  return found;
}

describe('the text of a provision, cut into runs', () => {
  it('links 近亲属 in 第八条第（六）项 to its definition in 第三十二条, with the definition for the pop-up', () => {
    const item = model.chapters[2]!.articles[0]!.paragraphs[0]!.items[5]!;
    expect(item.eId).toBe('art_8__item_6');
    const refs = model.references.filter((r) => r.source === item.eId);
    const segments = segmentText(item.text, refs, segmentContext(model), item.eId);
    expect(segments.map((s) => s.text).join('')).toBe(item.text);
    const term = segments.find((s) => s.link?.kind === 'term');
    expect(term?.text).toBe('近亲属');
    expect(term?.link?.href).toBe('articles/art_32/#art_32__para_1');
    expect(term?.link?.tip?.definition).toBe(model.terms.find((t) => t.term === '近亲属')!.definition);
    expect(term?.link?.tip?.citation).toBe('第三十二条');
  });

  it('marks the defining occurrence of 近亲属 in 第三十二条 and of 正名通知书 in 第二十九条第（五）项', () => {
    const data = build(emptyPublished());
    const definedIn32 = article(data, 'art_32').paragraphs[0]!.segments.filter((s) => s.defines);
    expect(definedIn32.map((s) => s.text)).toEqual(['近亲属']);
    const item5 = article(data, 'art_29').paragraphs[0]!.items.find((i) => i.eId === 'art_29__item_5')!;
    const defining = item5.segments.find((s) => s.defines === '正名通知书');
    expect(defining?.text).toBe('《正名通知书》');
    expect(defining?.link?.kind).toBe('document');
  });

  it('links a named provision to its anchor and leaves an overlapping reference as plain text', () => {
    const text = '依照本办法第十七条第（三）项报告';
    const ctx = segmentContext(model);
    const segments = segmentText(
      text,
      [
        { kind: 'provision', source: 'art_1__para_1', text: '本办法第十七条第（三）项', start: 2, end: 14, target: 'art_17__item_3' },
        { kind: 'provision', source: 'art_1__para_1', text: '第十七条', start: 5, end: 9, target: 'art_17' },
      ],
      ctx,
    );
    expect(segments).toEqual([
      { text: '依照' },
      { text: '本办法第十七条第（三）项', link: { kind: 'provision', href: 'articles/art_17/#art_17__item_3', title: '第十七条第（三）项' } },
      { text: '报告' },
    ]);
  });
});

function emptyPublished(): Published {
  return {
    rules: [],
    fields: [],
    forms: [],
    duties: [],
    untracked: [],
    state: {
      rules: { state: 'missing', file: 'dist/published/rules.json' },
      fields: { state: 'missing', file: 'dist/published/schema-fields.json' },
      forms: { state: 'missing', file: 'dist/published/forms.json' },
      duties: { state: 'missing', file: 'dist/published/duties.json' },
    },
  };
}

describe('the handbook before the validator and the forms have published anything', () => {
  it('says each published file is missing and still builds every chapter and article', async () => {
    const published = await readPublished(path.join(FIXTURES, 'does-not-exist'));
    expect(published.state.rules).toEqual({ state: 'missing', file: 'dist/published/rules.json' });
    expect(published.state.forms.state).toBe('missing');
    const data = build(published);
    expect(data.chapters.map((c) => c.href)).toEqual(model.chapters.map((c) => `chapters/${c.eId}/`));
    expect(data.articles).toHaveLength(33);
    expect(data.rules).toEqual([]);
    expect(data.coverage.length).toBeGreaterThan(0);
    expect(data.coverage.every((row) => row.rules.length === 0)).toBe(true);
  });
});

describe('the handbook with published rules, fields and forms', () => {
  let data: HandbookData;
  beforeAll(async () => {
    const published = await readPublished(path.join(FIXTURES, 'published-valid'));
    data = build(published, new Map([['forms/sample.pdf', 1234]]));
  });

  it('lists the rule on 第三十二条 among what implements the article, with its test', () => {
    const impl = article(data, 'art_32').implementedBy;
    expect(impl.rules.map((r) => r.code)).toEqual(['near-relative-outside-art-32']);
    expect(impl.fields.map((f) => f.path)).toEqual(['victims[].relation']);
    const row = data.coverage.find((r) => r.article.label === '第三十二条')!;
    expect(row.tests).toEqual(['test/rules/near-relatives.test.ts']);
    expect(impl.tests).toEqual([{ file: 'test/rules/near-relatives.test.ts', titles: [] }]);
    // The article's page links to this row (its id), which says where the article is written.
    expect(row.anchor).toBe('coverage-art_32');
    expect(row.source).toEqual(article(data, 'art_32').source);
    expect(row.source.file).toMatch(/^policy\/measures\/chapter-\d\.mdx$/);
    expect(row.fields).toEqual([{ label: 'victims[].relation', href: 'schema/#field-victims-items-relation' }]);
  });

  it('puts a rule that cites 第十七条第（一）项 and 第二十九条第（一）项 on both articles', () => {
    expect(article(data, 'art_17').implementedBy.rules.map((r) => r.code)).toContain('escalation-required');
    expect(article(data, 'art_29').implementedBy.rules.map((r) => r.code)).toContain('escalation-required');
  });

  it('reports provisions the model does not have instead of linking to them', () => {
    expect(data.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('art_17__item_9'),
        expect.stringContaining('art_99'),
      ]),
    );
    const rule = data.rules.find((r) => r.code === 'cites-a-missing-provision')!;
    expect(rule.articles).toEqual([]);
  });

  it('copies only sample files that exist inside dist/ and links the form to 第二十九条第（五）项', () => {
    const form = data.forms.find((f) => f.id === 'name-clearing-notice')!;
    expect(form.samplePdf).toEqual({ href: 'samples/forms/sample.pdf', bytes: 1234 });
    expect(form.samplePng).toBeUndefined();
    expect(form.articles).toEqual([{ label: '第二十九条第（五）项', href: 'articles/art_29/#art_29__item_5', caption: '工作制度' }]);
    expect(data.assets).toEqual(['forms/sample.pdf']);
    expect(data.problems).toEqual(expect.arrayContaining([expect.stringContaining('../secret.pdf')]));
    const document = data.documents.find((d) => d.id === 'name_clearing_notice')!;
    expect(document.forms).toEqual([{ label: '正名通知书', href: 'forms/name-clearing-notice/' }]);
  });
});

describe('case-schema fields on the schema page', () => {
  it('get distinct anchors even when two paths spell the same id', () => {
    const field = (path: string) => ({ path, pointer: '', title: '', description: '', articles: [] });
    const published = { ...emptyPublished(), fields: [field('a.b'), field('a-b'), field('a[].b')] };
    expect(build(published).fields.map((f) => f.anchor)).toEqual(['field-a-b', 'field-a-b-2', 'field-a-items-b']);
  });
});

describe('published files of the wrong shape', () => {
  it('are reported with the file and the field, in Chinese, and not used', async () => {
    const published = await readPublished(path.join(FIXTURES, 'published-invalid'));
    expect(published.rules).toEqual([]);
    expect(published.state.rules.state).toBe('invalid');
    const errors = published.state.rules.state === 'invalid' ? published.state.rules.errors.join('\n') : '';
    expect(errors).toContain('dist/published/rules.json：/rules/0/severity');
    expect(errors).toContain('/rules/0');
    expect(errors).toMatch(/[\u4e00-\u9fff]/u);
    expect(published.state.fields.state).toBe('invalid');
    const fieldErrors = published.state.fields.state === 'invalid' ? published.state.fields.errors.join('') : '';
    expect(fieldErrors).toContain('不是有效的 JSON');
  });
});

describe('references between articles', () => {
  it('lists every provision that uses 近亲属 as referring to 第三十二条, and none from 第三十二条 itself', () => {
    const data = build(emptyPublished());
    const sources = article(data, 'art_32').referencedBy.map((r) => r.source.label);
    expect(sources).toEqual(
      expect.arrayContaining(['第三条', '第八条第（六）项', '第八条第（七）项', '第八条第（八）项', '第十一条', '第十五条']),
    );
    expect(sources.some((s) => s.startsWith('第三十二条'))).toBe(false);
  });

  it('links each article to the one before and after it, and not past the ends', () => {
    const data = build(emptyPublished());
    expect(article(data, 'art_1').prev).toBeUndefined();
    expect(article(data, 'art_1').next).toEqual({ label: '第二条', href: 'articles/art_2/#art_2', caption: '严格规范公正文明执法' });
    expect(article(data, 'art_17').next).toEqual({ label: '第十八条', href: 'articles/art_18/#art_18', caption: '依法履职不担责' });
    expect(article(data, 'art_33').next).toBeUndefined();
  });
});

describe('the tests listed under an article', () => {
  it('are the tests that name it, then its rules’ tests, each file once, with the titles that name it', async () => {
    const published = await readPublished(path.join(FIXTURES, 'published-valid'));
    const scanned: ScannedTest[] = [
      { file: 'test/rules/near-relatives.test.ts', fileEIds: [], titles: [{ title: 'art_32__para_1 lists seven relations', eIds: ['art_32__para_1'] }] },
      { file: 'test/policy/art_32.test.ts', fileEIds: ['art_32'], titles: [] },
      { file: 'test/rules/recusal.test.ts', fileEIds: [], titles: [{ title: 'art_10 recusal', eIds: ['art_10'] }] },
    ];
    const data = build(published, new Map(), scanned);
    expect(article(data, 'art_32').implementedBy.tests).toEqual([
      { file: 'test/rules/near-relatives.test.ts', titles: ['art_32__para_1 lists seven relations'] },
      { file: 'test/policy/art_32.test.ts', titles: [] },
    ]);
    expect(data.coverage.find((r) => r.article.label === '第三十二条')!.tests).toEqual([
      'test/rules/near-relatives.test.ts',
      'test/policy/art_32.test.ts',
    ]);
  });
});

describe('tests that name provisions', () => {
  it('are found by the eIds in their titles and file names', () => {
    expect(eIdsIn('art_17__item_3 must be reported; see art-32')).toEqual(['art_17__item_3', 'art_32']);
    expect(eIdsIn('art_170 is not an eId')).toEqual([]);
    // Provisions as the tests' English titles cite them.
    expect(eIdsIn('Arts. 21–24: exemption when every condition holds')).toEqual(['art_21', 'art_22', 'art_23', 'art_24']);
    expect(eIdsIn('Arts. 3, 31, 33: who the Measures protect')).toEqual(['art_3', 'art_31', 'art_33']);
    expect(eIdsIn('issues the 正名通知书 (Art. 29（五）)')).toEqual(['art_29__item_5']);
    expect(eIdsIn('Art. 29 (六): the ledger')).toEqual(['art_29__item_6']);
    expect(eIdsIn('Part. 3 and Arts without numbers')).toEqual([]);
    const source = "describe('exemption', () => { it('art_21 needs all three conditions', () => {}); it.each([1])('%s art_22', () => {}); });";
    expect(testTitles(source)).toEqual(['exemption', 'art_21 needs all three conditions', '%s art_22']);
  });
});

describe('the sidebar (and the phone’s menu)', () => {
  it('lists the situation guides, then the whole text and the chapters, the current one open with its articles and their captions', () => {
    const data = build(emptyPublished());
    const sidebar = buildSidebar(data, { currentChapter: 'chp_3' });
    const guides = sidebar.find((e) => e.label === '情形指引');
    expect(guides && 'items' in guides && guides.items.map((i) => ('link' in i ? i.link : ''))).toEqual(data.guides.map((g) => `/${g.href}`));
    const chapters = sidebar.find((e) => e.label === '条文');
    if (!chapters || !('items' in chapters)) throw new Error('no chapter group');
    expect(chapters.items[0]).toEqual({ label: '全文（可打印）', link: '/full-text/' });
    expect(chapters.items[1]).toEqual({ label: '第一章 总则', link: '/chapters/chp_1/' });
    const third = chapters.items[3]!;
    expect('items' in third && third.items.map((i) => ('link' in i ? i.link : ''))).toEqual([
      '/chapters/chp_3/',
      ...Array.from({ length: 10 }, (_, k) => `/articles/art_${k + 8}/`),
    ]);
    expect('items' in third && third.items[1]).toEqual({ label: '第八条\u3000维护范围', link: '/articles/art_8/' });
  });
});

describe('条旨 on every page that names an article', () => {
  it('titles each article with its caption, and carries it on every link to a provision', () => {
    const data = build(emptyPublished());
    expect(article(data, 'art_8').title).toBe('第八条\u3000维护范围');
    expect(data.articles.every((a) => a.caption && a.title === `${a.label}\u3000${a.caption}`)).toBe(true);
    const uses = data.terms.find((t) => t.term === '近亲属')!.uses;
    expect(uses.find((u) => u.label === '第八条第（六）项')).toEqual({ label: '第八条第（六）项', href: 'articles/art_8/#art_8__item_6', caption: '维护范围' });
    expect(article(data, 'art_32').referencedBy.length).toBeGreaterThan(0);
    expect(article(data, 'art_32').referencedBy.every((r) => r.source.caption)).toBe(true);
  });
});

describe('the situation guides', () => {
  let data: HandbookData;
  beforeAll(async () => {
    data = build(await readPublished(path.join(import.meta.dirname, '../../dist')));
  });

  it('open with what to do now and whom to go to', () => {
    for (const guide of data.guides) {
      expect(guide.sections.map((s) => s.id).slice(0, 2), guide.id).toEqual(['now', 'apply']);
      expect(guide.sections[0]!.heading).toBe('现在就做');
      expect(guide.sections[0]!.points.length, guide.id).toBeGreaterThan(0);
    }
  });

  it('cite and link every statement, with quotations cut from the model', () => {
    const violence = data.guides.find((g) => g.id === 'violence')!;
    const points = [...violence.sections.flatMap((s) => s.points), ...violence.duties.notes, ...violence.notes];
    expect(points.length).toBeGreaterThan(0);
    expect(points.every((p) => p.cites.length > 0 && p.cites.every((c) => c.href.startsWith('articles/')))).toBe(true);
    const quote = violence.sections.find((s) => s.id === 'applies')!.points[0]!.quotes[0]!;
    expect(quote.eId).toBe('art_8__item_1');
    expect(quote.blocks.map((b) => `${b.label}${b.segments.map((s) => s.text).join('')}`)).toEqual([`（一）${model.chapters[2]!.articles[0]!.paragraphs[0]!.items[0]!.text}`]);
  });

  it('list the duties the validator publishes for their provisions, and the documents the forms renderer publishes', () => {
    for (const guide of data.guides) {
      expect(guide.duties.list.length, guide.id).toBeGreaterThan(0);
      expect(guide.duties.list.every((d) => d.kind === 'case'), guide.id).toBe(true);
      expect(guide.documents.forms.length, guide.id).toBe(model.editorial.guides!.find((g) => g.id === guide.id)!.documents.forms.length);
    }
    const violence = data.guides.find((g) => g.id === 'violence')!;
    expect(violence.duties.list.map((d) => d.code)).toEqual(expect.arrayContaining(['comfort-visit', 'medical-care', 'on-scene-report', 'report-up']));
    expect(data.problems.filter((p) => p.includes('情形指引'))).toEqual([]);
  });

  it('report a form or a duty provision that nothing publishes, instead of showing it', () => {
    const forms = [{ id: 'application-register', title: '登记表', articles: ['art_15__para_1'], description: '', usage: '' }];
    const duties = [{ code: 'report-up', kind: 'case' as const, articles: ['art_17__para_1'], holder: '维权办', title: '逐级报告' }];
    const published = {
      ...emptyPublished(),
      forms,
      duties,
      state: { ...emptyPublished().state, forms: { state: 'published' as const, file: 'f', count: 1 }, duties: { state: 'published' as const, file: 'd', count: 1 } },
    };
    const built = build(published);
    expect(built.problems).toEqual(expect.arrayContaining([expect.stringContaining('情形指引 violence 所列的文书 escalation-report 不在已发布的表单中')]));
    expect(built.problems).toEqual(expect.arrayContaining([expect.stringContaining('情形指引 violence 所列的 art_7__item_1 在已发布的职责清单中没有个案职责')]));
    expect(built.guides.find((g) => g.id === 'violence')!.documents.forms.map((f) => f.id)).toEqual(['application-register']);
  });
});

describe('the duties on the coverage page', () => {
  it('account for every obligation clause of the text: a case duty, a unit duty, a rule, or untracked with the reason', async () => {
    const data = build(await readPublished(path.join(import.meta.dirname, '../../dist')));
    const rows = data.duties.obligations;
    const status = (eId: string) => rows.find((r) => r.provision.href.endsWith(`#${eId}`))?.status;
    expect(status('art_17__para_1')).toBe('case');
    expect(status('art_29__item_2')).toBe('unit');
    expect(status('art_10__para_1')).toBe('untracked');
    expect(rows.find((r) => r.provision.href.endsWith('#art_10__para_1'))?.reason).toContain('回避');
    // A lead-in is discharged by its items' duties; 必要 (Art. 21 （二）) is no obligation word.
    expect(status('art_29__para_1')).toBe('case');
    expect(status('art_21__item_2')).toBeUndefined();
    expect(status('art_21__para_1')).toBe('rule');
    // Every provision the published duties name is a row.
    const named = [...data.duties.list.flatMap((d) => d.articles), ...data.duties.untracked.flatMap((u) => u.articles)].map((l) => l.href.split('#')[1]);
    const listed = new Set(rows.map((r) => r.provision.href.split('#')[1]));
    expect(named.filter((e) => e!.includes('__') && !listed.has(e))).toEqual([]);
    // Each case duty shows its field and its tests.
    const caseDuties = data.duties.list.filter((d) => d.kind === 'case');
    expect(caseDuties.length).toBeGreaterThan(0);
    expect(caseDuties.every((d) => d.field && d.tests.length > 0)).toBe(true);
  });

  it('says when no published duty, rule or reason accounts for an obligation clause', () => {
    const rows = build(emptyPublished()).duties.obligations;
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.every((r) => r.status === 'none')).toBe(true);
  });
});

describe('blank forms beside the samples', () => {
  it('are copied and linked when the forms renderer publishes them, and reported when their files are missing', async () => {
    const published = await readPublished(path.join(FIXTURES, 'published-valid'));
    const data = build(published, new Map([['forms/sample.pdf', 1234], ['forms/blank.pdf', 2345], ['forms/previews/blank.png', 99]]));
    const form = data.forms.find((f) => f.id === 'name-clearing-notice')!;
    expect(form.blankPdf).toEqual({ href: 'samples/forms/blank.pdf', bytes: 2345 });
    expect(form.blankPng).toEqual({ href: 'samples/forms/previews/blank.png' });
    expect(data.assets).toEqual(expect.arrayContaining(['forms/blank.pdf', 'forms/previews/blank.png']));
    const without = build(published, new Map([['forms/sample.pdf', 1234]]));
    expect(without.forms.find((f) => f.id === 'name-clearing-notice')!.blankPdf).toBeUndefined();
    expect(without.problems).toEqual(expect.arrayContaining([expect.stringContaining('空白表 dist/forms/blank.pdf 不存在')]));
  });
});
