/**
 * The periodic report (Art. 29（一）（三）) as a document: its title, addressees, and a body of
 * sentences, tables and charts stating the figures, each beside the previous period's. The HTML
 * and the PDF both render this one model, so they can never say different things. The figures
 * are aggregates only: no name of a person reaches the report.
 */
import { cite, citeWithinArticle } from '../citations/index.ts';
import type { ChartRow } from '../gbt9704/bar-chart.ts';
import { officeFullName } from '../documents/context.ts';
import { letterModel } from '../documents/frame.ts';
import { fill, keep, text } from '../gbt9704/model/text.ts';
import type { Block, DocumentModel, Text } from '../gbt9704/model/types.ts';
import { caseHash } from '../gbt9704/provenance.ts';
import type { PolicyModel } from '../policy/model.ts';
import { itemIdsOf, itemPhrase } from '../policy/query.ts';
import { RELATIVE } from './facts.ts';
import type { Figures } from './figures.ts';
import type { ReportCounts } from './json.ts';
import { periodName, periodWords } from './period.ts';

export interface Issuing {
  /** The organ whose office reports (呼和浩特市公安局); blank to fill when unknown. */
  unit?: string;
  /** The upper office's full name (the unit file's superior.office). */
  superiorOffice?: string;
  /** 发文机关标志 (unit file issuerMark). */
  mark?: string;
  /** 机关代字 of the 发文字号 (unit file documentPrefix) and the serial (--serial). */
  documentPrefix?: string;
  serial?: number;
  signer?: string;
  contact?: string;
  phone?: string;
  /** 成文日期, ISO. */
  date: string;
}

/** What the report rests on: the regulation's version and the cases it counts (their hashes, not their data). */
export interface ReportSources {
  regulationVersion: string;
  caseHashes: readonly string[];
}

/** The provisions the report is made under: it reports （一）, analyses （三） and sums up the ledger （六）. */
const ARTICLES = ['art_29__item_1', 'art_29__item_3', 'art_29__item_6'];

const REPORT_FORM_ID = 'periodic-report';

/** Art. 33: 辅警 and 学员 come under the Measures (遵照), other staff by analogy (参照). */
function assistants(present: readonly string[], model: PolicyModel): string {
  const under = present.filter((x) => x === '警务辅助人员' || x === '公安院校学员');
  const like = present.includes('其他公安机关工作人员');
  const parts = [under.length > 0 ? `${under.join('、')}遵照本办法执行` : '', like ? '其他公安机关工作人员参照本办法执行' : ''].filter(Boolean);
  return parts.length === 0 ? '' : `其中，依照${cite('art_33', model)}，${parts.join('，')}。`;
}

/** Art. 29（三）asks for analysis: which circumstance came most often, and which rose most. */
function mostFrequent(items: readonly string[], rows: readonly ChartRow[], model: PolicyModel): string {
  const top = Math.max(...rows.map((r) => r.value));
  if (top < 2) return '';
  const most = items.filter((_, k) => rows[k]!.value === top).map((i) => `“${itemPhrase(model, i)}”`);
  const rise = Math.max(...rows.map((r) => r.value - r.previous));
  const risen = rise >= 2 ? items.filter((_, k) => rows[k]!.value - rows[k]!.previous === rise).map((i) => `“${itemPhrase(model, i)}”`) : [];
  return `其中${most.join('、')}最多（${most.length > 1 ? '各' : ''}${top}件）${risen.length > 0 ? `；${risen.join('、')}比上期增加最多（增加${rise}件）` : ''}。`;
}

/** 附注 of a report, worded as the forms' (逐级报告): （联系人：王某；联系电话：0471-0000000） */
function contactNote(issuing: Issuing): Text {
  return text('（联系人：', issuing.contact ? keep(issuing.contact) : fill(4), '；联系电话：', issuing.phone ? keep(issuing.phone) : fill(8), '）');
}

/** A table of the report: a label column or two, then numbers, right-aligned. */
function table(caption: string, columns: number[], head: string[], rows: string[][]): Block {
  const numeric = (i: number) => rows.length > 0 && rows.every((r) => /^\d+$/.test(r[i] ?? ''));
  return {
    kind: 'table',
    caption,
    columns,
    header: [{ cells: head.map((h) => ({ lines: [text(h)] })) }],
    rows: rows.map((r) => ({ cells: r.map((c, i) => ({ lines: [text(c)], ...(numeric(i) ? { align: 'right' as const } : {}) })) })),
  };
}

function change(now: number, before: number, unit = '件'): string {
  if (now === before) return '与上期持平';
  return now > before ? `比上期增加${now - before}${unit}` : `比上期减少${before - now}${unit}`;
}

const n = (record: Record<string, number>, key: string) => record[key] ?? 0;

export function reportDocument(current: Figures, previous: Figures, counts: ReportCounts, issuing: Issuing, sources: ReportSources, model: PolicyModel): DocumentModel {
  const name = periodName(current.period);
  const office = issuing.unit ? `${issuing.unit}维权办` : '本办';
  const legend = { current: `本期（${name}）`, previous: `上期（${periodName(previous.period)}）` };
  const blocks: Block[] = [];
  const p = (words: string) => blocks.push({ kind: 'paragraph', text: text(words) });
  const heading = (words: string) => blocks.push({ kind: 'heading', level: 1, text: text(words) });

  p(
    `根据《${model.meta.measuresTitle}》${cite('art_29__item_1', model)}的规定，现将${name}（${periodWords(current.period)}）维护公安民警执法权威工作情况报告如下。`,
  );

  heading('一、案件总体情况');
  p(`${name}，${office}受理维护执法权威案件${current.cases}件，${change(current.cases, previous.cases)}（上期${previous.cases}件）。`);
  if (counts.invalid > 0) p(`另有${counts.invalid}个案件数据文件有错误，未计入本报告的数字。`);
  if (counts.duplicates > 0) p(`有${counts.duplicates}个文件与已统计的案件编号重复，只统计一次。`);

  const items = itemIdsOf(model, 'art_8');
  const label = (eId: string) => citeWithinArticle(eId).replace(/^第|项$/g, '');
  const rows: ChartRow[] = items.map((i) => ({ label: label(i), value: n(current.byCircumstance, i), previous: n(previous.byCircumstance, i) }));
  const named = items.flatMap((i, k) => (rows[k]!.value > 0 ? [`${itemPhrase(model, i)}${rows[k]!.value}件`] : []));
  p(
    current.cases === 0
      ? `本期没有受理案件。`
      : `按${cite('art_8', model)}所列情形统计（一起案件可能有几种情形）：${named.join('，')}。${mostFrequent(items, rows, model)}`,
  );
  blocks.push(
    table(
      `表1　按${cite('art_8', model)}所列情形统计（件）`,
      [12, 60, 14, 14],
      ['项', '情形', '本期', '上期'],
      items.map((i, k) => [label(i), itemPhrase(model, i), String(rows[k]!.value), String(rows[k]!.previous)]),
    ),
  );
  blocks.push({ kind: 'figure', caption: `图1　按${cite('art_8', model)}所列情形统计（件）`, chart: { id: 'circumstances', title: '按情形统计', rows, legend } });

  const units = [...new Set([...Object.keys(current.byUnit), ...Object.keys(previous.byUnit)])].sort();
  blocks.push(table('表2　按承办单位统计（件）', [60, 20, 20], ['承办单位', '本期', '上期'], units.map((u) => [u, String(n(current.byUnit, u)), String(n(previous.byUnit, u))])));
  const levels = ['自治区', '盟市', '旗县'].filter((l) => n(current.byLevel, l) + n(previous.byLevel, l) > 0);
  if (levels.length > 0) p(`按承办机关层级：${levels.map((l) => `${l}${n(current.byLevel, l)}件`).join('，')}。`);

  const people = ['民警', '警务辅助人员', '公安院校学员', '其他公安机关工作人员', RELATIVE];
  const personRows = people.filter((x) => n(current.byPerson, x) + n(previous.byPerson, x) > 0);
  if (personRows.length > 0) {
    const named = (x: string) => (x === RELATIVE ? '民警的近亲属' : x);
    p(`受侵害人员：${personRows.map((x) => `${named(x)}${n(current.byPerson, x)}人`).join('，')}。${assistants(personRows, model)}`);
  }
  const { injured, killed, propertyLoss } = current.harm;
  const harms = [
    injured ? `造成人员受伤的${injured}件` : '',
    killed ? `造成人员死亡的${killed}件` : '',
    propertyLoss.cases ? `造成财产损失的${propertyLoss.cases}件，共计${propertyLoss.yuan}元` : '',
  ].filter(Boolean);
  p(harms.length === 0 ? '本期没有造成人员伤亡或者财产损失的案件。' : `${harms.join('；')}。`);

  heading('二、逐级报告情况');
  const r = current.reportUp;
  const up17 = itemIdsOf(model, 'art_17').filter((i) => n(r.byItem, i) > 0);
  p(
    r.required === 0
      ? `本期没有须按${cite('art_17', model)}逐级报告的案件。`
      : `按${cite('art_17', model)}须逐级报告的案件${r.required}件（${up17.map((i) => `${citeWithinArticle(i)}${n(r.byItem, i)}件`).join('，')}），截至期末已向上一级维权办报告${r.reported}件，尚未报告${r.notReported}件${r.skippedLevel ? `；越过盟市维权办直接报告公安厅的${r.skippedLevel}件` : ''}。${
          r.major === 0
            ? ''
            : `其中重大案事件${r.major}件（${cite('art_29__item_1', model)}），维权办获悉当日即报告的${r.majorSameDay}件${
                r.majorVerify ? `；${r.majorVerify}件的报告晚于获悉当日或截至期末尚未报告，是否做到第一时间报告需核实` : ''
              }（未记录获悉日期的，按事发日期）。`
        }`,
  );

  heading('三、办理进度');
  const s = current.stages;
  const days = (label: string, spread: Figures['stages']['daysToHandling']) =>
    spread.cases === 0 ? '' : `；从立案到${label}平均${spread.mean}天（中位数${spread.median}天，最长${spread.max}天）`;
  p(`截至期末，本期受理的案件已立案${s.filed}件，进入调查${s.investigated}件，处理完毕${s.handled}件${days('调查', s.daysToInvestigation)}${days('处理完毕', s.daysToHandling)}（${cite('art_29__item_6', model)}）。`);

  heading('四、免责审查、申诉复核与督促纠正');
  const exemptionRows = Object.entries(current.exemptions).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  p(
    exemptionRows.length === 0
      ? '本期没有免责审查案件。'
      : `免责审查${exemptionRows.reduce((t, [, o]) => t + Object.values(o).reduce((a, b) => a + b, 0), 0)}项：${exemptionRows
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

  heading('五、各项职责的履行情况');
  const d = current.duties;
  p(
    `本期受理案件中，按本办法应当履行的职责截至期末已履行${d.done + d.late}项${d.late ? `（其中逾期履行${d.late}项）` : ''}，尚待履行${d.pending + d.overdue}项，其中逾期${d.overdue}项${
      d.verify ? `；另有${d.verify}项需核实（记录的日期、先后顺序或尚未鉴定的伤情，须由经办人核实是否按规定履行）` : ''
    }。`,
  );
  const holders = Object.entries(d.byHolder).sort((x, y) => y[1].overdue - x[1].overdue || y[1].pending - x[1].pending || y[1].verify - x[1].verify || x[0].localeCompare(y[0]));
  if (holders.length > 0) {
    blocks.push(
      table(
        '表3　尚待履行和需核实的职责（按履行部门，项）',
        [52, 16, 16, 16],
        ['履行部门', '待履行', '其中逾期', '需核实'],
        holders.map(([holder, v]) => [holder, String(v.pending + v.overdue), String(v.overdue), String(v.verify)]),
      ),
    );
  }

  const issuer = issuing.unit ? `${issuing.unit}${officeFullName(model)}` : '';
  const addressees = [issuing.unit ? `中共${issuing.unit}委员会` : '本级公安机关党委', ...(issuing.superiorOffice ? [issuing.superiorOffice] : [])];
  const title = `关于${issuing.unit ?? ''}${name}维护公安民警执法权威工作情况的报告`;
  return letterModel(model, {
    formId: REPORT_FORM_ID,
    title,
    titleKeep: [issuing.unit ?? '', name].filter(Boolean),
    issuer: { mark: issuing.mark ?? issuer, signature: issuer, prefix: issuing.documentPrefix ?? '', printer: issuing.unit ? `${issuing.unit}维权办` : '' },
    date: issuing.date,
    signer: issuing.signer ?? '',
    addressee: addressees.join('、'),
    body: blocks,
    closing: '特此报告。',
    note: contactNote(issuing),
    articles: ARTICLES,
    ...(issuing.serial !== undefined ? { serial: issuing.serial } : {}),
    caseId: name,
    provenance: { regulationVersion: sources.regulationVersion, caseHash: caseHash([...sources.caseHashes].sort()), articles: ARTICLES },
  });
}
