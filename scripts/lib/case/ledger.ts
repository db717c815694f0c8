/**
 * What the case's ledger (Art. 29（六）) says, read the one way every face reads it: the date each
 * of the office's own stages (立案, 调查, 处理) was first reached, and who leads the case.
 */
import type { Case } from './types.ts';

/** The first date the office recorded `stage`, counting only entries on or before `until` when given. */
export function stageDate(data: Case, stage: Case['ledger'][number]['stage'], until?: string): string | undefined {
  return data.ledger
    .filter((s) => s.stage === stage && (until === undefined || s.date <= until))
    .map((s) => s.date)
    .sort()[0];
}

/** The 承办人 to name: those recorded as 主办, else every handler. */
export function leadHandlerNames(data: Case): string[] {
  const lead = data.handlers.filter((h) => h.role === '主办');
  return (lead.length > 0 ? lead : data.handlers).map((h) => h.name);
}
