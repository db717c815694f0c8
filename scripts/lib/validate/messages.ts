/**
 * The one formatter: every typed issue (from the rules, the schema or the file reader) becomes
 * a Chinese sentence here, with its citation computed from the eId by scripts/lib/citations
 * and its handbook link from handbookPath(). Messages name fields and positions, never case
 * data: no names or free text, only short enumerated words the user wrote (“祖父”).
 */
import { citeAll, citeWithinArticle, handbookPath } from '../citations/index.ts';
import type { PolicyModel } from '../policy/model.ts';
import { itemPhrase, itemText } from '../policy/query.ts';
import { daysBetween, minutesOf, type Concern, type DutyState, type DutyStatus } from '../duties/index.ts';
import type { Moment } from '../case/facts/index.ts';
import { CONDITION_STATUS } from '../rules/vocabulary.ts';
import type { CoverageReason, FailingEvidence, PersonRef, ReferenceKind } from '../rules/issues.ts';
import type { Code, Issue, IssueArgs } from './issues.ts';
import { PATTERN_WORDS } from './patterns.ts';
import { nextLevel, officeOfLevel } from '../case/levels.ts';

export interface FormatContext {
  model: PolicyModel;
  /** Chinese label of a place in the document (“受害人第2项 › 与民警的关系”). */
  label(pointer: string): string;
}

/** One sentence per code: the compiler checks that every code the validator can report has one. */
type Templates = { [C in Code]: (args: IssueArgs[C], context: FormatContext, issue: Issue<C>) => string };

const n = (v: number) => v + 1;
/** 从轻、减轻或免除 */
const orList = (values: readonly string[]) => values.join('、').replace(/、([^、]*)$/, '或$1');
const quoted = (values: readonly unknown[]) => values.map((v) => `“${String(v)}”`).join('、');

/** Art. 7 names each department before a colon: “警务督察部门：发挥……”. */
const departmentOf = (model: PolicyModel, eId: string) => (itemText(model, eId) ?? eId).split('：')[0]!;

/** A person as messages name them: category and id, never the name (人员 p2，警务辅助人员). */
const personWords = (p: PersonRef) => `${p.category === '亲属' ? '亲属' : p.category}（${p.person}）`;

/** Why a person is not covered, or on what they are, in the text's terms. */
const COVERAGE: Record<CoverageReason, string> = {
  duty: '在依法履职中或因依法履职受到侵害，适用本办法',
  'off-duty': '在非工作时间遇到职责范围内的紧急情形、表明身份后先期处置中受到侵害，依照本办法维护其执法权威',
  'off-duty-unmet': '在非工作时间受到侵害，但记录没有同时表明“遇到职责范围内的紧急情形”和“已表明身份”，不符合第三十一条，本办法不适用',
  assisting: '在协助民警依法履职过程中受到侵害',
  'not-assisting': '受到侵害时不是在协助民警依法履行职责（如独自执勤、非工作时间或事后），第三十三条不适用',
  unlinked: '受到的侵害与依法履行职责无关，本办法不适用',
  'near-relative': '是民警的近亲属，因民警依法履职受到侵害，适用本办法',
  'not-near-relative': '与民警的关系不属于第三十二条所称近亲属，本办法对其不适用',
  'relative-of-non-officer': '不是民警的亲属（本办法保护的是民警本人及其近亲属），本办法对其不适用',
};

/** Why a person is covered or not, in the text's terms (for documents: the ledger, the register). */
export const coverageWords = (reason: CoverageReason): string => COVERAGE[reason];

const REFERENCE: Record<ReferenceKind, string> = { person: '“人员”中没有这个标识', protected: '应为“人员”中受保护人员（民警、警务辅助人员等，不是亲属）的标识', act: '“侵害行为”中没有这个标识' };

const FAILING: Record<FailingEvidence, (closedOn: string, detail?: string) => string> = {
  'no-report-up': (d) => `案件已于 ${d} 处理完毕，但本案应当逐级报告而没有向上一级维权办报告的记录，属“不按要求向上级公安机关报告有关情况”，请核实`,
  'no-aftercare': (d) => `案件已于 ${d} 处理完毕，受保护人员有伤亡，但没有抚助慰问或医疗救治的记录，属“不及时采取善后救助措施”，请核实`,
  'not-handled': (d) => `案件已于 ${d} 处理完毕，但没有对侵权人作出任何处理的记录，可能属“对侵犯公安民警执法权威行为不处理”，请核实`,
  downgraded: (d, detail) => `案件已于 ${d} 处理完毕，记录的侵害已达犯罪程度（轻伤以上，或暴力袭击正在执行职务的民警），对侵权人却只有${detail ?? '行政处罚'}，可能属“降格处理”，请核实`,
};

const TEMPLATES: Templates = {
  // Rules: errors
  'unknown-reference': (a, c, i) => `${c.label(i.path)}写的“${a.id}”不对：${REFERENCE[a.expects]}`,
  'duplicate-id': (a, c, i) => `${c.label(i.path)}“${a.id}”与第${n(a.first)}项重复；标识在本文件内不得重复`,
  'applicant-not-near-relative': (a) =>
    ({
      'not-relative': '申请人类别为“近亲属”，但所指的人员不是亲属',
      'not-near': `申请人与民警的关系“${a.relation ?? ''}”不属于近亲属，不能以近亲属身份申请；本办法所称近亲属只有夫、妻、父、母、子、女、同胞兄弟姊妹`,
      'not-of-protected': '申请人类别为“近亲属”，但没有写明是哪位受保护人员的亲属',
      'relative-as-self': '申请人类别为“本人”，但所指的人员是亲属；亲属申请的，类别应为“近亲属”',
    })[a.reason],
  'liability-on-forbidden-ground': (a) =>
    a.kind === '等'
      ? `责任追究决定第${n(a.index)}项以“${a.ground}”为追责理由，与第十八条所列理由同类（“等”）；不得以此为由追究${a.person}责任`
      : a.ground === a.kind
        ? `责任追究决定第${n(a.index)}项以“${a.ground}”为追责理由；不得以此为由追究${a.person}责任`
        : `责任追究决定第${n(a.index)}项以“${a.ground}”为追责理由，即第十八条所列的“${a.kind}”；不得以此为由追究${a.person}责任`,
  'liability-without-lawful-ground': (a) => `责任追究决定第${n(a.index)}项所列理由都是第十八条禁止的理由，没有写明${a.person}违法违纪的事实依据`,
  'serious-fault-not-strict': (a) =>
    `责任追究决定第${n(a.index)}项认定为故意或严重过错，处理方式却是“${a.treatment}”；第十九条要求对造成危害后果的故意或严重过错从严追究`,
  'emergency-misjudgment-not-mitigated': (a) =>
    `责任追究决定第${n(a.index)}项认定为紧急情形下判断失误、反应过度，处理方式却是“${a.treatment}”；应当${orList(a.allowed)}`,
  'sanction-heavier-after-appeal': (a) => `处分、处理第${n(a.index)}项申诉后由“${a.measure}”改为更重的“${a.revisedMeasure}”；不得因${a.person}申诉而加重处分、处理`,
  'handler-must-recuse': (a) =>
    a.reason === 'self'
      ? `办案人员第${n(a.index)}人就是本案受侵害的${personWords(a.of)}，应当回避`
      : a.reason === 'same-name'
        ? `办案人员第${n(a.index)}人与${personWords(a.of)}同名；受侵害的人不得办理本案，如系同一人应当回避，如不是同一人请在其“与本案人员的关系”中写明`
        : `办案人员第${n(a.index)}人是${personWords(a.of)}的${a.relation}，应当回避`,
  'ledger-date-backward': (a) => `台账第${n(a.index)}条的日期 ${a.date} 早于第${n(a.previous)}条的 ${a.previousDate}；台账应按时间顺序记录`,
  'ledger-stage-backward': (a) => `台账第${n(a.index)}条的“${a.stage}”记在“${a.after}”之后；应按立案、调查、处理的顺序推进`,
  // Rules: findings
  applicability: (a) => {
    const who = personWords(a);
    if (a.act) return `${who}在第${n(a.act.index)}项侵害行为（${a.act.kind}）中${COVERAGE[a.reason]}；这项行为不计入对其的维护`;
    if (a.reason === 'duty') return `${who}${a.link === '因履职' ? '因依法履行职责、行使职权受到侵害' : '在依法履行职责、行使职权过程中受到侵害'}，适用本办法`;
    if (a.reason === 'assisting') return `${who}${COVERAGE.assisting}，${a.basis}本办法执行`;
    if (a.reason === 'not-near-relative') return `${who}是${a.relation ?? '亲属'}，${COVERAGE['not-near-relative']}`;
    return `${who}${COVERAGE[a.reason]}`;
  },
  'measures-not-applicable': () => '记录的侵害行为没有一项侵害受本办法保护的人员，本办法不适用于本案，不列职责',
  'art-8-circumstances': (a, c) => `按记录的侵害行为，本案属于第八条所列情形：${a.items.map((e) => itemPhrase(c.model, e)).join('；')}`,
  'classification-mismatch': (a) =>
    `经办人认定的第八条情形与按事实认定的不一致：${[a.extra.length ? `多出${a.extra.map((e) => citeWithinArticle(e)).join('')}` : '', a.missing.length ? `缺少${a.missing.map((e) => citeWithinArticle(e)).join('')}` : ''].filter(Boolean).join('，')}；请核对记录的侵害行为`,
  'handler-relation-review': (a) => `办案人员第${n(a.index)}人与${personWords(a.of)}有其他关系，维权办应审查是否可能影响公正处理，需要回避的应当回避`,
  'departments-to-involve': (a, c) => `应参与的部门：${a.items.map((e) => departmentOf(c.model, e)).join('、')}`,
  'transfer-due': (a) =>
    a.reason === 'misconduct'
      ? `发现${a.person}存在违法违纪问题，应当移送相关部门${a.to ? '' : '；尚未写明接收部门'}`
      : `侵权违法行为人应移交有关部门追究责任${a.to ? '' : '；尚未写明移交部门'}`,
  'report-up-required': (a) => {
    const next = officeOfLevel(nextLevel(a.level)!);
    const person = a.basis ? `（${a.basis}第三十三条，受伤亡的人员视同民警）` : '';
    const timing = a.major ? '；属重大案事件，应第一时间报告' : '';
    return `本案须逐级报告：${a.level}维权办应向${next}报告${person}${timing}${a.reported ? '' : `；尚无向${next}报告的记录`}`;
  },
  'report-skips-level': (a) => `工作记录第${n(a.index)}项的逐级报告越过盟市维权办直接报告公安厅维权办；旗县维权办应先向盟市维权办报告`,
  'exemption-determination': (a, c) => {
    const conditions = a.conditions.map((x) => `${citeWithinArticle(x.item)}${CONDITION_STATUS[x.status].word}`).join('，');
    return `${citeAll([a.article], c.model)}免责审查：${conditions}；结论：${a.outcome}`;
  },
  'exemption-ground-art-25': (a) => `免责主张第${n(a.index)}项属于第二十五条所列的免责情形，${a.person}免责`,
  'review-eligible': (a) => `处分、处理第${n(a.index)}项为“${a.measure}”，${a.person}有异议申诉的，由其所在公安机关维权委听取陈述、全面复核${a.appealed ? '（已申诉）' : ''}`,
  'review-not-under-art-27': (a) =>
    `处分、处理第${n(a.index)}项为“${a.measure}”，不属于记大过以上处分或辞退，不适用第二十七条的复核；${a.person}有异议申诉的，由维权办受理调查复核申请、维权委审核`,
  'review-before-hearing': (a) =>
    a.heardOn
      ? `处分、处理第${n(a.index)}项的复核日期 ${a.reviewedOn} 早于听取陈述的日期 ${a.heardOn}；维权委应当先听取当事${a.person}的陈述，再全面复核`
      : `处分、处理第${n(a.index)}项已于 ${a.reviewedOn} 复核，但没有听取当事${a.person}陈述的记录；维权委应当听取陈述后再复核`,
  'name-clearing-notice-due': (a) => `检举控告经核查证实属${a.finding}，应发《正名通知书》，在一定范围内公开正名${a.issuedOn ? `（已于 ${a.issuedOn} 发出）` : ''}`,
  'name-clearing-out-of-order': (a) =>
    ({
      'notice-before-proved': `《正名通知书》的日期 ${a.date} 早于检举控告经核查证实的日期 ${a.before}；正名应在证实之后`,
      'notice-before-materials': `《正名通知书》的日期 ${a.date} 早于调查材料移交维权办的日期 ${a.before}；维权办应审查移交的材料后再发通知书`,
      'materials-before-proved': `调查材料移交维权办的日期 ${a.date} 早于核查证实的日期 ${a.before}；请核对两个日期`,
    })[a.step],
  'accountability-failing': (a) => FAILING[a.evidence](a.closedOn, a.detail),
  // Schema
  'schema-required': (a, c, i) => {
    const field = c.label(`${i.path}/${a.property}`).split(' › ').pop();
    return `${c.label(i.path)}缺少必填字段“${field}”（${a.property}）`;
  },
  'schema-additional-properties': (a, c, i) => {
    const guess = closest(a.property, a.known);
    return `${c.label(i.path.replace(/\/[^/]*$/, ''))}中有未定义的字段“${a.property}”${guess ? `，是否应为“${guess}”？` : ''}`;
  },
  'schema-type': (a, c, i) => `${c.label(i.path)}应为${a.expected}，实际是${a.actual}`,
  'schema-enum': (a, c, i) => `${c.label(i.path)}的值${a.value === undefined ? '' : `“${a.value}”`}不在可选范围内；可选值：${quoted(a.allowed)}`,
  'schema-const': (a, c, i) => `${c.label(i.path)}的值应为${quoted(a.allowed)}`,
  'schema-format': (a, c, i) => (a.format === 'date' ? `${c.label(i.path)}应为真实存在的日期，格式 YYYY-MM-DD` : `${c.label(i.path)}格式不正确`),
  'schema-min-items': (a, c, i) => `${c.label(i.path)}至少应有 ${a.limit} 项`,
  'schema-max-items': (a, c, i) => `${c.label(i.path)}至多只能有 ${a.limit} 项`,
  'schema-min-length': (a, c, i) => (a.limit <= 1 ? `${c.label(i.path)}不能为空` : `${c.label(i.path)}至少应有 ${a.limit} 个字符`),
  'schema-max-length': (a, c, i) => `${c.label(i.path)}不能超过 ${a.limit} 个字符`,
  'schema-minimum': (a, c, i) => `${c.label(i.path)}不能小于 ${a.limit}`,
  'schema-maximum': (a, c, i) => `${c.label(i.path)}不能大于 ${a.limit}`,
  'schema-pattern': (a, c, i) =>
    a.character
      ? `${c.label(i.path)}的第 ${a.at} 个字符是不允许的控制字符或非字符（${a.character}），请删去；这类字符会使台账、DOCX 等文件无法打开`
      : PATTERN_WORDS[a.pattern]
        ? `${c.label(i.path)}${PATTERN_WORDS[a.pattern]}`
        : `${c.label(i.path)}的写法不符合要求`,
  'schema-contains': (a, c, i) => `${c.label(i.path)}：${a.requirement ?? '缺少必需的项'}`,
  'schema-one-of': (_a, c, i) => `${c.label(i.path)}不符合任何一种允许的写法`,
  'schema-other': (_a, c, i) => `${c.label(i.path)}不符合案件架构的要求`,
  // The file itself
  'empty-file': () => '文件为空，没有内容',
  'utf16-encoding': (a) => `文件是 UTF-16 编码${a.bom ? '' : '（没有字节顺序标记）'}；请用编辑器“另存为”UTF-8 编码后重试`,
  'utf32-encoding': (a) => `文件是 UTF-32 编码${a.bom ? '' : '（没有字节顺序标记）'}；请用编辑器“另存为”UTF-8 编码后重试`,
  'not-utf8': (a) =>
    `文件不是 UTF-8 编码（自第 ${a.line} 行第 ${a.column} 列起）${a.likelyGbk ? '，很可能是 GBK/GB18030 编码（Windows 记事本、WPS 等的默认编码）' : ''}；请用编辑器“另存为”UTF-8 编码后重试`,
  'malformed-json': (a) => `JSON 语法错误：${a.detail}`,
  'control-character': (a) => `JSON 语法错误：字符串中直接写入了${a.name}（${a.character}），JSON 不允许；请删去，或改写为转义形式（如制表符写作 \\t）`,
  'number-out-of-range': (_a, c, i) => `${c.label(i.path)}的数值太大，超出可以表示的范围`,
  'number-too-precise': (_a, c, i) => `${c.label(i.path)}的整数超过 9007199254740991，无法精确表示（读取后会变成另一个数）；请检查数值，或改写为字符串`,
  'lone-surrogate': (_a, c, i) => `${c.label(i.path)}中有不成对的代理项转义（如 \\ud800），不是有效的字符`,
  'file-too-large': (a) => `文件有 ${(a.size / 1048576).toFixed(1)} MB，超过 ${(a.limit / 1048576).toFixed(0)} MB 的上限，未读取；案件文件通常只有几 KB（可用 --max-size 调整上限）`,
  'not-a-file': (a) => `不是普通文件（是${a.kind}），未读取`,
  'top-level-not-object': (a) => `文件顶层应为一个对象（{ … }），实际是${a.actual}`,
  'too-deep': (a) => `嵌套层级超过 ${a.limit} 层，不是有效的案件文件`,
  'forbidden-key': (a) => `不允许使用键名“${a.key}”（可能被用来篡改程序对象）`,
  'duplicate-key': (a) =>
    `同一对象中键名“${a.key}”出现了两次（第 ${a.firstLine} 行第 ${a.firstColumn} 列已有）；JSON 只保留后一个值，请删去多余的一个`,
  unreadable: (a) => `无法读取：${a.reason}`,
  'old-schema-version': (a) => `这是第 ${a.version} 版的案件文件（记录的是第八条项号等结论，而不是发生了什么）；请先用 npm run migrate -- <文件> --out <目录> 转换为第 2 版，再核对转换结果`,
};

/**
 * The known name closest to a misspelt one, for “是否应为…？”: optimal string alignment distance
 * (a swapped pair of letters, kidn for kind, counts once), at most 2, ignoring case.
 */
function closest(name: string, known: readonly string[]): string | undefined {
  const distance = (x: string, y: string) => {
    const a = x.toLowerCase();
    const b = y.toLowerCase();
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
    return d[a.length]![b.length]!;
  };
  const best = known.map((k) => ({ k, d: distance(name, k) })).sort((a, b) => a.d - b.d)[0];
  return best && best.d <= 2 ? best.k : undefined;
}

/** The citation of an issue: every provision it rests on, as one citation; null for a problem of the file itself. */
export function citationOf(issue: Issue, model?: PolicyModel): string | null {
  return issue.articles.length > 0 ? citeAll(issue.articles, model) : null;
}

/** The issue as one Chinese sentence, ending with its citation when it has one. */
export function formatMessage(issue: Issue, context: FormatContext): string {
  const template = TEMPLATES[issue.code] as (args: unknown, context: FormatContext, issue: Issue) => string;
  const text = template(issue.args, context, issue);
  const citation = citationOf(issue, context.model);
  return citation ? `${text}（依据：${citation}）` : text;
}

/** How a duty stands, in the words of the checklist. */
export const DUTY_STATE: Record<DutyState, string> = { done: '已履行', pending: '待履行', overdue: '逾期', verify: '需核实' };

const momentWords = (m: Moment) => `${m.date}${m.time ? ` ${m.time}` : ''}`;

/** How far apart two moments are: days, or within one day hours and minutes. */
function gapWords(from: Moment, to: Moment): string {
  if (from.date !== to.date || !from.time || !to.time) return `${daysBetween(from.date, to.date)} 天`;
  const minutes = minutesOf(to.time) - minutesOf(from.time);
  return `${Math.floor(minutes / 60) ? `${Math.floor(minutes / 60)} 小时` : ''}${minutes % 60 ? ` ${minutes % 60} 分钟` : ''}`.trim();
}

/** What makes a duty 需核实, with the moments the record gives. */
function concernWords(concern: Concern): string {
  switch (concern.kind) {
    case 'later-day':
      return `${concern.fromWhat} ${momentWords(concern.from)}，履行 ${momentWords(concern.to)}，相隔 ${gapWords(concern.from, concern.to)}，请核实是否及时`;
    case 'moment-passed':
      return `${concern.fromWhat} ${momentWords(concern.from)}，至今没有履行的记录，请核实当时是否履行`;
    case 'before-trigger':
      return concern.trigger
        ? `记录的日期 ${concern.on} 早于${concern.triggerWhat}的日期 ${concern.trigger}，请核实`
        : `记录的日期 ${concern.on}，但没有${concern.triggerWhat}的记录，请核实`;
    case 'not-assessed':
      return '伤情尚未鉴定，请按鉴定结论核实是否属于重大医疗救治';
  }
}

/** Which sanction or correction a duty of several concerns. */
const OF_MANY: Record<string, string> = { sanctions: '处分、处理', corrections: '督促纠正' };

/** The list a duty's path names (/sanctions/0 …): the part between the first two slashes. */
const listOf = (path: string) => path.slice(1, path.indexOf('/', 1) >>> 0);

/** How a duty stands, after who must do what: when and by whom, or since when and until when. */
function dutyDetail(duty: DutyStatus, model: PolicyModel | undefined): string {
  if (duty.status === 'done') {
    const { date, by, document, to } = duty.done ?? {};
    let detail = date ? `${date} ${by ? `由${by}` : ''}履行` : `已履行${by ? `（${by}）` : ''}，未记录日期`;
    if (to) detail += `，接收部门：${to}`;
    if (document) detail += `，见${document}`;
    return detail;
  }
  if (duty.status === 'overdue') {
    const on = duty.done?.date;
    return on ? `期限 ${duty.deadline}，${on} 才履行，逾期 ${daysBetween(duty.deadline!, on)} 天` : `期限 ${duty.deadline}，截至 ${duty.judgedOn} 未履行，逾期 ${daysBetween(duty.deadline!, duty.judgedOn!)} 天`;
  }
  if (duty.status === 'verify' && duty.concern) return concernWords(duty.concern);
  const parts: string[] = [];
  const reading = duty.timing && duty.timing !== '限期' ? model?.editorial.timing?.[duty.timing]?.reading : undefined;
  if (reading) parts.push(reading);
  if (duty.deadline) parts.push(`期限 ${duty.deadline}`);
  if (duty.since && duty.judgedOn) parts.push(`自 ${duty.since} 起已 ${daysBetween(duty.since, duty.judgedOn)} 天`);
  return parts.join('；');
}

/**
 * A duty as one sentence: who must do what, how it stands, and its citation (given, when the
 * caller has it already: a checklist cites the same few lists of provisions over and over).
 */
export function formatDuty(duty: DutyStatus, model?: PolicyModel, citation = citeAll(duty.articles, model)): string {
  const list = duty.index === undefined ? undefined : OF_MANY[listOf(duty.path)];
  const which = list ? `（${list}第${n(duty.index!)}项）` : duty.person ? `（${duty.person}）` : '';
  const detail = dutyDetail(duty, model);
  return `${duty.holder}${duty.title}${which}${detail ? `（${detail}）` : ''}（依据：${citation}）`;
}

export const KNOWN_CODES = Object.keys(TEMPLATES) as Code[];

/**
 * The handbook address of a provision. A file: base has no web server to turn a directory into
 * its index.html, so the link names the page file itself.
 */
export function handbookUrl(base: string, eId: string): string {
  const page = handbookPath(eId);
  return base.startsWith('file:') ? `${base}${page.replace(/\/(#|$)/, '/index.html$1')}` : `${base}${page}`;
}
