export type * from './types.ts';
export { SANCTION_ORDER, sanctionRank, opensReview } from './sanctions.ts';
