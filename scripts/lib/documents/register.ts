/**
 * 维护执法权威申请登记表 (Art. 15): every case. A ruled form: who applied (or the lead the office
 * acted on), each protected person by category with the provision that covers them (Art. 3,
 * 31 or 33) and how the harm was linked to duty, all ten Art. 8 items ticked ☑ or left ☐ as the
 * facts found them, what happened, and boxes for the clerk: the 受理意见 with 受理 / 不予受理,
 * signature and date, and the signatures of the applicant (only when someone applied) and of the
 * clerk who registered it. The blank form has every box empty.
 */
import { cite } from '../citations/index.ts';
import { itemsOf } from '../policy/query.ts';
import { dateText } from '../gbt9704/dates.ts';
import { fill, keep, text, together } from '../gbt9704/model/text.ts';
import type { Block, Cell, DocumentModel, TableRow, Text } from '../gbt9704/model/types.ts';
import { caseProvenance, type FormContext } from './context.ts';
import { art8Known, art8Notes } from './acts.ts';
import { coveringTarget, recordedLinks } from './coverage.ts';
import { harmLine } from './harm.ts';
import { summaryAt } from './known.ts';
import { categoryWord, nameOf, officerOf, protectedCovered, recordOf, relationOf, relativesCovered, subjects } from './person.ts';
import type { PolicyModel } from '../policy/model.ts';
import { provenance } from '../gbt9704/provenance.ts';

const tick = (on: boolean) => (on ? '☑' : '☐');
/** Boxes to tick, each with its word kept whole (☐所在单位 never breaks after 单). */
const choices = (all: readonly string[], chosen: string | readonly string[] | undefined) =>
  text(...all.flatMap((c, i) => [i > 0 ? '　' : '', keep(`${tick(typeof chosen === 'string' ? c === chosen : (chosen?.includes(c) ?? false))}${c}`)]));

/** A label; a \n marks where a long one breaks (维权办 / 受理意见). */
const label = (s: string): Cell => ({ lines: s.split('\n').map((l) => text(l)), label: true });
const value = (t: Text, colspan?: number, minHeight?: number): Cell => ({ lines: [t], ...(colspan ? { colspan } : {}), ...(minHeight ? { minHeight } : {}) });
const pair = (a: string, av: Text, b: string, bv: Text): TableRow => ({ cells: [label(a), value(av), label(b), value(bv)] });
const wide = (a: string, v: Text | Text[], split?: boolean, minHeight?: number): TableRow => ({
  cells: [label(a), { lines: Array.isArray(v[0]) ? (v as Text[]) : [v as Text], colspan: 3, ...(minHeight ? { minHeight } : {}) }],
  ...(split ? { split: true } : {}),
});

/** The protected categories, in persons.yaml's order (亲属 is no category of its own: Art. 32). */
const categoriesOf = (model: PolicyModel) =>
  Object.entries(model.editorial.persons ?? {})
    .filter(([, c]) => c.basis !== '不适用')
    .map(([name]) => name);
const APPLICANTS = ['本人', '近亲属', '所在单位'];
/** A date to write by hand: 年, 月 and 日 on one line, never broken apart. */
const dateLine = () => together(fill(3), '年', fill(2), '月', fill(2), '日');

/** The links to duty a case can record (acts.yaml's links), in its order. */
const linksOf = (model: PolicyModel) => Object.keys(model.editorial.links ?? {});

/**
 * The provision that covers the person, from the facts' coverage of them: Art. 3 for an officer
 * on duty or because of it, Art. 31 off duty, Art. 33 with 遵照 / 参照; 不适用 when no act covers
 * them (the validator says why).
 */
function coverage(ctx: FormContext, id: string): Text {
  const c = coveringTarget(ctx, id)?.coverage;
  if (!c) return text('不适用本办法');
  if (c.article === 'art_33__para_1') return text(cite(c.article, ctx.model), `（${c.basis}本办法执行）`);
  if (c.article === 'art_31__para_1') return text(cite(c.article, ctx.model), '（非工作时间先期处置）');
  return text(cite('art_3__para_1', ctx.model));
}

/** Art. 8's items, ticked as the facts found them by the register's date, with the act（十）stands for. */
function itemLines(model: PolicyModel, ctx?: FormContext): Text[] {
  const notes = ctx ? art8Notes(ctx) : {};
  const known = ctx ? art8Known(ctx, ctx.data.opened.date) : [];
  return itemsOf(model, 'art_8').map((item) => {
    const found = known.includes(item.eId);
    return text(`${tick(found)}${item.label}${item.text}`, notes[item.eId] ? `（${notes[item.eId]}）` : '');
  });
}

/**
 * The rows of one person: name and number, category and basis, unit, and every link to duty the
 * record holds for them (与履职无关 too). One the Measures do not reach is 当事人, not 受保护人员.
 */
function personRows(ctx: FormContext, id: string): TableRow[] {
  const p = recordOf(ctx, id);
  return [
    pair(coveringTarget(ctx, id) ? '受保护人员' : '当事人', text(keep(nameOf(ctx, id))), '警号', p?.policeNumber ? text(p.policeNumber) : text(fill(8))),
    wide('人员类别', [choices(categoriesOf(ctx.model), categoryWord(ctx, id)), text('适用依据：', coverage(ctx, id))]),
    wide('单位及职务', text(p?.unit ?? '', p?.position ? `　${p.position}` : '')),
    wide('履职情况', choices(linksOf(ctx.model), recordedLinks(ctx, id))),
  ];
}

/** 受害人: everyone the facts cover by `until`, a protected person by category, a near relative by relation. */
function victims(ctx: FormContext, persons: readonly string[], until: string): Text[] {
  const relatives = relativesCovered(ctx, until);
  const covered = protectedCovered(ctx, until);
  return [
    ...covered.map((id) => text(keep(nameOf(ctx, id)), `（${persons.length > 1 ? categoryWord(ctx, id) : '本人'}）`)),
    ...relatives.map((id) => {
      const of = officerOf(ctx, id);
      const whose = persons.length > 1 && of !== undefined ? `${nameOf(ctx, of)}的` : '';
      return text(keep(nameOf(ctx, id)), `（${whose}近亲属${relationOf(ctx, id) ? `，${relationOf(ctx, id)}` : ''}）`);
    }),
  ];
}

/**
 * The boxes the office signs. A case the Measures cover was taken up: 受理 is ticked beside the
 * 受理日期 the register states. One they do not cover (与履职无关) is left for the office to decide,
 * neither box ticked: the record holds no refusal to tick 不予受理 by; the blank form ticks nothing.
 */
function signatureRows(applied: boolean, accepted = false): TableRow[] {
  const office: TableRow = {
    keep: true,
    cells: [
      label('维权办\n受理意见'),
      { lines: [choices(['受理', '不予受理'], accepted ? '受理' : undefined), text('理由：', fill(20)), text('负责人签字：', fill(6), '　　', dateLine())], colspan: 3, minHeight: 20 },
    ],
  };
  const clerk = (colspan: number): Cell => ({ lines: [text(fill(6)), dateLine()], colspan, minHeight: 10 });
  return [office, applied ? { keep: true, cells: [label('申请人签名'), { lines: [text(fill(6)), dateLine()], minHeight: 10 }, label('登记人签名'), clerk(1)] } : { keep: true, cells: [label('登记人签名'), clerk(3)] }];
}

const COLUMNS = [17, 33, 17, 33];

/** The form: title, the facts of the registration with the provisions it rests on, the table (which ends the form: nothing is left to fall onto a page alone). */
function form(model: PolicyModel, meta: Text[], rows: TableRow[]): Block[] {
  return [
    { kind: 'title', lines: ['维护执法权威申请登记表'] },
    { kind: 'form-meta', items: [...meta, text(`填表依据：《${model.meta.measuresTitle}》${cite('art_15__para_1', model)}、${cite('art_8__para_1', model)}`)] },
    { kind: 'table', columns: COLUMNS, rows },
  ];
}

/** The applicant's name: the person the record names, or the name recorded (a unit's clerk). */
function applicantName(ctx: FormContext, a: NonNullable<FormContext['data']['applicant']>): string {
  return a.person !== undefined ? nameOf(ctx, a.person) : (a.name ?? '');
}

export function applicationRegister(ctx: FormContext, title: string): DocumentModel[] {
  const { data, model } = ctx;
  const applied = data.opened.by === '申请';
  const a = data.applicant;
  // Not taken up yet where the Measures do not apply: the date is when it came in, not 受理.
  const rows: TableRow[] = [pair('启动方式', choices(['申请', '主动启动'], data.opened.by), ctx.facts.applies ? '受理日期' : '收到日期', dateText(data.opened.date))];
  if (a) {
    const kin = a.person !== undefined ? relationOf(ctx, a.person) : undefined;
    const relation = a.kind === '近亲属' && kin ? `（${kin}）` : a.kind === '所在单位' && a.unitName ? `（${a.unitName}）` : '';
    const name = applicantName(ctx, a);
    rows.push({ cells: [label('申请人'), value(name ? text(keep(name)) : text(fill(6))), label('申请人身份'), { lines: [choices(APPLICANTS, a.kind), ...(relation ? [text(relation)] : [])] }] });
    const phone = a.phone ?? (a.person !== undefined ? recordOf(ctx, a.person)?.phone : undefined);
    rows.push(wide('联系电话', phone ? text(phone) : text(fill(12))));
  }
  if (data.opened.lead) rows.push(wide('线索来源', text(data.opened.lead)));
  const persons = subjects(ctx, data.opened.date);
  for (const id of persons) rows.push(...personRows(ctx, id));
  rows.push(pair('事发时间', dateText(data.incident.date), '事发地点', text(data.incident.place)));
  rows.push(wide(`侵害情形\n（${cite('art_8__para_1', model)}）`, itemLines(model, ctx), true));
  rows.push(wide('事件经过', text(summaryAt(ctx, data.opened.date)), true));
  const harm = harmLine(ctx, data.opened.date);
  if (harm) rows.push(wide('损害情况', harm));
  const harmed = victims(ctx, persons, data.opened.date);
  if (harmed.length > 0) rows.push(wide('受害人', harmed, true));
  rows.push(...signatureRows(applied, ctx.facts.applies));
  const articles = ['art_15__para_1', 'art_8__para_1', ...art8Known(ctx, data.opened.date)];
  const meta = [text(`登记单位：${ctx.unit.office}`), text('编号：', keep(data.id)), text('登记日期：', dateText(data.opened.date))];
  return [
    {
      formId: 'application-register',
      layout: 'form',
      orientation: 'portrait',
      title,
      author: ctx.unit.office,
      date: data.opened.date,
      articles,
      caseId: data.id,
      unit: data.unit.name,
      provenance: caseProvenance(ctx, articles),
      blocks: form(model, meta, rows),
    },
  ];
}

/** The register with every box empty, to fill by hand. */
export function blankRegister(model: PolicyModel, title: string): DocumentModel {
  const line = (n = 10) => text(fill(n));
  const rows: TableRow[] = [
    pair('启动方式', choices(['申请', '主动启动'], undefined), '受理日期', dateLine()),
    pair('申请人', line(), '申请人身份', text(choices(APPLICANTS, undefined), fill(4))),
    wide('联系电话', line(12)),
    wide('线索来源', line(24)),
    pair('受保护人员', line(), '警号', line(8)),
    wide('人员类别', choices(categoriesOf(model), undefined)),
    wide('单位及职务', line(24)),
    wide('履职情况', choices(linksOf(model), undefined)),
    pair('事发时间', dateLine(), '事发地点', line()),
    wide(`侵害情形\n（${cite('art_8__para_1', model)}）`, itemLines(model)),
    wide('事件经过', [line(24), line(24)], false, 24),
    wide('损害情况', line(24)),
    wide('受害人', line(24)),
    ...signatureRows(true),
  ];
  const articles = ['art_15__para_1', 'art_8__para_1'];
  return {
    formId: 'application-register',
    layout: 'form',
    orientation: 'portrait',
    title,
    author: '',
    articles,
    caseId: '空白',
    provenance: provenance(model.version, null, articles),
    blocks: form(model, [text('登记单位：', fill(14)), text('编号：', fill(8)), text('登记日期：', dateLine())], rows),
  };
}

