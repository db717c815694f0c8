/**
 * What ties a printed document to its sources: the regulation version (model.version),
 * the eIds it rests on, and a SHA-256 of the case data in a canonical form (keys sorted,
 * no whitespace), so the same data hashes the same whatever its file's formatting.
 */
import { createHash } from 'node:crypto';
import type { Provenance } from './types.ts';

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function caseHash(data: unknown): string {
  return createHash('sha256').update(canonicalJson(data)).digest('hex');
}

/** What a document rests on; `data` null for a blank form (no case, so no case hash). */
export function provenance(regulationVersion: string, data: unknown, articles: readonly string[]): Provenance {
  return { regulationVersion, ...(data === null ? {} : { caseHash: caseHash(data) }), articles: [...new Set(articles)] };
}
