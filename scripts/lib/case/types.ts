/**
 * The shapes of a case file and a unit set-up file, for the code that reads them once they are
 * valid (the forms). Generated from schemas/ (schema-types.ts), so they say what the schemas
 * accept; the names below are the parts the code speaks of.
 */
import type { Case, Officer } from './schema-types.ts';

export type { Case, Circumstance, ExemptionClaim, LiabilityDecision, NearRelative, Officer, SanctionMeasure, Unit } from './schema-types.ts';

export type UnitLevel = Case['unit']['level'];
export type OfficerRole = Officer['role'];
export type Sanction = NonNullable<Case['sanctions']>[number];
export type Correction = NonNullable<Case['corrections']>[number];
export type NameClearing = NonNullable<Case['nameClearing']>;
export type LedgerEntry = Case['ledger'][number];
