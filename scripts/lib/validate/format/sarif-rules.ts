/**
 * SARIF's rules (reportingDescriptor), one per code the report uses: what GitHub code scanning
 * shows beside an alert. The id is the code; the name its PascalCase form (SARIF1001: a name
 * must not repeat the id); the descriptions and help are Chinese, the help quoting the words of
 * every provision the check rests on, from the policy model. A rule's provisions are the ones
 * its check may cite; for a schema code, which cites whatever provision a field encodes, the
 * ones its results in this report cite.
 */
import { cite } from '../../citations/index.ts';
import type { PolicyModel } from '../../policy/model.ts';
import { allArticles, locate, provisionText } from '../../policy/query.ts';
import { RULES } from '../../rules/index.ts';
import { INPUT_CODE_TITLES, SCHEMA_CODE_TITLES } from '../code-titles.ts';
import type { Code } from '../issues.ts';
import { handbookUrl } from '../messages.ts';

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'note' };
  properties: { articles: string[]; tags: string[] };
}

type Family = 'rule' | 'schema' | 'input';

function familyOf(code: Code): Family {
  if (code in SCHEMA_CODE_TITLES) return 'schema';
  if (code in INPUT_CODE_TITLES) return 'input';
  return 'rule';
}

/**
 * 'near-relative-outside-art-32' → 'NearRelativeOutsideArt32'; a one-word code gets 'Check'
 * after it, since the Multitool compares a name with its id regardless of case.
 */
function pascal(code: string): string {
  const name = code.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase());
  return code.includes('-') ? name : `${name}Check`;
}

/** A provision's words a line per paragraph and per item, as the handbook sets them. */
function linesOf(model: PolicyModel, eId: string): string[] {
  const at = locate(model, eId)!;
  if (at.item) return [provisionText(model, eId)];
  const paragraphs = at.paragraph ? [at.paragraph] : at.article.paragraphs;
  return paragraphs.flatMap((p) => [p.text, ...p.items.map((i) => `${i.label}${i.text}`)]).filter((line) => line !== '');
}

/**
 * Each provision once, with its words: an item whose paragraph or article is listed too is
 * already in their words, and so is a paragraph whose article is listed.
 */
function quoted(eIds: readonly string[], model: PolicyModel): { citation: string; lines: string[] }[] {
  const listed = new Set(eIds);
  return [...listed]
    .filter((eId) => {
      const at = locate(model, eId);
      if (!at) return false;
      if (at.item && (listed.has(at.paragraph!.eId) || listed.has(at.article.eId))) return false;
      return !(at.paragraph && !at.item && listed.has(at.article.eId));
    })
    .map((eId) => ({ citation: cite(eId, model), lines: linesOf(model, eId) }));
}

/** eIds in the order of the Measures (article, its paragraphs, their items). */
function inPolicyOrder(eIds: Iterable<string>, model: PolicyModel): string[] {
  const order = new Map<string, number>();
  for (const a of allArticles(model)) {
    order.set(a.eId, order.size);
    for (const p of a.paragraphs) {
      order.set(p.eId, order.size);
      for (const i of p.items) order.set(i.eId, order.size);
    }
  }
  return [...eIds].sort((x, y) => (order.get(x) ?? Infinity) - (order.get(y) ?? Infinity));
}

const FAMILY_NOTE: Record<Family, string> = {
  rule: '本项检查由 wq-validate 按《实施办法》的规定，综合案件中多个字段的事实作出。',
  schema: '案件（或单位设置）文件不符合架构：具体的字段、取值和依据条款见每条结果的说明；各字段的含义见手册“案件数据字段”。',
  input: '文件本身的问题：文件未能作为案件检查，改正后请重新运行 wq-validate。',
};

/** A Markdown paragraph that cannot start a list, a heading or HTML: the provision's words quoted as text. */
const markdownSafe = (text: string) => text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);

interface RuleInput {
  code: Code;
  severity: 'error' | 'finding';
  /** The provisions this report's results of the code cite. */
  cited: readonly string[];
}

export function sarifRule({ code, severity, cited }: RuleInput, model: PolicyModel, handbook: string | undefined): SarifRule {
  const family = familyOf(code);
  const defined = RULES.filter((r) => r.code === code);
  const title =
    family === 'schema' ? SCHEMA_CODE_TITLES[code as keyof typeof SCHEMA_CODE_TITLES] : family === 'input' ? INPUT_CODE_TITLES[code as keyof typeof INPUT_CODE_TITLES] : defined.map((r) => r.title).join('；');
  // A rule's own provisions first (the first is the one it cites first), then any others its results cite.
  const own = new Set(defined.flatMap((r) => r.articles));
  const articles = [...own, ...inPolicyOrder(new Set(cited.filter((eId) => !own.has(eId))), model)];
  const provisions = quoted(articles, model);
  const basis = provisions.length > 0 ? `（依据：${provisions.map((p) => p.citation).join('、')}）` : '';
  const page = handbook === undefined ? undefined : family === 'rule' && articles[0] ? handbookUrl(handbook, articles[0]) : family === 'schema' ? `${handbook}schema/` : `${handbook}guide/validate/`;

  const text = [`${title}${basis}`, FAMILY_NOTE[family], ...provisions.map((p) => `《实施办法》${p.citation}：\n${p.lines.join('\n')}`)].join('\n\n');
  const markdown = [
    `**${markdownSafe(title)}**${basis}`,
    FAMILY_NOTE[family],
    ...(provisions.length > 0 ? ['《实施办法》原文：', ...provisions.map((p) => `> **${p.citation}**\n>\n${p.lines.map((line) => `> ${markdownSafe(line)}`).join('\n>\n')}`)] : []),
    ...(page ? [`[在手册中查看](${page})`] : []),
  ].join('\n\n');

  return {
    id: code,
    name: pascal(code),
    shortDescription: { text: title },
    fullDescription: { text: `${title}${basis}。${FAMILY_NOTE[family]}` },
    help: { text, markdown },
    ...(page ? { helpUri: page } : {}),
    defaultConfiguration: { level: severity === 'error' ? 'error' : 'note' },
    properties: { articles, tags: family === 'rule' ? ['实施办法', ...(severity === 'error' ? [] : ['提示'])] : family === 'schema' ? ['案件架构'] : ['文件'] },
  };
}
