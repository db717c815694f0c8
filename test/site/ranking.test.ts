/**
 * The handbook's search in front of Pagefind (site/src/search/), over the real vocabulary built
 * from the model and the editors' thesaurus, with Pagefind's part played by a fake engine that
 * answers each search with given results: what a query is reduced to, how results are ranked,
 * where they land, what their excerpts show, and what the dialog is told when nothing is found.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compilePolicy, type PolicyModel } from '../../scripts/lib/policy/index.ts';
import { buildHandbookData } from '../../scripts/lib/site/page-data.ts';
import type { SearchVocabulary } from '../../scripts/lib/site/types.ts';
import { excerpt, window as excerptWindow } from '../../site/src/search/excerpt.ts';
import { handbookSearch, type Engine, type SearchReport } from '../../site/src/search/handbook-search.ts';
import { analyse, contentWords } from '../../site/src/search/query.ts';
import type { PagefindData, PagefindResponse } from '../../site/src/search/rank.ts';
import { indexVocabulary, type VocabularyFile, type VocabularyIndex } from '../../site/src/search/vocabulary.ts';

let model: PolicyModel;
let vocabulary: SearchVocabulary;
let file: VocabularyFile;
let index: VocabularyIndex;

beforeAll(async () => {
  const compiled = await compilePolicy();
  model = compiled.model!;
  const empty = { state: 'missing' as const, file: '' };
  const data = buildHandbookData({
    model,
    published: { rules: [], fields: [], forms: [], duties: [], untracked: [], state: { rules: empty, fields: empty, forms: empty, duties: empty } },
    tests: [],
    sampleFiles: new Map(),
  });
  vocabulary = data.search;
  // Pagefind's page ids of the articles: here simply "page-art_N".
  file = { ...vocabulary, pagefindArticles: Object.fromEntries(vocabulary.articles.map((a) => [`page-${a.eId}`, a.eId])) };
  index = indexVocabulary(file);
});

/** A page Pagefind returns: an article (by eId) or another page with its text. */
type Page = { article: string } | { id: string; url: string; title: string; content: string };

/** A fake Pagefind: each search answers with the pages given for it (or for every query), counting the fragments loaded. */
function fakeEngine(answers: Record<string, Page[]> | Page[]) {
  let loads = 0;
  const asked: string[] = [];
  const engine: Engine = {
    async search(term) {
      asked.push(term);
      const pages = Array.isArray(answers) ? answers : (answers[term] ?? []);
      const results = pages.map((page, i) => {
        const id = 'article' in page ? `page-${page.article}` : page.id;
        const data: PagefindData =
          'article' in page
            ? { url: `/articles/${page.article}/`, content: '', excerpt: '', meta: { title: page.article } }
            : { url: page.url, content: page.content, excerpt: `<mark>${page.content.slice(0, 4)}</mark>`, meta: { title: page.title } };
        return { id, score: 10 - i, words: [], data: async () => (loads++, data) };
      });
      return { results } as PagefindResponse;
    },
    async preload() {},
  };
  return { engine, loads: () => loads, asked };
}

async function run(query: string, answers: Record<string, Page[]> | Page[] = []) {
  const fake = fakeEngine(answers);
  const reports: SearchReport[] = [];
  const search = handbookSearch(fake.engine, async () => file, '/base/', (report) => reports.push(report));
  const response = await search.search(query);
  const shown = await Promise.all((response?.results ?? []).map((r) => r.data()));
  return { response, shown, urls: shown.map((d) => d.url), ...fake, reports };
}

describe('what a query is reduced to', () => {
  it('keeps a phrase of the text whole, and a word of the editors’ whole', () => {
    expect(contentWords('全区公安机关', index)).toEqual(['全区公安机关']);
    expect(contentWords('老婆', index)).toEqual(['老婆']);
    // A term of the text is not cut for the editors' word inside it.
    expect(contentWords('近亲属', index)).toEqual(['近亲属']);
    expect(analyse('近亲属', index).reduced).toEqual([]);
  });

  it('reduces a whole question to its content words: 被人打了怎么办 → 被打', () => {
    const analysis = analyse('被人打了怎么办', index);
    expect(analysis.reduced).toEqual(['被打']);
    expect(analysis.single).toBe(false);
  });

  it('prefers an editor’s word in the cut (纠正 | 错误处分), and takes no part of a question phrase (能不能维权 → 维权)', () => {
    expect(contentWords('纠正错误处分', index)).toEqual(['纠正', '错误处分']);
    expect(contentWords('辅警受伤能不能维权', index)).toEqual(['辅警', '受伤', '维权']);
  });

  it('takes an A-not-A question for a question (管不管, 算不算), not for content', () => {
    expect(analyse('我被人打了单位管不管', index).reduced).not.toContain('不管');
    expect(contentWords('公公算不算近亲属', index)).not.toContain('算不算');
  });

  it('keeps a long phrase of the text whole against an editor’s word overlapping it (被打击报复 → 打击报复)', () => {
    expect(contentWords('被打击报复', index)).toEqual(['打击报复']);
  });

  it('puts right a slip of the pinyin input method, and says so (收伤 → 受伤); a word merely missing from the handbook stays', () => {
    const slip = analyse('收伤了怎么办', index);
    expect(slip.corrections).toEqual([{ typed: '收伤', meant: '受伤' }]);
    expect(slip.reduced).toEqual(['受伤']);
    expect(analyse('查出民警本身有问题', index).corrections).toEqual([]);
    expect(analyse('受伤', index).corrections).toEqual([]);
  });

  it('brings the Measures’ time words into a question asking when (多久要上报 → 第一时间)', () => {
    const when = analyse('出了大事多久要上报', index);
    expect(when.terms.map((t) => t.text)).toEqual(expect.arrayContaining(['第一时间', '立即']));
    expect(analyse('出了大事要上报', index).terms.map((t) => t.text)).not.toContain('第一时间');
  });

  it('finds what happened when the doer stands between 被 and the verb, and drops the person in 被人打', () => {
    expect(analyse('被嫌疑人用砖头砸', index).reduced).toContain('被砸');
    expect(analyse('被当事人咬了手', index).reduced).toContain('被咬');
    expect(analyse('警察被人掐', index).reduced).toContain('被掐');
  });

  it('never makes a content word of one character, and treats one character as Pagefind would', () => {
    expect(analyse('下', index).single).toBe(true);
    expect(analyse('我的下班', index).terms.map((t) => t.text)).not.toContain('下');
  });

  it('lets a relative stand for 近亲属, and 被诬告 for 诬告, with less weight', () => {
    const terms = analyse('媳妇被威胁', index).terms;
    expect(terms).toEqual(expect.arrayContaining([expect.objectContaining({ text: '近亲属', weight: 0.5 })]));
    expect(analyse('被诬告', index).terms).toEqual(expect.arrayContaining([expect.objectContaining({ text: '诬告', weight: 0.5 })]));
  });
});

describe('how results are ranked', () => {
  it('puts the article holding the whole phrase before one that only shares its words (全区公安机关: 第二条 before 第四条)', async () => {
    // Pagefind scores 第四条 (全区各级公安机关) higher.
    const { urls } = await run('全区公安机关', [{ article: 'art_4' }, { article: 'art_2' }]);
    expect(urls[0]).toBe('/base/articles/art_2/#art_2');
    expect(urls.indexOf('/base/articles/art_4/#art_4')).not.toBe(0);
  });

  it('keeps Pagefind’s order among articles that match alike (近亲属: the definition Pagefind puts first stays first)', async () => {
    const { urls } = await run('近亲属', [{ article: 'art_32' }, { article: 'art_3' }, { article: 'art_8' }]);
    expect(urls.slice(0, 3).map((u) => u.split('#')[0])).toEqual(['/base/articles/art_32/', '/base/articles/art_3/', '/base/articles/art_8/']);
  });

  it('never ranks a single-character match above a word: 下班 finds 第三十一条, not pages with 下', async () => {
    const deploy = { id: 'deploy', url: '/base/guide/deploy/', title: '部署手册', content: '复制到服务器的对应路径下即可' };
    const { urls } = await run('下班', [deploy, { article: 'art_19' }, { article: 'art_31' }]);
    expect(urls[0]).toBe('/base/articles/art_31/#art_31');
    expect(urls).not.toContain('/base/guide/deploy/');
    expect(urls.some((u) => u.includes('art_19'))).toBe(false);
  });

  it('finds the article an officers’ word leads to even when Pagefind does not return it (跟踪 → 第十一条)', async () => {
    const { urls } = await run('跟踪', [{ article: 'art_29' }]);
    expect(urls[0]).toBe('/base/articles/art_11/#art_11');
  });

  it('ranks the article matching more of a question’s words first (媳妇被威胁 → 第十一条, not the definition of 近亲属)', async () => {
    const { urls } = await run('我媳妇被人威胁了');
    expect(urls[0]).toBe('/base/articles/art_11/#art_11');
  });

  it('ranks a page other than an article after the articles it repeats, and loads only the first pages, each once', async () => {
    const pages: Page[] = Array.from({ length: 15 }, (_, i) => ({ id: `p${i}`, url: `/base/p${i}/`, title: `页${i}`, content: '逐级报告的文书' }));
    const { urls, loads, response } = await run('逐级', pages);
    expect(urls[0]).toBe('/base/articles/art_17/#art_17');
    expect(loads()).toBe(12);
    await response!.results[1]!.data();
    expect(loads()).toBe(12);
  });

  it('ranks at the level of the clause: an item holding the words lands there, its lead-in counting for it (民警牺牲要逐级上报 → 第十七条第（一）项)', async () => {
    const { urls } = await run('民警伤亡要逐级报告');
    expect(urls[0]).toBe('/base/articles/art_17/#art_17__item_1');
  });

  it('weights an officers’ word the editors gave less than before (1.2, was 1.5), and a word found only inside one less again', async () => {
    // 不管 only inside 不管不问 (第三十条第（三）项) no longer puts the leaders' liability first for a beaten officer.
    const { urls } = await run('我被人打了单位管不管');
    expect(urls[0]).toBe('/base/articles/art_8/#art_8__item_1');
  });

  it('sends one character to Pagefind as it is, and loads nothing', async () => {
    const { asked, loads, response } = await run('的', [{ id: 'x', url: '/base/x/', title: 'x', content: '的' }]);
    expect(asked).toEqual(['的']);
    expect(response!.results.map((r) => r.id)).toEqual(['x']);
    expect(loads()).toBe(1); // only the one the test's own display asked for
  });
});

describe('where a result lands and what it shows', () => {
  it('lands on the item holding the words, with the item as the excerpt and the officers’ word named', async () => {
    const { shown } = await run('人肉搜索');
    expect(shown[0]!.url).toBe('/base/articles/art_8/#art_8__item_8');
    expect(shown[0]!.meta['title']).toBe('第八条　维护范围');
    expect(shown[0]!.excerpt).toBe('（八）本人及其近亲属<mark>个人隐私被侵犯</mark>的；<span class="hb-via">（日常说法“人肉搜索”）</span>');
  });

  it('marks the whole word, 近亲属 and not 近亲, and starts a long provision at a clause, never on “；” or “、”', async () => {
    const { shown } = await run('近亲属', [{ article: 'art_32' }]);
    expect(shown[0]!.excerpt).toContain('<mark>近亲属</mark>');
    expect(shown.every((d) => !/^(……)?[；、，。]/.test(d.excerpt))).toBe(true);
    const text = model.chapters[1]!.articles[1]!.paragraphs[1]!.text; // 第六条第二款, 200 characters
    const shownText = excerpt(text, ['挽回损失']);
    expect(shownText).toMatch(/^……为受到侵犯/);
    expect(shownText).toContain('<mark>挽回损失</mark>');
    expect(excerptWindow(text, ['挽回损失']).start).toBeGreaterThan(0);
  });

  it('shows the article’s caption in the title of each result', async () => {
    const { shown } = await run('开枪');
    expect(shown[0]!.meta['title']).toBe('第二十四条　使用武器警械的免责');
  });
});

describe('what the dialog is told', () => {
  it('when nothing is found: the nearest words and every situation guide', async () => {
    const { response, reports } = await run('老公公公');
    expect(response!.results.length).toBeGreaterThan(0); // 老公 is a word of 第三十二条
    const none = await run('火星文乱码');
    expect(none.response!.results).toEqual([]);
    const report = none.reports.at(-1)!;
    expect(report.count).toBe(0);
    expect(report.guides).toHaveLength(7);
    expect(report.suggestions.length).toBeGreaterThan(0);
    expect(reports.at(-1)?.count).toBeGreaterThan(0);
  });

  it('the guides a query’s words belong to, and the words a question was reduced to', async () => {
    const { reports } = await run('下班路上被人打了怎么办');
    const report = reports.at(-1)!;
    expect(report.reduced).toEqual(expect.arrayContaining(['下班路上', '被打']));
    expect(report.guides.map((g) => g.href)).toEqual(expect.arrayContaining(['/base/guides/off-duty/', '/base/guides/violence/']));
  });
});
