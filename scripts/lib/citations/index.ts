export * from './numerals.ts';
export * from './eid.ts';
export * from './cite.ts';
