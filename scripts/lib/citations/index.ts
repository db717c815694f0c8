export * from './numerals.ts';
export * from './eid.ts';
