// The case checked in the page as wq-validate checks it: the same compiled validators (Ajv's
// standalone code from build:validate), the same rules, facts and duties, and the same messages
// (scripts/lib/validate/validator-core.ts), over the schemas and the provision model built in.
import { caseValidator, unitValidator } from 'wq:validators';
import { model, schemaFiles } from 'wq:data';
import { createCoreValidator, type CoreValidator } from '../../../scripts/lib/validate/validator-core.ts';

/** The handbook's address, from the workbench page's own (it sits at <base>workbench/). */
export function handbookBase(): string {
  return new URL('../', location.href).href;
}

let made: { asOf: string; checker: CoreValidator } | undefined;

/** The validator judging deadlines as of a date (the page's “判断日期”, today unless changed). */
export function checkerFor(asOf: string): CoreValidator {
  if (made?.asOf !== asOf) {
    made = { asOf, checker: createCoreValidator({ validators: { case: caseValidator, unit: unitValidator }, files: schemaFiles, model, handbook: handbookBase(), asOf }) };
  }
  return made.checker;
}

/** Today on this computer, as wq-validate takes it (the local date). */
export { localToday } from '../../../scripts/lib/calendar.ts';
