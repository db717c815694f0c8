/**
 * 维护执法权威申请登记表 (Art. 15): every case. A ruled form: who applied (or the lead the office
 * acted on), the protected person by category with the provision that covers them (Art. 3,
 * 31 or 33), all ten Art. 8 items ticked ☑ or left ☐, what happened, and boxes for the clerk:
 * the 受理意见 with 受理 / 不予受理, signature and date, and the signatures of the applicant (only
 * when someone applied) and of the clerk who registered it. The blank form has every box empty.
 */
import { cite } from '../citations/index.ts';
import type { Case } from '../case/index.ts';
import { itemsOf } from '../policy/query.ts';
import { dateText } from '../gbt9704/dates.ts';
import { fill, keep, text } from '../gbt9704/model/text.ts';
import type { Block, Cell, DocumentModel, TableRow, Text } from '../gbt9704/model/types.ts';
import { caseProvenance, findingsOf, type FormContext } from './context.ts';
import type { PolicyModel } from '../policy/model.ts';
import { provenance } from '../gbt9704/provenance.ts';

const tick = (on: boolean) => (on ? '☑' : '☐');
const choices = (all: readonly string[], chosen: string | undefined) => text(all.map((c) => `${tick(c === chosen)}${c}`).join('　'));

/** A label; a \n marks where a long one breaks (维权办 / 受理意见). */
const label = (s: string): Cell => ({ lines: s.split('\n').map((l) => text(l)), label: true });
const value = (t: Text, colspan?: number, minHeight?: number): Cell => ({ lines: [t], ...(colspan ? { colspan } : {}), ...(minHeight ? { minHeight } : {}) });
const pair = (a: string, av: Text, b: string, bv: Text): TableRow => ({ cells: [label(a), value(av), label(b), value(bv)] });
const wide = (a: string, v: Text | Text[], split?: boolean, minHeight?: number): TableRow => ({
  cells: [label(a), { lines: Array.isArray(v[0]) ? (v as Text[]) : [v as Text], colspan: 3, ...(minHeight ? { minHeight } : {}) }],
  ...(split ? { split: true } : {}),
});

const ROLES: Case['officer']['role'][] = ['民警', '警务辅助人员', '公安院校学员', '其他公安机关工作人员'];
const APPLICANTS = ['本人', '近亲属', '所在单位'];
const dateLine = () => text(fill(3), '年', fill(2), '月', fill(2), '日');

/** The provision that covers the person, from the validator's applicability finding. */
function coverage(ctx: FormContext): Text {
  const found = findingsOf(ctx, 'applicability')[0];
  if (!found) return text(cite('art_3__para_1', ctx.model));
  const article = found.articles[0] ?? 'art_3__para_1';
  const how = article === 'art_33__para_1' ? `（${found.args.basis}本办法执行）` : article === 'art_31__para_1' ? '（非工作时间先期处置）' : '';
  return text(cite(article, ctx.model), how);
}

function itemLines(model: PolicyModel, data?: Case): Text[] {
  return itemsOf(model, 'art_8').map((item) => {
    const recorded = data?.circumstances.find((c) => c.item === item.eId);
    return text(`${tick(recorded !== undefined)}${item.label}${item.text}`, recorded?.description ? `（${recorded.description}）` : '');
  });
}

function signatureRows(applied: boolean): TableRow[] {
  const office: TableRow = {
    keep: true,
    cells: [label('维权办\n受理意见'), { lines: [text('☐受理　☐不予受理'), text('理由：', fill(20)), text('负责人签字：', fill(6), '　　', dateLine())], colspan: 3, minHeight: 20 }],
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

export function applicationRegister(ctx: FormContext, title: string): DocumentModel[] {
  const { data, model } = ctx;
  const applied = data.opened.by === '申请';
  const a = data.applicant;
  const rows: TableRow[] = [pair('启动方式', choices(['申请', '主动启动'], data.opened.by), '受理日期', dateText(data.opened.date))];
  if (a) {
    const relation = a.kind === '近亲属' && a.relation ? `（${a.relation}）` : a.kind === '所在单位' && a.unitName ? `（${a.unitName}）` : '';
    rows.push({ cells: [label('申请人'), value(text(keep(a.name))), label('申请人身份'), { lines: [choices(APPLICANTS, a.kind), ...(relation ? [text(relation)] : [])] }] });
    rows.push(wide('联系电话', a.phone ? text(a.phone) : text(fill(12))));
  }
  if (data.opened.lead) rows.push(wide('线索来源', text(data.opened.lead)));
  const o = data.officer;
  rows.push(pair('受保护人员', text(keep(o.name)), '警号', o.policeNumber ? text(o.policeNumber) : text(fill(8))));
  rows.push(wide('人员类别', [choices(ROLES, o.role), text('适用依据：', coverage(ctx))]));
  rows.push(wide('单位及职务', text(o.unit, o.position ? `　${o.position}` : '')));
  rows.push(pair('事发时间', dateText(data.incident.date), '事发地点', text(data.incident.place)));
  rows.push(wide('履职情况', choices(['工作时间内依法履行职责', '非工作时间'], o.onDuty ? '工作时间内依法履行职责' : '非工作时间')));
  rows.push(wide(`侵害情形\n（${cite('art_8__para_1', model)}）`, itemLines(model, data), true));
  rows.push(wide('事件经过', text(data.incident.summary), true));
  const harm = data.harm;
  if (harm && (harm.injured || harm.killed || harm.propertyLoss)) {
    const hurt = harm.killed ? `${o.role}死亡` : harm.injured ? `${o.role}受伤` : '';
    rows.push(wide('损害情况', text([hurt, harm.injuries ?? '', harm.propertyLoss ? `财产损失约${harm.propertyLoss}元` : ''].filter(Boolean).join('；'))));
  }
  rows.push(wide('受害人', data.victims.map((v) => text(keep(v.name), v.kind === '民警本人' ? '（本人）' : `（近亲属${v.relation ? `，${v.relation}` : ''}）`)), true));
  rows.push(...signatureRows(applied));
  const articles = ['art_15__para_1', 'art_8__para_1', ...data.circumstances.map((c) => c.item)];
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
    wide('人员类别', choices(ROLES, undefined)),
    wide('单位及职务', line(24)),
    pair('事发时间', dateLine(), '事发地点', line()),
    wide('履职情况', choices(['工作时间内依法履行职责', '非工作时间'], undefined)),
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

