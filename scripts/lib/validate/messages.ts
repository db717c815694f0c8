/**
 * The one formatter: every typed issue (from the rules, the schema or the file reader) becomes
 * a Chinese sentence here, with its citation computed from the eId by scripts/lib/citations
 * and its handbook link from handbookPath(). Messages name fields and positions, never case
 * data: no names or free text, only short enumerated words the user wrote (“祖父”).
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { formatCitation, handbookPath, itemLabel, parseEId } from '../citations/index.ts';
import type { PolicyModel } from '../policy/index.ts';
import { itemText } from '../rules/model-lists.ts';
import { ROOT_DIR } from '../root.ts';
import type { Issue } from './schema-errors.ts';

export interface FormatContext {
  model: PolicyModel;
  /** Chinese label of a place in the document (“受害人第2项 › 与民警的关系”). */
  label(pointer: string): string;
}

type Args = Record<string, unknown>;
type Template = (args: Args, context: FormatContext, issue: Issue) => string;

const n = (v: unknown) => Number(v) + 1;
/** 从轻、减轻或免除 */
const orList = (values: unknown) => (Array.isArray(values) ? values.join('、').replace(/、([^、]*)$/, '或$1') : '');
const quoted = (values: unknown) => (Array.isArray(values) ? values.map((v) => `“${String(v)}”`).join('、') : '');
const who = (a: Args) => (a.who === 'applicant' ? '申请人' : `受害人第${n(a.index)}人`);

/** Art. 7 names each department before a colon: “警务督察部门：发挥……”. */
const departmentOf = (model: PolicyModel, eId: string) => (itemText(model, eId) ?? eId).split('：')[0]!;

/**
 * How Chinese legal writing cites a provision: the paragraph of an article that has only one
 * is cited as the article (第三十二条, not 第三十二条第一款); the eId keeps para_1 for the anchor.
 */
export function cite(eId: string, model?: PolicyModel): string {
  const cache = model ? (citations.get(model) ?? citations.set(model, new Map()).get(model)!) : undefined;
  const known = cache?.get(eId);
  if (known !== undefined) return known;
  const citation = formatCitation(eId, model);
  cache?.set(eId, citation);
  return citation;
}

/** Citations per model: a batch cites the same few provisions thousands of times. */
const citations = new WeakMap<PolicyModel, Map<string, string>>();

const citedTogether = new Map<string, string>();

/** 第十七条第（一）项、第（三）项: items of one article cited together. */
export function citeAll(eIds: readonly string[]): string {
  const key = eIds.join(' ');
  const known = citedTogether.get(key);
  if (known !== undefined) return known;
  let lastArticle: number | undefined;
  const citation = eIds
    .map((eId) => {
      const ref = parseEId(eId);
      if (ref?.kind === 'item' && ref.article === lastArticle) return `第${itemLabel(ref.item)}项`;
      lastArticle = ref && ref.kind !== 'chapter' ? ref.article : undefined;
      return formatCitation(eId);
    })
    .join('、');
  citedTogether.set(key, citation);
  return citation;
}

const STATUS: Record<string, string> = { met: '具备', 'not-met': '不具备', unknown: '尚未查明' };

const TEMPLATES: Record<string, Template> = {
  // Rules: errors
  'near-relative-outside-art-32': (a) => `${who(a)}的关系“${a.relation}”不属于近亲属；本办法所称近亲属只有${(a.allowed as string[]).join('、')}`,
  'near-relative-relation-missing': (a) => `${who(a)}被列为近亲属，但没有写明与民警的关系（relation）`,
  'liability-on-forbidden-ground': (a) => `责任追究决定第${n(a.index)}项以“${a.ground}”为追责理由；不得以此为由追究民警责任`,
  'emergency-misjudgment-not-mitigated': (a) =>
    `责任追究决定第${n(a.index)}项认定为紧急情形下判断失误、反应过度，处理方式却是“${a.treatment}”；应当${orList(a.allowed)}`,
  'sanction-heavier-after-appeal': (a) => `处分、处理第${n(a.index)}项申诉后由“${a.measure}”改为更重的“${a.revisedMeasure}”；不得因民警申诉而加重处分、处理`,
  'handler-must-recuse': (a) =>
    a.reason === 'victim'
      ? `办案人员第${n(a.index)}人是本案受害人，应当回避`
      : a.reason === 'same-name'
        ? `办案人员第${n(a.index)}人与受害人第${n(a.victim)}人同名；受害人不得办理本案，如系同一人应当回避`
        : `办案人员第${n(a.index)}人是受害人的近亲属（${a.relation}），应当回避`,
  'ledger-date-backward': (a) => `台账第${n(a.index)}条的日期 ${a.date} 早于第${n(a.previous)}条的 ${a.previousDate}；台账应按时间顺序记录`,
  'ledger-stage-backward': (a) => `台账第${n(a.index)}条的“${a.stage}”记在“${a.after}”之后；应按立案、调查、处理的顺序推进`,
  'off-duty-without-art-31-facts': (a, c) => {
    const facts = (a.missing as string[]).map((f) => `“${c.label(`/officer/offDuty/${f}`).split(' › ').pop()}”`).join('、');
    return a.recorded
      ? `非工作时间的案件须同时具备第三十一条的三项事实，本案缺少${facts}`
      : `非工作时间（onDuty 为 false）的案件须填写“非工作时间情形”（offDuty），并同时具备${facts}`;
  },
  // Rules: findings
  applicability: (a) =>
    a.role === '民警'
      ? a.offDuty
        ? '民警在非工作时间遇紧急情形、表明身份后先期处置中受到侵害，依照本办法维护其执法权威'
        : '受保护人员为民警，适用本办法'
      : `受保护人员为${a.role}，${a.basis}本办法执行`,
  'departments-to-involve': (a, c) => `应参与的部门：${(a.items as string[]).map((e) => departmentOf(c.model, e)).join('、')}`,
  'transfer-due': (a) =>
    a.reason === 'misconduct'
      ? `发现民警存在违法违纪问题，应当移送相关部门${a.to ? '' : '；尚未写明接收部门'}`
      : `侵权违法行为人应移交有关部门追究责任${a.to ? '' : '；尚未写明移交部门'}`,
  'report-up-required': (a) =>
    `${a.level}维权办应逐级向公安厅维权办报告${(a.items as string[]).includes('art_17__item_1') ? '，重大案事件第一时间报告' : ''}${a.reported ? '' : '；尚无向公安厅维权办报告的记录'}`,
  'exemption-determination': (a) => {
    const conditions = (a.conditions as { item: string; status: string }[])
      .map((c) => `${citeAll([c.item]).replace(/^第.+?条/, '')}${STATUS[c.status]}`)
      .join('，');
    return `${formatCitation(String(a.article))}免责审查：${conditions}；结论：${a.outcome}`;
  },
  'exemption-ground-art-25': (a) => `免责主张第${n(a.index)}项具备第二十五条所列情形，可以免责`,
  'review-eligible': (a) => `处分、处理第${n(a.index)}项为“${a.measure}”，民警有异议申诉的，由维权委听取陈述、全面复核${a.appealed ? '（已申诉）' : ''}`,
  'correction-overdue': (a) => `督促纠正第${n(a.index)}项已过纠正期限 ${a.deadline}，仍未纠正`,
  'name-clearing-notice-due': (a) => `检举控告经核查证实属${a.finding}，应发《正名通知书》，在一定范围内公开正名${a.issuedOn ? `（已于 ${a.issuedOn} 发出）` : ''}`,
  // Schema
  'schema-required': (a, c, i) => {
    const field = c.label(`${i.path}/${String(a.property)}`).split(' › ').pop();
    return `${c.label(i.path)}缺少必填字段“${field}”（${a.property}）`;
  },
  'schema-additional-properties': (a, c, i) => {
    const guess = closest(String(a.property), a.known as string[]);
    return `${c.label(i.path.replace(/\/[^/]*$/, ''))}中有未定义的字段“${a.property}”${guess ? `，是否应为“${guess}”？` : ''}`;
  },
  'schema-type': (a, c, i) => `${c.label(i.path)}应为${a.expected}，实际是${a.actual}`,
  'schema-enum': (a, c, i) => `${c.label(i.path)}的值${a.value === undefined ? '' : `“${a.value}”`}不在可选范围内；可选值：${quoted(a.allowed)}`,
  'schema-const': (a, c, i) => `${c.label(i.path)}的值应为${quoted(a.allowed)}`,
  'schema-format': (a, c, i) => (a.format === 'date' ? `${c.label(i.path)}应为真实存在的日期，格式 YYYY-MM-DD` : `${c.label(i.path)}格式不正确`),
  'schema-min-items': (a, c, i) => `${c.label(i.path)}至少应有 ${a.limit} 项`,
  'schema-min-length': (_a, c, i) => `${c.label(i.path)}不能为空`,
  'schema-minimum': (a, c, i) => `${c.label(i.path)}不能小于 ${a.limit}`,
  'schema-contains': (a, c, i) => `${c.label(i.path)}：${a.requirement ?? '缺少必需的项'}`,
  'schema-one-of': (_a, c, i) => `${c.label(i.path)}不符合任何一种允许的写法`,
  // The file itself
  'empty-file': () => '文件为空，没有内容',
  'utf16-encoding': () => '文件是 UTF-16 编码；请用编辑器“另存为”UTF-8 编码后重试',
  'not-utf8': (a) =>
    `文件不是 UTF-8 编码（自第 ${a.line} 行第 ${a.column} 列起）${a.likelyGbk ? '，很可能是 GBK/GB18030 编码（Windows 记事本、WPS 等的默认编码）' : ''}；请用编辑器“另存为”UTF-8 编码后重试`,
  'malformed-json': (a) => `JSON 语法错误：${a.detail}`,
  'top-level-not-object': (a) => `文件顶层应为一个对象（{ … }），实际是${a.actual}`,
  'too-deep': (a) => `嵌套层级超过 ${a.limit} 层，不是有效的案件文件`,
  'forbidden-key': (a) => `不允许使用键名“${a.key}”（可能被用来篡改程序对象）`,
  'duplicate-key': (a) =>
    `同一对象中键名“${a.key}”出现了两次（第 ${a.firstLine} 行第 ${a.firstColumn} 列已有）；JSON 只保留后一个值，请删去多余的一个`,
  unreadable: (a) => `无法读取：${a.reason}`,
};

/** The known name closest to a misspelt one (edit distance ≤ 2), for “是否应为…？”. */
function closest(name: string, known: readonly string[]): string | undefined {
  const distance = (x: string, y: string) => {
    const row = Array.from({ length: y.length + 1 }, (_, j) => j);
    for (let i = 1; i <= x.length; i++) {
      let diagonal = row[0]!;
      row[0] = i;
      for (let j = 1; j <= y.length; j++) {
        const up = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (x[i - 1]!.toLowerCase() === y[j - 1]!.toLowerCase() ? 0 : 1));
        diagonal = up;
      }
    }
    return row[y.length]!;
  };
  const best = known.map((k) => ({ k, d: distance(name, k) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= 2 ? best.k : undefined;
}

/** The citation of an issue: its items together when it names several (Arts. 17, 25), else its provision. */
export function citationOf(issue: Issue, model?: PolicyModel): string | null {
  const items = issue.args.items;
  if ((issue.code === 'report-up-required' || issue.code === 'exemption-ground-art-25') && Array.isArray(items)) return citeAll(items as string[]);
  return issue.article ? cite(issue.article, model) : null;
}

/** The issue as one Chinese sentence, ending with its citation when it has one. */
export function formatMessage(issue: Issue, context: FormatContext): string {
  const template = TEMPLATES[issue.code];
  const text = template ? template(issue.args, context, issue) : `${context.label(issue.path)}不符合要求（${issue.code}）`;
  const citation = citationOf(issue, context.model);
  return citation ? `${text}（依据：${citation}）` : text;
}

export const KNOWN_CODES: readonly string[] = Object.keys(TEMPLATES);

/** Where the handbook is served: --handbook, then WQ_HANDBOOK_URL, then the local build in dist/site/. */
export function handbookBase(option?: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = option || env.WQ_HANDBOOK_URL || pathToFileURL(path.join(ROOT_DIR, 'dist/site')).href;
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The handbook address of a provision. A file: base has no web server to turn a directory into
 * its index.html, so the link names the page file itself.
 */
export function handbookUrl(base: string, eId: string): string {
  const page = handbookPath(eId);
  return base.startsWith('file:') ? `${base}${page.replace(/\/(#|$)/, '/index.html$1')}` : `${base}${page}`;
}
