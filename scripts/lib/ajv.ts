/**
 * The one way the project makes an Ajv: JSON Schema 2020-12, strict mode, all errors (staff fix
 * a file in one pass), no English messages (the validator words its issues in Chinese itself;
 * elsewhere ajv-i18n does). The validator adds its annotation keywords (validate/ajv.ts); the
 * handbook checks the data the other faces publish with the same kind of instance.
 */
import { Ajv2020, type KeywordDefinition } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its plugin function is the `default` property.
const addFormats = ajvFormats.default;

export interface AjvOptions {
  /** Keep the generated code, for Ajv's standalone output. */
  forStandalone?: boolean;
  /** Keywords of the project's own (annotations), besides the standard ones. */
  keywords?: readonly (string | KeywordDefinition)[];
}

export function createAjv(options: AjvOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    messages: false,
    code: options.forStandalone ? { source: true, esm: true } : {},
  });
  addFormats(ajv, ['date']);
  for (const keyword of options.keywords ?? []) ajv.addKeyword(keyword);
  return ajv;
}
