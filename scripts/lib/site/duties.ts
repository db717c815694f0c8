/**
 * The duties of the Measures as the validator publishes them (dist/published/duties.json), and
 * the coverage page's account of every obligation clause of the text: a clause that says 应当 /
 * 应 / 要 / 负责 / 不得 / 须 is either a case duty the validator tracks (with its code, field and
 * tests), a standing duty of the organ, checked by a rule, untracked with the published reason —
 * or, visibly, accounted for by nothing.
 */
import type { PolicyModel } from '../policy/model.ts';
import { allArticles } from '../policy/query.ts';
import type { Published } from './published.ts';
import { overlaps, provisionLink } from './provision-links.ts';
import type { DutyView, LinkTo, ObligationRow, RuleView } from './types.ts';

/** Words that make a clause an obligation (相应, 适应 are not; nor 要求, 必要, 需要, 重要, 主要). */
const OBLIGATION = /(?<![相适反])应(?!用)|(?<![必需重主])要(?!求)|负责|不得|必须|(?<!必)须/u;

export function dutyViews(published: Published, model: PolicyModel, known: (eIds: string[], where: string) => string[]): DutyView[] {
  return published.duties.map((d) => ({
    code: d.code,
    kind: d.kind,
    holder: d.holder,
    title: d.title,
    ...(d.timing ? { timing: d.timing } : {}),
    ...(d.field ? { field: d.field } : {}),
    tests: d.tests ?? [],
    articles: known(d.articles, `${published.state.duties.file} 的职责 ${d.code}`).map((e) => provisionLink(e, model)),
  }));
}

/** The provisions (paragraph texts and items, in order) whose own words state an obligation. */
function obligationClauses(model: PolicyModel): { eId: string; text: string }[] {
  const clauses: { eId: string; text: string }[] = [];
  for (const article of allArticles(model)) {
    for (const paragraph of article.paragraphs) {
      if (OBLIGATION.test(paragraph.text)) clauses.push({ eId: paragraph.eId, text: paragraph.text });
      for (const item of paragraph.items) if (OBLIGATION.test(item.text)) clauses.push({ eId: item.eId, text: item.text });
    }
  }
  return clauses;
}

const eIdOf = (link: LinkTo) => link.href.split('#')[1] ?? '';

/**
 * Every obligation clause, and every provision the published duties name, with what accounts for
 * it: a duty that cites it (or the article or item around it), else a rule, else the reason it is
 * not tracked.
 */
export function accountObligations(
  model: PolicyModel,
  duties: DutyView[],
  untracked: { articles: LinkTo[]; reason: string }[],
  rules: RuleView[],
): ObligationRow[] {
  const named = [...duties.flatMap((d) => d.articles), ...untracked.flatMap((u) => u.articles)].map(eIdOf);
  const clauses = new Set([...obligationClauses(model).map((c) => c.eId), ...named.filter((e) => e.includes('__'))]);
  const order = allArticles(model).flatMap((a) => a.paragraphs.flatMap((p) => [p.eId, ...p.items.map((i) => i.eId)]));
  // A lead-in stands for its items (art_29__para_1 "应当建立以下工作制度" is discharged by the items' duties).
  const itemsOf = new Map(allArticles(model).flatMap((a) => a.paragraphs.map((p) => [p.eId, p.items.map((i) => i.eId)] as const)));
  const covers = (cited: string, eId: string) => overlaps(cited, eId) || (itemsOf.get(eId) ?? []).includes(cited);
  return order
    .filter((eId) => clauses.has(eId))
    .map((eId): ObligationRow => {
      const mine = duties.filter((d) => d.articles.some((l) => covers(eIdOf(l), eId)));
      const reason = untracked.find((u) => u.articles.some((l) => eIdOf(l) === eId))?.reason;
      const ruleLinks = rules
        .filter((r) => r.articles.some((l) => covers(eIdOf(l), eId)))
        .map((r) => ({ label: r.title, href: `coverage/#rule-${r.code}` }));
      const status: ObligationRow['status'] = mine.some((d) => d.kind === 'case')
        ? 'case'
        : mine.length
          ? 'unit'
          : reason
            ? 'untracked'
            : ruleLinks.length
              ? 'rule'
              : 'none';
      return { provision: provisionLink(eId, model), status, duties: mine, rules: ruleLinks, ...(reason ? { reason } : {}) };
    });
}
