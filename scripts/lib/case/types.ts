/**
 * The shapes of a case file and a unit set-up file, for the code that reads them once they are
 * valid (the forms). Generated from schemas/ (schema-types.ts), so they say what the schemas
 * accept; the names below are the parts the code speaks of.
 */
export type { Case, SanctionMeasure, Unit } from './schema-types.ts';
