/**
 * The periodic report (Art. 29（一）（三）) as a document: a 上行文 to the next level up (the upper
 * 维权办; the 公安厅's own report goes to its 党委), with the reporting organ's 党委 as 抄送, and a body
 * of sentences, tables and charts (sections.ts). The HTML and the PDF both render this one model,
 * so they can never say different things. The figures are aggregates only: no name of a person
 * reaches the report.
 */
import { cite } from '../citations/index.ts';
import { officeFullName } from '../documents/context.ts';
import { letterModel } from '../documents/frame.ts';
import { fill, keep, text } from '../gbt9704/model/text.ts';
import type { DocumentModel, Text } from '../gbt9704/model/types.ts';
import { caseHash } from '../gbt9704/provenance.ts';
import type { PolicyModel } from '../policy/model.ts';
import type { Figures } from './figures.ts';
import type { ReportCounts, ReportScope } from './json.ts';
import { placeOf, superiorOrgan } from './organs.ts';
import { periodName, periodWords } from './period.ts';
import type { Disclosed } from './published.ts';
import { reportBody } from './sections.ts';

export interface Issuing {
  /** The organ whose office reports (呼和浩特市公安局); blank to fill when unknown. */
  unit?: string;
  /** The upper office's full name (the unit file's superior.office); else the next level up's, from the unit's place. */
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

/** 附注 of a report, worded as the forms' (逐级报告): （联系人：王某；联系电话：0471-0000000） */
function contactNote(issuing: Issuing): Text {
  return text('（联系人：', issuing.contact ? keep(issuing.contact) : fill(4), '；联系电话：', issuing.phone ? keep(issuing.phone) : fill(8), '）');
}

/**
 * 主送 and 抄送: a 上行文 has one 主送, the office at the next level up (Art. 17's 逐级; GB/T 9704
 * and the 公文处理工作条例: 上行文主送一个上级机关); the organ's own 党委, which Art. 29（一） also
 * reports to, is 抄送. The 公安厅 has no office above it: its report goes to its 党委.
 */
function recipients(issuing: Issuing, model: PolicyModel): { addressee?: string; cc: string[] } {
  if (!issuing.unit) return { cc: [] };
  const committee = `中共${issuing.unit}委员会`;
  const place = placeOf(issuing.unit);
  const above = place ? superiorOrgan(place) : undefined;
  const superior = issuing.superiorOffice ?? (above ? `${above}${officeFullName(model)}` : undefined);
  if (superior) return { addressee: superior, cc: [committee] };
  return place?.kind === 'region' ? { addressee: committee, cc: [] } : { cc: [committee] };
}

/**
 * Who received the cases counted: a 盟市 office's report counts its 旗县区 offices' cases too, so
 * "呼和浩特市公安局维权办受理…6件" would claim cases another office received.
 */
function receivedBy(scope: ReportScope, unit: string | undefined): string {
  if (scope.covers === 'all') return '全区各级公安机关维权办共';
  if (scope.covers === 'league' && unit) return `${unit}及所属旗县区公安机关维权办共`;
  return unit ? `${unit}维权办` : '本办';
}

export function reportDocument(
  current: Figures,
  previous: Figures,
  shown: Disclosed,
  counts: ReportCounts,
  scope: ReportScope,
  issuing: Issuing,
  sources: ReportSources,
  model: PolicyModel,
): DocumentModel {
  const name = periodName(current.period);
  const dates = periodWords(current.period);
  const words = { name, previousName: `上年同期（${periodName(previous.period)}）`, office: receivedBy(scope, issuing.unit) };
  // The period once: its name, with its dates beside it only when the name is not the dates themselves.
  const opening = {
    kind: 'paragraph' as const,
    text: text(`根据《${model.meta.measuresTitle}》${cite('art_29__item_1', model)}的规定，现将${name === dates ? name : `${name}（${dates}）`}维护公安民警执法权威工作情况报告如下。`),
  };
  const issuer = issuing.unit ? `${issuing.unit}${officeFullName(model)}` : '';
  const { addressee, cc } = recipients(issuing, model);
  const title = `关于${issuing.unit ?? ''}${name}维护公安民警执法权威工作情况的报告`;
  return letterModel(model, {
    formId: REPORT_FORM_ID,
    title,
    titleKeep: [issuing.unit ?? '', name].filter(Boolean),
    issuer: { mark: issuing.mark ?? issuer, signature: issuer, prefix: issuing.documentPrefix ?? '', printer: issuing.unit ? `${issuing.unit}维权办` : '' },
    date: issuing.date,
    signer: issuing.signer ?? '',
    ...(addressee ? { addressee } : {}),
    cc,
    body: [opening, ...reportBody(current, previous, shown, counts, scope, words, model)],
    closing: '特此报告。',
    note: contactNote(issuing),
    articles: ARTICLES,
    ...(issuing.serial !== undefined ? { serial: issuing.serial } : {}),
    caseId: name,
    provenance: { regulationVersion: sources.regulationVersion, caseHash: caseHash([...sources.caseHashes].sort()), articles: ARTICLES },
  });
}
