export type * from './types.ts';
export { heavier, opensReview } from './sanctions.ts';
export { leadHandlerNames, stageDate } from './ledger.ts';
