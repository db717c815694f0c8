/**
 * 免责审查意见书 (Arts. 21–25): one opinion per case to the body that decides, covering every
 * claim made for the officer, so that claims under different articles are weighed together
 * (a claim under Art. 22 that fails and one under Art. 25 that holds give one conclusion: 免责).
 * Each condition's status and each claim's outcome are the validator's; Art. 25 names grounds
 * without discretion, so a ground found means 应当免责. An opinion is no letter (函): it ends
 * by putting the opinion to its addressee.
 */
import { cite, citeAll, citeWithinArticle, toChineseNumeral } from '../citations/index.ts';
import { itemPhrase, provisionText } from '../policy/query.ts';
import { CONDITION_STATUS } from '../rules/vocabulary.ts';
import { clause, sentence } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel } from '../gbt9704/model/types.ts';
import { dateText } from '../gbt9704/dates.ts';
import { committeeFullName, findingsOf, issueDate, type FormContext } from './context.ts';
import { heading, letterDocument, para } from './frame.ts';
import { fullName, officeIssuer } from './issuers.ts';
import { categorySentences } from './coverage.ts';
import { comrade, comrades, personPhrase, personsPhrase } from './person.ts';
import { joinList, measures } from './phrases.ts';

type Outcome = '免责' | '不予免责' | '待定';

interface Claim {
  index: number;
  article: string;
  outcome: Outcome;
  blocks: Block[];
  /** The provisions the claim's conclusion rests on. */
  cited: string;
  /** The person it is made for. */
  person: string;
}

const latest = <T extends { date: string }>(list: readonly T[] | undefined): T | undefined =>
  [...(list ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);

/** The body that decides on liability, by its full name: the latest decision's or sanction's; else the organ's 维权委. */
function decidingBody(ctx: FormContext): string {
  const recorded = latest(ctx.data.liabilityDecisions)?.decidedBy ?? latest(ctx.data.sanctions)?.decidedBy;
  return recorded ? fullName(ctx, recorded) : `${ctx.unit.name}${committeeFullName(ctx.model)}`;
}

type Decision = NonNullable<FormContext['data']['liabilityDecisions']>[number];

/**
 * Where Arts. 19–20 speak to each degree of fault the record can give: the sentence of Art. 19
 * (or Art. 20) that holds the word, quoted from the model.
 */
const FAULT_SENTENCE: Record<Decision['fault'], { eId: string; word: string }> = {
  故意或严重: { eId: 'art_19__para_1', word: '故意违反' },
  轻微过失: { eId: 'art_19__para_1', word: '轻微过失' },
  执法瑕疵: { eId: 'art_19__para_1', word: '执法瑕疵' },
  紧急情形误判: { eId: 'art_19__para_1', word: '紧急情形' },
  主动纠正: { eId: 'art_20__para_1', word: '主动纠正' },
};

function faultSentence(ctx: FormContext, fault: Decision['fault']): { eId: string; words: string } {
  const { eId, word } = FAULT_SENTENCE[fault];
  const whole = provisionText(ctx.model, eId);
  return { eId, words: `${whole.split('。').find((s) => s.includes(word)) ?? clause(whole)}。` };
}

/**
 * The decisions on liability the record holds for the persons the claims are for (Art. 19): what
 * was decided, and the sentence of Arts. 19–20 that speaks to the degree of fault it found; the
 * opinion weighs the claims against it. Only decisions dated on or before the opinion's date.
 */
function decisionBlocks(ctx: FormContext, persons: readonly string[], until: string): { blocks: Block[]; decisions: Decision[]; articles: string[] } {
  const decisions = (ctx.data.liabilityDecisions ?? []).filter((d) => persons.includes(d.person) && d.date <= until);
  const blocks: Block[] = [];
  const articles: string[] = [];
  for (const d of decisions) {
    const fault = faultSentence(ctx, d.fault);
    articles.push(fault.eId);
    blocks.push(
      para(
        dateText(d.date),
        `，${fullName(ctx, d.decidedBy)}以“${d.grounds.map(clause).join('；')}”为由，对`,
        personPhrase(ctx, d.person),
        `作出执法过错责任追究决定（${d.id}），认定其过错属于${d.fault}，${d.treatment === '不予减免' ? '不予从轻、减轻或者免除' : `${d.treatment}追究`}。`,
      ),
      para(`${cite(fault.eId, ctx.model)}规定：“${fault.words}”`),
    );
  }
  return { blocks, decisions, articles };
}

/** The person a claim is made for. */
const claimant = (ctx: FormContext, index: number) => ctx.data.exemptionClaims?.[index]?.person ?? '';

function conditionClaims(ctx: FormContext): Claim[] {
  return findingsOf(ctx, 'exemption-determination').map((f) => {
    const { article, index, outcome } = f.args;
    const person = claimant(ctx, index);
    const art = cite(article, ctx.model);
    const blocks: Block[] = [para(`${art}规定：“${provisionText(ctx.model, article)}”`), para('经审查，各项条件的情况如下：')];
    for (const c of f.args.conditions) {
      blocks.push(para(`${citeWithinArticle(c.item)}“${itemPhrase(ctx.model, c.item)}”：${CONDITION_STATUS[c.status].word}。`, c.fact ? sentence(c.fact) : ''));
    }
    const of = (status: string) => joinList(f.args.conditions.filter((c) => c.status === status).map((c) => citeWithinArticle(c.item)));
    if (outcome === '免责') blocks.push(para(`上述条件同时具备，依照${art}的规定，`, comrade(ctx, person), '应当免责。'));
    if (outcome === '不予免责') blocks.push(para(`上述${of('not-met')}所列条件不具备，不符合${art}规定的免责条件。`));
    if (outcome === '待定') blocks.push(para(`上述${of('unknown')}所列条件尚未查明，暂不能依照${art}作出是否免责的结论，待查明后另行审查。`));
    return { index, article, outcome, blocks, cited: art, person };
  });
}

function groundClaims(ctx: FormContext): Claim[] {
  return findingsOf(ctx, 'exemption-ground-art-25').map((f) => {
    const { index, items } = f.args;
    const claim = ctx.data.exemptionClaims?.[index];
    const facts = claim && 'grounds' in claim ? claim.grounds : [];
    // The facts the record gives for each item, then the conclusion in the items' own words: it never
    // rests on a paraphrase (系对方过错致纠纷发生) that falls short of what the item requires.
    const blocks: Block[] = items.map((item) => {
      const fact = facts.find((g) => g.item === item)?.fact;
      return para(`${cite(item, ctx.model)}规定的情形为“${itemPhrase(ctx.model, item)}”。`, fact ? `经审查：${sentence(fact)}` : '');
    });
    const cited = citeAll(items, ctx.model);
    const words = items.map((item) => `“${itemPhrase(ctx.model, item)}”`).join('、');
    blocks.push(para('据此，', comrade(ctx, claimant(ctx, index)), `的情形属于${cited}规定的${words}免责情形，应当免责。`));
    return { index, article: 'art_25', outcome: '免责' as const, blocks, cited, person: claimant(ctx, index) };
  });
}

/**
 * What the opinion asks of a recorded decision: one that holds the officer liable, where the claims
 * find 免责, to be reconsidered (the sentence of Art. 19 quoted above says what its degree of fault calls for).
 */
function decisionAdvice(ctx: FormContext, decisions: readonly Decision[], claims: readonly Claim[]): Block[] {
  const out: Block[] = [];
  for (const d of decisions) {
    const exempt = claims.some((c) => c.person === d.person && c.outcome === '免责');
    if (exempt && d.treatment !== '免除') out.push(para(`对${d.id}决定，建议依照本意见重新研究，对`, comrade(ctx, d.person), '免予追究执法过错责任。'));
  }
  return out;
}

export function exemptionOpinions(ctx: FormContext, title: string): DocumentModel[] {
  const claims = [...conditionClaims(ctx), ...groundClaims(ctx)].sort((a, b) => a.index - b.index);
  if (claims.length === 0) return [];
  const m = measures(ctx);
  const scenario = ctx.data.exemptionClaims?.find((c) => 'scenario' in c && c.scenario);
  const articlesCited = citeAll([...new Set(claims.map((c) => c.article))], ctx.model);
  const persons = [...new Set(claims.map((c) => c.person))];
  const date = issueDate(ctx, undefined);
  const body: Block[] = [
    para('本办依照', m, `${articlesCited}的规定，对`, personsPhrase(ctx, persons), scenario && 'scenario' in scenario ? `（${clause(scenario.scenario!)}）` : '', '的免责主张进行了审查。现提出审查意见如下：'),
  ];
  // Who the claim is for, by category (Art. 33), never with words of harm the claim is not about.
  const basis = categorySentences(ctx, persons, m);
  for (const t of basis.texts) body.push(para(t));
  const decided = decisionBlocks(ctx, persons, date ?? ctx.asOf);
  body.push(...decided.blocks);
  if (claims.length === 1) body.push(...claims[0]!.blocks);
  else {
    claims.forEach((c, i) => body.push(heading(1, `${toChineseNumeral(i + 1)}、关于依照${cite(c.article, ctx.model)}提出的免责主张`), ...c.blocks));
    const exempt = claims.filter((c) => c.outcome === '免责');
    const others = claims.filter((c) => c.outcome !== '免责');
    if (exempt.length > 0) {
      const though = others.filter((c) => c.outcome === '不予免责');
      body.push(para('综上，', comrades(ctx, persons), though.length > 0 ? `的情形虽不符合${joinList(though.map((c) => c.cited))}规定的免责条件，但` : '', `符合${joinList(exempt.map((c) => c.cited))}的规定，应当免责。`));
    } else if (others.some((c) => c.outcome === '待定')) {
      body.push(para('综上，尚有条件未查明，暂不能作出是否免责的结论，待查明后另行审查。'));
    } else {
      body.push(para('综上，', comrades(ctx, persons), `的情形不符合${joinList(claims.map((c) => c.cited))}规定的免责条件。`));
    }
  }
  body.push(...decisionAdvice(ctx, decided.decisions, claims));
  const articles = [
    ...new Set([
      ...claims.map((c) => c.article),
      ...findingsOf(ctx, 'exemption-determination').flatMap((f) => f.args.conditions.map((c) => c.item)),
      ...findingsOf(ctx, 'exemption-ground-art-25').flatMap((f) => f.args.items),
      ...basis.articles,
      ...decided.articles,
    ]),
  ];
  return [
    letterDocument(ctx, {
      formId: 'exemption-opinion',
      title,
      issuer: officeIssuer(ctx),
      ...(date ? { date } : {}),
      addressee: decidingBody(ctx),
      body,
      closing: '以上意见，请研究处理。',
      articles,
    }),
  ];
}

