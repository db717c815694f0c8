/**
 * View models of the letter-style documents. Legal conclusions come from the rules'
 * findings (which items of Art. 17 apply, the exemption determination, whether a
 * correction is overdue); the words of the Measures from the model via the templates'
 * cite/quote helpers.
 */
import { cite, citeAll, citeWithinArticle } from '../../citations/index.ts';
import { itemPhrase } from '../../policy/query.ts';
import { CONDITION_STATUS } from '../../rules/vocabulary.ts';
import {
  caseProvenance,
  circumstanceList,
  committeeIssuer,
  findingsOf,
  inspectionIssuer,
  officeIssuer,
  officerPhrase,
  type FormContext,
} from './context.ts';
import type { FormDocument } from './document.ts';
import { letterFrame, type Issuer } from './frame.ts';

interface LetterInput {
  formId: string;
  title: string;
  issuer: Issuer;
  articles: string[];
  addressee?: string;
  date?: string;
  /** Set for an upward document (see FrameInput.signer). */
  signer?: string;
  cc?: string[];
  part?: string;
  fields: object;
}

function letter(ctx: FormContext, input: LetterInput): FormDocument {
  const date = input.date ?? ctx.issue?.date;
  const frame = letterFrame({
    issuer: input.issuer,
    title: input.title,
    ...(input.addressee ? { addressee: input.addressee } : {}),
    ...(date ? { date } : {}),
    ...(ctx.issue?.serial !== undefined ? { serial: ctx.issue.serial } : {}),
    ...(input.signer !== undefined ? { signer: input.signer } : {}),
    ...(input.cc ? { cc: input.cc } : {}),
    provenance: caseProvenance(ctx, input.articles),
  });
  return {
    formId: input.formId,
    ...(input.part ? { part: input.part } : {}),
    view: { ...frame, officer: ctx.data.officer, officerPhrase: officerPhrase(ctx.data), caseId: ctx.data.id, blocks: [], ...input.fields },
    articles: input.articles,
    author: input.issuer.signature,
    caseId: ctx.data.id,
  };
}

const latest = <T extends { date: string }>(list: readonly T[] | undefined): T | undefined =>
  [...(list ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).at(-1);

/** 逐级报告 (Art. 17): one per case the rules say must be reported up. */
export function escalationReport(ctx: FormContext, title: string): FormDocument[] {
  const due = findingsOf(ctx, 'report-up-required')[0];
  if (!due) return [];
  const { items } = due.args;
  const report = latest(ctx.data.escalation?.reports);
  const { data } = ctx;
  const stages = data.ledger.map((s) => ({ stage: s.stage, date: s.date, note: s.note }));
  return [
    letter(ctx, {
      formId: 'escalation-report',
      title: `关于${officerPhrase(data)}执法权威受侵害案（事）件的报告`,
      issuer: officeIssuer(ctx),
      articles: [...items, 'art_29__item_1'],
      ...(report?.to ? { addressee: report.to } : {}),
      ...(report?.date ? { date: report.date } : {}),
      // The one upward document (上行文): to the 公安厅维权办, so its 版头 names the 签发人.
      signer: ctx.issue?.signer ?? ctx.unit.signer ?? '',
      fields: {
        formTitle: title,
        incident: data.incident,
        circumstances: circumstanceList(ctx),
        harm: data.harm ?? null,
        items,
        stages,
        onDuty: data.officer.onDuty,
      },
    }),
  ];
}

/** 正名通知书 (Art. 29（五）). */
export function nameClearingNotice(ctx: FormContext, title: string): FormDocument[] {
  const due = findingsOf(ctx, 'name-clearing-notice-due')[0];
  const clearing = ctx.data.nameClearing;
  if (!due || !clearing) return [];
  return [
    letter(ctx, {
      formId: 'name-clearing-notice',
      title,
      issuer: officeIssuer(ctx),
      articles: ['art_29__item_5'],
      addressee: '各有关单位',
      ...(clearing.noticeIssuedOn ? { date: clearing.noticeIssuedOn } : {}),
      cc: [ctx.data.officer.unit],
      fields: {
        receiver: ctx.unit.name,
        office: '本办',
        complaintReceivedOn: clearing.complaintReceivedOn,
        provedOn: clearing.provedOn ?? null,
        finding: due.args.finding ?? clearing.finding,
        scope: due.args.scope ?? null,
        infringerTransferredTo: clearing.infringerTransferredTo ?? null,
        basis: 'art_29__item_5',
      },
    }),
  ];
}

/** The deciding body a liability opinion goes to: the latest decision's or sanction's, if the case names one. */
function decidingBody(ctx: FormContext): string | undefined {
  return latest(ctx.data.liabilityDecisions)?.decidedBy ?? latest(ctx.data.sanctions)?.decidedBy;
}

/** 免责审查意见书 (Arts. 21–25): one per claim, the conclusion exactly as the rules determined it. */
export function exemptionOpinions(ctx: FormContext, title: string): FormDocument[] {
  const out: FormDocument[] = [];
  const addressee = decidingBody(ctx);
  const common = { formId: 'exemption-opinion', title, issuer: officeIssuer(ctx), ...(addressee ? { addressee } : {}) };
  for (const f of findingsOf(ctx, 'exemption-determination')) {
    const { article, index, outcome } = f.args;
    const claim = ctx.data.exemptionClaims?.[index];
    const conditions = f.args.conditions.map((c) => ({
      ...c,
      label: citeWithinArticle(c.item),
      text: itemPhrase(ctx.model, c.item),
      statusText: CONDITION_STATUS[c.status].word,
    }));
    out.push(
      letter(ctx, {
        ...common,
        part: String(index + 1),
        articles: [article, ...conditions.map((c) => c.item)],
        fields: {
          article,
          scenario: claim && 'scenario' in claim ? (claim.scenario ?? null) : null,
          conditions,
          exempt: outcome === '免责',
          refused: outcome === '不予免责',
          pending: outcome === '待定',
          failing: conditions.filter((c) => c.status === 'not-met').map((c) => c.label).join('、'),
          unknown: conditions.filter((c) => c.status === 'unknown').map((c) => c.label).join('、'),
          grounds: null,
        },
      }),
    );
  }
  for (const f of findingsOf(ctx, 'exemption-ground-art-25')) {
    const { index, items } = f.args;
    const claim = ctx.data.exemptionClaims?.[index];
    const facts = claim && 'grounds' in claim ? claim.grounds : [];
    out.push(
      letter(ctx, {
        ...common,
        part: String(index + 1),
        articles: ['art_25', ...items],
        fields: {
          article: 'art_25',
          scenario: null,
          conditions: null,
          grounds: items.map((item) => ({
            item,
            citation: cite(item, ctx.model),
            text: itemPhrase(ctx.model, item),
            fact: facts.find((g) => g.item === item)?.fact ?? null,
          })),
          groundCitations: citeAll(items, ctx.model),
        },
      }),
    );
  }
  return out;
}

/** 复核意见书 (Art. 27): for each sanction open to review whose review has a conclusion. */
export function reviewOpinions(ctx: FormContext, title: string): FormDocument[] {
  return findingsOf(ctx, 'review-eligible').flatMap((f) => {
    const { index } = f.args;
    const sanction = ctx.data.sanctions?.[index];
    const appeal = sanction?.appeal;
    if (!sanction || !appeal?.outcome) return [];
    return [
      letter(ctx, {
        formId: 'review-opinion',
        title,
        issuer: committeeIssuer(ctx),
        part: String(index + 1),
        articles: ['art_27__para_1'],
        addressee: sanction.decidedBy,
        ...(appeal.reviewedOn ? { date: appeal.reviewedOn } : {}),
        fields: {
          sanction,
          appeal: { revisedMeasure: null, opinion: null, ...appeal },
          improper: appeal.outcome === '不当',
        },
      }),
    ];
  });
}

/** 督促限期纠正通知书 (Art. 28): each correction not yet made; overdue ones say so (rules' finding). */
export function correctionNotices(ctx: FormContext, title: string): FormDocument[] {
  const overdue = new Set(findingsOf(ctx, 'correction-overdue').map((f) => f.args.index));
  const issuer = inspectionIssuer(ctx);
  return (ctx.data.corrections ?? []).flatMap((c, index) =>
    c.correctedOn
      ? []
      : [
          letter(ctx, {
            formId: 'correction-notice',
            title,
            issuer,
            part: String(index + 1),
            articles: ['art_28__para_1'],
            addressee: c.department,
            date: c.orderedOn,
            fields: { correction: c, overdue: overdue.has(index), asOf: ctx.asOf, inspection: issuer.signature },
          }),
        ],
  );
}

/** 移送函 (Art. 16 misconduct; Art. 29（五） the infringer). */
export function transferLetters(ctx: FormContext, title: string): FormDocument[] {
  return findingsOf(ctx, 'transfer-due').flatMap((f) => {
    const { reason, to } = f.args;
    const misconduct = reason === 'misconduct';
    const date = misconduct ? ctx.data.misconductTransfer?.date : ctx.data.nameClearing?.noticeIssuedOn;
    return [
      letter(ctx, {
        formId: 'transfer-letter',
        title,
        issuer: officeIssuer(ctx),
        part: misconduct ? 'misconduct' : 'infringer',
        articles: [...f.articles],
        ...(to ? { addressee: to } : {}),
        ...(date ? { date } : {}),
        fields: {
          misconduct,
          basis: f.articles[0],
          summary: ctx.data.misconductTransfer?.summary ?? null,
          finding: ctx.data.nameClearing?.finding ?? null,
        },
      }),
    ];
  });
}
