/**
 * The body of the periodic report: five sections of sentences and tables, each figure beside the
 * same period a year earlier. Every total a sentence states is the total row of its table (the
 * tables carry a 合计 row), the period is named once, and the breakdowns that could single out a
 * person are those published.ts lets out, with a note saying so.
 */
import { cite, citeWithinArticle } from '../citations/index.ts';
import type { ChartRow } from '../gbt9704/bar-chart.ts';
import { keep, text } from '../gbt9704/model/text.ts';
import type { Block } from '../gbt9704/model/types.ts';
import type { PolicyModel } from '../policy/model.ts';
import { itemIdsOf, itemPhrase } from '../policy/query.ts';
import { RELATIVE } from './facts.ts';
import type { Figures } from './figures.ts';
import type { ReportCounts, ReportScope } from './json.ts';
import type { Protected } from './disclosure.ts';
import type { Disclosed } from './published.ts';

export interface Words {
  /** 2026年第三季度 */
  name: string;
  /** 上年同期（2025年第三季度） */
  previousName: string;
  /** Who received the cases: 呼和浩特市公安局维权办, 呼和浩特市公安局及所属旗县区公安机关维权办共, or 本办. */
  office: string;
}

const n = (record: Record<string, number>, key: string) => record[key] ?? 0;
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** A published cell: its number, or 不足3 when withheld. */
const cell = (value: number | null, k: number) => (value === null ? `不足${k}` : String(value));

function change(now: number, before: number, unit = '件'): string {
  if (now === before) return '与上年同期持平';
  return now > before ? `比上年同期增加${now - before}${unit}` : `比上年同期减少${before - now}${unit}`;
}

/** A table of the report: a label column or two, then numbers, right-aligned. */
function table(caption: string, columns: number[], head: string[], rows: string[][]): Block {
  const numeric = (i: number) => rows.length > 0 && rows.every((r) => /^(?:\d+|不足\d+)$/.test(r[i] ?? ''));
  return {
    kind: 'table',
    caption,
    columns,
    header: [{ cells: head.map((h) => ({ lines: [text(h)] })) }],
    rows: rows.map((r) => ({ cells: r.map((c, i) => ({ lines: [text(c)], ...(numeric(i) ? { align: 'right' as const } : {}) })) })),
  };
}

/** Art. 33: 辅警 and 学员 come under the Measures (遵照), other staff by analogy (参照), as persons.yaml says. */
function assistants(present: readonly string[], model: PolicyModel): string {
  const basis = (c: string) => model.editorial.persons?.[c]?.basis;
  const under = present.filter((c) => basis(c) === '遵照');
  const like = present.filter((c) => basis(c) === '参照');
  const parts = [under.length > 0 ? `${under.join('、')}遵照本办法执行` : '', like.length > 0 ? `${like.join('、')}参照本办法执行` : ''].filter(Boolean);
  return parts.length === 0 ? '' : `其中，依照${cite('art_33', model)}，${parts.join('，')}。`;
}

/** Art. 29（三）asks for analysis: which circumstance came most often, and which rose most. */
function mostFrequent(items: readonly string[], rows: readonly ChartRow[], model: PolicyModel): string {
  const top = Math.max(...rows.map((r) => r.value));
  if (top < 2) return '';
  const most = items.filter((_, k) => rows[k]!.value === top).map((i) => `“${itemPhrase(model, i)}”`);
  const rise = Math.max(...rows.map((r) => r.value - r.previous));
  const risen = rise >= 2 ? items.filter((_, k) => rows[k]!.value - rows[k]!.previous === rise).map((i) => `“${itemPhrase(model, i)}”`) : [];
  return `其中${most.join('、')}最多（${most.length > 1 ? '各' : ''}${top}件）${risen.length > 0 ? `；${risen.join('、')}比上年同期增加最多（增加${rise}件）` : ''}。`;
}

/** What the report covers and what it left out, in the 党委's words. */
function scopeSentence(scope: ReportScope): string {
  const { otherUnit, unknownUnit } = scope.leftOut;
  if (!scope.unit || otherUnit.cases + unknownUnit.cases === 0) return '';
  const parts = [
    otherUnit.cases > 0 ? `${otherUnit.cases}个属于其他单位（${otherUnit.units.join('、')}）` : '',
    unknownUnit.cases > 0 ? `${unknownUnit.cases}个的承办单位名称无法对应到内蒙古公安机关` : '',
  ].filter(Boolean);
  // Whose cases are counted is said in the sentence before (Words.office).
  return `读取的案件文件中，另有${parts.join('，')}，均未计入。`;
}

/**
 * 表2: this period's units by name where no cell is small, the rest as 其他单位, and the 合计 the
 * text states. A year earlier is a different set of units, protected on its own: its total is in
 * the text, and a column of it beside this year's would put a small cell back in a named row.
 */
function unitTable(units: Protected, current: Figures, k: number): Block | string {
  if (units.named.length === 0) return current.cases === 0 ? '' : '各承办单位的案件数较少，不分单位列出。';
  const rows = units.named.map(([unit, a]) => [unit, String(a)]);
  if (units.merged.length > 0) rows.push([`其他单位（${units.merged.length}个）`, cell(units.other, k)]);
  rows.push(['合计', String(current.cases)]);
  return table('表2　按承办单位统计（件）', [70, 30], ['承办单位', '本期'], rows);
}

function overview(current: Figures, previous: Figures, shown: Disclosed, counts: ReportCounts, scope: ReportScope, words: Words, model: PolicyModel): Block[] {
  const k = shown.threshold;
  const blocks: Block[] = [];
  const p = (s: string) => s && blocks.push({ kind: 'paragraph', text: text(s) });
  blocks.push({ kind: 'heading', level: 1, text: text('一、案件总体情况') });
  p(`${words.name}，${words.office}受理维护执法权威案件${current.cases}件，${change(current.cases, previous.cases)}（上年同期${previous.cases}件）。`);
  p(scopeSentence(scope));
  if (counts.invalid > 0) p(`另有${counts.invalid}个案件数据文件有错误，未计入本报告的数字。`);
  if (counts.duplicates > 0) p(`有${counts.duplicates}个文件与已统计的案件编号重复，只统计一次。`);

  const items = itemIdsOf(model, 'art_8');
  const label = (eId: string) => citeWithinArticle(eId).replace(/^第|项$/g, '');
  const rows: ChartRow[] = items.map((i) => ({ label: label(i), value: n(current.byCircumstance, i), previous: n(previous.byCircumstance, i) }));
  const named = items.flatMap((i, k) => (rows[k]!.value > 0 ? [`${itemPhrase(model, i)}${rows[k]!.value}件`] : []));
  p(current.cases === 0 ? `本期没有受理案件。` : `按${cite('art_8', model)}所列情形统计（一起案件可能有几种情形）：${named.join('，')}。${mostFrequent(items, rows, model)}`);
  blocks.push(
    table(
      `表1　按${cite('art_8', model)}所列情形统计（件）`,
      [12, 60, 14, 14],
      ['项', '情形', '本期', '上年同期'],
      items.map((i, k) => [label(i), itemPhrase(model, i), String(rows[k]!.value), String(rows[k]!.previous)]),
    ),
  );
  blocks.push({
    kind: 'figure',
    caption: `图1　按${cite('art_8', model)}所列情形统计（件）`,
    chart: { id: 'circumstances', title: '按情形统计', rows, legend: { current: `本期（${words.name}）`, previous: words.previousName } },
  });

  const units = unitTable(shown.byUnit[0], current, k);
  if (typeof units === 'string') p(units);
  else blocks.push(units);
  const levels = shown.byLevel[0];
  if (levels.merged.length === 0 && levels.named.length > 0) p(`按承办机关层级：${levels.named.map(([l, a]) => `${l}${a}件`).join('，')}。`);

  const persons = shown.byPerson[0];
  const word = (x: string) => (x === RELATIVE ? '民警的近亲属' : x);
  if (persons.named.length > 0) {
    const listed = [...persons.named.map(([x, a]) => `${word(x)}${a}人`), ...(persons.merged.length > 0 ? [`其他类别人员${cell(persons.other, k)}人`] : [])];
    p(`受侵害人员：${listed.join('，')}。${assistants(persons.named.map(([x]) => x), model)}`);
  } else if (persons.merged.length > 0) p(`受侵害人员${cell(persons.other, k)}人，人数较少，不分类别列出。`);
  const h = shown.harm;
  const harms = [
    h.injured[0] !== 0 ? `造成人员受伤的${cell(h.injured[0], k)}件` : '',
    h.killed[0] !== 0 ? `造成人员死亡的${cell(h.killed[0], k)}件` : '',
    h.propertyCases[0] !== 0 ? `造成财产损失的${cell(h.propertyCases[0], k)}件${h.propertyYuan[0] === null ? '' : `，共计${h.propertyYuan[0]}元`}` : '',
  ].filter(Boolean);
  p(harms.length === 0 ? '本期没有造成人员伤亡或者财产损失的案件。' : `${harms.join('；')}。`);
  if (shown.withheld.length > 0) {
    p(`（说明：为防止由较小的数字识别出具体人员，按承办单位、承办机关层级、受侵害人员类别和伤亡、财产损失统计的数字不足${k}的，不单独列出，并入“其他”或写作“不足${k}”。）`);
  }
  return blocks;
}

function reportsUp(current: Figures, model: PolicyModel): Block[] {
  const r = current.reportUp;
  const items = itemIdsOf(model, 'art_17').filter((i) => n(r.byItem, i) > 0);
  const several = sum(items.map((i) => n(r.byItem, i))) > r.required ? '，一起案件可能有几项' : '';
  const major = [
    `维权办获悉当日即报告的${r.majorSameDay}件`,
    r.majorLater ? `报告晚于获悉当日或者截至期末尚未报告的${r.majorLater}件` : '',
    r.majorBeforeKnown ? `记录的报告日期早于维权办获悉案件的${r.majorBeforeKnown}件` : '',
  ].filter(Boolean);
  const text1 =
    r.required === 0
      ? `本期没有须按${cite('art_17', model)}逐级报告的案件。`
      : `按${cite('art_17', model)}须逐级报告的案件${r.required}件（${items.map((i) => `${citeWithinArticle(i)}${n(r.byItem, i)}件`).join('，')}${several}），截至期末已向上一级维权办报告${r.reported}件，尚未报告${r.notReported}件${
          r.skippedLevel ? `；越过盟市维权办直接报告公安厅的${r.skippedLevel}件` : ''
        }。${
          r.major === 0
            ? ''
            : `其中重大案事件${r.major}件（${cite('art_29__item_1', model)}），${major.join('，')}${r.majorVerify ? `；这${r.majorVerify}件是否做到第一时间报告，需核实` : ''}（未记录获悉日期的，以受理日期为获悉日期）。`
        }`;
  return [{ kind: 'heading', level: 1, text: text('二、逐级报告情况') }, { kind: 'paragraph', text: text(text1) }];
}

function progress(current: Figures, model: PolicyModel): Block[] {
  const s = current.stages;
  const days = (label: string, spread: Figures['stages']['daysToHandling']) =>
    spread.cases === 0 ? '' : `；从立案到${label}平均${spread.mean}天（中位数${spread.median}天，最长${spread.max}天）`;
  return [
    { kind: 'heading', level: 1, text: text('三、办理进度') },
    {
      kind: 'paragraph',
      text: text(`截至期末，本期受理的案件已立案${s.filed}件，进入调查${s.investigated}件，处理完毕（办结）${s.handled}件${days('调查', s.daysToInvestigation)}${days('处理完毕', s.daysToHandling)}（${cite('art_29__item_6', model)}）。`),
    },
  ];
}

function reviews(current: Figures, model: PolicyModel): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: text('四、免责审查、申诉复核与督促纠正') }];
  const p = (s: string) => blocks.push({ kind: 'paragraph', text: text(s) });
  const exemptionRows = Object.entries(current.exemptions).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  p(
    exemptionRows.length === 0
      ? '本期没有免责审查案件。'
      : `免责审查${sum(exemptionRows.map(([, o]) => sum(Object.values(o))))}项：${exemptionRows
          .map(([article, outcomes]) => `依${cite(article, model)}${Object.entries(outcomes).map(([o, k]) => `${o}${k}项`).join('、')}`)
          .join('；')}。`,
  );
  const a = current.appeals;
  p(
    a.appealed === 0
      ? '本期没有民警对处分、处理提出申诉。'
      : `民警对处分、处理提出申诉${a.appealed}件，其中属于${cite('art_27', model)}规定的记大过以上处分或辞退的${a.underArt27}件，已复核${a.reviewed}件，认为决定不当、提供复核意见的${a.foundImproper}件${a.notUnderArt27 ? `；其余${a.notUnderArt27}件不适用${cite('art_27', model)}的复核` : ''}。`,
  );
  const c = current.corrections;
  p(
    c.ordered === 0
      ? '本期没有督促限期纠正的事项。'
      : `督促限期纠正${c.ordered}项（${cite('art_28', model)}），在期限内纠正${c.done}项，${c.late ? `逾期后纠正${c.late}项，` : ''}期限未到${c.pending}项，逾期未纠正${c.overdue}项。`,
  );
  const nc = current.nameClearing;
  p(
    nc.due === 0
      ? '本期没有经核查证实属诬告、陷害、诽谤的检举控告。'
      : `检举控告经核查证实属诬告、陷害、诽谤的${nc.due}件，已发《正名通知书》${nc.issued}件，尚未发出${nc.notIssued}件（${cite('art_29__item_5', model)}）。`,
  );
  const t = current.transfers;
  if (t.misconduct + t.infringer > 0) p(`移送民警违法违纪问题${t.misconduct}件（${cite('art_16', model)}），移交侵权违法行为人${t.infringer}件。`);
  return blocks;
}

function duties(current: Figures): Block[] {
  const d = current.duties;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: text('五、各项职责的履行情况') }];
  const owed = d.pending + d.overdue;
  blocks.push({
    kind: 'paragraph',
    text: text(
      `本期受理案件中，按本办法应当履行的职责截至期末已履行${d.done + d.late}项${d.late ? `（其中逾期履行${d.late}项）` : ''}；${owed ? `尚在办理的案件中待履行${owed}项，其中逾期${d.overdue}项` : '尚在办理的案件中没有待履行的职责'}${
        d.verify ? `；需核实${d.verify}项（记录的日期、先后顺序或者尚未鉴定的伤情，须由经办人核实是否按规定履行）` : ''
      }${d.unmetAtClosure ? `；已办结的案件中未履行即办结${d.unmetAtClosure}项（办结时仍未履行，列为问题，不再作为待办）` : ''}。`,
      // 表3 kept on one line.
      ...(owed + d.verify + d.unmetAtClosure > 0 ? ['各履行部门的情况见', keep('表3'), '。'] : []),
    ),
  });
  const holders = Object.entries(d.byHolder).sort(
    (x, y) => y[1].overdue - x[1].overdue || y[1].pending - x[1].pending || y[1].unmetAtClosure - x[1].unmetAtClosure || y[1].verify - x[1].verify || x[0].localeCompare(y[0], 'zh-CN'),
  );
  if (holders.length > 0) {
    const row = (label: string, v: { pending: number; overdue: number; verify: number; unmetAtClosure: number }) => [label, String(v.pending + v.overdue), String(v.overdue), String(v.verify), String(v.unmetAtClosure)];
    blocks.push(
      table(
        '表3　各履行部门待履行、需核实和未履行即办结的职责（项）',
        [34, 14, 14, 14, 24],
        ['履行部门', '待履行', '其中逾期', '需核实', '未履行即办结'],
        [...holders.map(([holder, v]) => row(holder, v)), row('合计', d)],
      ),
    );
  }
  return blocks;
}

export function reportBody(current: Figures, previous: Figures, shown: Disclosed, counts: ReportCounts, scope: ReportScope, words: Words, model: PolicyModel): Block[] {
  return [
    ...overview(current, previous, shown, counts, scope, words, model),
    ...reportsUp(current, model),
    ...progress(current, model),
    ...reviews(current, model),
    ...duties(current),
  ];
}
