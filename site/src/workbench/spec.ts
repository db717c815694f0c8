// The case form as the build describes it (scripts/lib/site/workbench-spec.ts reads the case
// schema): a small set of field kinds, each with the schema's Chinese title and description, the
// provisions it rests on, and when it applies. The page renders the form from this alone.

/** A condition on the object a field belongs to, from the schema's if/then/else. */
export type Condition =
  | { eq: { path: readonly string[]; value: unknown } }
  | { isBoolean: readonly string[] }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

export interface Choice {
  /** The value written to the file (a string, or true / false / null). */
  value: unknown;
  label: string;
  hint?: string;
  /** The provisions this choice rests on (their text is quoted beside it). */
  articles?: string[];
}

interface FieldBase {
  /** The property's name ('' for the items of a list). */
  key: string;
  title: string;
  hint?: string;
  /** The provisions the field encodes (x-article). */
  articles?: string[];
  /** Always required in its object. */
  required?: boolean;
  /** Required when this holds (if/then, if/else). */
  requiredWhen?: Condition;
  /** Shown when this holds (or when it has a value); under “其他可填写的项目” otherwise. */
  showWhen?: Condition;
}

/** Whom (or what) a reference names: any person, a protected person (not a relative), an act. */
export type RefTarget = 'person' | 'protected' | 'act';

export type FieldSpec = FieldBase &
  (
    | { kind: 'text'; maxLength: number; multiline: boolean }
    | { kind: 'date' }
    | { kind: 'time' }
    | { kind: 'number'; minimum?: number; maximum?: number }
    | { kind: 'boolean' }
    | { kind: 'choice'; choices: Choice[] }
    | { kind: 'multi'; choices: Choice[]; minItems?: number }
    | { kind: 'ref'; to: RefTarget; fixed?: Choice[] }
    /** The position of an entry in another list of the case (a correction's sanction: 0, 1 …). */
    | { kind: 'index'; list: string }
    /** An entry's own identifier, generated (p1, a1) and referred to elsewhere. */
    | { kind: 'id'; prefix: string }
    /** A value the file must hold as it is (schemaVersion): set, never shown as a control. */
    | { kind: 'const'; value: unknown }
    /** Kept as the file has it, never shown ($schema). */
    | { kind: 'keep' }
    | { kind: 'object'; fields: FieldSpec[] }
    | { kind: 'list'; item: FieldSpec; minItems?: number }
    /** One of several object shapes, told apart by a constant member (an exemption claim's article). */
    | { kind: 'variants'; discriminator: string; variants: { value: unknown; title: string; fields: FieldSpec[] }[] }
  );

export type FieldKind = FieldSpec['kind'];

export interface FormSpec {
  /** The whole case, an object field without a key. */
  root: Extract<FieldSpec, { kind: 'object' }>;
}
