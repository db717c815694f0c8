/**
 * View models of the two ruled forms: the 申请登记表 (one case) and the 工作台账 (many).
 */
import { citeAll } from '../../citations/index.ts';
import { itemsOf, locate } from '../../policy/query.ts';
import { provenance, traceView } from '../provenance.ts';
import { caseProvenance, findingsOf, officeIssuer, type FormContext } from './context.ts';
import type { FormDocument } from './document.ts';

/** 维护执法权威申请登记表 (Art. 15): every case; all ten Art. 8 items listed, the case's ticked. */
export function applicationRegister(ctx: FormContext, title: string): FormDocument[] {
  const { data, model } = ctx;
  const articles = ['art_15__para_1', 'art_8__para_1', ...data.circumstances.map((c) => c.item)];
  const items = itemsOf(model, 'art_8').map((item) => {
    const recorded = data.circumstances.find((c) => c.item === item.eId);
    return { label: item.label, text: item.text, checked: recorded !== undefined, description: recorded?.description ?? null };
  });
  const harm = data.harm;
  const harmParts = harm
    ? [harm.killed ? '民警死亡' : harm.injured ? '民警受伤' : '', harm.injuries ?? '', harm.propertyLoss ? `财产损失约${harm.propertyLoss}元` : ''].filter(Boolean)
    : [];
  const issuer = officeIssuer(ctx);
  return [
    {
      formId: 'application-register',
      view: {
        title,
        caseId: data.id,
        unitName: ctx.unit.name,
        opened: { lead: null, ...data.opened },
        applicant: data.applicant ? { relation: null, unitName: null, phone: null, ...data.applicant } : null,
        officer: { policeNumber: null, position: null, ...data.officer },
        incident: data.incident,
        items,
        harmText: harmParts.join('，'),
        victims: data.victims.map((v) => ({ relation: null, ...v })),
        trace: traceView(caseProvenance(ctx, articles)),
      },
      articles,
      author: issuer.signature,
      caseId: data.id,
    },
  ];
}

const firstDate = (ctx: FormContext, stage: string) => ctx.data.ledger.filter((s) => s.stage === stage).map((s) => s.date).sort()[0] ?? null;

/** One ledger row per case: stage dates, and what the rules found due (报告、移送、正名、纠正). */
function ledgerRow(ctx: FormContext) {
  const { data } = ctx;
  const notes: string[] = [];
  const up = findingsOf(ctx, 'report-up-required')[0];
  if (up) notes.push(`须逐级报告（${citeAll(up.args.items, ctx.model)}）${up.args.reported ? '，已报告' : '，尚未报告'}`);
  for (const f of findingsOf(ctx, 'transfer-due')) notes.push(f.args.reason === 'misconduct' ? `违法违纪问题移送${f.args.to ?? ''}` : `侵权人移交${f.args.to ?? ''}`);
  if (findingsOf(ctx, 'name-clearing-notice-due').length > 0) notes.push(data.nameClearing?.noticeIssuedOn ? '已发正名通知书' : '应发正名通知书');
  for (const f of findingsOf(ctx, 'correction-overdue')) notes.push(`${f.args.department ?? ''}逾期未纠正`);
  for (const note of data.ledger.map((s) => s.note).filter((n): n is string => Boolean(n))) notes.push(note);
  return {
    caseId: data.id,
    officer: `${data.officer.name}（${data.officer.unit}）`,
    incidentDate: data.incident.date,
    circumstances: data.circumstances.map((c) => locate(ctx.model, c.item)?.item?.label ?? c.item).join('、'),
    filed: firstDate(ctx, '立案'),
    investigated: firstDate(ctx, '调查'),
    handled: firstDate(ctx, '处理'),
    notes,
  };
}

/** 工作台账 (Art. 29（六）): one table over every case of the run, in case-id order. */
export function ledger(contexts: readonly FormContext[], title: string, asOf: string): FormDocument | undefined {
  if (contexts.length === 0) return undefined;
  const sorted = [...contexts].sort((a, b) => (a.data.id < b.data.id ? -1 : a.data.id > b.data.id ? 1 : 0));
  const first = sorted[0]!;
  const units = [...new Set(sorted.map((c) => c.unit.name))];
  const articles = ['art_29__item_6'];
  const issuer = officeIssuer(first);
  return {
    formId: 'ledger',
    view: {
      title,
      unitName: units.join('、'),
      asOf,
      rows: sorted.map(ledgerRow),
      trace: traceView(provenance(first.model.version, sorted.map((c) => c.data), articles)),
    },
    articles,
    author: units.length === 1 ? issuer.signature : units.join('、'),
    caseId: sorted.map((c) => c.data.id).join('、'),
  };
}
