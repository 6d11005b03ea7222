// fast-check arbitraries derived from the zod schemas themselves (not shipped: only *.test.ts files
// import it), so a property test generates exactly what a schema accepts, limits included: strings
// up to their max length (and often right at it), numbers within their bounds, every enum value,
// optional keys present or absent. A node the deriver cannot read (a refinement, a transform's
// output) is given by `overrides`; whatever comes out is finally checked by the schema itself.
import fc from 'fast-check';
import type { z } from 'zod';

type Overrides = ReadonlyMap<z.ZodType, fc.Arbitrary<unknown>>;

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

// zod 4's definitions, read structurally (they are its public `_zod.def`).
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function checksOf(def: Def): CheckDef[] {
  return (def.checks ?? []).map((c) => c._zod.def);
}

/** Lengths from 0 to max, often right at the limit (where a limit written twice drifts). */
function lengthArbitrary(min: number, max: number, typicalMax: number): fc.Arbitrary<number> {
  const small = fc.integer({ min, max: Math.max(min, Math.min(max, typicalMax)) });
  if (max <= typicalMax) return small;
  const atLimit = fc.integer({ min: Math.max(min, max - 2), max });
  return fc.oneof({ arbitrary: small, weight: 3 }, { arbitrary: atLimit, weight: 1 });
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
  const max = Math.min(
    10_000,
    ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? 10_000),
  );
  const pattern = checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern;
  if (pattern) return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max);
  // Printable text with some spaces and capitals (trimming and lower-casing have work to do).
  const char = fc.constantFrom(
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 @.-_<>{}é’',
  );
  return lengthArbitrary(min, max, 12).chain((n) =>
    fc.array(char, { minLength: n, maxLength: n, size: 'max' }).map((cs) => cs.join('')),
  );
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  const isInt = checks.some(
    (c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'),
  );
  let min = lower?.value ?? -1e9;
  let max = upper?.value ?? 1e9;
  if (isInt) {
    min = Math.ceil(lower && !lower.inclusive ? min + 1 : min);
    max = Math.floor(upper && !upper.inclusive ? max - 1 : max);
    const bounded = fc.bigInt({
      min: BigInt(Math.max(min, Number.MIN_SAFE_INTEGER)),
      max: BigInt(Math.min(max, Number.MAX_SAFE_INTEGER)),
    });
    return fc.oneof(
      fc.integer({ min: Math.max(min, -1000), max: Math.min(max, 1000) }),
      bounded.map(Number),
      fc.constantFrom(min, max),
    );
  }
  return fc.double({
    min,
    max,
    noNaN: true,
    noDefaultInfinity: true,
    minExcluded: !(lower?.inclusive ?? true),
    maxExcluded: !(upper?.inclusive ?? true),
  });
}

function arrayArbitrary(def: Def, overrides: Overrides): fc.Arbitrary<unknown[]> {
  const checks = checksOf(def);
  const min = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
  const max = Math.min(
    ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? 1_000_000),
    1_000_000,
  );
  if (!def.element) throw new Error('an array without element');
  // Lists stay short: their limits are large and the records inside them are what is tested.
  return fc.array(derive(def.element, overrides), {
    minLength: min,
    maxLength: Math.max(min, Math.min(max, 4)),
  });
}

function objectArbitrary(def: Def, overrides: Overrides): fc.Arbitrary<Record<string, unknown>> {
  const shape = def.shape ?? {};
  const arbitraries: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const field = defOf(schema);
    if (field.type === 'optional' && field.innerType && !overrides.has(schema)) {
      arbitraries[key] = derive(field.innerType, overrides);
    } else {
      arbitraries[key] = derive(schema, overrides);
      required.push(key);
    }
  }
  return fc.record(arbitraries, { requiredKeys: required });
}

function derive(schema: z.ZodType, overrides: Overrides): fc.Arbitrary<unknown> {
  const given = overrides.get(schema);
  if (given) return given;
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'null':
      return fc.constant(null);
    case 'undefined':
      return fc.constant(undefined);
    case 'nullable':
      if (!def.innerType) break;
      return fc.option(derive(def.innerType, overrides), { nil: null, freq: 3 });
    case 'optional':
      if (!def.innerType) break;
      return fc.option(derive(def.innerType, overrides), { nil: undefined, freq: 3 });
    case 'default':
      // A field with a default (added after a format shipped): a record always carries a value.
      if (!def.innerType) break;
      return derive(def.innerType, overrides);
    case 'array':
      return arrayArbitrary(def, overrides);
    case 'object':
      return objectArbitrary(def, overrides);
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => derive(option, overrides)));
    case 'record':
      // A few keys: the values inside are what is tested.
      if (!def.keyType || !def.valueType) break;
      return fc.dictionary(
        derive(def.keyType, overrides) as fc.Arbitrary<string>,
        derive(def.valueType, overrides),
        { maxKeys: 3 },
      );
    case 'pipe':
      if (!def.in) break;
      return derive(def.in, overrides);
  }
  throw new Error(`arbitraryOf: no arbitrary for a zod ${def.type}; give one in overrides`);
}

/** Values derived from the definition of `schema` alone, unchecked (to test the deriver itself). */
export function derivedArbitraryOf<S extends z.ZodType>(
  schema: S,
  overrides: Overrides = new Map(),
): fc.Arbitrary<z.input<S>> {
  return derive(schema, overrides) as fc.Arbitrary<z.input<S>>;
}

/** Values `schema` accepts, derived from its definition; `overrides` give the nodes it cannot read. */
export function arbitraryOf<S extends z.ZodType>(
  schema: S,
  overrides: Overrides = new Map(),
): fc.Arbitrary<z.input<S>> {
  return derivedArbitraryOf(schema, overrides).filter((value) => schema.safeParse(value).success);
}
